#include "NightReminders.h"

#include "Conversions.h"

#include <QTimer>

namespace quietlegs {
namespace {
std::optional<std::chrono::minutes> minutesOf(std::optional<QTime> time)
{
    if (!time || !time->isValid())
        return std::nullopt;
    return toMinutes(*time);
}
} // namespace

NightReminders::NightReminders(std::function<bool(QDate night)> nightLogged, QObject* parent)
    : QObject(parent), m_nightLogged(std::move(nightLogged))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTime()); });
}

void NightReminders::setTimes(std::optional<QTime> bedtime, std::optional<QTime> morning,
                              const QDateTime& now)
{
    const ReminderTimes times{minutesOf(bedtime), minutesOf(morning)};
    if (m_schedule) {
        m_schedule->setTimes(times, toLocalDateTime(now));
    } else {
        m_schedule.emplace(times, toLocalDateTime(now));
        // A morning reminder due at start-up comes once the window is up, not half a minute on.
        QTimer::singleShot(kStartupCheckDelayMs, this,
                           [this] { check(QDateTime::currentDateTime()); });
    }
    if (isEnabled())
        m_timer->start();
    else
        m_timer->stop();
}

bool NightReminders::isEnabled() const
{
    return m_schedule && (m_schedule->times().bedtime || m_schedule->times().morning);
}

void NightReminders::check(const QDateTime& now)
{
    if (!m_schedule)
        return;
    const auto due = m_schedule->take(toLocalDateTime(now), [this](Date night) {
        return m_nightLogged && m_nightLogged(toQDate(night));
    });
    if (due)
        emit reminderDue(due->kind, toQDate(due->night));
}

} // namespace quietlegs
