#pragma once

#include "quietlegs/analysis/StatisticsReport.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// The `quietlegs-cli stats --json` document of statistics-v1.md, key for key and in its
/// order; undefined statistics are `null`, `comparison` only when one was asked for.
nlohmann::ordered_json statisticsToJson(const StatisticsReport& report);
nlohmann::ordered_json correlationRowToJson(const CorrelationRow& row);
nlohmann::ordered_json weeklySummaryToJson(const WeeklySummary& week);
nlohmann::ordered_json comparisonToJson(const Comparison& comparison);

} // namespace quietlegs
