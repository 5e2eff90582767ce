#pragma once

#include "quietlegs/core/FactorDefinition.h"
#include "quietlegs/core/JournalRecords.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// The interchange-v2 `factors` and `factor_values` entities ("User-defined factors"):
/// `{"name": "long drive", "unit": "min", "kind": "number"}` and
/// `{"date": "2026-09-01", "name": "long drive", "value": 90}` (yes/no as 1/0).
nlohmann::ordered_json factorToJson(const FactorDefinition& factor);
nlohmann::ordered_json factorValueToJson(const FactorValue& value);

/// Reads the `factors` and `factor_values` arrays of an interchange document (absent or null:
/// none) into `records`. Errors name the element (`factor_values[2].value`); a name given twice
/// in `factors`, or a (date, name) twice in `factor_values`, is refused; a value of a factor
/// defined in the same file must fit its kind. Whether a value's factor is defined at all (in
/// the file or the journal) is for Journal::merge to say.
Status readFactorsJson(const nlohmann::json& document, JournalRecords& records);

} // namespace quietlegs
