#pragma once

#include "quietlegs/core/JournalRecords.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// Entity objects of the interchange-v1 format (docs/interchange-v1.md). Absent values are
/// written as `null`; elemental mg is always written, computed when only the compound was given.
nlohmann::ordered_json nightToJson(const Night& night);
nlohmann::ordered_json intakeToJson(const Intake& intake);
nlohmann::ordered_json dailyFactorsToJson(const DailyFactors& factors);
nlohmann::ordered_json labResultToJson(const LabResult& result);

} // namespace quietlegs
