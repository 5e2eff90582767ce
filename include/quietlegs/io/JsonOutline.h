#pragma once

#include <cstddef>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// The top of a JSON text, as import-format detection needs it.
struct JsonOutline
{
    bool isObject = false;  // the top-level value is an object
    bool hasFormat = false; // ... with a "format" key
};

/// Spare capacity after a string's text that lets simdjson read it without copying it first: a
/// copy of a ten-year import was 5% of importing it (issue 7). readImportFile() leaves it.
inline constexpr std::size_t kJsonReadAhead = 64;

/// Reads `text` as strict JSON (RFC 8259, UTF-8) with simdjson, which checks a ten-year export
/// in 2 ms where nlohmann takes 40 (issue 7). Answers only when it can vouch that nlohmann
/// would read the text the same: well formed and nested no deeper than `maxDepth`. Anything
/// simdjson refuses (an error of any kind, but also a byte order mark, or an integer past 64
/// bits, which nlohmann reads as a double) gives none, and so does a "-0" (simdjson drops its
/// sign, nlohmann keeps it): the caller then asks nlohmann, which also words the error.
std::optional<JsonOutline> quickJsonOutline(std::string_view text, std::size_t maxDepth);

/// The same reading, building the document nlohmann::json::parse would build (numbers as
/// nlohmann types them, later duplicate keys replacing earlier ones). None whenever
/// quickJsonOutline would give none.
std::optional<nlohmann::json> quickJsonParse(std::string_view text, std::size_t maxDepth);

/// A JSON object read and checked whole, as quickJsonParse reads it, but kept in simdjson's
/// compact form: a member's value, or one element of an array member, becomes a nlohmann value
/// only when asked for, so a ten-year document is never built whole (issue 7). Its values may
/// be asked for from several threads at once.
class JsonMembers
{
public:
    struct Member
    {
        std::string key;
        bool isArray = false;
        bool isNull = false;
        std::size_t size = 0; // an array's number of elements
    };

    /// None whenever quickJsonOutline would give none, and when the top level is not an object.
    /// A string with kJsonReadAhead bytes of spare capacity is read where it is; any other is
    /// first copied (simdjson reads in 64-byte blocks).
    static std::optional<JsonMembers> read(const std::string& text, std::size_t maxDepth);

    JsonMembers(JsonMembers&&) noexcept;
    JsonMembers& operator=(JsonMembers&&) noexcept;
    ~JsonMembers();

    /// In document order: a repeated key appears twice; the later one is what nlohmann keeps.
    const std::vector<Member>& members() const { return m_members; }

    nlohmann::json value(std::size_t member) const;
    nlohmann::json element(std::size_t member, std::size_t index) const;

    /// simdjson's document, kept out of this header (src/io/JsonTape.h): the interchange
    /// reader takes an entity's fields straight from it.
    struct Tape;
    const Tape& tape() const { return *m_tape; }

private:
    JsonMembers(std::unique_ptr<Tape> tape, std::vector<Member> members);

    std::unique_ptr<Tape> m_tape;
    std::vector<Member> m_members;
};

} // namespace quietlegs
