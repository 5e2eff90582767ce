#pragma once

#include "quietlegs/core/Dates.h"

namespace quietlegs {

/// Journal days start at 04:00: a dose at 00:30 belongs to the night that began
/// the evening before (interchange-v1.md, "Journal day").
inline constexpr std::chrono::minutes kDefaultJournalDayBoundary{4 * 60};

/// The journal date (the evening a night starts) that a moment belongs to.
Date journalDateOf(LocalDateTime when,
                   std::chrono::minutes boundary = kDefaultJournalDayBoundary);

} // namespace quietlegs
