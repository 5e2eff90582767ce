#pragma once

#include "quietlegs/analysis/SelfExperiment.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// `quietlegs-cli experiment show --json` (statistics-v2.md section 6), which is also an
/// element of the interchange `experiments` array (interchange-v2.md): `{plan, result}`,
/// `result` null while it is hidden. `plan` also carries `ended_early_at` (null or the UTC
/// time of "end early") so that an exported plan keeps when it was ended, and a blinded plan
/// `packs_taken` (`[{date, pack}]`, the person's log that its adherence counts).
nlohmann::ordered_json experimentToJson(const ExperimentPlan& plan,
                                        const std::optional<ExperimentResult>& result);
nlohmann::ordered_json experimentPlanToJson(const ExperimentPlan& plan);
nlohmann::ordered_json experimentResultToJson(const ExperimentResult& result);

/// The plan of a `{plan, result}` object (or of a bare plan object); `result` and the
/// derived members (`min_p`, `assignments`) are ignored. Errors name the member, e.g.
/// `plan.blocks "10": must be an even number from 12 to 40 ...`.
Result<ExperimentPlan> experimentPlanFromJson(const nlohmann::json& json);

} // namespace quietlegs
