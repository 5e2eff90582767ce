#pragma once

#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/analysis/StatisticsReport.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// The `quietlegs-cli stats --json` document of statistics-v1.md, key for key and in its
/// order; undefined statistics are `null`, `comparison` only when one was asked for.
nlohmann::ordered_json statisticsToJson(const StatisticsReport& report);
nlohmann::ordered_json correlationRowToJson(const CorrelationRow& row);
nlohmann::ordered_json weeklySummaryToJson(const WeeklySummary& week);
nlohmann::ordered_json comparisonToJson(const Comparison& comparison);

/// An on/off self-experiment's schedule and result (not part of statistics-v1; for reports).
nlohmann::ordered_json experimentPlanToJson(const ExperimentPlan& plan);
nlohmann::ordered_json experimentResultToJson(const ExperimentResult& result);

} // namespace quietlegs
