#include "quietlegs/core/ReminderSchedule.h"

#include "quietlegs/core/JournalDay.h"

namespace quietlegs {

ReminderSchedule::ReminderSchedule(ReminderTimes times, LocalDateTime now) : m_times(times)
{
    if (m_times.bedtime && timeOfDay(now) >= *m_times.bedtime)
        m_bedtimeGiven = dateOf(now);
}

void ReminderSchedule::setTimes(ReminderTimes times, LocalDateTime now)
{
    m_times = times;
    const Date today = dateOf(now);
    const auto clock = timeOfDay(now);
    m_bedtimeGiven = m_times.bedtime && clock >= *m_times.bedtime ? std::optional(today)
                                                                   : std::nullopt;
    m_morningGiven = m_times.morning && clock >= *m_times.morning ? std::optional(today)
                                                                   : std::nullopt;
}

std::optional<DueReminder> ReminderSchedule::take(
    LocalDateTime now, const std::function<bool(Date night)>& nightLogged)
{
    const Date today = dateOf(now);
    const auto clock = timeOfDay(now);

    if (m_times.morning && m_morningGiven != today && clock >= *m_times.morning &&
        clock < kEveningStart) {
        m_morningGiven = today;
        const Date lastNight = addDays(today, -1);
        if (!nightLogged(lastNight))
            return DueReminder{ReminderKind::Morning, lastNight};
    }
    if (m_times.bedtime && m_bedtimeGiven != today && clock >= *m_times.bedtime) {
        m_bedtimeGiven = today;
        if (clock - *m_times.bedtime <= kBedtimeLateWindow)
            // A bedtime after midnight still belongs to the evening before.
            return DueReminder{ReminderKind::Bedtime, journalDateOf(now)};
    }
    return std::nullopt;
}

} // namespace quietlegs
