// quietlegs: the desktop journal.
#include "JournalSession.h"
#include "FoodCatalog.h"
#include "MainWindow.h"
#include "Conversions.h"

#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/storage/JournalLocation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QPalette>
#include <QStyleFactory>

namespace {

/// A dark Fusion palette for desktops that do not hand Qt one (e.g. a dark GNOME without
/// the Qt platform theme).
QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8a, 0x8d, 0x91));
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x7a, 0xb7, 0xff));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x7f, 0x7f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x7f, 0x7f));
    return p;
}

} // namespace

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
    parser.addOption(database);
    parser.addOption(dark);
    parser.process(app);

    if (parser.isSet(dark)) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    }

    std::optional<std::filesystem::path> explicitPath;
    if (parser.isSet(database))
        explicitPath = parser.value(database).toStdString();
    const QString path = QString::fromStdString(quietlegs::journalPath(explicitPath).string());
    QDir().mkpath(QFileInfo(path).absolutePath());

    quietlegs::JournalSession session;
    if (auto status = session.open(path); !status) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "QuietLegs"),
                              QApplication::translate("main", "Cannot open the journal: %1")
                                  .arg(quietlegs::errorText(status.error())));
        return 1;
    }
    quietlegs::MainWindow window(&session);
    window.restoreState();
    window.show();
    return app.exec();
}
