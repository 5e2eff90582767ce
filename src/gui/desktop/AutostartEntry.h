#pragma once

#include <QString>

class QWidget;

namespace quietlegs {

/// "Start QuietLegs minimised when I log in": an XDG autostart entry
/// ($XDG_CONFIG_HOME/autostart/<app id>.desktop, freedesktop.org Desktop Application Autostart
/// Specification) that runs this executable with --minimized. The file is the setting: the
/// desktop's own autostart panel may remove it, and Preferences then shows it off.
class AutostartEntry
{
public:
    /// The desktop file's name; the same id as the launcher the install puts in
    /// share/applications.
    static constexpr auto kFileName = "io.github.quietlegs.QuietLegs.desktop";

    /// `configDir`: the XDG config directory (default: QStandardPaths::GenericConfigLocation).
    explicit AutostartEntry(QString configDir = QString());

    QString filePath() const;
    bool isEnabled() const;
    /// Writes or removes the entry; false with errorString() when the file cannot be changed.
    bool setEnabled(bool enabled, const QString& executable);
    QString errorString() const { return m_error; }

    /// The user's answer to "Start minimised when I log in" (Preferences, the welcome): the
    /// default entry made or removed for this executable when it changes; a failure is shown
    /// in a message box over `window`.
    static void applyChoice(bool enabled, QWidget* window);

private:
    QString m_configDir;
    QString m_error;
};

} // namespace quietlegs
