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
#include <QSignalBlocker>
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

void selectData(QComboBox* combo, int data)
{
    combo->setCurrentIndex(std::max(0, combo->findData(data)));
}

} // namespace

ColumnMappingDialog::ColumnMappingDialog(const QString& fileName, std::string text, QWidget* parent)
    : QDialog(parent), m_text(std::move(text))
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

    // How the file is written, as recognised: German Excel saves "CSV" with semicolons and
    // decimal commas (1,5), "Text (Tab delimited)" with tabs.
    const char detected = detectCsvDelimiter(m_text);
    m_delimiter = new QComboBox(this);
    m_delimiter->addItem(tr("Comma (,)"), QVariant::fromValue(int(',')));
    m_delimiter->addItem(tr("Semicolon (;)"), QVariant::fromValue(int(';')));
    m_delimiter->addItem(tr("Tab"), QVariant::fromValue(int('\t')));
    selectData(m_delimiter, int(detected));
    m_decimalMark = new QComboBox(this);
    m_decimalMark->addItem(tr("Decimal point (1.5)"), static_cast<int>(DecimalMark::Point));
    m_decimalMark->addItem(tr("Decimal comma (1,5)"), static_cast<int>(DecimalMark::Comma));
    selectData(m_decimalMark, static_cast<int>(defaultDecimalMark(detected)));
    auto* fileFormat = new QHBoxLayout;
    auto* delimiterLabel = new QLabel(tr("Cells se&parated by"), this);
    delimiterLabel->setBuddy(m_delimiter);
    auto* decimalLabel = new QLabel(tr("Decimal ma&rk"), this);
    decimalLabel->setBuddy(m_decimalMark);
    fileFormat->addWidget(delimiterLabel);
    fileFormat->addWidget(m_delimiter);
    fileFormat->addSpacing(16);
    fileFormat->addWidget(decimalLabel);
    fileFormat->addWidget(m_decimalMark);
    fileFormat->addStretch(1);
    layout->addLayout(fileFormat);

    m_previewModel = new QStandardItemModel(this);
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
    for (const FieldInfo& info : kFields) {
        auto* combo = new QComboBox(this);
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
    }
    m_dateFormat = new QComboBox(this);
    m_dateFormat->addItem(tr("2026-11-20 (year-month-day)"),
                          static_cast<int>(CsvDateFormat::YearMonthDay));
    m_dateFormat->addItem(tr("20/11/2026 or 20.11.2026 (day/month/year)"),
                          static_cast<int>(CsvDateFormat::DayMonthYear));
    m_dateFormat->addItem(tr("11/20/2026 (month/day/year)"),
                          static_cast<int>(CsvDateFormat::MonthDayYear));
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
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setText(tr("&Import"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ColumnMappingDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ColumnMappingDialog::reject);
    layout->addWidget(buttons);
    resize(900, 800);

    loadPreview(detected);
    for (QComboBox* combo : std::as_const(m_combos))
        connect(combo, &QComboBox::currentIndexChanged, this, &ColumnMappingDialog::updateState);
    connect(m_delimiter, &QComboBox::activated, this,
            [this] { setDelimiter(char(m_delimiter->currentData().toInt())); });
    connect(m_decimalMark, &QComboBox::activated, this, [this] { m_decimalMarkChosen = true; });
}

void ColumnMappingDialog::loadPreview(char delimiter)
{
    // Columns chosen for the old split mean nothing in the new one: guessed again.
    auto preview = previewCsv(m_text, 10, delimiter);
    m_readError = preview ? QString() : errorText(preview.error());
    const CsvTable table = preview ? *preview : CsvTable{};
    m_guess = guessColumnMapping(table);

    m_previewModel->clear();
    m_headers.clear();
    for (std::size_t i = 0; i < table.header.size(); ++i)
        m_headers << tr("%1: %2").arg(i + 1).arg(toQString(table.header[i]));
    m_previewModel->setColumnCount(static_cast<int>(table.header.size()));
    m_previewModel->setHorizontalHeaderLabels(m_headers);
    for (const CsvRow& row : table.rows) {
        QList<QStandardItem*> items;
        for (std::size_t i = 0; i < table.header.size(); ++i) {
            auto* item =
                new QStandardItem(i < row.cells.size() ? toQString(row.cells[i]) : QString());
            item->setEditable(false);
            items << item;
        }
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(m_previewModel->rowCount() - 1,
                                              new QStandardItem(tr("line %1").arg(row.line)));
    }

    for (const FieldInfo& info : kFields) {
        QComboBox* combo = m_combos.value(info.field);
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(info.field == Field::Date ? tr("(choose a column)") : tr("(not imported)"),
                       -1);
        for (int i = 0; i < m_headers.size(); ++i)
            combo->addItem(m_headers[i], i);
        CsvColumnMapping copy = m_guess;
        if (auto* slot = slotFor(copy, info.field); slot && *slot)
            setColumn(info.field, static_cast<int>(**slot));
    }
    setDateFormat(m_guess.dateFormat);
    updateState();
}

void ColumnMappingDialog::setDelimiter(char delimiter)
{
    selectData(m_delimiter, int(delimiter));
    if (!m_decimalMarkChosen)
        selectData(m_decimalMark, static_cast<int>(defaultDecimalMark(delimiter)));
    loadPreview(delimiter);
}

void ColumnMappingDialog::setDecimalMark(DecimalMark mark)
{
    m_decimalMarkChosen = true;
    selectData(m_decimalMark, static_cast<int>(mark));
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
    mapping.delimiter = char(m_delimiter->currentData().toInt());
    mapping.decimalMark = static_cast<DecimalMark>(m_decimalMark->currentData().toInt());
    return mapping;
}

QString ColumnMappingDialog::problem() const
{
    if (!m_readError.isEmpty())
        return tr("The file cannot be read with this separator: %1").arg(m_readError);
    if (column(Field::Date) < 0)
        return tr("Choose the column that holds the date.");
    return {};
}

void ColumnMappingDialog::updateState()
{
    const QString text = problem();
    m_problem->setText(text);
    m_okButton->setEnabled(text.isEmpty());
}

void ColumnMappingDialog::accept()
{
    if (!problem().isEmpty()) {
        updateState();
        return;
    }
    QDialog::accept();
}

} // namespace quietlegs
