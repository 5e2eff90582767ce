#pragma once

#include "quietlegs/core/SleepDiary.h"

namespace quietlegs {

/// The four clock times of one night as the user typed them (minutes after midnight), any
/// of them missing.
struct SleepClocks
{
    std::optional<std::chrono::minutes> intoBed;
    std::optional<std::chrono::minutes> lightsOut;
    std::optional<std::chrono::minutes> finalWake;
    std::optional<std::chrono::minutes> outOfBed;
};

/// Places typed clocks on the night of `journalDate`, crossing midnight as a person means it:
/// the first bedtime clock by placeBedtime(), each later clock nearest to the one before
/// (placeNear). A wake clock with no bedtime before it is placed near the middle of the
/// night (02:00 the next day). SOL, awakenings and WASO are left empty for the caller.
SleepDiaryTimes placeSleepClocks(Date journalDate, const SleepClocks& clocks,
                                 std::chrono::minutes boundary = kDefaultJournalDayBoundary);

} // namespace quietlegs
