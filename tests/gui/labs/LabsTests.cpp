// Labs: entering blood tests and their AASM 2024 flags.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "labs/LabHistoryChart.h"
#include "labs/LabsModel.h"
#include "labs/LabsView.h"

#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QTest>

#include <cmath>

using namespace quietlegs;
using namespace quietlegs::guitest;

class LabsTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void labsFlagFerritin74Not76Alike();
    void labsHistoryGroupsByTestWithLaboratoryAndInflammationNote();
    void labsChartDrawsTheReferenceOfTheChosenTest();
};

void LabsTests::labsFlagFerritin74Not76Alike()
{
    openWindow();
    LabsView* labs = m_window->labsView();
    m_window->showSection(m_window->sectionIndex(labs));
    auto* date = labs->findChild<QDateEdit*>();
    auto* value = labs->findChild<QDoubleSpinBox*>();
    auto* test = labs->findChild<QComboBox*>();
    QVERIFY(date && value && test);
    QCOMPARE(test->currentText(), QStringLiteral("Ferritin"));

    date->setDate(QDate(2026, 1, 10));
    value->setFocus();
    value->selectAll();
    type(QStringLiteral("74"));
    QVERIFY(labs->addFromForm());
    date->setDate(QDate(2026, 2, 10));
    value->selectAll();
    type(QStringLiteral("76"));
    QVERIFY(labs->addFromForm());

    LabsModel* model = labs->model();
    QCOMPARE(model->rowCount(), 2);
    // Newest first: 76 then 74.
    const QString flag76 = model->index(0, LabsModel::FlagColumn).data().toString();
    const QString flag74 = model->index(1, LabsModel::FlagColumn).data().toString();
    QVERIFY2(flag74.contains(QStringLiteral("recommends iron supplementation")),
             qPrintable(flag74));
    QVERIFY2(flag76.contains(QStringLiteral("only intravenous iron")), qPrintable(flag76));
    QVERIFY(flag74.contains(QStringLiteral("AASM 2024")));
    QVERIFY(flag76.contains(QStringLiteral("AASM 2024")));

    // ng/mL is the same number as ug/L: shown converted in the display unit.
    QCOMPARE(model->index(1, LabsModel::ValueColumn).data().toString(), QStringLiteral("74 \u00b5g/L"));
}

void LabsTests::labsHistoryGroupsByTestWithLaboratoryAndInflammationNote()
{
    openWindow();
    LabsView* labs = m_window->labsView();
    m_window->showSection(m_window->sectionIndex(labs));
    auto* date = labs->findChild<QDateEdit*>();
    auto* value = labs->findChild<QDoubleSpinBox*>();
    auto* test = labs->findChild<QComboBox*>();
    auto* laboratory = labs->findChild<QLineEdit*>(QStringLiteral("labLaboratory"));
    auto* drawn = labs->findChild<QComboBox*>(QStringLiteral("labDrawn"));
    QVERIFY(date && value && test && laboratory && drawn);

    auto add = [&](QDate day, LabTest which, const QString& typed) {
        date->setDate(day);
        test->setCurrentIndex(test->findData(int(which)));
        value->setFocus();
        value->selectAll();
        type(typed);
        return labs->addFromForm();
    };
    laboratory->setText(QStringLiteral("Labor Nord"));
    drawn->setCurrentIndex(drawn->findData(true));
    QVERIFY(add(QDate(2026, 1, 10), LabTest::Ferritin, QStringLiteral("60")));
    laboratory->clear();
    drawn->setCurrentIndex(0);
    QVERIFY(add(QDate(2026, 3, 10), LabTest::Ferritin, QStringLiteral("90")));
    QVERIFY(add(QDate(2026, 1, 16), LabTest::Crp, QStringLiteral("8")));

    LabsModel* model = labs->model();
    QCOMPARE(model->rowCount(), 3);
    // Grouped by test: both ferritins (newest first), then the CRP.
    QCOMPARE(model->index(0, LabsModel::DateColumn).data().toString(), QStringLiteral("2026-03-10"));
    QCOMPARE(model->index(1, LabsModel::DateColumn).data().toString(), QStringLiteral("2026-01-10"));
    QCOMPARE(model->index(2, LabsModel::ValueColumn).data().toString(), QStringLiteral("8 mg/L"));
    QCOMPARE(model->index(1, LabsModel::LaboratoryColumn).data().toString(),
             QStringLiteral("Labor Nord"));
    const QString early = model->index(1, LabsModel::FlagColumn).data().toString();
    QVERIFY2(early.contains(QStringLiteral("Inflammation")), qPrintable(early));
    QVERIFY2(early.contains(QStringLiteral("no iron for 24 h")), qPrintable(early));
    const QString late = model->index(0, LabsModel::FlagColumn).data().toString();
    QVERIFY2(!late.contains(QStringLiteral("Inflammation")), qPrintable(late)); // 53 days apart
    QVERIFY(m_session->labResults().size() == 3);
}

void LabsTests::labsChartDrawsTheReferenceOfTheChosenTest()
{
    QVERIFY(m_session->saveLabResult(
        *LabResult::create(Date{std::chrono::year{2026} / 2 / 1}, LabTest::SerumMagnesium, 0.8,
                           "mmol/L")));
    QVERIFY(m_session->saveLabResult(
        *LabResult::create(Date{std::chrono::year{2026} / 1 / 1}, LabTest::SerumMagnesium, 1.944,
                           "mg/dL")));
    openWindow();
    LabHistoryChart* chart = m_window->labsView()->historyChart();
    QVERIFY(chart);
    chart->setTest(LabTest::SerumMagnesium);
    const auto values = chart->plottedValues();
    QCOMPARE(values.size(), std::size_t(2));
    QVERIFY(std::abs(values[0] - 0.8) < 0.001); // mg/dL shown in mmol/L, oldest first
    QVERIFY(std::abs(values[1] - 0.8) < 0.001);
    QVERIFY(chart->referenceText().contains(QStringLiteral("0.75-0.95 mmol/L")));
    QVERIFY(chart->referenceText().contains(QStringLiteral("NIH ODS")));
    // The band and the history: an area series plus the line and its dots.
    QCOMPARE(chart->chart()->series().size(), 3);
    chart->setTest(LabTest::Crp);
    QVERIFY(chart->plottedValues().empty());
    QVERIFY(chart->referenceText().contains(QStringLiteral("WHO 2020")));
}

QUIETLEGS_GUI_TEST(LabsTests)
#include "LabsTests.moc"
