#include "AutostartEntry.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace quietlegs {
namespace {
// Desktop Entry Specification, "The Exec key": an argument with spaces or reserved
// characters goes in double quotes, with ", `, $ and \ escaped by a backslash.
QString quotedExecArgument(const QString& argument)
{
    static const QString kReserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = false;
    for (QChar c : argument)
        needsQuotes = needsQuotes || kReserved.contains(c);
    if (!needsQuotes)
        return argument;
    QString quoted = QStringLiteral("\"");
    for (QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    quoted += u'"';
    // The desktop file's own string escaping doubles every backslash once more.
    return quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\"));
}
} // namespace

AutostartEntry::AutostartEntry(QString configDir) : m_configDir(std::move(configDir))
{
    if (m_configDir.isEmpty())
        m_configDir = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
}

QString AutostartEntry::filePath() const
{
    return QDir(m_configDir).filePath(QStringLiteral("autostart/") + QLatin1String(kFileName));
}

bool AutostartEntry::isEnabled() const
{
    QFile file(filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return false;
    // Desktops switch an entry off in place rather than deleting it.
    const QByteArray text = file.readAll();
    return !text.contains("\nHidden=true") && !text.contains("\nX-GNOME-Autostart-enabled=false");
}

bool AutostartEntry::setEnabled(bool enabled, const QString& executable)
{
    m_error.clear();
    const QString path = filePath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            m_error = QCoreApplication::translate("AutostartEntry", "Cannot remove %1.").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        m_error = QCoreApplication::translate("AutostartEntry", "Cannot create the folder of %1.")
                      .arg(path);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        m_error = file.errorString();
        return false;
    }
    const QString entry =
        QStringLiteral("[Desktop Entry]\n"
                       "Type=Application\n"
                       "Name=QuietLegs\n"
                       "Comment=Nightly RLS journal, started minimised for its reminders\n"
                       "Exec=%1 --minimized\n"
                       "Icon=io.github.quietlegs.QuietLegs\n"
                       "Terminal=false\n"
                       "X-GNOME-Autostart-enabled=true\n")
            .arg(quotedExecArgument(executable));
    file.write(entry.toUtf8());
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    return true;
}

void AutostartEntry::applyChoice(bool enabled, QWidget* window)
{
    AutostartEntry entry;
    if (enabled == entry.isEnabled() ||
        entry.setEnabled(enabled, QCoreApplication::applicationFilePath()))
        return;
    QMessageBox::warning(
        window, QCoreApplication::translate("AutostartEntry", "Start at login"),
        QCoreApplication::translate("AutostartEntry", "The login entry could not be changed: %1")
            .arg(entry.errorString()));
}

} // namespace quietlegs
