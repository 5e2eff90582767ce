#include "WeeklyReminder.h"

#include "Conversions.h"

#include <QTimer>

namespace quietlegs {
namespace {
std::optional<std::chrono::weekday> weekdayOf(std::optional<Qt::DayOfWeek> day)
{
    if (!day)
        return std::nullopt;
    return std::chrono::weekday{unsigned(*day) % 7}; // Qt: Monday 1 .. Sunday 7; C++: Sunday 0
}
} // namespace

WeeklyReminder::WeeklyReminder(std::function<bool(QDate day)> checkInDone, QObject* parent)
    : QObject(parent), m_checkInDone(std::move(checkInDone))
{
    m_timer = new QTimer(this);
    m_timer->setInterval(kCheckIntervalMs);
    connect(m_timer, &QTimer::timeout, this, [this] { check(QDateTime::currentDateTime()); });
}

void WeeklyReminder::setTime(std::optional<Qt::DayOfWeek> day, QTime time, const QDateTime& now)
{
    const auto minutes = toMinutes(time.isValid() ? time : QTime(0, 0));
    if (m_schedule)
        m_schedule->setTime(weekdayOf(day), minutes, toLocalDateTime(now));
    else
        m_schedule.emplace(weekdayOf(day), minutes, toLocalDateTime(now));
    if (isEnabled())
        m_timer->start();
    else
        m_timer->stop();
}

bool WeeklyReminder::isEnabled() const
{
    return m_schedule && m_schedule->weekday().has_value();
}

void WeeklyReminder::check(const QDateTime& now)
{
    if (!m_schedule)
        return;
    const auto due = m_schedule->take(toLocalDateTime(now), [this](Date day) {
        return m_checkInDone && m_checkInDone(toQDate(day));
    });
    if (due)
        emit reminderDue(toQDate(*due));
}

} // namespace quietlegs
