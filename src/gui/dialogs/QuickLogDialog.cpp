#include "QuickLogDialog.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/SleepClocks.h"
#include "widgets/ClockEdit.h"
#include "widgets/ScoreSpinBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace quietlegs {
namespace {
/// The night as saved, as an entry to change: what the quick log does not ask about stays.
NightEntry entryOf(const Night& night)
{
    NightEntry entry;
    entry.date = night.date();
    entry.irls = night.irls();
    entry.severity = night.severity();
    entry.sleep = night.sleep().times();
    entry.notes = night.notes();
    entry.timeZone = night.timeZone().name();
    entry.symptomOnset = night.symptomOnset();
    entry.rlsAwakenings = night.rlsAwakenings();
    entry.arms = night.arms();
    return entry;
}
} // namespace

QuickLogDialog::QuickLogDialog(JournalSession* session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setWindowTitle(tr("Log tonight"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("quickLogNight"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    // Typing the digit moves on to the onset: a whole night is a digit, a time and Enter.
    m_severity = new ScoreSpinBox(kSeverityMax, true, this);
    m_severity->setAccessibleName(tr("Severity tonight, 0 to 10"));
    m_severity->setToolTip(tr("How bad were your legs tonight? 0 none, 10 worst."));
    m_onset = new ClockEdit(this);
    m_onset->setAccessibleName(tr("Symptoms began at, HH:MM"));
    m_onset->setPlaceholderText(tr("HH:MM"));
    m_preset = new QComboBox(this);
    m_preset->setAccessibleName(tr("Supplement taken now"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Severity (0-10):"), m_severity);
    form->addRow(tr("Symptoms &began at:"), m_onset);
    form->addRow(tr("Supplement &taken:"), m_preset);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("quickLogProblem"));
    m_problem->setWordWrap(true);
    m_problem->setForegroundRole(QPalette::BrightText);
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setDefault(true);
    m_save->setToolTip(tr("Save the night (Enter); Edit > Undo in the main window takes it back"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setTabOrder(m_severity, m_onset);
    setTabOrder(m_onset, m_preset);
    setTabOrder(m_preset, m_save);

    connect(session, &JournalSession::presetsChanged, this, &QuickLogDialog::reloadPresets);
    reloadPresets();
}

void QuickLogDialog::reloadPresets()
{
    const int chosen = m_preset->currentIndex();
    m_presets = m_session->isOpen() ? m_session->presets() : std::vector<StoredPreset>{};
    m_preset->clear();
    m_preset->addItem(tr("None"));
    for (const StoredPreset& stored : m_presets)
        m_preset->addItem(tr("%1 (%2 mg elemental)")
                              .arg(toQString(stored.preset.name()))
                              .arg(QLocale().toString(stored.preset.elementalMgPerUse(), 'f', 0)));
    m_preset->setCurrentIndex(chosen > 0 && chosen < m_preset->count() ? chosen : 0);
}

void QuickLogDialog::setNight(QDate night)
{
    m_night = night;
    m_title->setText(
        tr("The night of %1")
            .arg(QLocale().toString(night, tr("dddd d MMMM", "QDate::toString() format"))));
    const auto saved = m_session->isOpen() ? m_session->night(night) : std::nullopt;
    m_severity->setValue(saved && saved->severity() ? *saved->severity() : -1);
    m_onset->setClock(saved && saved->symptomOnset()
                          ? std::optional(timeOfDay(*saved->symptomOnset()))
                          : std::nullopt);
    reloadPresets();
    m_preset->setCurrentIndex(0);
    m_problem->hide();
    m_severity->setFocus();
}

void QuickLogDialog::showProblem(const QString& text)
{
    m_problem->setText(text);
    m_problem->show();
}

bool QuickLogDialog::save()
{
    if (!m_session->isOpen() || !m_night.isValid())
        return false;
    const auto saved = m_session->night(m_night);
    NightEntry entry = saved ? entryOf(*saved) : NightEntry{};
    entry.date = toDate(m_night);
    entry.severity = m_severity->isRated() ? std::optional(m_severity->score()) : std::nullopt;
    const auto onset = m_onset->clock();
    if (!onset) {
        showProblem(tr("Symptoms began at: %1").arg(toQString(onset.error().rule)));
        m_onset->setFocus();
        return false;
    }
    entry.symptomOnset =
        *onset ? std::optional(placeSymptomOnset(entry.date, **onset)) : std::nullopt;
    auto night = Night::create(entry);
    if (!night) {
        showProblem(errorText(night.error()));
        return false;
    }
    const int presetIndex = m_preset->currentIndex() - 1;
    const bool writeNight = !(saved && *saved == *night);
    if (!writeNight && presetIndex < 0)
        return true; // nothing new: no empty undo step

    // The night and the supplement are one step: Undo takes the whole quick log back.
    QUndoStack* undoStack = m_session->undoStack();
    const int stepsBefore = undoStack->index();
    undoStack->beginMacro(
        tr("Quick log of %1").arg(QLocale().toString(m_night, QLocale::ShortFormat)));
    bool ok = !writeNight || m_session->saveNight(*night);
    if (ok && presetIndex >= 0) {
        const StoredPreset& stored = m_presets[std::size_t(presetIndex)];
        // Now, when logging the current journal day; otherwise an evening dose (as in Today).
        const LocalDateTime now = localNow();
        const LocalDateTime takenAt = journalDateOf(now) == entry.date
                                          ? now
                                          : placeBedtime(entry.date, std::chrono::hours(21));
        ok = m_session->addIntakes({stored.preset.intakeAt(takenAt)},
                                   tr("Add %1").arg(toQString(stored.preset.name())), stored.id);
    }
    undoStack->endMacro();
    if (!ok && undoStack->index() == stepsBefore + 1) {
        // Nothing written (a full disk): an undo step that undoes nothing must not stay.
        auto* macro = const_cast<QUndoCommand*>(undoStack->command(stepsBefore));
        if (macro && macro->childCount() == 0) {
            macro->setObsolete(true);
            undoStack->undo();
        }
    }
    if (!ok) {
        showProblem(tr("The night could not be saved; the main window says why."));
        return false;
    }
    emit nightSaved(m_night);
    return true;
}

} // namespace quietlegs
