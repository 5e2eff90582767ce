#include "LabsView.h"

#include "widgets/WrappingLabel.h"

#include "Conversions.h"
#include "DisplayNames.h"
#include "JournalSession.h"
#include "labs/LabHistoryChart.h"
#include "labs/LabsModel.h"
#include "quietlegs/core/LabReference.h"
#include "quietlegs/core/SafetyRules.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace quietlegs {

LabsView::LabsView(JournalSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    auto* layout = new QVBoxLayout(this);

    auto* formBox = new QGroupBox(tr("Add a lab result"), this);
    auto* rows = new QVBoxLayout(formBox);
    auto* form = new QHBoxLayout;
    rows->addLayout(form);
    m_date = new QDateEdit(QDate::currentDate(), formBox);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Date of the blood test"));
    m_test = new QComboBox(formBox);
    for (LabTest test : allLabTests())
        m_test->addItem(displayName(labTestDisplayName(test)), int(test));
    m_test->setAccessibleName(tr("Test"));
    m_value = new QDoubleSpinBox(formBox);
    m_value->setRange(0, 100000);
    m_value->setDecimals(2);
    m_value->setAccessibleName(tr("Value"));
    m_unit = new QComboBox(formBox);
    m_unit->setAccessibleName(tr("Unit"));
    m_add = new QPushButton(tr("&Add result"), formBox);
    m_add->setDefault(true);
    auto label = [formBox](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, formBox);
        l->setBuddy(buddy);
        return l;
    };
    form->addWidget(label(tr("&Date:"), m_date));
    form->addWidget(m_date);
    form->addWidget(label(tr("&Test:"), m_test));
    form->addWidget(m_test);
    form->addWidget(label(tr("&Value:"), m_value));
    form->addWidget(m_value);
    form->addWidget(m_unit);
    form->addStretch(1);
    form->addWidget(m_add);
    // Assays differ between laboratories; iron studies are best drawn in the morning without
    // iron for 24 h (domain.md, AASM 2024).
    auto* context = new QHBoxLayout;
    rows->addLayout(context);
    m_laboratory = new QLineEdit(formBox);
    m_laboratory->setObjectName(QStringLiteral("labLaboratory"));
    m_laboratory->setMaxLength(200);
    m_laboratory->setAccessibleName(tr("Laboratory"));
    m_laboratory->setPlaceholderText(tr("Name of the laboratory"));
    m_drawn = new QComboBox(formBox);
    m_drawn->setObjectName(QStringLiteral("labDrawn"));
    m_drawn->setAccessibleName(tr("Drawn in the morning, no iron for 24 h"));
    m_drawn->addItem(tr("Not recorded"));
    m_drawn->addItem(tr("Yes"), true);
    m_drawn->addItem(tr("No"), false);
    context->addWidget(label(tr("&Laboratory:"), m_laboratory));
    context->addWidget(m_laboratory, 1);
    context->addWidget(label(tr("&Morning, no iron for 24 h:"), m_drawn));
    context->addWidget(m_drawn);
    layout->addWidget(formBox);
    m_preview = new WrappingLabel(this);
    m_preview->setObjectName(QStringLiteral("labPreview"));
    layout->addWidget(m_preview);

    m_model = new LabsModel(session, this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Lab results"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int column = 0; column < LabsModel::FlagColumn; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // With few results the table and chart are mostly empty: what is worth logging, and what
    // each result is read against, fills the space until there is history to show.
    auto* tableRow = new QHBoxLayout;
    tableRow->addWidget(m_table, 3);
    m_guide = new WrappingLabel(this);
    m_guide->setObjectName(QStringLiteral("labGuide"));
    m_guide->setTextFormat(Qt::RichText);
    m_guide->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_guide->setFrameShape(QFrame::StyledPanel);
    m_guide->setMargin(8);
    tableRow->addWidget(m_guide, 2);
    layout->addLayout(tableRow, 1);
    m_chart = new LabHistoryChart(this);
    layout->addWidget(m_chart, 1);

    auto* source = new WrappingLabel(
        tr("Flags follow the %1: iron supplementation is recommended for RLS when ferritin is at "
           "or below %2 µg/L or transferrin saturation is below %3 %; between %2 and %4 µg/L only "
           "intravenous iron. With a CRP above 5 mg/L ferritin may overstate iron stores (WHO "
           "2020). QuietLegs flags; it does not prescribe. Discuss results with your doctor.")
            .arg(displayName(kAasmGuideline))
            .arg(kAasmFerritinOralIronMax)
            .arg(kAasmTsatMinPercent)
            .arg(kAasmFerritinIvIronMax),
        this);
    layout->addWidget(source);

    auto* remove = new QAction(tr("Delete result"), m_table);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &LabsView::deleteCurrent);
    m_table->addAction(remove);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    connect(m_test, &QComboBox::currentIndexChanged, this, &LabsView::updateUnits);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &LabsView::updatePreview);
    connect(m_value, &QDoubleSpinBox::valueChanged, this, &LabsView::updatePreview);
    connect(m_date, &QDateEdit::dateChanged, this, &LabsView::updatePreview);
    connect(m_add, &QPushButton::clicked, this, &LabsView::addFromForm);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LabsView::updateChart);
    connect(session, &JournalSession::preferencesChanged, this, &LabsView::updateChart);
    setFocusProxy(m_date);
    updateUnits();
    updateChart();
}

