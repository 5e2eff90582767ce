#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace quietlegs {

/// `document.dump(2)`, byte for byte, written without nlohmann's serializer, which was a sixth
/// of `quietlegs-cli stats --json` over ten years (issue 7). Numbers are written by nlohmann's
/// own shortest-round-trip formatting; strings with anything but printable ASCII are left to
/// nlohmann (its escapes, and its exception for invalid UTF-8).
std::string indentedJson(const nlohmann::ordered_json& document);

} // namespace quietlegs
