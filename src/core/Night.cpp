#include "quietlegs/core/Night.h"

#include "quietlegs/core/JournalDay.h"

namespace quietlegs {

Result<Night> Night::create(const NightEntry& entry)
{
    if (!entry.date.ok())
        return Error{"date", "", "no such calendar date"};
    if (entry.severity && (*entry.severity < 0 || *entry.severity > kSeverityMax))
        return Error{"severity", std::to_string(*entry.severity), "must be between 0 and 10"};
    if (entry.notes.size() > kNotesMaxLength)
        return Error{"notes", std::to_string(entry.notes.size()) + " characters",
                     "notes are limited to 10000 characters"};

    if (entry.rlsAwakenings && (*entry.rlsAwakenings < 0 || *entry.rlsAwakenings > kRlsAwakeningsMax))
        return Error{"rls_awakenings", std::to_string(*entry.rlsAwakenings),
                     "must be between 0 and 99"};
    // Onset belongs to the night's journal day (04:00 on D to 04:00 on D+1), as its bedtime.
    if (entry.symptomOnset && journalDateOf(*entry.symptomOnset) != entry.date)
        return Error{"symptom_onset", formatLocalDateTime(*entry.symptomOnset),
                     "the night of " + formatDate(entry.date) + " has its onset between 04:00 "
                         "that day and 04:00 the next"};

    auto zone = entry.timeZone.empty() ? TimeZone::current() : TimeZone::named(entry.timeZone);
    if (!zone)
        return zone.error();
    auto diary = SleepDiary::create(entry.sleep, *zone);
    if (!diary)
        return diary.error();
    // The night of D starts between 04:00 on D and 04:00 on D+1 (the journal-day rule),
    // checked on the bedtime. A night logged with wake times only (a tired morning) must end
    // after 04:00 on D and before a night of under 24 h from the latest bedtime would.
    const SleepDiaryTimes& times = entry.sleep;
    const auto bedtime = times.intoBed ? times.intoBed : times.lightsOut;
    if (bedtime && journalDateOf(*bedtime) != entry.date)
        return Error{times.intoBed ? "into_bed" : "lights_out", formatLocalDateTime(*bedtime),
                     "the night of " + formatDate(entry.date) + " starts between 04:00 that day and "
                         "04:00 the next"};
    const auto wake = times.finalWake ? times.finalWake : times.outOfBed;
    if (!bedtime && wake) {
        const LocalDateTime earliest = atTime(entry.date, kDefaultJournalDayBoundary);
        const LocalDateTime latest = atTime(addDays(entry.date, 2), kDefaultJournalDayBoundary);
        if (*wake <= earliest || *wake >= latest)
            return Error{times.finalWake ? "final_wake" : "out_of_bed", formatLocalDateTime(*wake),
                         "the night of " + formatDate(entry.date) + " ends after 04:00 that day "
                             "and before 04:00 two days later"};
    }

    if (entry.sourceName.size() > kSourceNameMaxLength)
        return Error{"source_name", entry.sourceName.substr(0, 40) + "...",
                     "is limited to 200 characters"};
    if (const auto& device = entry.deviceSleep) {
        // The device's clocks are read in the night's zone and obey the diary's own order.
        if (auto checked = SleepDiary::create(device->times, *zone); !checked)
            return Error{"device_sleep." + checked.error().field, checked.error().value,
                         checked.error().rule};
        if (device->sourceName.size() > kSourceNameMaxLength)
            return Error{"device_sleep.source_name", device->sourceName.substr(0, 40) + "...",
                         "is limited to 200 characters"};
    }

    Night night;
    night.m_date = entry.date;
    night.m_irls = entry.irls;
    night.m_severity = entry.severity;
    night.m_sleep = std::move(diary).value();
    night.m_notes = entry.notes;
    night.m_timeZone = *zone;
    night.m_symptomOnset = entry.symptomOnset;
    night.m_rlsAwakenings = entry.rlsAwakenings;
    night.m_arms = entry.arms;
    night.m_source = entry.source;
    night.m_sourceName = entry.sourceName;
    night.m_deviceSleep = entry.deviceSleep;
    return night;
}

std::optional<int> Night::onsetMinBeforeLightsOut() const
{
    const auto& lightsOut = m_sleep.times().lightsOut;
    if (!m_symptomOnset || !lightsOut)
        return std::nullopt;
    // Wall-clock minutes, as the person reads the two clocks.
    return int((*lightsOut - *m_symptomOnset).count());
}

std::optional<int> Night::onsetMinAfterNoon() const
{
    if (!m_symptomOnset)
        return std::nullopt;
    return int((*m_symptomOnset - atTime(m_date, std::chrono::hours{12})).count());
}

LocalDateTime placeSymptomOnset(Date journalDate, std::chrono::minutes clock)
{
    return placeBedtime(journalDate, clock);
}

std::optional<int> Night::irlsTotal() const
{
    if (!m_irls)
        return std::nullopt;
    return m_irls->total();
}

} // namespace quietlegs
