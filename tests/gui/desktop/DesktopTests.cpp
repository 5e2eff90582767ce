// The app on the desktop: reminders, start at login, the dark palette.

#include "GuiTestMain.h"
#include "AppWindowFixture.h"
#include "Conversions.h"
#include "Preferences.h"
#include "desktop/AppStyle.h"
#include "desktop/AutostartEntry.h"
#include "desktop/DarkPalette.h"
#include "desktop/NightReminders.h"
#include "labs/LabsView.h"
#include "today/TodayView.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QVBoxLayout>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyleFactory>
#include <QFrame>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace quietlegs;
using namespace quietlegs::guitest;

class DesktopTests : public AppWindowFixture
{
    Q_OBJECT

private slots:
    void morningReminderOpensTheUnloggedNight();
    void startAtLoginWritesAnAutostartEntry();
    void switchingToDarkKeepsWarningsReadable();
    void menuBarArrowIsReadWhenFirstDrawn();
    void groupBoxesAreDrawnAsFusionDrawsThemWithoutReadingItsImage();
};

namespace {

/// Whether this process has loaded an image-format plugin (Qt loads them all on the first image
/// it reads from a file).
bool imageFormatPluginsLoaded()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("/imageformats/");
}

} // namespace

void DesktopTests::morningReminderOpensTheUnloggedNight()
{
    const QDate morning = kNight.addDays(1);
    NightEntry entry;
    entry.date = toDate(kNight.addDays(-1));
    entry.severity = 2;
    QVERIFY(m_session->saveNight(Night::create(entry).value()));
    openWindow();
    m_window->showSection(m_window->sectionIndex(m_window->labsView()));

    Preferences preferences = m_session->preferences();
    preferences.morningReminderEnabled = true;
    preferences.morningReminder = QTime(8, 0);
    m_session->setPreferences(preferences);
    NightReminders* reminders = m_window->nightReminders();
    QSignalSpy due(reminders, &NightReminders::reminderDue);

    // The morning after a logged night: no reminder.
    reminders->setTimes(std::nullopt, QTime(8, 0), QDateTime(kNight, QTime(6, 0)));
    reminders->check(QDateTime(kNight, QTime(8, 5)));
    QCOMPARE(due.count(), 0);

    // The morning after the unlogged night of kNight, the app in the tray: one reminder,
    // naming that night.
    m_window->hide();
    reminders->check(QDateTime(morning, QTime(8, 1)));
    QCOMPARE(due.count(), 1);
    QCOMPARE(due.first().at(0).value<ReminderKind>(), ReminderKind::Morning);
    QCOMPARE(due.first().at(1).toDate(), kNight);
    const QString message = m_window->statusBar()->currentMessage();
    QVERIFY2(message.contains(QLocale().toString(kNight, QStringLiteral("dddd d MMMM"))),
             qPrintable(message));
    reminders->check(QDateTime(morning, QTime(9, 0)));
    QCOMPARE(due.count(), 1);

    // Its notification opens Today on that night, ready for the first keystroke.
    QVERIFY(m_window->openNightInToday(kNight));
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // The reminder is not drawn over the journal's path in the status bar.
    QTRY_VERIFY(!m_window->findChild<QLabel*>(QStringLiteral("journalPath"))->isVisible());
    QCOMPARE(m_window->statusBar()->currentMessage(), message);
    QCOMPARE(m_window->currentSection(), m_window->sectionIndex(m_window->todayView()));
    QCOMPARE(m_window->todayView()->date(), kNight);
}

