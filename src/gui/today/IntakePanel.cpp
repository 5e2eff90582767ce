#include "IntakePanel.h"

#include "AmountKind.h"
#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/core/SleepDiary.h"
#include "today/DayIntakesModel.h"
#include "today/FoodPicker.h"
#include "today/PresetEditorDialog.h"
#include "widgets/CompactComboBox.h"
#include "widgets/UndoNote.h"
#include "widgets/WrappingLabel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace quietlegs {
namespace {

// The add form's combo boxes are this many characters wide, so the form fits beside the day's
// intakes at 1024 px whatever the longest compound name.
constexpr int kComboCharacters = 10;

/// The day's intakes as a table that asks only for its minimum height: Today's right column
/// is laid out by height for width, which gives every widget its preferred height, and a
/// table's default (192 px) pushed the medicines below a 1280x860 window. It still takes the
/// room that is left, and scrolls.
class CompactTable : public QTableView
{
public:
    using QTableView::QTableView;
    QSize sizeHint() const override { return {QTableView::sizeHint().width(), minimumHeight()}; }
};

/// A preset's button in a column narrower than its text: the middle of the text gives way
/// ("1  Mg bisgly…200 mg"), so the shortcut digit and the amount stay readable; the whole
/// text is in the tooltip. A plain QToolButton cut both ends.
class PresetButton : public QToolButton
{
public:
    using QToolButton::QToolButton;
    void setWholeText(const QString& text)
    {
        m_whole = text;
        elide();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QToolButton::resizeEvent(event);
        elide();
    }

private:
    void elide()
    {
        // The style's margins around a tool button's text (about a character each side).
        const int room = width() - 2 * fontMetrics().averageCharWidth() - 6;
        setText(room > 0 ? fontMetrics().elidedText(m_whole, Qt::ElideMiddle, room) : m_whole);
    }
    QString m_whole;
};


QString mg(double value)
{
    return IntakePanel::tr("%1 mg").arg(
        QLocale().toString(value, 'f', value > 0 && value < 20 ? 1 : 0));
}

QString clockText(const LocalDateTime& at)
{
    return toQTime(timeOfDay(at)).toString(QStringLiteral("HH:mm"));
}

QColor warningBackground(const QPalette& palette)
{
    // A tint of red over the window colour: readable in light and dark palettes alike.
    const QColor window = palette.color(QPalette::Window);
    const QColor red(0xd3, 0x2f, 0x2f);
    const double share = window.lightness() > 128 ? 0.18 : 0.35;
    return QColor::fromRgbF(float(window.redF() * (1 - share) + red.redF() * share),
                            float(window.greenF() * (1 - share) + red.greenF() * share),
                            float(window.blueF() * (1 - share) + red.blueF() * share));
}

} // namespace

