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

} // namespace quietlegs
