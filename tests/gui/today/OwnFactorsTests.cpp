// Your own factors in Today's "The day" and in Preferences, and "Same as yesterday" (issue 21).

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "dialogs/OwnFactorsEditor.h"
#include "dialogs/PreferencesDialog.h"
#include "today/OwnFactorsForm.h"
#include "today/TodayView.h"

#include <QAction>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

namespace {

FactorDefinition factor(const char* name, const char* unit, FactorKind kind)
{
    return FactorDefinition::create(name, unit, kind).value();
}

Intake magnesiumAt(QDate date, int hour)
{
    IntakeEntry entry;
    entry.takenAt = atTime(toDate(date), std::chrono::hours(hour));
    entry.nutrient = Nutrient::Magnesium;
    entry.form = "glycinate";
    entry.elementalMg = 200;
    return Intake::create(entry).value();
}

} // namespace

class OwnFactorsTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void ownFactorFieldsSaveWithTheDayAsOneUndoStep();
    void sameAsYesterdayCopiesSupplementsAndFactorsAsOneStep();
    void sameAsYesterdayRefusesPolitelyWhenYesterdayIsEmpty();
    void sameAsYesterdayShortcutClashesWithNothing();
    void preferencesAddEditAndRemoveAFactor();
};

void OwnFactorsTests::ownFactorFieldsSaveWithTheDayAsOneUndoStep()
{
    QVERIFY(m_session->defineFactor(factor("long drive", "min", FactorKind::Number)));
    QVERIFY(m_session->defineFactor(factor("hot bath", "", FactorKind::YesNo)));
    const int stepsBefore = m_session->undoStack()->count();
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    auto* drive = qobject_cast<QDoubleSpinBox*>(today->ownFactorsForm()->field("long drive"));
    auto* bath = qobject_cast<QCheckBox*>(today->ownFactorsForm()->field("hot bath"));
    QVERIFY(drive);
    QVERIFY(bath);
    QCOMPARE(drive->suffix(), QStringLiteral(" min"));
    QCOMPARE(bath->checkState(), Qt::PartiallyChecked); // not logged

    // From the keyboard: type into the number field, tick the box with the space bar.
    drive->setFocus(Qt::OtherFocusReason);
    drive->selectAll();
    QTest::keyClicks(drive, QStringLiteral("90"));
    bath->setFocus(Qt::OtherFocusReason);
    QTest::keyClick(bath, Qt::Key_Space); // middle state -> ticked
    QCOMPARE(bath->checkState(), Qt::Checked);
    QVERIFY(today->hasUnsavedChanges());
    QVERIFY(today->save()); // what Ctrl+S calls (TodayTests drive the shortcut itself)

    auto values = m_session->factorValues(kNight);
    QCOMPARE(int(values.size()), 2);
    QCOMPARE(values[0].name(), std::string("hot bath"));
    QCOMPARE(values[0].value(), 1.0);
    QCOMPARE(values[1].value(), 90.0);
    QCOMPARE(m_session->undoStack()->count(), stepsBefore + 1);

    m_session->undoStack()->undo();
    QVERIFY(m_session->factorValues(kNight).empty());
    QCOMPARE(today->ownFactorsForm()->values().size(), std::size_t(0));
}