IntakePanel::IntakePanel(JournalSession* session, FoodCatalog* foods, QWidget* parent)
    : QWidget(parent), m_session(session), m_foods(foods)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    // My supplements: one button per preset, Ctrl+Shift+1..9.
    auto* presetsBox = new QGroupBox(tr("My supplements"), this);
    auto* presetsLayout = new QHBoxLayout(presetsBox);
    // Two columns, so that long names wrap onto rows rather than widen the panel.
    m_presetButtons = new QGridLayout;
    m_presetButtons->setSpacing(6);
    m_noPresets = new WrappingLabel(tr("Save the supplements you take to add them with one click "
                                       "or Ctrl+Shift+1…9."),
                                    presetsBox);
    presetsLayout->addLayout(m_presetButtons, 1);
    presetsLayout->addWidget(m_noPresets, 1);
    auto* editPresets = new QPushButton(tr("Edit…"), presetsBox);
    editPresets->setAccessibleName(tr("Edit my supplements"));
    connect(editPresets, &QPushButton::clicked, this, &IntakePanel::openPresetEditor);
    presetsLayout->addWidget(editPresets, 0, Qt::AlignTop);
    layout->addWidget(presetsBox);
    // Where the eyes are after a click or Ctrl+Shift+1..9: what was added, and a way back.
    m_undoNote = new UndoNote(session->undoStack(), this);
    connect(m_undoNote, &UndoNote::undoRequested, session, [this] { m_session->undo(); });
    layout->addWidget(m_undoNote);

    // Today's intakes.
    auto* listBox = new QGroupBox(tr("Intakes this day"), this);
    auto* listLayout = new QVBoxLayout(listBox);
    m_model = new DayIntakesModel(this);
    m_table = new CompactTable(listBox);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Intakes of this journal day"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(DayIntakesModel::LabelColumn,
                                                      QHeaderView::Stretch);
    // Form and label share what the figures leave and elide (their tooltips hold the whole
    // text): a long "Glycinate / bisglycinate" must not make the list scroll sideways.
    for (int column : {int(DayIntakesModel::NutrientColumn), int(DayIntakesModel::FormColumn),
                       int(DayIntakesModel::AmountColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(m_table->fontMetrics().horizontalAdvance(
        QStringLiteral("Glyc…")));
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Four rows at least; it grows with the room Today has and scrolls beyond that.
    m_table->setMinimumHeight(m_table->fontMetrics().lineSpacing() * 5);
    listLayout->addWidget(m_table);
    auto* removeAction = new QAction(tr("Remove intake"), m_table);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &IntakePanel::removeSelected);
    m_table->addAction(removeAction);
    auto* editAction = new QAction(tr("Edit intake"), m_table);
    editAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    editAction->setShortcutContext(Qt::WidgetShortcut);
    connect(editAction, &QAction::triggered, this, &IntakePanel::editSelected);
    m_table->addAction(editAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setToolTip(tr("Enter or double-click corrects an intake; Delete removes it"));
    connect(m_table, &QTableView::doubleClicked, this, &IntakePanel::editSelected);

    // Totals and the upper-limit warning.
    m_magnesiumTotal = new WrappingLabel(listBox);
    m_magnesiumTotal->setObjectName(QStringLiteral("magnesiumTotal"));
    m_ironTotal = new WrappingLabel(listBox);
    m_ironTotal->setObjectName(QStringLiteral("ironTotal"));
    m_ulWarning = new QFrame(listBox);
    m_ulWarning->setObjectName(QStringLiteral("ulWarning"));
    m_ulWarning->setFrameShape(QFrame::StyledPanel);
    m_ulWarning->setAutoFillBackground(true);
    colourWarning();
    auto* warningLayout = new QHBoxLayout(m_ulWarning);
    auto* warningIcon = new QLabel(m_ulWarning);
    warningIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    m_ulWarningText = new WrappingLabel(m_ulWarning);
    m_ulWarningText->setAccessibleName(tr("Upper limit warning"));
    // A wrapped label's height depends on its width, which Today's splitter does not pass on:
    // the banner asks for every line at its current width, or its last lines were clipped.
    m_ulWarning->installEventFilter(this);
    warningLayout->addWidget(m_ulWarningText, 1);
    m_ulWarning->setVisible(false);

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_magnesiumTotal, 1);
    m_remove = new QPushButton(tr("Remove"), listBox);
    m_remove->setAccessibleName(tr("Remove the selected intake"));
    m_remove->setEnabled(false);
    connect(m_remove, &QPushButton::clicked, this, &IntakePanel::removeSelected);
    listButtons->addWidget(m_remove, 0, Qt::AlignTop);
    listLayout->addLayout(listButtons);
    listLayout->addWidget(m_ironTotal);
    listLayout->addWidget(m_ulWarning);
    layout->addWidget(listBox, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });

    // Add an intake.
    auto* addBox = new QGroupBox(tr("Add an intake"), this);
    auto* form = new QGridLayout(addBox);
    m_nutrient = new CompactComboBox(kComboCharacters, addBox);
    for (Nutrient nutrient : allNutrients())
        m_nutrient->addItem(displayName(nutrientDisplayName(nutrient)), int(nutrient));
    m_nutrient->setAccessibleName(tr("Nutrient"));
    m_form = new CompactComboBox(kComboCharacters, addBox);
    m_form->setAccessibleName(tr("Form"));
    m_route = new CompactComboBox(kComboCharacters, addBox);
    m_route->addItem(tr("By mouth"), int(Route::Oral));
    m_route->addItem(tr("On the skin (topical)"), int(Route::Topical));
    m_route->setAccessibleName(tr("Route"));
    m_amount = new QDoubleSpinBox(addBox);
    m_amount->setRange(0, 2000000);
    m_amount->setDecimals(1);
    m_amount->setSuffix(tr(" mg"));
    m_amount->setAccessibleName(tr("Amount in mg"));
    m_amountKind = new CompactComboBox(kComboCharacters, addBox);
    m_amountKind->addItem(tr("of the compound (as on the label)"), int(CompoundAmount));
    m_amountKind->addItem(tr("elemental"), int(ElementalAmount));
    m_amountKind->setAccessibleName(tr("Amount is compound or elemental"));
    m_time = new QTimeEdit(addBox);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_time->setAccessibleName(tr("Time taken"));
    m_label = new QLineEdit(addBox);
    m_label->setPlaceholderText(tr("Brand or note (optional)"));
    m_label->setAccessibleName(tr("Label"));
    m_label->setMaxLength(200);
    m_preview = new WrappingLabel(addBox);
    m_preview->setObjectName(QStringLiteral("elementalPreview"));
    m_add = new QPushButton(tr("Add intake"), addBox);
    auto* food = new QPushButton(tr("Add f&ood…"), addBox);
    food->setAccessibleName(tr("Add food from the food table"));
    connect(food, &QPushButton::clicked, this, &IntakePanel::openFoodPicker);
    connect(m_add, &QPushButton::clicked, this, &IntakePanel::addFromForm);

    auto label = [addBox](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, addBox);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("N&utrient:"), m_nutrient), 0, 0);
    form->addWidget(m_nutrient, 0, 1);
    form->addWidget(label(tr("Fo&rm:"), m_form), 0, 2);
    form->addWidget(m_form, 0, 3);
    form->addWidget(label(tr("Amoun&t:"), m_amount), 1, 0);
    form->addWidget(m_amount, 1, 1);
    form->addWidget(m_amountKind, 1, 2, 1, 2);
    form->addWidget(label(tr("T&aken at:"), m_time), 2, 0);
    form->addWidget(m_time, 2, 1);
    form->addWidget(label(tr("Route:"), m_route), 2, 2);
    form->addWidget(m_route, 2, 3);
    form->addWidget(label(tr("Label:"), m_label), 3, 0);
    form->addWidget(m_label, 3, 1, 1, 3);
    form->addWidget(m_preview, 4, 0, 1, 4);
    m_cancelEdit = new QPushButton(tr("Cancel edit"), addBox);
    m_cancelEdit->setVisible(false);
    connect(m_cancelEdit, &QPushButton::clicked, this, &IntakePanel::leaveEditing);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(food);
    buttons->addStretch(1);
    buttons->addWidget(m_cancelEdit);
    buttons->addWidget(m_add);
    form->addLayout(buttons, 5, 0, 1, 4);
    form->setColumnStretch(3, 1);
    layout->addWidget(addBox);

    connect(m_nutrient, &QComboBox::currentIndexChanged, this, &IntakePanel::updateForms);
    connect(m_form, &QComboBox::currentIndexChanged, this, [this] {
        const auto forms = formsOf(Nutrient(m_nutrient->currentData().toInt()));
        const int i = m_form->currentIndex();
        const bool topical =
            i >= 0 && i < int(forms.size()) && forms[std::size_t(i)].topicalAllowed;
        m_route->setEnabled(topical);
        if (!topical)
            m_route->setCurrentIndex(0);
        const bool knownFraction =
            i >= 0 && i < int(forms.size()) && forms[std::size_t(i)].elementalFraction;
        if (!knownFraction)
            m_amountKind->setCurrentIndex(ElementalAmount);
        updatePreview();
    });
    for (auto* combo : {m_route, m_amountKind})
        connect(combo, &QComboBox::currentIndexChanged, this, &IntakePanel::updatePreview);
    connect(m_amount, &QDoubleSpinBox::valueChanged, this, &IntakePanel::updatePreview);
    connect(m_label, &QLineEdit::returnPressed, this, &IntakePanel::addFromForm);

    connect(session, &JournalSession::intakesChanged, this, [this](QDate date) {
        if (date == m_date)
            reload();
    });
    connect(session, &JournalSession::presetsChanged, this, &IntakePanel::reloadPresets);
    connect(session, &JournalSession::preferencesChanged, this, &IntakePanel::reload);
    connect(session, &JournalSession::journalOpened, this, [this] {
        reloadPresets();
        reload();
    });
    updateForms();
    reloadPresets();
}

