#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <vector>

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

/// One member of a top-level JSON object, as text: what an importer reads one entity at a time.
struct JsonMemberText
{
    std::string_view key;   // as written (the top level's keys have no escapes)
    std::string_view value; // the value's whole text
    bool isArray = false;
    std::vector<std::string_view> elements; // an array's elements' text, in order
};

/// The same strict reading of `text` as quickJsonOutline, giving the top-level object's members
/// in document order (a repeated key appears twice; the later one is what nlohmann keeps). None
/// whenever quickJsonOutline would give none, and when the top level is not an object. Each
/// element can then be given to quickJsonParse on its own: a ten-year document is never built
/// whole (issue 7).
std::optional<std::vector<JsonMemberText>> quickJsonMembers(std::string_view text,
                                                            std::size_t maxDepth);

} // namespace quietlegs
