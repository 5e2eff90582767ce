// Labs: entering blood tests and their AASM 2024 flags.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "labs/LabsModel.h"
#include "labs/LabsView.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QTest>

using namespace quietlegs;
using namespace quietlegs::guitest;

class LabsTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void labsFlagFerritin74Not76Alike();
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
    QCOMPARE(model->index(1, LabsModel::ValueColumn).data().toString(), QStringLiteral("74 ug/L"));
}

QUIETLEGS_GUI_TEST(LabsTests)
#include "LabsTests.moc"