LabDetails LabsView::formDetails() const
{
    LabDetails details;
    details.laboratory = m_laboratory->text().trimmed().toStdString();
    if (m_drawn->currentData().isValid())
        details.morningNoIron24h = m_drawn->currentData().toBool();
    return details;
}

QString LabsView::labGuideText(RdaProfile profile)
{
    QString rows;
    for (LabTest test : allLabTests()) {
        // Haemoglobin's reference follows the RDA profile (sex, pregnancy), as in the chart.
        const auto reference = labReference(test, profile);
        rows += tr("<li><b>%1</b>: %2</li>")
                    .arg(displayName(labTestDisplayName(test)),
                         reference ? tr("%1 (%2)").arg(displayName(reference->description),
                                                       displayName(reference->source))
                                   : QString());
    }
    return tr("<b>What to log here</b><br>Results of blood tests, as on the lab report. For "
              "restless legs these are read against:<ul style='margin-left:-20px'>%1</ul>"
              "Iron studies are best drawn in the morning without iron supplements for 24 h; "
              "note the laboratory, as assays differ between laboratories. With a few results "
              "over time, a chart of each test appears below.")
        .arg(rows);
}

void LabsView::updateChart()
{
    std::vector<LabResult> results;
    for (const auto& stored : m_model->results())
        results.push_back(stored.result);
    m_guide->setText(labGuideText(m_session->preferences().rdaProfile));
    m_guide->setVisible(results.size() < kGuideShownBelow);
    m_chart->setVisible(!results.empty());
    m_chart->setResults(std::move(results), m_session->preferences().rdaProfile);
}

void LabsView::updateUnits()
{
    m_unit->clear();
    for (std::string_view unit : labUnitsOf(LabTest(m_test->currentData().toInt())))
        m_unit->addItem(toQString(labUnitSymbol(unit)));
    updatePreview();
}

void LabsView::updatePreview()
{
    auto result = LabResult::create(toDate(m_date->date()), LabTest(m_test->currentData().toInt()),
                                    m_value->value(), m_unit->currentText().toStdString(),
                                    formDetails());
    m_add->setEnabled(result.ok() && m_value->value() > 0);
    if (m_value->value() <= 0) {
        m_preview->setText(tr("Type the value as on the lab report and choose its unit."));
        return;
    }
    if (!result) {
        m_preview->setText(errorText(result.error()));
        return;
    }
    const QString flag = displayName(ironFlagText(ironFlagOf(*result)));
    m_preview->setText(
        flag.isEmpty() ? tr("%1 %2.").arg(QLocale().toString(result->valueInDisplayUnit(), 'g', 4),
                                          toQString(labUnitSymbol(result->displayUnit())))
                       : flag);
}

bool LabsView::addFromForm()
{
    auto result = LabResult::create(toDate(m_date->date()), LabTest(m_test->currentData().toInt()),
                                    m_value->value(), m_unit->currentText().toStdString(),
                                    formDetails());
    if (!result || m_value->value() <= 0) {
        updatePreview();
        return false;
    }
    for (const auto& stored : m_model->results())
        if (stored.result.date() == result->date() && stored.result.test() == result->test() &&
            !(stored.result == *result)) {
            const auto answer =
                QMessageBox::question(this, tr("Replace result?"),
                                      tr("A %1 result of %2 is saved already (%3 %4). Replace it?")
                                          .arg(displayName(labTestDisplayName(result->test())),
                                               m_date->date().toString(Qt::ISODate),
                                               QLocale().toString(stored.result.value(), 'g', 4),
                                               toQString(labUnitSymbol(stored.result.unit()))),
                                      QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
            if (answer != QMessageBox::Yes)
                return false;
        }
    return m_session->saveLabResult(*result);
}

void LabsView::deleteCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || current.row() >= int(m_model->results().size()))
        return;
    const StoredLabResult& stored = m_model->results()[std::size_t(current.row())];
    const auto answer =
        QMessageBox::question(this, tr("Delete result?"),
                              tr("Delete the %1 result of %2? Edit > Undo brings it back.")
                                  .arg(displayName(labTestDisplayName(stored.result.test())),
                                       toQDate(stored.result.date()).toString(Qt::ISODate)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_session->deleteLabResult(stored.id);
}

} // namespace quietlegs
