// The dialogs: Preferences, the welcome and the user guide.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "desktop/NightReminders.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/UserGuideDialog.h"
#include "dialogs/WelcomeWizard.h"
#include "labs/LabsView.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimeEdit>

using namespace quietlegs;
using namespace quietlegs::guitest;

class DialogTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void settingsPersist();
    void weekStartAndRemindersPreferencesTakeEffect();
    void welcomeComesOnceOnAnEmptyJournalAndSavesItsChoices();
    void userGuideShowsEveryPictureAndTheWorkflows();
};

void DialogTests::settingsPersist()
{
    Preferences preferences;
    preferences.magnesiumUpperLimitMg = 250;
    preferences.rdaProfile = RdaProfile::Male31Plus;
    preferences.rdaProfileChosen = true; // stored, it is no longer the default guess
    preferences.weekStart = Qt::Sunday;
    preferences.journalDayBoundary = QTime(5, 0);
    preferences.bedtimeReminderEnabled = true;
    preferences.bedtimeReminder = QTime(22, 15);
    preferences.morningReminderEnabled = true;
    preferences.morningReminder = QTime(7, 45);
    preferences.keepInTray = true;
    m_session->setPreferences(preferences);
    QCOMPARE(Preferences::load(), preferences);
    // The dialog shows what is stored and gives it back unchanged.
    PreferencesDialog dialog(preferences);
    QCOMPARE(dialog.preferences(), preferences);

    openWindow();
    m_window->showSection(m_window->sectionIndex(m_window->labsView()));
    m_window->resize(1333, 777);
    QVERIFY(m_window->close());
    m_window.reset();

    JournalSession session;
    QVERIFY(session.open(m_journalDir->filePath(QStringLiteral("journal.sqlite"))).ok());
    QCOMPARE(session.preferences(), preferences);
    MainWindow window(&session);
    window.restoreState();
    QCOMPARE(window.currentSection(), window.sectionIndex(window.labsView()));
    QCOMPARE(window.size(), QSize(1333, 777));
}

void DialogTests::weekStartAndRemindersPreferencesTakeEffect()
{
    openWindow();
    auto* picker = m_window->findChild<QDateEdit*>();
    QVERIFY(picker);
    QVERIFY(picker->calendarPopup());
    QCOMPARE(picker->calendarWidget()->firstDayOfWeek(), Qt::Monday);

    Preferences preferences = m_session->preferences();
    preferences.weekStart = Qt::Sunday;
    preferences.bedtimeReminderEnabled = true;
    preferences.bedtimeReminder = QTime(22, 15);
    m_session->setPreferences(preferences);
    // Calendars already made and those made later both start on the chosen day.
    QCOMPARE(picker->calendarWidget()->firstDayOfWeek(), Qt::Sunday);
    QDateEdit later;
    later.setCalendarPopup(true);
    later.calendarWidget()->ensurePolished();
    QCOMPARE(later.calendarWidget()->firstDayOfWeek(), Qt::Sunday);

    NightReminders* reminders = m_window->nightReminders();
    QVERIFY(reminders->isEnabled());
    // Set now, after 22:15 today: the first reminder is tomorrow evening's.
    reminders->setTimes(QTime(22, 15), std::nullopt, QDateTime(QDate(2026, 11, 20), QTime(22, 30)));
    QSignalSpy due(reminders, &NightReminders::reminderDue);
    reminders->check(QDateTime(QDate(2026, 11, 20), QTime(22, 40)));
    QCOMPARE(due.count(), 0);
    reminders->check(QDateTime(QDate(2026, 11, 21), QTime(22, 14)));
    QCOMPARE(due.count(), 0);
    reminders->check(QDateTime(QDate(2026, 11, 21), QTime(22, 15, 20)));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.takeFirst().at(1).toDate(), QDate(2026, 11, 21));
    QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("Bedtime")));
    reminders->check(QDateTime(QDate(2026, 11, 21), QTime(22, 45))); // once an evening
    QCOMPARE(due.count(), 0);
    // A bedtime long gone (a laptop woken at 03:00) is not announced late.
    reminders->check(QDateTime(QDate(2026, 11, 23), QTime(3, 0)));
    QCOMPARE(due.count(), 0);

    preferences.bedtimeReminderEnabled = false;
    m_session->setPreferences(preferences);
    QVERIFY(!reminders->isEnabled());
    reminders->check(QDateTime(QDate(2026, 11, 24), QTime(22, 16)));
    QCOMPARE(due.count(), 0);
}

