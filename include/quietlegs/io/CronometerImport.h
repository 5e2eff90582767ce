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

/// Cronometer's servings export (servings.csv: `Day`, `Time`, `Group`, `Food Name`, ...,
/// `Category`, one row per serving) when it carries nutrient columns. Rows whose Group or
/// Category names supplements ("Supplements") become supplement intakes (form unknown, the
/// elemental mg Cronometer gives, at the row's time); the other rows are food, summed per day
/// into the same food intakes importCronometerDailySummary writes (12:00, "Cronometer"), and
/// every row's caffeine and alcohol into the day's factors. Re-importing replaces that day's
/// earlier Cronometer intakes.
Result<ImportBatch> importCronometerServings(std::string_view text,
                                             const ImportProgress& progress = {});
/// True when a CSV header looks like Cronometer's servings export with nutrient columns.
bool looksLikeCronometerServings(std::string_view text);

} // namespace quietlegs
