#include "MedicinePanel.h"

#include "Conversions.h"
#include "JournalSession.h"
#include "MedicineNames.h"
#include "quietlegs/core/SleepDiary.h"
#include "widgets/WrappingLabel.h"

#include <QAction>
#include <algorithm>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QTimeEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace quietlegs {
namespace {

// The form's time until it is changed (also for presets added before the form is built).
constexpr int kFormHour = 21;

} // namespace

MedicinePanel::MedicinePanel(JournalSession* session, QWidget* parent)
    : QGroupBox(tr("Medicines"), parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    auto* presetRow = new QHBoxLayout;
    m_presetButtons = new QHBoxLayout;
    m_noPresets = new WrappingLabel(tr("Save a dose you take often as a preset to add it with "
                                       "one click or Ctrl+Alt+1…9."),
                                    this);
    m_noPresets->setEnabled(false);
    presetRow->addLayout(m_presetButtons);
    presetRow->addWidget(m_noPresets, 1);
    layout->addLayout(presetRow);

    // The form to add a dose folds away (most nights are logged from the presets, and many
    // people take no RLS medicine): Today then fits a 1280x860 window without scrolling
    // (issue 24). Its state is remembered; a click (or Space on it) opens it.
    m_formToggle = new QToolButton(this);
    m_formToggle->setObjectName(QStringLiteral("medicineFormToggle"));
    m_formToggle->setText(tr("Add a dose…"));
    m_formToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_formToggle->setCheckable(true);
    m_formToggle->setAutoRaise(true);
    m_formToggle->setArrowType(Qt::RightArrow);
    m_emptyNote = new QLabel(tr("No medicine dose this night."), this);
    m_emptyNote->setEnabled(false);
    auto* toggleRow = new QHBoxLayout;
    toggleRow->addWidget(m_emptyNote, 1);
    toggleRow->addWidget(m_formToggle);
    layout->addLayout(toggleRow);
    connect(m_formToggle, &QToolButton::toggled, this, [this](bool open) {
        setFormOpen(open);
        QSettings().setValue(QStringLiteral("today/medicineFormOpen"), open);
        if (open)
            m_drug->setFocus(Qt::ShortcutFocusReason);
    });
    setFormOpen(QSettings().value(QStringLiteral("today/medicineFormOpen"), false).toBool());

    // Imports, undo and other processes change doses too: read the date again after any
    // change (one small query).
    connect(session, &JournalSession::journalChanged, this, &MedicinePanel::reload);
    connect(session, &JournalSession::journalOpened, this, [this] {
        reloadPresets();
        reload();
    });
    connect(session, &JournalSession::presetsChanged, this, &MedicinePanel::reloadPresets);

    for (int i = 0; i < 9; ++i) {
        auto* action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, i] { addPreset(i); });
        addAction(action);
    }
}

QTableWidget* MedicinePanel::table()
{
    buildTable();
    return m_table;
}

