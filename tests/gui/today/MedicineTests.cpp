// RLS medicines in the desktop app: Today's medicine panel and presets, History's regimens and
// Trends' bands.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "charts/ChartBands.h"
#include "history/HistoryView.h"
#include "history/RegimenTable.h"
#include "today/IntakePanel.h"
#include "today/MedicinePanel.h"
#include "today/TodayView.h"
#include "trends/TrendChart.h"
#include "trends/TrendsView.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QToolButton>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

namespace {

MedicineDose dose(QDate date, int hour, Drug drug, double mg)
{
    return MedicineDose::create(MedicineDoseEntry{atTime(toDate(date), std::chrono::hours{hour}),
                                                  drug, mg, MedicineRoute::Oral, "", "manual", ""})
        .value();
}

} // namespace

class MedicineTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void formAddsADoseAsOneUndoStep();
    void otherWithoutItsNameIsRefusedNamingNotes();
    void doseFormFoldsAwayAndOpensOnAnError();
    void foldedFormIsBuiltWhenOpenedAndTabGoesFromItsToggleThroughIt();
    void presetAddsItsDoseWithOneKeystroke();
    void historyShowsRegimensSplitByDoseChange();
    void trendsDrawsOneBandPerRegimen();
    void doseTableIsMadeForTheFirstDoseInItsPlaceInTheTabOrder();
};

void MedicineTests::formAddsADoseAsOneUndoStep()
{
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    MedicinePanel* panel = m_window->todayView()->medicinePanel();
    panel->drugField()->setCurrentIndex(panel->drugField()->findData(int(Drug::Gabapentin)));
    panel->doseField()->setFocus();
    panel->doseField()->selectAll();
    type(QStringLiteral("300"));
    panel->timeField()->setTime(QTime(1, 30)); // after midnight: still this night
    panel->findChild<QPushButton*>(QStringLiteral("addMedicine"))->click();

    auto stored = m_session->medicines(kNight);
    QCOMPARE(int(stored.size()), 1);
    QCOMPARE(stored.front().dose.drug(), Drug::Gabapentin);
    QCOMPARE(stored.front().dose.doseMg(), 300.0);
    QCOMPARE(toQDateTime(stored.front().dose.takenAt()).date(), kNight.addDays(1));
    QCOMPARE(panel->table()->rowCount(), 1);

    m_session->undoStack()->undo();
    QVERIFY(m_session->medicines(kNight).empty());
    QCOMPARE(panel->table()->rowCount(), 0);
    m_session->undoStack()->redo();
    QCOMPARE(int(m_session->medicines(kNight).size()), 1);
    QCOMPARE(m_session->medicines(kNight).front().id, stored.front().id);
}

void MedicineTests::otherWithoutItsNameIsRefusedNamingNotes()
{
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    MedicinePanel* panel = m_window->todayView()->medicinePanel();
    panel->drugField()->setCurrentIndex(panel->drugField()->findData(int(Drug::Other)));
    panel->doseField()->setValue(5);
    QVERIFY(!panel->addFromForm());
    QVERIFY(panel->errorLabel()->isVisible());
    QVERIFY(panel->errorLabel()->text().contains(QStringLiteral("notes")));
    QVERIFY(m_session->medicines(kNight).empty());

    panel->notesField()->setText(QStringLiteral("dipyridamole"));
    QVERIFY(panel->addFromForm());
    QVERIFY(!panel->errorLabel()->isVisible());
    QCOMPARE(m_session->medicines(kNight).front().dose.notes(), std::string("dipyridamole"));
}

void MedicineTests::doseFormFoldsAwayAndOpensOnAnError()
{
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    MedicinePanel* panel = m_window->todayView()->medicinePanel();
    auto* toggle = panel->findChild<QToolButton*>(QStringLiteral("medicineFormToggle"));
    QVERIFY(toggle && toggle->isVisible());
    if (panel->isFormOpen())
        QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!panel->isFormOpen());
    QVERIFY(!panel->drugField()->isVisible());
    QCOMPARE(QSettings().value(QStringLiteral("today/medicineFormOpen")).toBool(), false);

    // A dose the form refuses opens it, so that its message and field are seen.
    panel->drugField()->setCurrentIndex(panel->drugField()->findData(int(Drug::Other)));
    panel->doseField()->setValue(5);
    QVERIFY(!panel->addFromForm());
    QVERIFY(panel->isFormOpen());
    QVERIFY(panel->drugField()->isVisible());
    QVERIFY(panel->errorLabel()->isVisible());

    // A click folds it again, and the choice is kept for the next start.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!panel->isFormOpen());
    QCOMPARE(QSettings().value(QStringLiteral("today/medicineFormOpen")).toBool(), false);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(panel->isFormOpen());
    QCOMPARE(QSettings().value(QStringLiteral("today/medicineFormOpen")).toBool(), true);
}

