#include "quietlegs/core/SleepDiary.h"

#include <array>
#include <string>
#include <utility>

namespace quietlegs {
namespace {

constexpr int kMaxDurationMin = 24 * 60;
constexpr int kMaxAwakenings = 100;

/// "final_wake" as a person says it: "final wake".
std::string spokenName(std::string name)
{
    for (char& c : name)
        if (c == '_')
            c = ' ';
    return name;
}

int minutesBetween(Instant from, Instant to)
{
    return int((to - from).count());
}

Status checkDuration(const std::optional<int>& value, const char* field, int max)
{
    if (value && (*value < 0 || *value > max))
        return Error{field, std::to_string(*value),
                     "must be between 0 and " + std::to_string(max)};
    return {};
}

} // namespace

Result<SleepDiary> SleepDiary::create(const SleepDiaryTimes& times)
{
    auto zone = TimeZone::current();
    if (!zone)
        return zone.error();
    return create(times, *zone);
}

Result<SleepDiary> SleepDiary::create(const SleepDiaryTimes& t, const TimeZone& zone)
{
    for (auto status : {checkDuration(t.sleepLatencyMin, "sleep_latency_min", kMaxDurationMin),
                        checkDuration(t.wasoMin, "waso_min", kMaxDurationMin),
                        checkDuration(t.awakenings, "awakenings", kMaxAwakenings)})
        if (!status)
            return status.error();

    // Consensus Sleep Diary order: into bed <= lights out <= final wake <= out of bed, on
    // real instants: across the autumn change 02:30 (summer time) comes before 02:15 (winter
    // time), and the spring night is an hour shorter than its clock times say.
    const std::array<std::pair<const char*, std::optional<LocalDateTime>>, 4> ordered = {{
        {"into_bed", t.intoBed},
        {"lights_out", t.lightsOut},
        {"final_wake", t.finalWake},
        {"out_of_bed", t.outOfBed},
    }};
    Instants instants;
    const char* previousName = nullptr;
    std::optional<LocalDateTime> previousLocal;
    std::optional<Instant> previous;
    std::optional<Instant> first;
    for (std::size_t i = 0; i < ordered.size(); ++i) {
        const auto& [name, when] = ordered[i];
        if (!when)
            continue;
        auto instant = zone.instantOf(*when, name, previous);
        if (!instant)
            return instant.error();
        if (previous && *instant < *previous)
            return Error{name, formatLocalDateTime(*when),
                         "is before " + spokenName(previousName) + " ("
                             + formatClockTime(timeOfDay(*previousLocal)) + ")"};
        if (!first)
            first = *instant;
        if (minutesBetween(*first, *instant) >= kMaxDurationMin)
            return Error{name, formatLocalDateTime(*when),
                         "the night must span less than 24 hours"};
        instants[i] = *instant;
        previous = *instant;
        previousLocal = *when;
        previousName = name;
    }

    if (instants[1] && instants[2]) {
        const int asleepWindow = minutesBetween(*instants[1], *instants[2]);
        const int awake = t.sleepLatencyMin.value_or(0) + t.wasoMin.value_or(0);
        if (awake > asleepWindow)
            return Error{"waso_min", std::to_string(awake) + " min with sleep latency",
                         "minutes to fall asleep plus minutes awake exceed the time from "
                         "lights out to final wake ("
                             + std::to_string(asleepWindow) + " min)"};
    }
    return SleepDiary(t, instants);
}

std::optional<LocalDateTime> SleepDiary::firstTime() const
{
    for (const auto& when : {m_times.intoBed, m_times.lightsOut, m_times.finalWake,
                             m_times.outOfBed})
        if (when)
            return when;
    return std::nullopt;
}

std::optional<SleepMetrics> SleepDiary::metrics() const
{
    const auto& t = m_times;
    const auto& [intoBed, lightsOut, finalWake, outOfBed] = m_instants;
    if (!intoBed || !lightsOut || !finalWake || !outOfBed || !t.sleepLatencyMin || !t.wasoMin)
        return std::nullopt;
    SleepMetrics metrics;
    metrics.timeInBedMin = minutesBetween(*intoBed, *outOfBed);
    metrics.totalSleepMin =
        minutesBetween(*lightsOut, *finalWake) - *t.sleepLatencyMin - *t.wasoMin;
    if (metrics.timeInBedMin > 0)
        metrics.efficiencyPercent = 100.0 * metrics.totalSleepMin / metrics.timeInBedMin;
    return metrics;
}

LocalDateTime placeBedtime(Date journalDate, std::chrono::minutes clock,
                           std::chrono::minutes boundary)
{
    const Date day = clock < boundary ? addDays(journalDate, 1) : journalDate;
    return atTime(day, clock);
}

LocalDateTime placeNear(LocalDateTime previous, std::chrono::minutes clock)
{
    const LocalDateTime sameDay = atTime(dateOf(previous), clock);
    const auto halfDay = std::chrono::hours{12};
    if (sameDay < previous - halfDay)
        return sameDay + std::chrono::days{1};
    if (sameDay >= previous + halfDay)
        return sameDay - std::chrono::days{1};
    return sameDay;
}

} // namespace quietlegs