void IntakePanel::colourWarning()
{
    QPalette warningPalette = m_ulWarning->palette();
    warningPalette.setColor(QPalette::Window, warningBackground(palette()));
    m_ulWarning->setPalette(warningPalette);
}

bool IntakePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ulWarning && event->type() == QEvent::Resize)
        fitWarningText();
    return QWidget::eventFilter(watched, event);
}

void IntakePanel::fitWarningText()
{
    // The whole banner, margins included, at the width it has now.
    const int needed = m_ulWarning->layout()->totalHeightForWidth(m_ulWarning->width());
    if (needed > 0 && needed != m_ulWarning->minimumHeight())
        m_ulWarning->setMinimumHeight(needed);
}

void IntakePanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_ulWarning)
        colourWarning(); // the desktop switched between light and dark
}

void IntakePanel::setDate(QDate date)
{
    if (date != m_date && m_undoNote)
        m_undoNote->dismiss(); // the note speaks of the day it was shown on
    m_date = date;
    leaveEditing();
    // Now, when logging the current journal day; otherwise an evening dose.
    const LocalDateTime now = localNow();
    m_time->setTime(journalDateOf(now) == toDate(date) ? toQTime(timeOfDay(now)) : QTime(21, 0));
    reload();
}

void IntakePanel::reload()
{
    if (!m_date.isValid())
        return;
    auto intakes = m_session->intakes(m_date);
    if (m_editingId && std::none_of(intakes.begin(), intakes.end(),
                                    [this](const StoredIntake& s) { return s.id == *m_editingId; }))
        leaveEditing(); // the intake being corrected is gone (deleted, or undone)
    updateTotals(intakes);
    m_model->setIntakes(std::move(intakes));
    m_remove->setEnabled(false);
}

