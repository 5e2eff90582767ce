#pragma once

#include "quietlegs/core/JournalRecords.h"

#include <cstdint>

namespace quietlegs {

/// Realistic, deterministic journal contents for demos, tests and benchmarks: nights with
/// IRLS items and sleep times, magnesium in several forms (some doses after midnight),
/// iron, food, Epsom baths, triggers, a few labs and some missing days. Symptoms respond
/// to magnesium over the previous days, so charts and statistics have something to show.
/// The same (lastDate, days, seed) always gives the same records.
JournalRecords demoJournal(Date lastDate, int days, std::uint64_t seed = 1);

/// The demo up to `now`: `days` days ending on the journal day of `now`, without what has not
/// happened yet (tonight's night before its wake, intakes still to come, today's triggers
/// before the evening). What `quietlegs-cli demo` writes without --end.
JournalRecords demoJournalUntil(LocalDateTime now, int days, std::uint64_t seed = 1);

} // namespace quietlegs
