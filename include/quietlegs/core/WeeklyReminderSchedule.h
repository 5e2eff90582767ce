#pragma once

#include "quietlegs/core/Dates.h"

#include <chrono>
#include <functional>
#include <optional>

namespace quietlegs {

/// The weekly check-in reminder (issue 21): on a chosen weekday at a chosen time, once that
/// day, and only while the week has no check-in yet. A reminder missed at its time (the
/// computer was off) still comes later the same day; the next day it waits for next week.
class WeeklyReminderSchedule
{
public:
    /// `weekday` and `time` of the reminder; nullopt switches it off. At start-up a reminder
    /// already due that day is still given (the app started at login after the time).
    WeeklyReminderSchedule(std::optional<std::chrono::weekday> weekday, std::chrono::minutes time,
                           LocalDateTime now);

    /// The user changed the day or time: it counts from now, so saving Preferences after the
    /// chosen time on the chosen day does not remind on the spot.
    void setTime(std::optional<std::chrono::weekday> weekday, std::chrono::minutes time,
                 LocalDateTime now);
    std::optional<std::chrono::weekday> weekday() const { return m_weekday; }
    std::chrono::minutes time() const { return m_time; }

    /// The date the reminder is due for at `now` (today), marked as given so it is not repeated
    /// that day; none when it is not due. `checkInDone` tells whether the week that holds a
    /// date has its check-in already.
    std::optional<Date> take(LocalDateTime now, const std::function<bool(Date day)>& checkInDone);

private:
    bool dueDay(LocalDateTime now) const;

    std::optional<std::chrono::weekday> m_weekday;
    std::chrono::minutes m_time{0};
    std::optional<Date> m_given; // the last day it was given (or skipped)
};

} // namespace quietlegs