void IntakePanel::reloadPresets()
{
    m_presets = m_session->presets();
    while (QLayoutItem* item = m_presetButtons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (std::size_t i = 0; i < m_presets.size(); ++i) {
        const SupplementPreset& preset = m_presets[i].preset;
        auto* button = new PresetButton(this);
        button->setObjectName(QStringLiteral("presetButton%1").arg(i + 1));
        const QString amount = mg(preset.elementalMgPerUse());
        button->setWholeText(i < 9 ? tr("%1  %2 · %3").arg(i + 1).arg(toQString(preset.name()), amount)
                                   : tr("%1 · %2").arg(toQString(preset.name()), amount));
        button->setToolTip(
            i < 9 ? tr("Add %1 (%2 elemental) now — Ctrl+Shift+%3")
                        .arg(toQString(preset.name()), amount)
                        .arg(i + 1)
                  : tr("Add %1 (%2 elemental) now").arg(toQString(preset.name()), amount));
        button->setAccessibleName(tr("Add %1").arg(toQString(preset.name())));
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        button->setMinimumWidth(80);
        connect(button, &QToolButton::clicked, this, [this, i] { addPreset(int(i)); });
        m_presetButtons->addWidget(button, int(i / 2), int(i % 2));
    }
    m_noPresets->setVisible(m_presets.empty());
}

bool IntakePanel::addPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()) || !m_date.isValid())
        return false;
    const StoredPreset stored = m_presets[std::size_t(index)];
    const QString name = toQString(stored.preset.name());
    // A second press of the same preset is more often a slip than a second dose: ask.
    for (const StoredIntake& earlier : m_session->intakes(m_date)) {
        if (earlier.presetId != stored.id)
            continue;
        const auto answer = QMessageBox::question(
            this, tr("Add again?"),
            tr("%1 was added already this evening, at %2. Add it again?")
                .arg(name, clockText(earlier.intake.takenAt())),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return false;
        break;
    }
    const Intake intake = stored.preset.intakeAt(chosenTime());
    if (!m_session->addIntakes({intake}, tr("Add %1").arg(name), stored.id))
        return false;
    noteAdded(name, intake.takenAt());
    return true;
}

void IntakePanel::noteAdded(const QString& name, const LocalDateTime& at)
{
    //: The note after adding an intake; %1 its name, %2 the clock time (HH:MM)
    m_undoNote->showFor(tr("Added %1 at %2").arg(name, clockText(at)));
}

