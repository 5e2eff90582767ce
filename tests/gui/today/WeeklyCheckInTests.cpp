// Issue 21 in the window: the night's onset, RLS awakenings and arms, the ten areas shown only
// when the journal scores them nightly, the weekly check-in (Today, History, Preferences).

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "history/HistoryView.h"
#include "history/WeeksTable.h"
#include "today/NightForm.h"
#include "today/TodayView.h"
#include "today/WeeklyCheckInDialog.h"
#include "widgets/ClockEdit.h"
#include "widgets/ScoreSpinBox.h"

#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace quietlegs;
using namespace quietlegs::guitest;

class WeeklyCheckInTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void newJournalAsksTheNightsQuestionsWithoutTheTenAreas();
    void tenAreasFollowTheJournalSettingAndAScoredNight();
    void tenAreasBuiltWhenFirstShownSitBetweenSeverityAndOnsetByTab();
    void weeklyCheckInIsDueSavedByKeyboardAndUndone();
    void checkInAnchorsEachAreaAndNeedsAllTen();
    void historyListsWeeksWithTotalAndBand();
};

void WeeklyCheckInTests::newJournalAsksTheNightsQuestionsWithoutTheTenAreas()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    QVERIFY(!today->nightForm()->tenAreasShown());
    today->focusFirstField();
    type(QStringLiteral("4")); // quick severity
    press(Qt::Key_Tab);
    type(QStringLiteral("0030")); // symptoms began: after midnight
    press(Qt::Key_Tab);
    type(QStringLiteral("3")); // times woken by the legs
    press(Qt::Key_S, Qt::ControlModifier);

    const auto night = m_session->night(kNight);
    QVERIFY(night.has_value());
    QCOMPARE(night->severity(), std::optional(4));
    QCOMPARE(toQDateTime(*night->symptomOnset()), QDateTime(kNight.addDays(1), QTime(0, 30)));
    QCOMPARE(night->rlsAwakenings(), std::optional(3));
    QVERIFY(!night->arms().has_value());
    QVERIFY(!night->irls().has_value());

    // A bad count is named next to its field and blocks saving.
    today->nightForm()->rlsAwakeningsField()->setValue(-1);
    today->nightForm()->onsetField()->setText(QStringLiteral("25:99"));
    QVERIFY(!today->saveButton()->isEnabled());
    auto* message = m_window->findChild<QLabel*>(QStringLiteral("message_symptom_onset"));
    QVERIFY(message && message->isVisible());
}

void WeeklyCheckInTests::tenAreasFollowTheJournalSettingAndAScoredNight()
{
    openWindow();
    NightForm* form = m_window->todayView()->nightForm();
    QVERIFY(!form->tenAreasShown());
    QVERIFY(m_session->setScoresTenAreasNightly(true));
    QVERIFY(form->tenAreasShown());
    QVERIFY(m_session->scoresTenAreasNightly());
    m_session->undoStack()->undo();
    QVERIFY(!m_session->scoresTenAreasNightly());
    QVERIFY(!form->tenAreasShown());

    // A night that has its ten areas scored shows them, whatever the setting.
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.irls = *IrlsScore::fromItems({1, 1, 1, 1, 1, 1, 1, 1, 1, 1});
    QVERIFY(m_session->saveNight(*Night::create(entry)));
    QVERIFY(m_window->todayView()->setDate(kNight.addDays(1)));
    QVERIFY(m_window->todayView()->setDate(kNight));
    QVERIFY(form->tenAreasShown());
}

