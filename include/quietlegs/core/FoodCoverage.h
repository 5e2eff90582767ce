#pragma once

#include "quietlegs/core/Intake.h"
#include "quietlegs/core/JournalDay.h"

#include <chrono>
#include <set>
#include <span>
#include <vector>

namespace quietlegs {

/// Food counted once (interchange-v2 "Intakes"), derived and never stored: on a journal date
/// where any food intake came from an import (source other than `manual`), the food logged by
/// hand that date is covered by the import and left out of every total; it stays in the
/// journal and its exports, and counts again when the import is undone. Food one originating
/// app brought in through two importers (Cronometer's totals via Apple Health, source_name
/// "Cronometer", beside a Cronometer export) is one source: the direct importer's intakes
/// count, the copy does not. Supplements and topical intakes always count.
///
/// For each of `intakes` (any order, whole journal days), whether it counts in totals.
std::vector<bool> countedInTotals(std::span<const Intake> intakes,
                                  std::chrono::minutes boundary = kDefaultJournalDayBoundary);

/// The intakes that count in totals, in their order (what every total sums).
std::vector<Intake>
intakesCountedInTotals(std::span<const Intake> intakes,
                       std::chrono::minutes boundary = kDefaultJournalDayBoundary);

/// Whether `intake` is hand-logged food that imported food of the same date covers.
bool isFoodCoveredByImport(const Intake& intake, std::span<const Intake> sameDay);

/// The journal dates among `intakes` where hand-logged food is covered by imported food.
std::set<Date> datesWithCoveredFood(std::span<const Intake> intakes,
                                    std::chrono::minutes boundary = kDefaultJournalDayBoundary);

} // namespace quietlegs
