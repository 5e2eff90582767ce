#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/Result.h"
#include "quietlegs/core/SleepDiary.h"

#include <optional>
#include <string>

namespace quietlegs {

inline constexpr int kSeverityMax = 10;
inline constexpr std::size_t kNotesMaxLength = 10000;
inline constexpr int kRlsAwakeningsMax = 99; // times woken by the legs: 0..99
inline constexpr std::size_t kSourceNameMaxLength = 200;

/// A device's record of a night that has a hand-kept diary, kept beside it rather than
/// replacing it (interchange-v2 `device_sleep`): what the watch or ring measured.
struct DeviceSleep
{
    EntrySource source = EntrySource::Fitbit;
    std::string sourceName; // "Apple Watch"; empty: none
    SleepDiaryTimes times;

    friend bool operator==(const DeviceSleep&, const DeviceSleep&) = default;
};

/// What a person enters for one night, before validation.
struct NightEntry
{
    Date date;                           // the evening the night starts
    std::optional<IrlsScore> irls;       // ten IRLS-style items, when scored
    std::optional<int> severity;         // quick 0..10 rating
    SleepDiaryTimes sleep;
    std::string notes;
    std::string timeZone; // IANA zone the sleep times are local times of; empty: the current zone
    // What a night can tell about RLS itself (domain.md): when symptoms began that evening
    // (placed like the sleep clocks: placeSymptomOnset), times woken by the legs, and whether
    // symptoms reached the arms or elsewhere beyond the legs.
    std::optional<LocalDateTime> symptomOnset;
    std::optional<int> rlsAwakenings;
    std::optional<bool> arms;
    // Where the night came from (interchange-v2 `source`, `source_name`) and a device's own
    // record of it kept beside the diary.
    EntrySource source = EntrySource::Manual;
    std::string sourceName;
    std::optional<DeviceSleep> deviceSleep;
};

/// One validated night of the journal, keyed by its journal date.
class Night
{
public:
    static Result<Night> create(const NightEntry& entry);

    Date date() const { return m_date; }
    const std::optional<IrlsScore>& irls() const { return m_irls; }
    std::optional<int> irlsTotal() const;
    std::optional<int> severity() const { return m_severity; }
    const SleepDiary& sleep() const { return m_sleep; }
    std::optional<SleepMetrics> sleepMetrics() const { return m_sleep.metrics(); }
    const std::string& notes() const { return m_notes; }
    /// The zone the night's clock times were typed in (TimeZone::current() when logged).
    const TimeZone& timeZone() const { return m_timeZone; }
    const std::optional<LocalDateTime>& symptomOnset() const { return m_symptomOnset; }
    std::optional<int> rlsAwakenings() const { return m_rlsAwakenings; }
    std::optional<bool> arms() const { return m_arms; }
    EntrySource source() const { return m_source; }
    const std::string& sourceName() const { return m_sourceName; }
    const std::optional<DeviceSleep>& deviceSleep() const { return m_deviceSleep; }
    /// Minutes from symptom onset to lights out, negative when symptoms began after lights
    /// out (the statistics outcome onset_min_before_lights_out); needs both times.
    std::optional<int> onsetMinBeforeLightsOut() const;
    /// Onset as minutes after 12:00 of the journal date (the augmentation rule's form in
    /// domain.md: 21:30 is 570, 01:00 the next day 780).
    std::optional<int> onsetMinAfterNoon() const;

    friend bool operator==(const Night&, const Night&) = default;

private:
    Night() = default;
    Date m_date;
    std::optional<IrlsScore> m_irls;
    std::optional<int> m_severity;
    SleepDiary m_sleep;
    std::string m_notes;
    TimeZone m_timeZone;
    std::optional<LocalDateTime> m_symptomOnset;
    std::optional<int> m_rlsAwakenings;
    std::optional<bool> m_arms;
    EntrySource m_source = EntrySource::Manual;
    std::string m_sourceName;
    std::optional<DeviceSleep> m_deviceSleep;
};

/// Places a typed onset clock on the night of `journalDate` as the sleep clocks' bedtime is
/// placed: an evening time on that date, one before the 04:00 boundary on the next day.
LocalDateTime placeSymptomOnset(Date journalDate, std::chrono::minutes clock);

} // namespace quietlegs
