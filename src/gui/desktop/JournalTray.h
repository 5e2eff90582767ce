#pragma once

#include <QDate>
#include <QObject>

#include <memory>

class QIcon;
class QMenu;
class QSystemTrayIcon;

namespace quietlegs {

/// The icon in the desktop's tray, when the desktop has one: it carries the reminders'
/// notifications, shows or hides the window on a click, and offers "Log tonight" and "Quit"
/// in its menu. Without a tray it does nothing and the reminders use the status bar alone.
class JournalTray : public QObject
{
    Q_OBJECT

public:
    explicit JournalTray(const QIcon& icon, QObject* parent = nullptr);
    ~JournalTray() override;

    static bool isAvailable();
    bool isVisible() const;
    void setVisible(bool visible);
    /// A notification that asks the user to log `night`; clicking it emits openNightRequested.
    /// False when the desktop cannot show one.
    bool notify(const QString& title, const QString& message, QDate night);
    QMenu* menu() const { return m_menu.get(); }

signals:
    void openNightRequested(QDate night);
    /// Any notification was clicked (after openNightRequested, when it named a night).
    void notificationClicked();
    void logNightRequested();
    void toggleWindowRequested();
    void quitRequested();

private:
    QSystemTrayIcon* m_icon = nullptr;
    std::unique_ptr<QMenu> m_menu; // a top-level widget: no QObject parent can own it
    QDate m_notifiedNight;
    bool m_keepVisible = false; // shown by choice, not only for one notification
};

} // namespace quietlegs
