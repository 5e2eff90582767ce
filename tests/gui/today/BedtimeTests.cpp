// Today at bedtime (issue 24 "Fix"): undo from any field, the note after adding, the repeated
// preset question, visible validation, focus after Revert, the layout at 1024x700 and
// 1280x860, a wake time still ahead; Preferences' theme and the weekly check-in reminder.

#include "AppWindowFixture.h"
#include "Conversions.h"
#include "GuiTestMain.h"
#include "Preferences.h"
#include "desktop/AppTheme.h"
#include "desktop/WeeklyReminder.h"
#include "dialogs/PreferencesDialog.h"
#include "quietlegs/core/LabResult.h"
#include "quietlegs/core/WeeklyIrls.h"
#include "today/AttentionStrip.h"
#include "today/IntakePanel.h"
#include "today/NightForm.h"
#include "today/PackTakenBox.h"
#include "today/PresetEditorDialog.h"
#include "today/TodayView.h"
#include "widgets/ReminderTimeField.h"
#include "widgets/UndoNote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

class BedtimeTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void undoFromATimeFieldTakesBackTheJournalStep();
    void addedIntakeNoteUndoesIt();
    void repeatedPresetAsksBeforeAddingAgain();
    void badFieldIsFramedAndCtrlSGoesThere();
    void revertKeepsTheKeyboardInToday();
    void todayFitsWithoutHorizontalScrollingAt1024x700();
    void todayNeedsNoScrollingAt1280x860();
    void wakeTimeStillAheadIsWarned();
    void themeSettingPersistsAndAppliesAtOnce();
    void weeklyReminderComesOnItsDayUntilTheCheckIn();
    void presetEditorOpensWithoutAnError();
    void statusBarCountsSayOneNight();

private:
    QLineEdit* clockField(const QString& accessibleStart) const
    {
        for (auto* edit : m_window->todayView()->nightForm()->findChildren<QLineEdit*>())
            if (edit->accessibleName().startsWith(accessibleStart))
                return edit;
        return nullptr;
    }
};

void BedtimeTests::undoFromATimeFieldTakesBackTheJournalStep()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Mg glycinate", std::nullopt, 200)).ok());
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    QLineEdit* intoBed = clockField(QStringLiteral("Into bed"));
    QVERIFY(intoBed);
    intoBed->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), intoBed);
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 1);

    // The field has nothing of its own to undo: Ctrl+Z is the journal's.
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 0);
    press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 1);

    // Typing in it first: Ctrl+Z takes back the typing, the intake stays.
    QCOMPARE(QApplication::focusWidget(), intoBed);
    type(QStringLiteral("22"));
    press(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 1);
    QVERIFY(intoBed->text() != QStringLiteral("22"));
}

void BedtimeTests::addedIntakeNoteUndoesIt()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Mg glycinate", std::nullopt, 200)).ok());
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    UndoNote* note = m_window->todayView()->intakePanel()->undoNote();
    QVERIFY(!note->isVisible());
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(note->isVisible());
    const QString time =
        toQTime(timeOfDay(intakesOf(kNight).front().takenAt())).toString(QStringLiteral("HH:mm"));
    QVERIFY2(note->text().contains(QStringLiteral("Added Mg glycinate at %1").arg(time)),
             qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("Undo")));
    emit note->linkActivated(QStringLiteral("undo"));
    QCOMPARE(int(intakesOf(kNight).size()), 0);
    QVERIFY(!note->isVisible());

    // Once another step is on top, the note does not stay to undo the wrong one.
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(note->isVisible());
    QVERIFY(m_session->setScoresTenAreasNightly(true));
    QVERIFY(!note->isVisible());
}

void BedtimeTests::repeatedPresetAsksBeforeAddingAgain()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Mg glycinate", std::nullopt, 200)).ok());
    openWindow();
    QVERIFY(m_window->todayView()->setDate(kNight));
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 1);

    answerNextMessageBox(QMessageBox::No);
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 1);

    answerNextMessageBox(QMessageBox::Yes);
    press(Qt::Key_1, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(int(intakesOf(kNight).size()), 2);

    // Another evening asks nothing.
    QVERIFY(m_window->todayView()->setDate(kNight.addDays(1)));
    QVERIFY(m_window->todayView()->intakePanel()->addPreset(0));
    QCOMPARE(int(intakesOf(kNight.addDays(1)).size()), 1);
}

