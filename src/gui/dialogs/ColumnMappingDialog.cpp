#include "ColumnMappingDialog.h"

#include "Conversions.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace quietlegs {

namespace {

/// Where a field's combo box goes: the date on top, then the night beside the day.
enum class FieldGroup
{
    Date,
    Night,
    Day
};

struct FieldInfo
{
    ColumnMappingDialog::Field field;
    FieldGroup group;
    const char* label;
};

// The order of the form: the date first, then the night with its sleep diary (in the
// Consensus Sleep Diary's order), the intakes and the day's factors.
constexpr FieldInfo kFields[] = {
    {ColumnMappingDialog::Field::Date, FieldGroup::Date,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Date")},
    {ColumnMappingDialog::Field::Severity, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Severity (0–10)")},
    {ColumnMappingDialog::Field::IntoBed, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "Into &bed")},
    {ColumnMappingDialog::Field::LightsOut, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Lights out")},
    {ColumnMappingDialog::Field::SleepLatencyMin, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "Minutes to fall asl&eep")},
    {ColumnMappingDialog::Field::Awakenings, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "Awa&kenings")},
    {ColumnMappingDialog::Field::WasoMin, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "Minutes awake in the ni&ght")},
    {ColumnMappingDialog::Field::FinalWake, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "Final &wake")},
    {ColumnMappingDialog::Field::OutOfBed, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Out of bed")},
    {ColumnMappingDialog::Field::Notes, FieldGroup::Night,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Notes")},
    {ColumnMappingDialog::Field::MagnesiumMg, FieldGroup::Day,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Magnesium (elemental mg)")},
    {ColumnMappingDialog::Field::IronMg, FieldGroup::Day,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Iron (elemental mg)")},
    {ColumnMappingDialog::Field::CaffeineMg, FieldGroup::Day,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Caffeine (mg)")},
    {ColumnMappingDialog::Field::AlcoholUnits, FieldGroup::Day,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "&Alcohol (units)")},
    {ColumnMappingDialog::Field::ExerciseMin, FieldGroup::Day,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "E&xercise (min)")},
    {ColumnMappingDialog::Field::Stress, FieldGroup::Day,
     QT_TRANSLATE_NOOP("quietlegs::ColumnMappingDialog", "S&tress")},
};

std::optional<std::size_t>* slotFor(CsvColumnMapping& mapping, ColumnMappingDialog::Field field)
{
    using Field = ColumnMappingDialog::Field;
    switch (field) {
    case Field::Date:
        return &mapping.date;
    case Field::Severity:
        return &mapping.severity;
    case Field::MagnesiumMg:
        return &mapping.magnesiumMg;
    case Field::IronMg:
        return &mapping.ironMg;
    case Field::CaffeineMg:
        return &mapping.caffeineMg;
    case Field::AlcoholUnits:
        return &mapping.alcoholUnits;
    case Field::ExerciseMin:
        return &mapping.exerciseMin;
    case Field::Stress:
        return &mapping.stress;
    case Field::Notes:
        return &mapping.notes;
    case Field::IntoBed:
        return &mapping.intoBed;
    case Field::LightsOut:
        return &mapping.lightsOut;
    case Field::SleepLatencyMin:
        return &mapping.sleepLatencyMin;
    case Field::Awakenings:
        return &mapping.awakenings;
    case Field::WasoMin:
        return &mapping.wasoMin;
    case Field::FinalWake:
        return &mapping.finalWake;
    case Field::OutOfBed:
        return &mapping.outOfBed;
    }
    return nullptr;
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString& fileName, const CsvTable& preview,
                                         QWidget* parent)
    : QDialog(parent), m_guess(guessColumnMapping(preview.header))
{
    setWindowTitle(tr("Import spreadsheet: which column is what?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("<b>%1</b>: the first rows are shown below. Choose the column for each thing to "
           "import; only the date is required. A row's date is the evening the night starts; "
           "its times (22:30, 6:45, 10:30 PM) are placed across midnight. Empty cells leave "
           "the journal as it is.")
            .arg(fileName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_previewModel = new QStandardItemModel(this);
    QStringList headers;
    for (std::size_t i = 0; i < preview.header.size(); ++i)
        headers << tr("%1: %2").arg(i + 1).arg(toQString(preview.header[i]));
    m_previewModel->setColumnCount(static_cast<int>(preview.header.size()));
    m_previewModel->setHorizontalHeaderLabels(headers);
    for (const CsvRow& row : preview.rows) {
        QList<QStandardItem*> items;
        for (std::size_t i = 0; i < preview.header.size(); ++i) {
            auto* item =
                new QStandardItem(i < row.cells.size() ? toQString(row.cells[i]) : QString());
            item->setEditable(false);
            items << item;
        }
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(m_previewModel->rowCount() - 1,
                                              new QStandardItem(tr("line %1").arg(row.line)));
    }
    m_previewView = new QTableView(this);
    m_previewView->setModel(m_previewModel);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewView->setMinimumHeight(180);
    layout->addWidget(m_previewView, 1);

    auto* dateForm = new QFormLayout;
    dateForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto* nightBox = new QGroupBox(tr("The night"), this);
    auto* nightForm = new QFormLayout(nightBox);
    auto* dayBox = new QGroupBox(tr("The day"), this);
    auto* dayForm = new QFormLayout(dayBox);
    const CsvColumnMapping guess = m_guess;
    for (const FieldInfo& info : kFields) {
        auto* combo = new QComboBox(this);
        combo->addItem(info.field == Field::Date ? tr("(choose a column)") : tr("(not imported)"),
                       -1);
        for (std::size_t i = 0; i < preview.header.size(); ++i)
            combo->addItem(headers[static_cast<int>(i)], static_cast<int>(i));
        // Long headers must not push the night and the day columns off the screen.
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
        m_combos.insert(info.field, combo);
        auto* label = new QLabel(tr(info.label), this);
        label->setBuddy(combo);
        QFormLayout* form = info.group == FieldGroup::Date    ? dateForm
                            : info.group == FieldGroup::Night ? nightForm
                                                              : dayForm;
        form->addRow(label, combo);
        CsvColumnMapping copy = guess;
        if (auto* slot = slotFor(copy, info.field); slot && *slot)
            setColumn(info.field, static_cast<int>(**slot));
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);
    }
    m_dateFormat = new QComboBox(this);
    m_dateFormat->addItem(tr("2026-11-20 (year-month-day)"),
                          static_cast<int>(CsvDateFormat::YearMonthDay));
    m_dateFormat->addItem(tr("20/11/2026 or 20.11.2026 (day/month/year)"),
                          static_cast<int>(CsvDateFormat::DayMonthYear));
    m_dateFormat->addItem(tr("11/20/2026 (month/day/year)"),
                          static_cast<int>(CsvDateFormat::MonthDayYear));
    setDateFormat(guess.dateFormat);
    auto* formatLabel = new QLabel(tr("Date &format"), this);
    formatLabel->setBuddy(m_dateFormat);
    dateForm->addRow(formatLabel, m_dateFormat);
    // From the keyboard: the date, its format, then the night and the day, as on screen.
    setTabOrder(m_combos.value(Field::Date), m_dateFormat);
    setTabOrder(m_dateFormat, m_combos.value(Field::Severity));
    layout->addLayout(dateForm);
    auto* groups = new QHBoxLayout;
    groups->addWidget(nightBox, 1);
    groups->addWidget(dayBox, 1, Qt::AlignTop);
    layout->addLayout(groups);

    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);
    layout->addWidget(buttons);
    resize(900, 760);
    updateState();
}

void ColumnMappingDialog::setColumn(Field field, int column)
{
    if (QComboBox* combo = m_combos.value(field))
        combo->setCurrentIndex(std::max(0, combo->findData(column)));
}

int ColumnMappingDialog::column(Field field) const
{
    QComboBox* combo = m_combos.value(field);
    return combo ? combo->currentData().toInt() : -1;
}

void ColumnMappingDialog::setDateFormat(CsvDateFormat format)
{
    m_dateFormat->setCurrentIndex(std::max(0, m_dateFormat->findData(static_cast<int>(format))));
}

CsvColumnMapping ColumnMappingDialog::mapping() const
{
    CsvColumnMapping mapping = m_guess;
    for (const FieldInfo& info : kFields) {
        auto* slot = slotFor(mapping, info.field);
        const int chosen = column(info.field);
        *slot = chosen < 0 ? std::nullopt : std::optional<std::size_t>(chosen);
    }
    mapping.dateFormat = static_cast<CsvDateFormat>(m_dateFormat->currentData().toInt());
    return mapping;
}

void ColumnMappingDialog::updateState()
{
    const bool hasDate = column(Field::Date) >= 0;
    m_problem->setText(hasDate ? QString() : tr("Choose the column that holds the date."));
    m_okButton->setEnabled(hasDate);
}

void ColumnMappingDialog::accept()
{
    if (column(Field::Date) < 0) {
        updateState();
        return;
    }
    QDialog::accept();
}

} // namespace quietlegs
