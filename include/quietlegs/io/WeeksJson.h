#pragma once

#include "quietlegs/core/WeeklyIrls.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace quietlegs {

/// Whether a week's object carries the computed `irls_total` and `band` (`list weeks --json`)
/// or only what is stored (an element of the interchange `weeks` array).
enum class WeekJsonTotals
{
    Omitted,
    Included
};

/// `{"week_ending", "irls_items", "source"[, "source_name"][, "irls_total", "band"]}`
/// (interchange-v2.md "Weekly IRLS").
nlohmann::ordered_json weekToJson(const WeeklyIrls& week,
                                  WeekJsonTotals totals = WeekJsonTotals::Omitted);

/// One element of `weeks`; `irls_total` and `band` are ignored. Absent `source` means manual.
/// Errors name the member, e.g. `irls_items[2] "5": each item is scored 0 to 4`.
Result<WeeklyIrls> weekFromJson(const nlohmann::json& json);

/// The document's `weeks` array (absent or null: none); errors name `weeks[i].member`, and a
/// week_ending given twice is refused.
Result<std::vector<WeeklyIrls>> weeksFromJson(const nlohmann::json& document);

} // namespace quietlegs
