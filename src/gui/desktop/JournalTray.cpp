#include "JournalTray.h"

#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace quietlegs {
namespace {
constexpr int kNotificationShownMs = 60 * 1000;
} // namespace

JournalTray::JournalTray(const QIcon& icon, QObject* parent) : QObject(parent)
{
    m_menu = std::make_unique<QMenu>();
    m_menu->addAction(tr("&Log tonight…"), this, &JournalTray::logNightRequested);
    m_menu->addAction(tr("&Show or hide QuietLegs"), this, &JournalTray::toggleWindowRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("&Quit QuietLegs"), this, &JournalTray::quitRequested);

    if (!isAvailable())
        return;
    m_icon = new QSystemTrayIcon(icon, this);
    m_icon->setToolTip(tr("QuietLegs: your RLS journal"));
    m_icon->setContextMenu(m_menu.get());
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    emit toggleWindowRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_notifiedNight.isValid())
            emit openNightRequested(m_notifiedNight);
        emit notificationClicked();
    });
}

// The icon goes first: it refers to the menu.
JournalTray::~JournalTray()
{
    delete m_icon;
}

bool JournalTray::isAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool JournalTray::isVisible() const
{
    return m_icon && m_icon->isVisible();
}

void JournalTray::setVisible(bool visible)
{
    m_keepVisible = visible;
    if (m_icon)
        m_icon->setVisible(visible);
}

bool JournalTray::notify(const QString& title, const QString& message, QDate night)
{
    if (!m_icon || !QSystemTrayIcon::supportsMessages())
        return false;
    m_notifiedNight = night;
    // A notification needs the icon; one shown only for it leaves with the message.
    if (!m_icon->isVisible()) {
        m_icon->show();
        QTimer::singleShot(kNotificationShownMs, m_icon, [this] {
            if (!m_keepVisible)
                m_icon->hide();
        });
    }
    m_icon->showMessage(title, message, QSystemTrayIcon::Information, kNotificationShownMs);
    return true;
}

} // namespace quietlegs