void BedtimeTests::badFieldIsFramedAndCtrlSGoesThere()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    QLineEdit* finalWake = clockField(QStringLiteral("Final wake"));
    QLineEdit* outOfBed = clockField(QStringLiteral("Out of bed"));
    QTest::keyClicks(finalWake, QStringLiteral("06:30"));
    QTest::keyClicks(outOfBed, QStringLiteral("06:20"));

    NightForm* form = today->nightForm();
    QCOMPARE(form->problemField(), outOfBed);
    QVERIFY(outOfBed->property("problem").toBool());
    QVERIFY(!finalWake->property("problem").toBool());
    QVERIFY(form->styleSheet().contains(QStringLiteral("problem")));
    // The computed line and the status line give the real reason, not "fields missing".
    QLabel* metrics = nullptr;
    for (auto* label : form->findChildren<QLabel*>())
        if (label->accessibleName() == QStringLiteral("Sleep metrics"))
            metrics = label;
    QVERIFY(metrics);
    QVERIFY2(metrics->text().contains(QStringLiteral("Out of bed is before final wake")),
             qPrintable(metrics->text()));
    QVERIFY2(
        today->stateLabel()->text().contains(QStringLiteral("Out of bed is before final wake")),
        qPrintable(today->stateLabel()->text()));

    today->focusFirstField();
    press(Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), outOfBed);
    QVERIFY(!m_session->night(kNight).has_value());

    // Fixed: the frame goes, and the night saves.
    outOfBed->clear();
    QTest::keyClicks(outOfBed, QStringLiteral("0650"));
    QVERIFY(!outOfBed->property("problem").toBool());
    QCOMPARE(form->problemField(), nullptr);
    press(Qt::Key_S, Qt::ControlModifier);
    QVERIFY(m_session->night(kNight).has_value());
}

void BedtimeTests::revertKeepsTheKeyboardInToday()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    today->focusFirstField();
    type(QStringLiteral("5"));
    QVERIFY(today->hasUnsavedChanges());
    today->revertButton()->setFocus();
    press(Qt::Key_Space); // presses Revert, which disables itself
    QVERIFY(!today->hasUnsavedChanges());
    QVERIFY(!today->revertButton()->isEnabled());
    QWidget* focus = QApplication::focusWidget();
    QVERIFY(focus && today->isAncestorOf(focus));
    QCOMPARE(focus, today->nightForm()->firstField());
    press(Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(today->date(), kNight.addDays(-1));
}

namespace {

/// Every scroll area of Today shows its content's full width (Today turns horizontal scroll
/// bars off, so a too-wide content would be cut), and the intakes table needs none either.
void verifyNoHorizontalScrolling(TodayView* today)
{
    for (auto* area : today->findChildren<QScrollArea*>()) {
        if (!area->isVisible() || !area->widget())
            continue;
        QVERIFY2(area->widget()->minimumSizeHint().width() <= area->viewport()->width(),
                 qPrintable(QStringLiteral("%1 px wide content in %2 px")
                                .arg(area->widget()->minimumSizeHint().width())
                                .arg(area->viewport()->width())));
        QVERIFY(area->horizontalScrollBar()->maximum() == 0 ||
                area->horizontalScrollBarPolicy() == Qt::ScrollBarAlwaysOff);
    }
    auto* table = today->intakePanel()->findChild<QTableView*>();
    QVERIFY(table);
    // Stretched sections round to the pixel: one pixel is no scrolling.
    QTRY_VERIFY2(table->horizontalScrollBar()->maximum() <= 1,
                 qPrintable(QString::number(table->horizontalScrollBar()->maximum())));
}

} // namespace

void BedtimeTests::todayFitsWithoutHorizontalScrollingAt1024x700()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Mg glycinate 3 caps", std::nullopt, 300)).ok());
    QVERIFY(m_session
                ->savePreset(magnesiumPreset("Magnesium citrate powder, one heaped spoon", 1250,
                                             std::nullopt, "citrate"))
                .ok());
    openWindow();
    m_window->resize(1024, 700);
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    QVERIFY(today->intakePanel()->addPreset(0));
    QVERIFY(today->intakePanel()->addPreset(1)); // 500 mg: above the upper limit
    auto* warning = m_window->findChild<QFrame*>(QStringLiteral("ulWarning"));
    QVERIFY(warning->isVisible());
    QTest::qWait(50);
    QCOMPARE(m_window->width(), 1024); // the window did not have to grow
    verifyNoHorizontalScrolling(today);
    // The triggers are there to reach (by scrolling down if need be), not pushed out sideways.
    QGroupBox* triggers = nullptr;
    for (auto* box : today->findChildren<QGroupBox*>())
        if (box->title().contains(QStringLiteral("triggers")))
            triggers = box;
    QVERIFY(triggers && triggers->isVisible());
    QVERIFY(triggers->width() >= triggers->minimumSizeHint().width());
}

