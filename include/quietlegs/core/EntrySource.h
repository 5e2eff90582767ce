#pragma once

#include "quietlegs/core/Result.h"

#include <string_view>

namespace quietlegs {

/// Where an entry came from (interchange-v2.md `source`): absent on input means `manual`, and
/// rows that exist when a journal is migrated become `manual`.
enum class EntrySource
{
    Manual,
    Cronometer,
    Fitbit,
    AppleHealth,
    Csv,
    Demo
};

std::string_view entrySourceId(EntrySource source); // "manual", "apple_health", ...
Result<EntrySource> parseEntrySource(std::string_view id, std::string_view field = "source");
/// One of the ids above (entries that keep their source as text: weeks, medicine doses).
bool isEntrySource(std::string_view id);

} // namespace quietlegs
