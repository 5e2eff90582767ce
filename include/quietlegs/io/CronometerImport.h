#pragma once

#include "quietlegs/io/ImportBatch.h"

#include <string_view>

namespace quietlegs {

/// Label of the food intakes a Cronometer import writes; re-imports replace exactly these.
inline constexpr std::string_view kCronometerLabel = "Cronometer";

/// Cronometer's "Daily Nutrition" export (dailysummary.csv): a `Date` column, one column per
/// nutrient (`Magnesium (mg)`, `Iron (mg)`, `Caffeine (mg)`, `Alcohol (g)`, ...; they vary
/// between accounts and years) and `Completed`.
/// Each day becomes one food magnesium and one food iron intake at 12:00 labelled
/// "Cronometer" carrying the day's totals, and the day's caffeine and alcohol (grams turned
/// into UK units of 8 g, alcoholUnitsFromGrams) in its daily factors (the other daily fields
/// are kept). Empty cells are missing, not zero; a day with 0 kcal is
/// skipped as not logged. Re-importing replaces that day's earlier Cronometer intakes.
/// Never throws; a bad row fails the whole file with its line number.
Result<ImportBatch> importCronometerDailySummary(std::string_view text,
                                                 const ImportProgress& progress = {});

/// True when a CSV header looks like Cronometer's daily summary (for auto-detection).
bool looksLikeCronometerDailySummary(std::string_view text);

} // namespace quietlegs
