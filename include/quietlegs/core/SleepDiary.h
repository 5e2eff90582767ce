#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/Result.h"
#include "quietlegs/core/TimeZone.h"

#include <array>

#include <optional>

namespace quietlegs {

/// The Consensus Sleep Diary entries of one night (Carney et al., Sleep 2012;35(2):287-302).
/// Any entry may be missing; metrics exist only when all times, SOL and WASO are present.
struct SleepDiaryTimes
{
    std::optional<LocalDateTime> intoBed;
    std::optional<LocalDateTime> lightsOut;
    std::optional<int> sleepLatencyMin; // SOL
    std::optional<int> awakenings;
    std::optional<int> wasoMin; // minutes awake after sleep onset
    std::optional<LocalDateTime> finalWake;
    std::optional<LocalDateTime> outOfBed;

    friend bool operator==(const SleepDiaryTimes&, const SleepDiaryTimes&) = default;
};

/// Time in bed, total sleep time and sleep efficiency, per the Consensus Sleep Diary.
struct SleepMetrics
{
    int timeInBedMin = 0;  // TIB = out of bed - into bed
    int totalSleepMin = 0; // TST = (final wake - lights out) - SOL - WASO
    std::optional<double> efficiencyPercent; // SE = TST / TIB x 100; none when TIB is 0
};

/// A validated sleep diary: times in order, the whole span under 24 h, judged on the real
/// instants the local times name in the night's time zone (clock changes included).
class SleepDiary
{
public:
    SleepDiary() = default; // an empty diary: nothing recorded
    /// The times as local times of `zone`: a time the clocks skip is refused, an ambiguous
    /// one resolved as TimeZone::instantOf says, against the previous recorded time.
    static Result<SleepDiary> create(const SleepDiaryTimes& times, const TimeZone& zone);
    /// The times as local times of the current zone (TimeZone::current()).
    static Result<SleepDiary> create(const SleepDiaryTimes& times);

    const SleepDiaryTimes& times() const { return m_times; }
    bool isEmpty() const { return m_times == SleepDiaryTimes{}; }
    /// Earliest recorded time of the night (into bed, else lights out, ...).
    std::optional<LocalDateTime> firstTime() const;
    /// Real elapsed time between the recorded instants.
    std::optional<SleepMetrics> metrics() const;

    friend bool operator==(const SleepDiary&, const SleepDiary&) = default;

private:
    /// Into bed, lights out, final wake, out of bed.
    using Instants = std::array<std::optional<Instant>, 4>;
    SleepDiary(const SleepDiaryTimes& times, const Instants& instants)
        : m_times(times), m_instants(instants)
    {
    }
    SleepDiaryTimes m_times;
    Instants m_instants;
};

/// Places a typed bedtime clock on the night of `journalDate`: before the journal-day
/// boundary (04:00) it is after midnight, i.e. on the next calendar day.
LocalDateTime placeBedtime(Date journalDate, std::chrono::minutes clock,
                           std::chrono::minutes boundary = kDefaultJournalDayBoundary);
/// The moment nearest to `previous` whose clock reads `clock`: 22:45 then 06:30 crosses
/// midnight, while 06:30 then 06:20 stays on the same morning (and fails validation as
/// out of order rather than becoming a 24-hour night).
LocalDateTime placeNear(LocalDateTime previous, std::chrono::minutes clock);

} // namespace quietlegs
