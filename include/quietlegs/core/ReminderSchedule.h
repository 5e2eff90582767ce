#pragma once

#include "quietlegs/core/Dates.h"

#include <chrono>
#include <functional>
#include <optional>

namespace quietlegs {

/// The two nudges QuietLegs gives: at bedtime, to log the evening's supplements and triggers;
/// in the morning, when the night that just ended has no entry yet.
enum class ReminderKind { Bedtime, Morning };

/// A reminder that is due, with the night (named after its evening) it asks the user to log.
struct DueReminder
{
    ReminderKind kind;
    Date night;

    friend bool operator==(const DueReminder&, const DueReminder&) = default;
};

/// The chosen times, minutes after midnight; nullopt switches that reminder off.
struct ReminderTimes
{
    std::optional<std::chrono::minutes> bedtime;
    std::optional<std::chrono::minutes> morning;

    friend bool operator==(const ReminderTimes&, const ReminderTimes&) = default;
};

/// Decides when a reminder is due. Each kind is shown at most once a day. A bedtime reminder
/// more than two hours late is dropped (a laptop woken at 03:00 should not remind of a
/// bedtime long gone); a morning reminder stays due until the evening, when Today turns to
/// the night ahead, but only while that night is still not logged.
class ReminderSchedule
{
public:
    static constexpr std::chrono::minutes kBedtimeLateWindow{2 * 60};

    /// At start-up: a morning reminder already due (the app started at login after the
    /// chosen time, say) is still given; a bedtime reminder already past is not.
    ReminderSchedule(ReminderTimes times, LocalDateTime now);

    /// The user changed the times: both count from now, so saving Preferences after a chosen
    /// time never fires that reminder on the spot.
    void setTimes(ReminderTimes times, LocalDateTime now);
    const ReminderTimes& times() const { return m_times; }

    /// The reminder due at `now`, if any, marked as given so it is not repeated that day.
    /// `nightLogged` tells whether the journal has an entry for a night.
    std::optional<DueReminder> take(LocalDateTime now,
                                    const std::function<bool(Date night)>& nightLogged);

private:
    ReminderTimes m_times;
    std::optional<Date> m_bedtimeGiven; // the last day each kind was given or dropped
    std::optional<Date> m_morningGiven;
};

} // namespace quietlegs
