#pragma once

#include "quietlegs/core/Dates.h"

namespace quietlegs {

/// Journal days start at 04:00: a dose at 00:30 belongs to the night that began
/// the evening before (interchange-v1.md, "Journal day").
inline constexpr std::chrono::minutes kDefaultJournalDayBoundary{4 * 60};

/// The journal date (the evening a night starts) that a moment belongs to.
Date journalDateOf(LocalDateTime when,
                   std::chrono::minutes boundary = kDefaultJournalDayBoundary);

/// From this hour the app assumes the user is logging the night ahead rather than the one
/// that just ended.
inline constexpr std::chrono::minutes kEveningStart{18 * 60};

/// The night that most needs logging at `now`: in the morning and the day the night that
/// just ended (it began the evening before), from the evening on tonight, and between
/// midnight and the boundary the night still in progress.
Date nightToLog(LocalDateTime now, std::chrono::minutes boundary = kDefaultJournalDayBoundary);

} // namespace quietlegs
