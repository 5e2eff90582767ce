// quietlegs: the desktop journal.
#include "Conversions.h"
#include "DarkPalette.h"
#include "DataflowMenu.h"
#include "FirstPaintProbe.h"
#include "FoodCatalog.h"
#include "JournalSession.h"
#include "MainWindow.h"
#include "RestoreDialog.h"
#include "SingleInstance.h"
#include "TestNightWriter.h"
#include "WelcomeWizard.h"
#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/storage/JournalLocation.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMenu>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("QuietLegs"));
    QApplication::setOrganizationName(QStringLiteral("QuietLegs"));
    QApplication::setApplicationVersion(QString::fromLatin1(quietlegs::kVersion));
    quietlegs::initGuiResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/quietlegs.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A private nightly journal for Restless Legs Syndrome."));
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption database(
        QStringLiteral("database"),
        QApplication::translate("main", "Journal file (default: $QUIETLEGS_DATABASE, else "
                                        "$XDG_DATA_HOME/quietlegs/journal.sqlite)."),
        QStringLiteral("PATH"));
    QCommandLineOption dark(QStringLiteral("dark"),
                            QApplication::translate("main", "Use a dark palette."));
    QCommandLineOption minimized(
        QStringLiteral("minimized"),
        QApplication::translate("main", "Start in the tray (or minimised) for the reminders; "
                                        "the login autostart entry uses it."));
    parser.addOption(database);
    parser.addOption(dark);
    parser.addOption(minimized);
    parser.process(app);

    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(quietlegs::darkPalette());
    }

    std::optional<std::filesystem::path> explicitPath;
    if (parser.isSet(database))
        explicitPath = parser.value(database).toStdString();
    const QString path = QString::fromStdString(quietlegs::journalPath(explicitPath).string());

    // One window per journal: a second launch hands over to the first and exits.
    quietlegs::SingleInstance instance(path);
    if (instance.sendToRunning(QByteArrayLiteral("raise")))
        return 0;
    instance.listen();

    quietlegs::JournalSession session;
    if (!quietlegs::RestoreDialog::openAtStartup(&session, path))
        return 1;
    quietlegs::MainWindow window(&session);
    window.setSingleInstance(&instance);
    auto* dataflow = new quietlegs::DataflowMenu(&window);
    auto* welcome = new QAction(QApplication::translate("main", "&Welcome…"), &window);
    QObject::connect(welcome, &QAction::triggered, &window, [&session, dataflow, &window] {
        quietlegs::WelcomeWizard::run(&session, dataflow->importFlow(), &window);
    });
    window.helpMenu()->insertAction(window.helpMenu()->actions().value(1), welcome);
    window.restoreState();
    quietlegs::FirstPaintProbe::installIfRequested(&window); // bench/run only
    if (parser.isSet(minimized)) {
        window.showMinimizedToTray();
    } else {
        window.show();
        // The GUI kill test drives an empty journal with no one to answer a welcome.
        if (!qEnvironmentVariableIsSet(quietlegs::TestNightWriter::kEnvironmentVariable))
            quietlegs::WelcomeWizard::offerOnFirstRun(&session, dataflow->importFlow(), &window);
    }
    QObject::connect(&instance, &quietlegs::SingleInstance::messageReceived, &window, [&window] {
        window.showNormal();
        window.raise();
        window.activateWindow();
    });

    quietlegs::TestNightWriter::startIfRequested(&session, &window);
    return app.exec();
}