void BedtimeTests::todayNeedsNoScrollingAt1280x860()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Mg glycinate 3 caps", std::nullopt, 300)).ok());
    QVERIFY(
        m_session->savePreset(magnesiumPreset("Mg citrate", 1250, std::nullopt, "citrate")).ok());
    // Two flags in the Attention strip: the upper limit (below) and a low ferritin.
    QVERIFY(m_session->saveLabResult(
        *LabResult::create(toDate(kNight.addDays(-3)), LabTest::Ferritin, 40, "ug/L")));
    // And a blinded experiment running: "Took pack N" shows too.
    ExperimentPlan plan;
    plan.id = "5b4c2f8e-1d3a-4c6b-9e7f-0a1b2c3d4e5f";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 300;
    plan.start = toDate(kNight.addDays(-10));
    plan.blinded = true;
    plan.savedAt = "2026-03-01T10:00:00Z";
    QVERIFY(m_session->saveExperiment(plan).ok());
    openWindow();
    m_window->resize(1280, 860);
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    QVERIFY(today->intakePanel()->addPreset(0));
    QVERIFY(today->intakePanel()->addPreset(1)); // above the upper limit: the warning shows
    QVERIFY(m_window->findChild<QFrame*>(QStringLiteral("ulWarning"))->isVisible());
    QVERIFY(today->attentionStrip()->isVisible());
    QVERIFY(today->packTakenBox()->isVisible());
    QTest::qWait(50);
    verifyNoHorizontalScrolling(today);
    // Side by side, and neither column needs scrolling: the night, the day's triggers, the
    // intakes with the warning, the form to add one and the medicines are all on screen.
    QScrollArea* nightColumn = nullptr;
    int columns = 0;
    for (auto* area : today->findChildren<QScrollArea*>()) {
        if (!area->isVisible() || !area->widget())
            continue;
        ++columns;
        if (area->widget()->isAncestorOf(today->nightForm()))
            nightColumn = area;
        QTRY_VERIFY2(area->verticalScrollBar()->maximum() == 0,
                     qPrintable(QStringLiteral("%1 px to scroll")
                                    .arg(area->verticalScrollBar()->maximum())));
    }
    QVERIFY(nightColumn);
    QVERIFY(!nightColumn->widget()->isAncestorOf(today->intakePanel()));
    QCOMPARE(columns, 2);
}

void BedtimeTests::wakeTimeStillAheadIsWarned()
{
    openWindow();
    TodayView* today = m_window->todayView();
    auto* note = today->nightForm()->findChild<QLabel*>(QStringLiteral("futureWakeNote"));
    QVERIFY(note);
    // Tonight's night: its wake is tomorrow morning, still to come.
    QVERIFY(today->setDate(toQDate(localToday())));
    QTest::keyClicks(clockField(QStringLiteral("Final wake")), QStringLiteral("0630"));
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(QStringLiteral("06:30")), qPrintable(note->text()));
    QVERIFY(note->text().contains(QStringLiteral("future")));

    // A past night's wake is no surprise.
    clockField(QStringLiteral("Final wake"))->clear();
    QVERIFY(!note->isVisible());
    answerNextMessageBox(QMessageBox::Discard);
    QVERIFY(today->setDate(kNight));
    QTest::keyClicks(clockField(QStringLiteral("Final wake")), QStringLiteral("0630"));
    QVERIFY(!note->isVisible());
}