void IntakePanel::updateForms()
{
    const Nutrient nutrient = Nutrient(m_nutrient->currentData().toInt());
    m_form->clear();
    for (const IntakeForm& form : formsOf(nutrient))
        m_form->addItem(form.elementalFraction && form.id != kFoodForm
                            ? tr("%1 (%2 % elemental)")
                                  .arg(displayName(form.displayName))
                                  .arg(QLocale().toString(*form.elementalFraction * 100, 'g', 3))
                            : displayName(form.displayName),
                        toQString(form.id));
    updatePreview();
}

LocalDateTime IntakePanel::chosenTime() const
{
    // The journal day runs 04:00 to 04:00 (interchange-v1.md): 00:30 is the next calendar day.
    return placeBedtime(toDate(m_date), toMinutes(m_time->time()));
}

Result<Intake> IntakePanel::formIntake() const
{
    IntakeEntry entry;
    entry.takenAt = chosenTime();
    entry.nutrient = Nutrient(m_nutrient->currentData().toInt());
    entry.form = m_form->currentData().toString().toStdString();
    entry.route = Route(m_route->currentData().toInt());
    if (m_amount->value() > 0) {
        if (m_amountKind->currentData().toInt() == CompoundAmount)
            entry.compoundMg = m_amount->value();
        else
            entry.elementalMg = m_amount->value();
    }
    entry.label = m_label->text().trimmed().toStdString();
    return Intake::create(entry);
}

void IntakePanel::updatePreview()
{
    if (m_amount->value() <= 0) {
        m_preview->setText(tr("Type the amount as on the label, or the elemental mg."));
        m_add->setEnabled(false);
        return;
    }
    auto intake = formIntake();
    m_add->setEnabled(intake.ok());
    if (!intake) {
        m_preview->setText(tr("<span>⚠ %1</span>").arg(errorText(intake.error()).toHtmlEscaped()));
        return;
    }
    m_preview->setText(tr("= <b>%1 elemental %2</b>%3")
                           .arg(mg(intake->elementalMg()),
                                displayNameInSentence(nutrientDisplayName(intake->nutrient())),
                                intake->route() == Route::Topical
                                    ? tr(" (topical: recorded, not counted in the totals)")
                                    : QString()));
}

void IntakePanel::addFromForm()
{
    auto intake = formIntake();
    if (!intake) {
        updatePreview();
        return;
    }
    const bool adding = !m_editingId;
    const bool done =
        m_editingId ? m_session->updateIntake(*m_editingId, *intake)
                    : m_session->addIntakes(
                          {*intake},
                          tr("Add %1 intake")
                              .arg(displayNameInSentence(nutrientDisplayName(intake->nutrient()))));
    if (done && adding)
        noteAdded(intake->label().empty()
                      ? displayName(nutrientDisplayName(intake->nutrient()))
                      : toQString(intake->label()),
                  intake->takenAt());
    if (done)
        leaveEditing();
}

void IntakePanel::editSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (!rows.isEmpty())
        editIntake(rows.first().row());
}

void IntakePanel::editIntake(int row)
{
    if (row < 0 || row >= int(m_model->intakes().size()))
        return;
    const StoredIntake& stored = m_model->intakes()[std::size_t(row)];
    const Intake& intake = stored.intake;
    m_editingId = stored.id;
    m_nutrient->setCurrentIndex(m_nutrient->findData(int(intake.nutrient())));
    m_form->setCurrentIndex(m_form->findData(toQString(intake.form())));
    m_route->setCurrentIndex(m_route->findData(int(intake.route())));
    // As it was entered: the compound weight when the table gives its elemental share, else
    // the elemental figure (which the label's own number may have set).
    std::optional<double> fromTable;
    if (auto form = findForm(intake.nutrient(), intake.form()); form && intake.compoundMg())
        fromTable = elementalMilligrams(*form, *intake.compoundMg());
    const bool asCompound = fromTable && std::abs(*fromTable - intake.elementalMg()) < 1e-6;
    m_amountKind->setCurrentIndex(asCompound ? CompoundAmount : ElementalAmount);
    m_amount->setValue(asCompound ? *intake.compoundMg() : intake.elementalMg());
    m_time->setTime(toQTime(timeOfDay(intake.takenAt())));
    m_label->setText(toQString(intake.label()));
    m_add->setText(tr("Update intake"));
    m_cancelEdit->setVisible(true);
    m_amount->setFocus();
    m_amount->selectAll();
    updatePreview();
}

