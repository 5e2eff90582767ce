// quietlegs: the desktop journal.
#include "AfterFirstPaint.h"
#include "BakedIcons.h"
#include "Conversions.h"
#include "FirstPaintProbe.h"
#include "GuiResources.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "Preferences.h"
#include "TestNightWriter.h"
#include "desktop/AppStyle.h"
#include "desktop/AppTheme.h"
#include "desktop/SingleInstance.h"
#include "desktop/Translations.h"
#include "dialogs/DataflowMenu.h"
#include "dialogs/RestoreDialog.h"
#include "dialogs/WelcomeWizard.h"
#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/core/TimeZone.h"
#include "quietlegs/storage/JournalCheck.h"
#include "quietlegs/storage/JournalLocation.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QFontDatabase>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <future>

namespace {

// The installed .desktop file, metainfo and icon share this id (data/CMakeLists.txt).
constexpr auto kAppId = "io.github.quietlegs.QuietLegs";

struct LaunchOptions
{
    QCommandLineOption database{
        QStringLiteral("database"),
        QCoreApplication::translate("main", "Journal file (default: $QUIETLEGS_DATABASE, else "
                                            "$XDG_DATA_HOME/quietlegs/journal.sqlite)."),
        QStringLiteral("PATH")};
    QCommandLineOption dark{QStringLiteral("dark"),
                            QCoreApplication::translate("main", "Use a dark palette.")};
    QCommandLineOption minimized{
        QStringLiteral("minimized"),
        QCoreApplication::translate("main", "Start in the tray (or minimised) for the reminders; "
                                            "the login autostart entry uses it.")};
};

void describe(QCommandLineParser& parser, const LaunchOptions& options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "A private nightly journal for Restless Legs Syndrome.\n\n"
                "Exit codes: 0 closed normally (or handed over to the window already open on the "
                "journal), 1 the journal could not be opened, 2 bad command line."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.database);
    parser.addOption(options.dark);
    parser.addOption(options.minimized);
}

// Parses and answers --help/--version; a bad command line exits 2, like quietlegs-cli.
void processOrExit(QCommandLineParser& parser, const QCoreApplication& app)
{
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "quietlegs: %s\n", qPrintable(parser.errorText()));
        std::exit(2);
    }
    parser.process(app);
}

// True when the command line asks only for text: it is answered without a display, since a
// terminal, a packaging script or man-page tooling may have none.
bool asksForHelpOrVersion(int argc, char** argv)
{
    for (int i = 1; i < argc && std::strcmp(argv[i], "--") != 0; ++i) {
        for (const char* flag : {"-h", "--help", "--help-all", "-v", "--version"}) {
            if (std::strcmp(argv[i], flag) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("QuietLegs"));
    QCoreApplication::setOrganizationName(QStringLiteral("QuietLegs"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(quietlegs::kVersion));
    // Lets Wayland and X11 docks map the window to the installed launcher and its icon.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(kAppId));

    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication core(argc, argv);
        quietlegs::Translations::install(&core, quietlegs::Preferences::load().language);
        QCommandLineParser parser;
        LaunchOptions options;
        describe(parser, options);
        processOrExit(parser, core); // exits after printing
    }

    QApplication app(argc, argv);
    // Reading the system's font configuration (fontconfig parses its XML files) takes a tenth
    // of start-up, and nothing before the first label needs it: begin it on a thread of its
    // own while this one sets up and builds the window (docs/performance.md). Qt's font
    // database is thread-safe; the first label waits for it if it is not ready. Then, on the
    // same thread, the computer's time zone, which Today's first check of the empty night
    // asks for: its first use lists the tz database (some 600 files of /usr/share/zoneinfo).
    // One thread for both: on two cores, a thread of its own for the zone slowed the fonts
    // the first label waits for.
    const auto fontsAndZoneRead = std::async(std::launch::async, [] {
        QFontDatabase::families();
        (void)quietlegs::TimeZone::current();
    });
    quietlegs::initGuiResources();
    // The desktop's style, with the menu bar's arrow read only if it is ever shown (AppStyle).
    QApplication::setStyle(new quietlegs::AppStyle);
    // Before any widget or message exists: the language and locale (dates, decimal commas)
    // the user chose in Preferences, else the system's.
    quietlegs::Translations::install(&app, quietlegs::Preferences::load().language);
    // The icon theme's, else our own at the sizes X11 asks for (drawn without parsing SVG).
    QApplication::setWindowIcon(
        QIcon::fromTheme(QString::fromLatin1(kAppId), quietlegs::bakedIcon("quietlegs")));

    QCommandLineParser parser;
    LaunchOptions launch;
    describe(parser, launch);
    processOrExit(parser, app);
    const QCommandLineOption& database = launch.database;
    const QCommandLineOption& dark = launch.dark;
    const QCommandLineOption& minimized = launch.minimized;

    // The flag wins for this run; otherwise Preferences' theme applies with the window.
    if (parser.isSet(dark))
        quietlegs::AppTheme::setCommandLineTheme(quietlegs::Theme::Dark);

    std::optional<std::filesystem::path> explicitPath;
    if (parser.isSet(database))
        explicitPath = parser.value(database).toStdString();
    const QString path = QString::fromStdString(quietlegs::journalPath(explicitPath).string());

    // One window per journal: a second launch hands over to the first and exits.
    quietlegs::SingleInstance instance(path);
    if (instance.sendToRunning(QByteArrayLiteral("raise")))
        return 0;
    instance.listen();

    // The journal's quick check runs on a thread of its own while the window is built and
    // painted; the journal opens (and anything is written) only with its verdict, once the
    // window is on screen (docs/performance.md). Until then the window shows no journal.
    quietlegs::JournalCheck check = quietlegs::JournalCheck::start(path.toStdString());
    quietlegs::JournalSession session;
    quietlegs::MainWindow window(&session);
    window.setSingleInstance(&instance);
    auto* dataflow = new quietlegs::DataflowMenu(&window);
    auto* welcome = new QAction(QApplication::translate("main", "&Welcome…"), &window);
    QObject::connect(welcome, &QAction::triggered, &window, [&session, dataflow, &window] {
        quietlegs::WelcomeWizard::run(&session, dataflow->importFlow(), &window);
    });
    window.helpMenu()->insertAction(window.helpMenu()->actions().value(1), welcome);
    window.restoreState();
    const bool startMinimized = parser.isSet(minimized);
    if (startMinimized)
        window.showMinimizedToTray();
    else
        window.show();
    QObject::connect(&instance, &quietlegs::SingleInstance::messageReceived, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });

    quietlegs::AfterFirstPaint::run(&window, [&] {
        if (!quietlegs::RestoreDialog::openAtStartup(&session, path, &window, &check)) {
            QCoreApplication::exit(1); // the user has been told why
            return;
        }
        // The GUI kill test drives an empty journal with no one to answer a welcome.
        if (!startMinimized &&
            !qEnvironmentVariableIsSet(quietlegs::TestNightWriter::kEnvironmentVariable))
            quietlegs::WelcomeWizard::offerOnFirstRun(&session, dataflow->importFlow(), &window);
        quietlegs::TestNightWriter::startIfRequested(&session, &window);
        quietlegs::FirstPaintProbe::journalShown(&window); // bench/run only
    });
    quietlegs::FirstPaintProbe::installIfRequested(&window); // bench/run only
    return app.exec();
}
