// The quick log from the tray and the reminders: a night from the keyboard in one undo step.

#include "AppWindowFixture.h"
#include "Conversions.h"
#include "GuiTestMain.h"
#include "desktop/JournalTray.h"
#include "desktop/NightReminders.h"
#include "dialogs/QuickLogDialog.h"
#include "today/TodayView.h"
#include "widgets/ClockEdit.h"
#include "widgets/ScoreSpinBox.h"

#include <QComboBox>
#include <QLabel>
#include <QTest>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

class QuickLogTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void quickLogSavesANightAsOneUndoStep();
    void quickLogKeepsWhatItDoesNotAsk();
    void quickLogShowsABadOnsetAndWritesNothing();
    void reminderWithoutNotificationOpensTheQuickLog();

private:
    QuickLogDialog* openQuickLog(QDate night)
    {
        openWindow();
        m_window->showSection(m_window->sectionIndex(m_window->todayView()));
        m_window->showQuickLog(night);
        QuickLogDialog* quickLog = m_window->quickLog();
        if (!quickLog)
            return nullptr;
        QApplication::setActiveWindow(quickLog);
        if (!QTest::qWaitForWindowActive(quickLog))
            return nullptr;
        return quickLog;
    }
};

void QuickLogTests::quickLogSavesANightAsOneUndoStep()
{
    QVERIFY(m_session->savePreset(magnesiumPreset("Mg glycinate", std::nullopt, 141)).ok());
    const int stepsBefore = m_session->undoStack()->count();
    // The tray's "Log tonight" opens the window on the night to log.
    openWindow();
    emit m_window->tray()->logNightRequested();
    QuickLogDialog* quickLog = m_window->quickLog();
    QVERIFY(quickLog);
    QVERIFY(quickLog->isVisible());
    QCOMPARE(quickLog->night(), m_window->todayView()->nightToLog());
    quickLog->hide();

    quickLog = openQuickLog(kNight);
    QVERIFY(quickLog);
    QCOMPARE(QApplication::focusWidget(), quickLog->severityField());
    // A digit, a time, the preset with an arrow, Enter: a few seconds from bed.
    type(QStringLiteral("6"));
    QCOMPARE(QApplication::focusWidget(), quickLog->onsetField());
    type(QStringLiteral("2215"));
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), quickLog->presetBox());
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(!quickLog->isVisible());

    const auto night = m_session->night(kNight);
    QVERIFY(night);
    QCOMPARE(night->severity(), 6);
    QVERIFY(night->symptomOnset());
    QCOMPARE(toQDateTime(*night->symptomOnset()), QDateTime(kNight, QTime(22, 15)));
    const auto intakes = intakesOf(kNight);
    QCOMPARE(intakes.size(), std::size_t(1));
    QCOMPARE(intakes.front().elementalMg(), 141.0);

    QCOMPARE(m_session->undoStack()->count(), stepsBefore + 1);
    QVERIFY(m_session->undo());
    QVERIFY(!m_session->night(kNight));
    QVERIFY(intakesOf(kNight).empty());
}

void QuickLogTests::quickLogKeepsWhatItDoesNotAsk()
{
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 2;
    entry.notes = "long drive";
    entry.rlsAwakenings = 3;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    QuickLogDialog* quickLog = openQuickLog(kNight);
    QVERIFY(quickLog);
    QCOMPARE(quickLog->severityField()->score(), 2);
    quickLog->severityField()->setValue(7);
    QVERIFY(quickLog->save());
    const auto night = m_session->night(kNight);
    QVERIFY(night);
    QCOMPARE(night->severity(), 7);
    QCOMPARE(night->notes(), std::string("long drive"));
    QCOMPARE(night->rlsAwakenings(), 3);
}

void QuickLogTests::quickLogShowsABadOnsetAndWritesNothing()
{
    QuickLogDialog* quickLog = openQuickLog(kNight);
    QVERIFY(quickLog);
    const int stepsBefore = m_session->undoStack()->count();
    quickLog->severityField()->setValue(4);
    quickLog->onsetField()->setText(QStringLiteral("25:70"));
    QVERIFY(!quickLog->save());
    auto* problem = quickLog->findChild<QLabel*>(QStringLiteral("quickLogProblem"));
    QVERIFY(problem && problem->isVisibleTo(quickLog));
    QVERIFY2(problem->text().contains(QStringLiteral("Symptoms began")),
             qPrintable(problem->text()));
    QVERIFY(!m_session->night(kNight));
    QCOMPARE(m_session->undoStack()->count(), stepsBefore);
}

void QuickLogTests::reminderWithoutNotificationOpensTheQuickLog()
{
    openWindow();
    // Offscreen there is no tray to notify: the reminder opens the quick log itself.
    QVERIFY(!JournalTray::isAvailable());
    NightReminders* reminders = m_window->nightReminders();
    reminders->setTimes(QTime(22, 0), std::nullopt, QDateTime(kNight, QTime(21, 0)));
    reminders->check(QDateTime(kNight, QTime(22, 1)));
    QVERIFY(m_window->quickLog());
    QVERIFY(m_window->quickLog()->isVisible());
    QCOMPARE(m_window->quickLog()->night(), kNight);
}

QUIETLEGS_GUI_TEST(QuickLogTests)
#include "QuickLogTests.moc"