void IntakePanel::leaveEditing()
{
    m_editingId.reset();
    m_add->setText(tr("Add intake"));
    m_cancelEdit->setVisible(false);
    m_amount->setValue(0);
    m_label->clear();
}

void IntakePanel::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const int row = rows.first().row();
    if (row < int(m_model->intakes().size()))
        m_session->deleteIntake(m_model->intakes()[std::size_t(row)].id);
}

void IntakePanel::updateTotals(const std::vector<StoredIntake>& stored)
{
    if (!m_session->isOpen()) {
        // The window is painted before the journal opens (and stays behind a damaged
        // journal's restore offer): "0 mg" would be a claim about a day not yet read.
        m_magnesiumTotal->clear();
        m_ironTotal->clear();
        m_ulWarning->setVisible(false);
        return;
    }
    std::vector<Intake> intakes;
    for (const auto& s : stored)
        intakes.push_back(s.intake);
    const Preferences preferences = m_session->preferences();
    const MagnesiumTotals magnesium = magnesiumTotals(intakes);
    const double oralMagnesium = oralElementalMg(intakes, Nutrient::Magnesium);
    const double magnesiumRda = magnesiumRdaMg(preferences.rdaProfile);
    QString magnesiumText = tr("Magnesium: <b>%1</b> of %2 RDA (%3 %) · supplements %4, food %5")
                                .arg(mg(oralMagnesium), mg(magnesiumRda))
                                .arg(qRound(100 * oralMagnesium / magnesiumRda))
                                .arg(mg(magnesium.supplementMg), mg(magnesium.foodMg));
    if (magnesium.topicalMg > 0)
        magnesiumText += tr("<br>Topical %1 recorded, not counted: skin absorption is unproven.")
                             .arg(mg(magnesium.topicalMg));
    m_magnesiumTotal->setText(magnesiumText);

    const double iron = oralElementalMg(intakes, Nutrient::Iron);
    const double ironRda = ironRdaMg(preferences.rdaProfile);
    QString ironText = tr("Iron: <b>%1</b> of %2 RDA (%3 %)")
                           .arg(mg(iron), mg(ironRda))
                           .arg(qRound(100 * iron / ironRda));
    if (iron > kIronUpperLimitMg)
        ironText += tr(" · above the %1 general upper limit; iron therapy under medical "
                       "supervision often is, by design.")
                        .arg(mg(kIronUpperLimitMg));
    m_ironTotal->setText(ironText);

    const bool overLimit = exceedsSupplementalMagnesiumLimit(magnesium.supplementMg,
                                                             preferences.magnesiumUpperLimitMg);
    m_ulWarning->setVisible(overLimit);
    // Two lines at most beside the icon, so the day's list keeps its room (issue 24); the
    // limit's sources are in the tooltip.
    m_ulWarningText->setText(
        overLimit ? tr("<b>Supplemental magnesium today is %1, above the %2 upper limit</b>: "
                       "diarrhoea, nausea and cramps become likely. Food does not count.")
                        .arg(mg(magnesium.supplementMg), mg(preferences.magnesiumUpperLimitMg))
                  : QString());
    m_ulWarning->setToolTip(
        overLimit ? tr("The upper limit for magnesium from supplements and medicines is set by "
                       "the US Food and Nutrition Board (350 mg a day for adults); EFSA uses "
                       "250 mg. Magnesium from food does not count toward it.")
                  : QString());
    fitWarningText();
}

void IntakePanel::openFoodPicker()
{
    FoodPicker picker(m_session, m_foods, this);
    picker.setTime(m_time->time());
    if (picker.exec() != QDialog::Accepted)
        return;
    const auto choice = picker.choice();
    if (!choice)
        return;
    m_time->setTime(picker.time());
    auto intakes = foodIntakes(choice->food, choice->grams, chosenTime());
    if (!intakes) {
        emit m_session->errorOccurred(errorText(intakes.error()));
        return;
    }
    if (m_session->addIntakes(*intakes, tr("Add %1").arg(toQString(choice->food.name))) &&
        !intakes->empty())
        noteAdded(toQString(choice->food.name), intakes->front().takenAt());
}

void IntakePanel::openPresetEditor()
{
    PresetEditorDialog editor(m_session, this);
    editor.exec();
}

} // namespace quietlegs
