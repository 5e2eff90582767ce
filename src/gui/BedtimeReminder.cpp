#include "BedtimeReminder.h"

#include <QTimer>

namespace quietlegs {

namespace {
// After this long past the chosen time the evening's reminder is dropped, not shown late.
constexpr int kLateWindowSecs = 2 * 60 * 60;
} // namespace

BedtimeReminder::BedtimeReminder(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTime()); });
}

void BedtimeReminder::setReminder(bool enabled, QTime time, const QDateTime& now)
{
    m_enabled = enabled && time.isValid();
    m_time = time;
    // A time set after it has passed today is for tomorrow: no reminder the moment it is set.
    m_lastReminded = m_enabled && now.time() >= time ? now.date() : QDate();
    if (m_enabled)
        m_timer->start();
    else
        m_timer->stop();
}

void BedtimeReminder::check(const QDateTime& now)
{
    if (!m_enabled || m_lastReminded == now.date())
        return;
    const int late = m_time.secsTo(now.time());
    if (late < 0 || late > kLateWindowSecs)
        return;
    m_lastReminded = now.date();
    emit reminderDue(now.date());
}

} // namespace quietlegs
