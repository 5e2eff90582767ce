#include "quietlegs/core/SleepClocks.h"

namespace quietlegs {

SleepDiaryTimes placeSleepClocks(Date journalDate, const SleepClocks& clocks,
                                 std::chrono::minutes boundary)
{
    using namespace std::chrono;
    SleepDiaryTimes times;
    std::optional<LocalDateTime> previous;
    auto place = [&](const std::optional<minutes>& clock, bool bedtime) {
        if (!clock)
            return std::optional<LocalDateTime>{};
        LocalDateTime when;
        if (previous)
            when = placeNear(*previous, *clock);
        else if (bedtime)
            when = placeBedtime(journalDate, *clock, boundary);
        else
            when = placeNear(atTime(addDays(journalDate, 1), hours{2}), *clock);
        previous = when;
        return std::optional<LocalDateTime>(when);
    };
    times.intoBed = place(clocks.intoBed, true);
    times.lightsOut = place(clocks.lightsOut, true);
    times.finalWake = place(clocks.finalWake, false);
    times.outOfBed = place(clocks.outOfBed, false);
    return times;
}

} // namespace quietlegs
