#pragma once

// simdjson's document behind JsonMembers, for the io readers that take values straight from it
// instead of through nlohmann (private to the io layer).

#include "quietlegs/io/JsonOutline.h"

#include <simdjson.h>
#include <vector>

namespace quietlegs {

struct JsonMembers::Tape
{
    simdjson::dom::parser parser; // owns the document the elements below point into
    std::vector<simdjson::dom::element> values;
    std::vector<std::vector<simdjson::dom::element>> elements; // an array member's, by index
};

/// `value` as nlohmann::json::parse builds it: a non-negative integer is unsigned, a later
/// duplicate key replaces an earlier one.
nlohmann::json nlohmannValue(simdjson::dom::element value);

} // namespace quietlegs