void WeeklyCheckInTests::tenAreasBuiltWhenFirstShownSitBetweenSeverityAndOnsetByTab()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->setDate(kNight));
    NightForm* form = today->nightForm();
    // Not built while hidden: the first paint does not wait for them (docs/performance.md).
    QCOMPARE(form->findChildren<ScoreSpinBox*>().size(), qsizetype(1)); // quick severity
    QVERIFY(m_session->setScoresTenAreasNightly(true));
    QCOMPARE(form->findChildren<ScoreSpinBox*>().size(), qsizetype(11));

    // Made after the rest of the window, they still come right after the quick severity.
    today->focusFirstField();
    type(QStringLiteral("4")); // quick severity
    press(Qt::Key_Tab);
    type(QStringLiteral("1234012340")); // the ten areas, each digit moves on
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(form->onsetField()));
    type(QStringLiteral("2300"));
    press(Qt::Key_S, Qt::ControlModifier);

    const auto night = m_session->night(kNight);
    QVERIFY(night.has_value() && night->irls().has_value());
    QCOMPARE(night->irls()->items(), (std::array<int, 10>{1, 2, 3, 4, 0, 1, 2, 3, 4, 0}));
    QVERIFY(night->symptomOnset().has_value());
}

void WeeklyCheckInTests::weeklyCheckInIsDueSavedByKeyboardAndUndone()
{
    openWindow();
    TodayView* today = m_window->todayView();
    QVERIFY(today->weeklyCheckInButton()->isVisible());
    bool seen = false;
    QTimer::singleShot(0, this, [&seen] {
        auto* dialog = qobject_cast<WeeklyCheckInDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        // One digit per area, as typed into each.
        const QString digits = QStringLiteral("4444333321");
        for (int i = 0; i < kIrlsItemCount; ++i)
            QTest::keyClick(dialog->item(i), digits.at(i).toLatin1());
        dialog->accept();
    });
    press(Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(seen);
    const QDate weekEnding = m_session->weekEndingOf(QDate::currentDate());
    QCOMPARE(weekEnding.dayOfWeek(), int(Qt::Sunday)); // weeks start on Monday by default
    const auto week = m_session->week(weekEnding);
    QVERIFY(week.has_value());
    QCOMPARE(week->total(), 31);
    QCOMPARE(week->band(), IrlsBand::VerySevere);
    QVERIFY(!today->weeklyCheckInButton()->isVisible());
    m_session->undoStack()->undo();
    QVERIFY(!m_session->week(weekEnding).has_value());
    QVERIFY(today->weeklyCheckInButton()->isVisible());
}

void WeeklyCheckInTests::checkInAnchorsEachAreaAndNeedsAllTen()
{
    WeeklyCheckInDialog dialog(QDate(2026, 11, 29));
    QVERIFY(dialog.item(2)->accessibleDescription().contains(QStringLiteral("Complete relief")));
    QVERIFY(dialog.item(2)->accessibleDescription().contains(QStringLiteral("No relief at all")));
    QVERIFY(dialog.item(0)->accessibleDescription() != dialog.item(2)->accessibleDescription());
    for (int i = 0; i < 9; ++i)
        dialog.item(i)->setValue(1);
    auto missing = dialog.week();
    QVERIFY(!missing.ok());
    QCOMPARE(QString::fromStdString(missing.error().field), QStringLiteral("irls_items[9]"));
    dialog.item(9)->setValue(0);
    auto week = dialog.week();
    QVERIFY(week.ok());
    QCOMPARE(week->total(), 9);
    QCOMPARE(toQDate(week->weekEnding()), QDate(2026, 11, 29));
}

void WeeklyCheckInTests::historyListsWeeksWithTotalAndBand()
{
    openWindow();
    WeeksTable* weeks = m_window->historyView()->weeksTable();
    QCOMPARE(weeks->rowCount(), 0);
    auto week = WeeklyIrls::create(
        {toDate(QDate(2026, 11, 29)), {2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, "manual", ""});
    QVERIFY(m_session->saveWeek(*week));
    QCOMPARE(weeks->rowCount(), 1);
    QCOMPARE(weeks->item(0, WeeksTable::TotalColumn)->data(Qt::UserRole).toInt(), 20);
    QCOMPARE(weeks->item(0, WeeksTable::BandColumn)->text(), QStringLiteral("moderate"));
}

QUIETLEGS_GUI_TEST(WeeklyCheckInTests)
#include "WeeklyCheckInTests.moc"