void MedicineTests::foldedFormIsBuiltWhenOpenedAndTabGoesFromItsToggleThroughIt()
{
    QSettings().setValue(QStringLiteral("today/medicineFormOpen"), false);
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    MedicinePanel* panel = m_window->todayView()->medicinePanel();
    // Folded, it is not built: the first paint does not wait for it (docs/performance.md).
    QVERIFY(!panel->findChild<QComboBox*>());
    auto* toggle = panel->findChild<QToolButton*>(QStringLiteral("medicineFormToggle"));
    QVERIFY(toggle);
    toggle->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Space);
    QVERIFY(panel->isFormOpen());

    // Made after the rest of the window, the form still follows its toggle by Tab.
    toggle->setFocus(Qt::TabFocusReason);
    const QList<QWidget*> expected = {panel->drugField(), panel->doseField(), panel->routeField(),
                                      panel->timeField(), panel->notesField()};
    for (int i = 0; i < 5; ++i) {
        press(Qt::Key_Tab);
        if (i == 4 && QApplication::focusWidget() == expected[3])
            press(Qt::Key_Tab); // Tab goes from the hour to the minute first
        QWidget* focus = QApplication::focusWidget();
        QVERIFY2(focus == expected[i] || expected[i]->isAncestorOf(focus),
                 qPrintable(QStringLiteral("field %1").arg(i)));
    }
    press(Qt::Key_Tab);
    auto* saveAsPreset = qobject_cast<QPushButton*>(QApplication::focusWidget());
    QVERIFY(saveAsPreset);
    QCOMPARE(saveAsPreset->text(), QStringLiteral("Save as preset…"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(),
             static_cast<QWidget*>(panel->findChild<QPushButton*>(QStringLiteral("addMedicine"))));
}

void MedicineTests::presetAddsItsDoseWithOneKeystroke()
{
    QVERIFY(m_session
                ->saveMedicinePreset(MedicinePreset::create("Prami 0.25", Drug::Pramipexole, 0.25,
                                                            MedicineRoute::Oral)
                                         .value())
                .ok());
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    QVERIFY(m_window->todayView()->medicinePanel()->findChild<QToolButton*>(
        QStringLiteral("medicinePreset1")));
    press(Qt::Key_1, Qt::ControlModifier | Qt::AltModifier);
    auto stored = m_session->medicines(kNight);
    QCOMPARE(int(stored.size()), 1);
    QCOMPARE(stored.front().dose.drug(), Drug::Pramipexole);
    QCOMPARE(stored.front().dose.doseMg(), 0.25);
}

void MedicineTests::historyShowsRegimensSplitByDoseChange()
{
    for (int day = 0; day < 3; ++day)
        QVERIFY(m_session->addMedicine(dose(kNight.addDays(day), 21, Drug::Pramipexole, 0.125),
                                       QStringLiteral("Add")));
    QVERIFY(m_session->addMedicine(dose(kNight.addDays(3), 21, Drug::Pramipexole, 0.25),
                                   QStringLiteral("Add")));
    openWindow();
    RegimenTable* regimens = m_window->historyView()->regimens();
    regimens->reload();
    QCOMPARE(regimens->table()->rowCount(), 2);
    // Newest first.
    QCOMPARE(regimens->table()->item(0, 0)->text(), QStringLiteral("Pramipexole"));
    QCOMPARE(regimens->regimens().front().dailyMg, 0.25);
    QCOMPARE(regimens->regimens().back().daysTaken, 3);
    QCOMPARE(toQDate(regimens->regimens().back().stop), kNight.addDays(2));
}

void MedicineTests::trendsDrawsOneBandPerRegimen()
{
    for (int day = 0; day < 5; ++day)
        QVERIFY(m_session->addMedicine(dose(kNight.addDays(day), 21, Drug::Pramipexole, 0.25),
                                       QStringLiteral("Add")));
    QVERIFY(m_session->addMedicine(dose(kNight.addDays(2), 20, Drug::Gabapentin, 300),
                                   QStringLiteral("Add")));
    TrendsView view;
    view.setJournal(&m_session->journal());
    view.show();
    const auto& bands = view.chart()->medicineBands()->bands();
    QCOMPARE(bands.size(), qsizetype(2));
    QVERIFY(bands[0].lane != bands[1].lane);
    QVERIFY(bands[0].right > bands[0].left);
    QVERIFY(bands[0].tooltip.contains(QStringLiteral("Pramipexole")));
}

void MedicineTests::doseTableIsMadeForTheFirstDoseInItsPlaceInTheTabOrder()
{
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    MedicinePanel* panel = m_window->todayView()->medicinePanel();
    // A night without doses has no table (it is made when the first dose is shown).
    QVERIFY(!panel->findChild<QTableWidget*>(QStringLiteral("medicineDoses")));
    QVERIFY(m_session->addMedicine(dose(kNight, 22, Drug::Gabapentin, 300), QStringLiteral("test")));
    auto* table = panel->findChild<QTableWidget*>(QStringLiteral("medicineDoses"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->rowCount(), 1);
    // Tab goes from the intakes' last stop to the doses, then on to the panel's own fields.
    QWidget* before = table->previousInFocusChain();
    while (!(before->focusPolicy() & Qt::TabFocus) || !before->isVisible())
        before = before->previousInFocusChain();
    QVERIFY2(m_window->todayView()->intakePanel()->isAncestorOf(before),
             before->metaObject()->className());
    QWidget* after = table->nextInFocusChain();
    while (!(after->focusPolicy() & Qt::TabFocus) || !after->isVisible() ||
           table->isAncestorOf(after))
        after = after->nextInFocusChain();
    QCOMPARE(after, static_cast<QWidget*>(
                        panel->findChild<QToolButton*>(QStringLiteral("medicineFormToggle"))));
}

QUIETLEGS_GUI_TEST(MedicineTests)
#include "MedicineTests.moc"