void BedtimeTests::themeSettingPersistsAndAppliesAtOnce()
{
    openWindow();
    const bool startedLight = QApplication::palette().color(QPalette::Window).lightness() > 128;
    {
        PreferencesDialog dialog(m_session->preferences(), m_window.get());
        QComboBox* theme = dialog.themeBox();
        theme->setCurrentIndex(theme->findData(int(Theme::Dark)));
        m_session->setPreferences(dialog.preferences());
    }
    QCOMPARE(Preferences::load().theme, Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 128);
    QCOMPARE(AppTheme::current(), Theme::Dark);
    {
        // Shown again, the dialog offers what was saved.
        PreferencesDialog dialog(Preferences::load(), m_window.get());
        QCOMPARE(Theme(dialog.themeBox()->currentData().toInt()), Theme::Dark);
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(int(Theme::System)));
        m_session->setPreferences(dialog.preferences());
    }
    QCOMPARE(Preferences::load().theme, Theme::System);
    QCOMPARE(AppTheme::current(), Theme::System);
    QCOMPARE(QApplication::palette().color(QPalette::Window).lightness() > 128, startedLight);
}

void BedtimeTests::weeklyReminderComesOnItsDayUntilTheCheckIn()
{
    openWindow();
    {
        PreferencesDialog dialog(m_session->preferences(), m_window.get());
        dialog.weeklyReminderField()->checkBox()->setChecked(true);
        QVERIFY(dialog.weeklyReminderDayBox()->isEnabled());
        dialog.weeklyReminderDayBox()->setCurrentIndex(
            dialog.weeklyReminderDayBox()->findData(int(Qt::Sunday)));
        m_session->setPreferences(dialog.preferences());
    }
    const Preferences saved = Preferences::load();
    QVERIFY(saved.weeklyReminderEnabled);
    QCOMPARE(saved.weeklyReminderDay, Qt::Sunday);

    WeeklyReminder* reminder = m_window->weeklyReminder();
    QVERIFY(reminder->isEnabled());
    QSignalSpy due(reminder, &WeeklyReminder::reminderDue);
    const QDate sunday(2027, 3, 14);
    QCOMPARE(sunday.dayOfWeek(), int(Qt::Sunday));
    reminder->check(QDateTime(sunday.addDays(-1), QTime(20, 0)));
    reminder->check(QDateTime(sunday, saved.weeklyReminder.addSecs(-60)));
    QCOMPARE(due.count(), 0);
    reminder->check(QDateTime(sunday, saved.weeklyReminder));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.front().front().toDate(), sunday);
    reminder->check(QDateTime(sunday, saved.weeklyReminder.addSecs(600)));
    QCOMPARE(due.count(), 1);

    // The next Sunday's week has its check-in already: no reminder.
    const QDate next = sunday.addDays(7);
    QVERIFY(m_session->saveWeek(*WeeklyIrls::create(
        {toDate(m_session->weekEndingOf(next)), {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}})));
    reminder->check(QDateTime(next, saved.weeklyReminder));
    QCOMPARE(due.count(), 1);
}

void BedtimeTests::presetEditorOpensWithoutAnError()
{
    openWindow();
    PresetEditorDialog editor(m_session.get(), m_window.get());
    editor.show();
    auto* preview = editor.findChild<QLabel*>(QStringLiteral("presetPreview"));
    QVERIFY(preview);
    QVERIFY2(preview->text().startsWith(QStringLiteral("Type a name")),
             qPrintable(preview->text()));
    // Once something is typed, a missing dose is said.
    QTest::keyClicks(editor.findChild<QLineEdit*>(), QStringLiteral("Mg"));
    QVERIFY2(!preview->text().startsWith(QStringLiteral("Type a name")),
             qPrintable(preview->text()));
}

void BedtimeTests::statusBarCountsSayOneNight()
{
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 2;
    QVERIFY(m_session->saveNight(*Night::create(entry)));
    openWindow();
    auto* counts = m_window->findChild<QLabel*>(QStringLiteral("journalCounts"));
    QVERIFY(counts);
    QVERIFY(m_session->saveNight(*Night::create(entry))); // any change refreshes the counts
    NightEntry other = entry;
    other.date = toDate(kNight.addDays(1));
    QVERIFY(m_session->saveNight(*Night::create(other)));
    m_session->undoStack()->undo();
    QVERIFY2(counts->text().startsWith(QStringLiteral("1 night")), qPrintable(counts->text()));
    QVERIFY2(!counts->text().contains(QStringLiteral("1 nights")), qPrintable(counts->text()));
    QVERIFY(!counts->text().contains(QStringLiteral("days of factors")));
}

QUIETLEGS_GUI_TEST(BedtimeTests)
#include "BedtimeTests.moc"