void DialogTests::welcomeComesOnceOnAnEmptyJournalAndSavesItsChoices()
{
    QSettings settings;
    QVERIFY(WelcomeWizard::isFirstRun(*m_session, settings));

    WelcomeWizard wizard(m_session.get());
    // It says where the journal lives and that nothing leaves the computer.
    auto* location = wizard.findChild<QLabel*>(QStringLiteral("journalLocation"));
    QVERIFY(location);
    QVERIFY(location->text().contains(m_session->path().toHtmlEscaped()));
    bool private_ = false;
    for (auto* label : wizard.findChildren<QLabel*>())
        private_ =
            private_ || label->text().contains(QStringLiteral("Nothing leaves this computer"));
    QVERIFY(private_);

    // The few preferences: who the RDA is for, and the reminders.
    auto* profile = wizard.findChild<QComboBox*>();
    QVERIFY(profile);
    // No guess: nothing is chosen until the person chooses, and the iron RDA follows it.
    QCOMPARE(profile->currentIndex(), -1);
    auto* amounts = wizard.findChild<QLabel*>(QStringLiteral("rdaAmounts"));
    QVERIFY(amounts);
    profile->setCurrentIndex(profile->findData(int(RdaProfile::Female31to50)));
    QVERIFY2(amounts->text().contains(QStringLiteral("iron 18 mg")), qPrintable(amounts->text()));
    profile->setCurrentIndex(profile->findData(int(RdaProfile::Male31Plus)));
    QVERIFY2(amounts->text().contains(QStringLiteral("iron 8 mg")), qPrintable(amounts->text()));
    const auto checks = wizard.findChildren<QCheckBox*>();
    QCOMPARE(checks.size(), 4); // bedtime, morning, weekly check-in, start at login
    checks[0]->setChecked(true);
    checks[1]->setChecked(true);
    const auto times = wizard.findChildren<QTimeEdit*>();
    QCOMPARE(times.size(), 3);
    times[0]->setTime(QTime(22, 30));
    times[1]->setTime(QTime(3, 0)); // before the journal day: held at 04:00
    const Preferences chosen = wizard.preferences();
    QCOMPARE(chosen.rdaProfile, RdaProfile::Male31Plus);
    QVERIFY(chosen.bedtimeReminderEnabled);
    QCOMPARE(chosen.bedtimeReminder, QTime(22, 30));
    QVERIFY(chosen.morningReminderEnabled);
    QCOMPARE(chosen.morningReminder, kEarliestMorningReminder);
    QVERIFY(!wizard.importChosen());
    // What is not asked stays as it was.
    QCOMPARE(chosen.magnesiumUpperLimitMg, m_session->preferences().magnesiumUpperLimitMg);

    // Shown once: after that, or on a journal with entries, it is not offered again.
    WelcomeWizard::markShown(settings);
    QVERIFY(!WelcomeWizard::isFirstRun(*m_session, settings));
    settings.clear();
    NightEntry entry;
    entry.date = toDate(kNight);
    entry.severity = 4;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    QVERIFY(!WelcomeWizard::isFirstRun(*m_session, settings));
}

void DialogTests::userGuideShowsEveryPictureAndTheWorkflows()
{
    UserGuideDialog guide;
    auto* browser = guide.findChild<QTextBrowser*>();
    QVERIFY(browser);
    const QString text = browser->toPlainText();
    for (const char* heading : {"Workflow: a before/after trial", "Workflow: an on/off experiment",
                                "Sending the report to your nutritionist",
                                "Frequently asked questions", "Reminders and the tray"})
        QVERIFY2(text.contains(QLatin1String(heading)), heading);
    // Every picture the guide names is in the app's resources, so none shows as a hole.
    int images = 0;
    const QTextDocument* document = browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            const QUrl url = browser->source().resolved(QUrl(format.toImageFormat().name()));
            const QVariant image = browser->loadResource(QTextDocument::ImageResource, url);
            QVERIFY2(image.isValid() && !image.value<QByteArray>().isEmpty(),
                     qPrintable(url.toString()));
            ++images;
        }
    }
    // Every section of the sidebar, the welcome and the data-flow dialogs.
    QVERIFY2(images >= 10, qPrintable(QString::number(images)));
}

QUIETLEGS_GUI_TEST(DialogTests)
#include "DialogTests.moc"
