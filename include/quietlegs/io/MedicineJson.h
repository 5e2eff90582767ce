#pragma once

#include "quietlegs/core/Medicine.h"
#include "quietlegs/core/Regimen.h"

#include <nlohmann/json.hpp>
#include <vector>

namespace quietlegs {

/// One element of the interchange `meds` array (interchange-v2.md, "RLS medications"):
/// `{taken_at, drug, dose_mg, route, notes, source}` plus `source_name` when there is one.
nlohmann::ordered_json medicineToJson(const MedicineDose& dose);

/// The doses of a `meds` array, each through MedicineDose::create; an absent route means oral,
/// an absent source `manual`. Errors name the element and field (`meds[2].dose_mg`), and a
/// repeated (taken_at, drug) key is refused naming both elements.
Result<std::vector<MedicineDose>> medicinesFromJson(const nlohmann::json& array);

/// A regimen as `list regimens --json` prints it: `{product, name, start, stop, daily_mg,
/// days_taken, typical_time}` (and `drug`, `route` for medicines).
nlohmann::ordered_json regimenToJson(const Regimen& regimen);

} // namespace quietlegs
