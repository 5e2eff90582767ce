#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>

namespace quietlegs {

/// The top of a JSON text, as import-format detection needs it.
struct JsonOutline
{
    bool isObject = false;  // the top-level value is an object
    bool hasFormat = false; // ... with a "format" key
};

/// Reads `text` as strict JSON (RFC 8259, UTF-8) without building anything, several times
/// faster than nlohmann's SAX parser, which took a sixth of importing ten years (issue 7).
/// Answers only when it can vouch that nlohmann would accept the text as well formed and
/// nested no deeper than `maxDepth`; anything it does not check itself (a \u escape of a
/// surrogate, an escaped top-level key, an error of any kind) gives none, and the caller
/// asks nlohmann, which also words the error.
std::optional<JsonOutline> quickJsonOutline(std::string_view text, std::size_t maxDepth);

/// The same strict reading, building the document nlohmann::json::parse would build (numbers
/// as nlohmann types them, later duplicate keys replacing earlier ones). None whenever
/// quickJsonOutline would give none, and for a number nlohmann would have to round to a
/// float (an integer past 64 bits, an exponent out of range): the caller parses with nlohmann.
std::optional<nlohmann::json> quickJsonParse(std::string_view text, std::size_t maxDepth);

} // namespace quietlegs