void OwnFactorsTests::sameAsYesterdayCopiesSupplementsAndFactorsAsOneStep()
{
    const QDate yesterday = kNight.addDays(-1);
    QVERIFY(m_session->defineFactor(factor("antihistamine", "", FactorKind::YesNo)));
    QVERIFY(m_session->addIntakes({magnesiumAt(yesterday, 21)}, QStringLiteral("Mg")));
    QVERIFY(m_session->saveFactorValues(
        yesterday, {FactorValue::create(toDate(yesterday), "antihistamine", 1).value()}));
    const int stepsBefore = m_session->undoStack()->count();
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));

    press(Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 1);
    QCOMPARE(toQDateTime(intakesOf(kNight).front().takenAt()), QDateTime(kNight, QTime(21, 0)));
    QCOMPARE(int(m_session->factorValues(kNight).size()), 1);
    QCOMPARE(m_session->undoStack()->count(), stepsBefore + 1);
    QVERIFY2(today->copyNote()->text().contains(QStringLiteral("Copied")),
             qPrintable(today->copyNote()->text()));
    auto* bath = qobject_cast<QCheckBox*>(today->ownFactorsForm()->field("antihistamine"));
    QCOMPARE(bath->checkState(), Qt::Checked); // the form shows the copy

    m_session->undoStack()->undo();
    QVERIFY(intakesOf(kNight).empty());
    QVERIFY(m_session->factorValues(kNight).empty());
    QCOMPARE(int(intakesOf(yesterday).size()), 1);
    m_session->undoStack()->redo();
    QCOMPARE(int(intakesOf(kNight).size()), 1);
    QCOMPARE(int(m_session->factorValues(kNight).size()), 1);

    // Again: everything is there already, nothing is added and no step is pushed.
    today->sameAsYesterdayButton()->click();
    QCOMPARE(int(intakesOf(kNight).size()), 1);
    QCOMPARE(m_session->undoStack()->count(), stepsBefore + 1);
}

void OwnFactorsTests::sameAsYesterdayRefusesPolitelyWhenYesterdayIsEmpty()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    const int stepsBefore = m_session->undoStack()->count();
    today->sameAsYesterdayButton()->click();
    QVERIFY2(today->copyNote()->text().contains(QStringLiteral("Nothing to copy")),
             qPrintable(today->copyNote()->text()));
    QCOMPARE(m_session->undoStack()->count(), stepsBefore);
    QVERIFY(intakesOf(kNight).empty());
}

void OwnFactorsTests::sameAsYesterdayShortcutClashesWithNothing()
{
    openWindow();
    const QKeySequence key(Qt::CTRL | Qt::SHIFT | Qt::Key_Y);
    int actions = 0;
    for (const QAction* action : m_window->findChildren<QAction*>())
        if (action->shortcuts().contains(key))
            ++actions;
    QCOMPARE(actions, 1);
}

void OwnFactorsTests::preferencesAddEditAndRemoveAFactor()
{
    PreferencesDialog dialog(m_session->preferences());
    dialog.showOwnFactors(m_session.get());
    OwnFactorsEditor* editor = dialog.ownFactorsEditor();
    QVERIFY(editor);
    QVERIFY(
        editor->addFactor(QStringLiteral("Screen time"), QStringLiteral("h"), FactorKind::Number));
    QCOMPARE(editor->table()->model()->rowCount(), 1);
    QSignalSpy refused(editor, &OwnFactorsEditor::refused);
    QVERIFY(!editor->addFactor(QString(61, QLatin1Char('x')), {}, FactorKind::YesNo));
    QCOMPARE(refused.count(), 1);
    QVERIFY(refused.first().first().toString().contains(QStringLiteral("name")));

    QVERIFY(
        editor->changeFactor("screen time", QStringLiteral("Screen time"), QStringLiteral("min")));
    QCOMPARE(m_session->factors().front().unit(), std::string("min"));

    QVERIFY(m_session->saveFactorValues(
        kNight, {FactorValue::create(toDate(kNight), "Screen time", 120).value()}));
    QVERIFY(m_session->saveFactorValues(
        kNight.addDays(1),
        {FactorValue::create(toDate(kNight.addDays(1)), "Screen time", 60).value()}));
    QVERIFY(OwnFactorsEditor::removeQuestion(QStringLiteral("Screen time"),
                                             m_session->factorValueCount("Screen time"))
                .contains(QStringLiteral("2")));
    editor->table()->selectRow(0);
    QVERIFY(editor->removeButton()->isEnabled());
    QVERIFY(editor->removeFactor("Screen time"));
    QCOMPARE(editor->table()->model()->rowCount(), 0);
    QVERIFY(m_session->factorValues(kNight).empty());

    m_session->undoStack()->undo(); // the factor comes back with both values
    QCOMPARE(editor->table()->model()->rowCount(), 1);
    QCOMPARE(m_session->factorValueCount("Screen time"), 2);
}

QUIETLEGS_GUI_TEST(OwnFactorsTests)
#include "OwnFactorsTests.moc"
