#include "quietlegs/core/WeeklyReminderSchedule.h"

namespace quietlegs {

WeeklyReminderSchedule::WeeklyReminderSchedule(std::optional<std::chrono::weekday> weekday,
                                               std::chrono::minutes time, LocalDateTime)
    : m_weekday(weekday), m_time(time)
{}

void WeeklyReminderSchedule::setTime(std::optional<std::chrono::weekday> weekday,
                                     std::chrono::minutes time, LocalDateTime now)
{
    m_weekday = weekday;
    m_time = time;
    m_given.reset();
    if (dueDay(now) && timeOfDay(now) >= m_time)
        m_given = dateOf(now);
}

bool WeeklyReminderSchedule::dueDay(LocalDateTime now) const
{
    return m_weekday &&
           std::chrono::weekday{std::chrono::floor<std::chrono::days>(now)} == *m_weekday;
}

std::optional<Date> WeeklyReminderSchedule::take(LocalDateTime now,
                                                 const std::function<bool(Date day)>& checkInDone)
{
    const Date today = dateOf(now);
    if (!dueDay(now) || m_given == today || timeOfDay(now) < m_time)
        return std::nullopt;
    m_given = today;
    if (checkInDone && checkInDone(today))
        return std::nullopt;
    return today;
}

} // namespace quietlegs
