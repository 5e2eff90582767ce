#pragma once

#include "quietlegs/core/JournalSettings.h"

#include <nlohmann/json.hpp>

namespace quietlegs {

/// The interchange `settings` object (interchange-v2.md "Journal settings"): the values that
/// are set, typed ({"primary_question": "magnesium_mg:severity:0", "primary_mid": 1, ...}).
nlohmann::ordered_json settingsToJson(const JournalSettings& settings);

/// Reads a `settings` object (null or absent: nothing set). An unknown key, a value of the wrong
/// JSON type or one the rules refuse fails naming `settings.<key>`; a primary question must
/// name a catalogue exposure and outcome (analysis layer's parseRelationKey).
Result<JournalSettings> settingsFromJson(const nlohmann::json& value);

} // namespace quietlegs
