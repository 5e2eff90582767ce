#pragma once

#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/analysis/StatisticsReport.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// The `quietlegs-cli stats --json` document of statistics-v2.md section 6 (statistics-v1's
/// document plus `statistics_version`, `primary`, `effects` and the v2 fields), key for key;
/// undefined statistics are `null`, `comparison` only when one was asked for.
nlohmann::ordered_json statisticsToJson(const StatisticsReport& report);
nlohmann::ordered_json correlationRowToJson(const CorrelationRow& row);
nlohmann::ordered_json effectRowToJson(const EffectRow& row);
/// The primary effect row plus `mid` and `verdict`.
nlohmann::ordered_json primaryToJson(const PrimaryEffect& primary);
nlohmann::ordered_json weeklySummaryToJson(const WeeklySummary& week);
nlohmann::ordered_json comparisonToJson(const Comparison& comparison);

/// An on/off self-experiment's schedule and result (not part of statistics-v1; for reports).
nlohmann::ordered_json experimentPlanToJson(const ExperimentPlan& plan);
nlohmann::ordered_json experimentResultToJson(const ExperimentResult& result);

} // namespace quietlegs