// The night's doses, made when the first is shown (most nights have none: nineteen widgets
// fewer before the window's first paint, docs/performance.md).
void MedicinePanel::buildTable()
{
    if (m_table)
        return;
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("medicineDoses"));
    m_table->setAccessibleName(tr("Medicine doses of this night"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("Medicine"), tr("Dose"), tr("Route")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* remove = new QAction(tr("Remove dose"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, [this] { removeRow(m_table->currentRow()); });
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    static_cast<QVBoxLayout*>(layout())->insertWidget(0, m_table); // the panel's first row
    // Made after the rest of the window: in the Tab order it still comes after the intakes and
    // before the panel's own fields, where it was when it was made with them.
    QWidget* previous = previousInFocusChain();
    while (previous != this && (!(previous->focusPolicy() & Qt::TabFocus) || isAncestorOf(previous)))
        previous = previous->previousInFocusChain();
    if (previous != this)
        setTabOrder(previous, m_table);
}

void MedicinePanel::buildForm()
{
    if (m_formArea)
        return;
    m_formArea = new QWidget(this);
    m_formArea->setVisible(false); // setFormOpen shows it
    auto* formLayout = new QVBoxLayout(m_formArea);
    formLayout->setContentsMargins(0, 0, 0, 0);

    auto* form = new QFormLayout;
    m_drug = new QComboBox(m_formArea);
    for (Drug drug : allDrugs())
        m_drug->addItem(medicineName(drug), int(drug));
    m_drug->setCurrentIndex(int(Drug::Pramipexole));
    m_dose = new QDoubleSpinBox(m_formArea);
    m_dose->setDecimals(3);
    m_dose->setRange(0, 9999.999);
    m_dose->setSuffix(tr(" mg"));
    m_dose->setAccessibleName(tr("Dose taken in mg"));
    m_route = new QComboBox(m_formArea);
    for (MedicineRoute route : {MedicineRoute::Oral, MedicineRoute::Patch, MedicineRoute::Iv})
        m_route->addItem(medicineRouteName(route), int(route));
    m_time = new QTimeEdit(QTime(kFormHour, 0), m_formArea);
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    m_notes = new QLineEdit(m_formArea);
    m_notes->setPlaceholderText(tr("With Other: the medicine's name"));
    form->addRow(tr("Medicine:"), m_drug);
    form->addRow(tr("Dose taken:"), m_dose);
    form->addRow(tr("Route:"), m_route);
    form->addRow(tr("Taken at:"), m_time);
    form->addRow(tr("Notes:"), m_notes);
    formLayout->addLayout(form);

    m_error = new QLabel(m_formArea);
    m_error->setObjectName(QStringLiteral("medicineError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: palette(highlight);"));
    m_error->hide();
    formLayout->addWidget(m_error);

    auto* buttons = new QHBoxLayout;
    auto* saveAsPreset = new QPushButton(tr("Save as preset…"), m_formArea);
    auto* add = new QPushButton(tr("Add dose"), m_formArea);
    add->setObjectName(QStringLiteral("addMedicine"));
    buttons->addStretch(1);
    buttons->addWidget(saveAsPreset);
    buttons->addWidget(add);
    formLayout->addLayout(buttons);
    auto* note =
        new QLabel(tr("Record doses as taken; QuietLegs does not suggest doses."), m_formArea);
    note->setWordWrap(true);
    note->setEnabled(false);
    formLayout->addWidget(note);
    layout()->addWidget(m_formArea); // the panel's last row
    // Made after the rest of the window: the keyboard still goes from the toggle into the form.
    QWidget* previous = m_formToggle;
    for (QWidget* field : std::initializer_list<QWidget*>{m_drug, m_dose, m_route, m_time, m_notes,
                                                          saveAsPreset, add}) {
        setTabOrder(previous, field);
        previous = field;
    }

    connect(add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(saveAsPreset, &QPushButton::clicked, this, &MedicinePanel::askPresetName);
    connect(m_drug, &QComboBox::currentIndexChanged, this, [this] {
        // A rotigotine patch or an IV iron is rarely oral: offer its usual route.
        const Drug drug = Drug(m_drug->currentData().toInt());
        const MedicineRoute route =
            drug == Drug::Rotigotine                                          ? MedicineRoute::Patch
            : drug == Drug::FerricCarboxymaltose || drug == Drug::IronSucrose ? MedicineRoute::Iv
                                                                              : MedicineRoute::Oral;
        m_route->setCurrentIndex(m_route->findData(int(route)));
    });
}

QComboBox* MedicinePanel::drugField()
{
    buildForm();
    return m_drug;
}

QDoubleSpinBox* MedicinePanel::doseField()
{
    buildForm();
    return m_dose;
}

QComboBox* MedicinePanel::routeField()
{
    buildForm();
    return m_route;
}

QTimeEdit* MedicinePanel::timeField()
{
    buildForm();
    return m_time;
}

QLineEdit* MedicinePanel::notesField()
{
    buildForm();
    return m_notes;
}

QLabel* MedicinePanel::errorLabel()
{
    buildForm();
    return m_error;
}

void MedicinePanel::setFormOpen(bool open)
{
    if (open)
        buildForm();
    if (m_formArea)
        m_formArea->setVisible(open);
    const QSignalBlocker quiet(m_formToggle);
    m_formToggle->setChecked(open);
    m_formToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
}

bool MedicinePanel::isFormOpen() const
{
    return m_formToggle->isChecked();
}

void MedicinePanel::setDate(QDate date)
{
    m_date = date;
    if (m_error)
        m_error->hide();
    reloadPresets();
    reload();
}

LocalDateTime MedicinePanel::chosenTime() const
{
    // The journal day runs 04:00 to 04:00: 00:30 is the next calendar day.
    return placeBedtime(toDate(m_date), toMinutes(m_time ? m_time->time() : QTime(kFormHour, 0)));
}

Result<MedicineDose> MedicinePanel::formDose() const
{
    MedicineDoseEntry entry;
    entry.takenAt = chosenTime();
    entry.drug = Drug(m_drug->currentData().toInt());
    entry.doseMg = m_dose->value();
    entry.route = MedicineRoute(m_route->currentData().toInt());
    entry.notes = m_notes->text().trimmed().toStdString();
    return MedicineDose::create(entry);
}

bool MedicinePanel::addFromForm()
{
    if (!m_date.isValid() || !m_session->isOpen())
        return false;
    buildForm();
    auto dose = formDose();
    if (!dose) {
        m_error->setText(toQString(dose.error().message()));
        m_error->show();
        setFormOpen(true); // the message names a field of the form
        return false;
    }
    m_error->hide();
    if (!m_session->addMedicine(*dose, tr("Add %1").arg(medicineDoseName(*dose))))
        return false;
    m_notes->clear();
    return true;
}

bool MedicinePanel::addPreset(int index)
{
    if (index < 0 || index >= int(m_presets.size()) || !m_date.isValid())
        return false;
    const StoredMedicinePreset& stored = m_presets[std::size_t(index)];
    return m_session->addMedicine(stored.preset.doseAt(chosenTime()),
                                  tr("Add %1").arg(toQString(stored.preset.name())));
}

bool MedicinePanel::saveFormAsPreset(const QString& name)
{
    buildForm();
    auto preset = MedicinePreset::create(
        name.trimmed().toStdString(), Drug(m_drug->currentData().toInt()), m_dose->value(),
        MedicineRoute(m_route->currentData().toInt()), m_notes->text().trimmed().toStdString());
    if (!preset) {
        m_error->setText(toQString(preset.error().message()));
        m_error->show();
        setFormOpen(true);
        return false;
    }
    auto saved = m_session->saveMedicinePreset(*preset);
    if (!saved) {
        m_error->setText(toQString(saved.error().message()));
        m_error->show();
        return false;
    }
    m_error->hide();
    return true;
}

void MedicinePanel::askPresetName()
{
    const Drug drug = Drug(m_drug->currentData().toInt());
    const QString suggested =
        (drug == Drug::Other ? m_notes->text().trimmed() : medicineName(drug)) + QLatin1Char(' ') +
        milligrams(m_dose->value());
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save as preset"), tr("Preset name:"),
                                               QLineEdit::Normal, suggested, &ok);
    if (ok)
        saveFormAsPreset(name);
}

bool MedicinePanel::removeRow(int row)
{
    if (row < 0 || row >= int(m_doses.size()))
        return false;
    return m_session->deleteMedicine(m_doses[std::size_t(row)].id);
}

void MedicinePanel::reload()
{
    m_doses = m_date.isValid() && m_session->isOpen() ? m_session->medicines(m_date)
                                                      : std::vector<StoredMedicineDose>{};
    const bool any = !m_doses.empty();
    if (any)
        buildTable();
    if (!m_table) {
        m_emptyNote->setVisible(true);
        return;
    }
    m_table->setRowCount(int(m_doses.size()));
    const QLocale locale;
    for (int row = 0; row < int(m_doses.size()); ++row) {
        const MedicineDose& dose = m_doses[std::size_t(row)].dose;
        const QString cells[] = {
            locale.toString(toQTime(timeOfDay(dose.takenAt())), QLocale::ShortFormat),
            medicineDoseName(dose), milligrams(dose.doseMg()), medicineRouteName(dose.route())};
        for (int column = 0; column < 4; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    // The table only when there is a dose, as tall as its rows (at most five shown).
    m_table->setVisible(any);
    m_emptyNote->setVisible(!any);
    if (any) {
        const int rows = std::min(int(m_doses.size()), 5);
        m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() +
                                rows * m_table->verticalHeader()->defaultSectionSize() +
                                2 * m_table->frameWidth());
    }
}

void MedicinePanel::reloadPresets()
{
    while (QLayoutItem* item = m_presetButtons->takeAt(0)) {
        // Later: the button may be the one whose menu deleted its preset.
        item->widget()->hide();
        item->widget()->deleteLater();
        delete item;
    }
    m_presets =
        m_session->isOpen() ? m_session->medicinePresets() : std::vector<StoredMedicinePreset>{};
    for (std::size_t i = 0; i < m_presets.size(); ++i) {
        const StoredMedicinePreset& stored = m_presets[i];
        auto* button = new QToolButton(this);
        button->setText(toQString(stored.preset.name()));
        button->setObjectName(QStringLiteral("medicinePreset%1").arg(i + 1));
        if (i < 9)
            button->setToolTip(tr("Add %1 at the time in the form (Ctrl+Alt+%2)")
                                   .arg(toQString(stored.preset.name()))
                                   .arg(i + 1));
        button->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(button, &QToolButton::clicked, this, [this, i] { addPreset(int(i)); });
        connect(button, &QToolButton::customContextMenuRequested, this,
                [this, button, id = stored.id](const QPoint& at) {
                    QMenu menu(this);
                    QAction* remove = menu.addAction(tr("Delete preset"));
                    connect(remove, &QAction::triggered, this,
                            [this, id] { m_session->deleteMedicinePreset(id); });
                    menu.exec(button->mapToGlobal(at));
                });
        m_presetButtons->addWidget(button);
    }
    m_noPresets->setVisible(m_presets.empty());
}

} // namespace quietlegs