void DesktopTests::startAtLoginWritesAnAutostartEntry()
{
    QTemporaryDir config;
    AutostartEntry entry(config.path());
    QVERIFY(!entry.isEnabled());
    // A path with a space is quoted as the desktop entry spec asks.
    QVERIFY(entry.setEnabled(true, QStringLiteral("/opt/Quiet Legs/bin/quietlegs")));
    QVERIFY(entry.isEnabled());
    QCOMPARE(entry.filePath(), config.filePath(QStringLiteral("autostart/") +
                                               QLatin1String(AutostartEntry::kFileName)));
    QFile file(entry.filePath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(
        text.contains(QStringLiteral("\nExec=\"/opt/Quiet Legs/bin/quietlegs\" --minimized\n")),
        qPrintable(text));
    QVERIFY(text.startsWith(QStringLiteral("[Desktop Entry]\n")));
    file.close();

    // The desktop's own autostart panel may switch it off in place.
    QVERIFY(file.open(QIODevice::Append));
    file.write("Hidden=true\n");
    file.close();
    QVERIFY(!entry.isEnabled());

    QVERIFY(entry.setEnabled(false, QString()));
    QVERIFY(!QFile::exists(entry.filePath()));
    QVERIFY(entry.setEnabled(false, QString())); // already off: nothing to do, no error
}

void DesktopTests::switchingToDarkKeepsWarningsReadable()
{
    openWindow();
    const QPalette light = QApplication::palette();
    auto* message = m_window->findChild<QLabel*>(QStringLiteral("message_out_of_bed"));
    auto* warning = m_window->findChild<QFrame*>(QStringLiteral("ulWarning"));
    QVERIFY(message && warning);
    QApplication::setPalette(darkPalette());
    QApplication::processEvents();
    // Light text on the dark window, a dark red behind the upper-limit warning.
    QVERIFY(message->palette().color(QPalette::WindowText).lightness() > 128);
    QVERIFY(warning->palette().color(QPalette::Window).lightness() < 128);
    QApplication::setPalette(light);
    QApplication::processEvents();
    QVERIFY(message->palette().color(QPalette::WindowText).lightness() < 128);
    QVERIFY(warning->palette().color(QPalette::Window).lightness() > 128);
}

void DesktopTests::menuBarArrowIsReadWhenFirstDrawn()
{
    if (imageFormatPluginsLoaded())
        QSKIP("an earlier test in this process has read an image; run this one alone");
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    QCOMPARE(AppStyle::nameOf(QApplication::style()), fusion->name());
    {
        // The menu bar asks for its arrow as it is made: with the app's style nothing is read.
        QMainWindow window;
        window.menuBar()->addMenu(QStringLiteral("&File"));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!imageFormatPluginsLoaded());
    }
    // Drawn, the arrow is Fusion's own, pixel for pixel.
    const QIcon arrow =
        QApplication::style()->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QVERIFY(!arrow.isNull());
    QVERIFY(!imageFormatPluginsLoaded());
    const QImage expected =
        fusion->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton).pixmap(16, 16).toImage();
    QVERIFY(!expected.isNull());
    QCOMPARE(arrow.pixmap(16, 16).toImage(), expected);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
}

void DesktopTests::groupBoxesAreDrawnAsFusionDrawsThemWithoutReadingItsImage()
{
    const bool readBefore = imageFormatPluginsLoaded();
    // A titled box, an untitled one, a checkable one and a flat one, in a window of each.
    const auto boxes = [] {
        auto window = std::make_unique<QWidget>();
        auto* layout = new QVBoxLayout(window.get());
        auto* titled = new QGroupBox(QStringLiteral("Symptoms"), window.get());
        new QVBoxLayout(titled);
        titled->layout()->addWidget(new QLabel(QStringLiteral("Severity")));
        layout->addWidget(titled);
        auto* untitled = new QGroupBox(window.get());
        new QVBoxLayout(untitled);
        untitled->layout()->addWidget(new QLabel(QStringLiteral("Sleep")));
        layout->addWidget(untitled);
        auto* checkable = new QGroupBox(QStringLiteral("Add a dose"), window.get());
        checkable->setCheckable(true);
        layout->addWidget(checkable);
        auto* flat = new QGroupBox(QStringLiteral("Flat"), window.get());
        flat->setFlat(true);
        layout->addWidget(flat);
        window->resize(320, 360);
        return window;
    };
    QApplication::setStyle(new AppStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    const auto ours = boxes();
    const QImage drawn = ours->grab().toImage();
    if (!readBefore)
        QVERIFY2(!imageFormatPluginsLoaded(), "drawing a group box read Fusion's image");
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const auto fusions = boxes();
    const QImage expected = fusions->grab().toImage();
    QCOMPARE(drawn.size(), expected.size());
    QVERIFY(drawn == expected);
}

QUIETLEGS_GUI_TEST(DesktopTests)
#include "DesktopTests.moc"
