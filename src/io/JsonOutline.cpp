#include "quietlegs/io/JsonOutline.h"

#include "TextChecks.h"

#include <array>
#include <charconv>
#include <cstdint>
#include <utility>

namespace quietlegs {
namespace {

/// What a byte is to the reader's two tight loops: JSON white space, and a byte a string holds
/// as it is (printable ASCII but the quote and the backslash). The space is both.
enum ByteKind : std::uint8_t
{
    kSpace = 1,
    kPlain = 2
};

constexpr std::array<std::uint8_t, 256> kByteKinds = [] {
    std::array<std::uint8_t, 256> kinds{};
    for (int c = 0x20; c < 0x80; ++c)
        kinds[std::size_t(c)] = kPlain;
    kinds['"'] = 0;
    kinds['\\'] = 0;
    for (char c : {' ', '\t', '\n', '\r'})
        kinds[static_cast<unsigned char>(c)] |= kSpace;
    return kinds;
}();

/// A strict recursive-descent reader; every method returns false as soon as it cannot vouch.
class OutlineReader
{
public:
    using Json = nlohmann::json;

    OutlineReader(std::string_view text, std::size_t maxDepth) : m_text(text), m_maxDepth(maxDepth)
    {}

    /// Reads the whole text; into `document` when given, its top-level members into
    /// `members` when given.
    std::optional<JsonOutline> read(Json* document = nullptr,
                                    std::vector<JsonMemberText>* members = nullptr)
    {
        m_members = members;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '{')
            m_outline.isObject = true;
        if (!value(0, document))
            return std::nullopt;
        skipSpace();
        if (m_pos != m_text.size())
            return std::nullopt;
        return m_outline;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return m_text[m_pos]; }

    void skipSpace()
    {
        // A pretty-printed export is half indentation: this loop sees most of its bytes.
        const char* const data = m_text.data();
        const std::size_t size = m_text.size();
        std::size_t pos = m_pos;
        while (pos < size && kByteKinds[static_cast<unsigned char>(data[pos])] & kSpace)
            ++pos;
        m_pos = pos;
    }

    bool value(std::size_t depth, Json* out)
    {
        if (atEnd())
            return false;
        switch (peek()) {
        case '{':
            return object(depth + 1, out);
        case '[':
            return array(depth + 1, out);
        case '"': {
            std::string_view raw;
            bool escaped = false;
            if (!string(raw, escaped))
                return false;
            if (out)
                *out = escaped ? Json(unescaped(raw)) : Json(std::string(raw));
            return true;
        }
        case 't':
            return literal("true", out, Json(true));
        case 'f':
            return literal("false", out, Json(false));
        case 'n':
            return literal("null", out, Json(nullptr));
        default:
            return number(out);
        }
    }

    bool object(std::size_t depth, Json* out)
    {
        if (depth > m_maxDepth)
            return false;
        if (out)
            *out = Json::object();
        ++m_pos; // {
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (atEnd() || peek() != '"')
                return false;
            std::string_view key;
            bool escaped = false;
            if (!string(key, escaped))
                return false;
            if (depth == 1) {
                if (escaped) // what it means after unescaping is nlohmann's to say
                    return false;
                m_outline.hasFormat = m_outline.hasFormat || key == "format";
            }
            skipSpace();
            if (atEnd() || peek() != ':')
                return false;
            ++m_pos;
            skipSpace();
            // A repeated key replaces the earlier value, as in nlohmann's own DOM.
            Json* member = out ? &(*out)[escaped ? unescaped(key) : std::string(key)] : nullptr;
            const std::size_t valueStart = m_pos;
            if (depth == 1 && m_members) {
                m_members->push_back(JsonMemberText{key, {}, !atEnd() && peek() == '[', {}});
                m_elements = m_members->back().isArray ? &m_members->back().elements : nullptr;
            }
            if (!value(depth, member))
                return false;
            if (depth == 1 && m_members)
                m_members->back().value = m_text.substr(valueStart, m_pos - valueStart);
            skipSpace();
            if (atEnd())
                return false;
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_pos;
        }
    }

    bool array(std::size_t depth, Json* out)
    {
        if (depth > m_maxDepth)
            return false;
        if (out)
            *out = Json::array();
        ++m_pos; // [
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            Json* element = nullptr;
            if (out) {
                out->push_back(nullptr);
                element = &out->back();
            }
            const std::size_t elementStart = m_pos;
            // Only a top-level member's elements are listed; whatever nests in them is not.
            auto* elements = std::exchange(m_elements, nullptr);
            if (!value(depth, element))
                return false;
            if (elements) {
                elements->push_back(m_text.substr(elementStart, m_pos - elementStart));
                m_elements = elements;
            }
            skipSpace();
            if (atEnd())
                return false;
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_pos;
        }
    }

    /// A string: its raw bytes between the quotes in `raw`, whether it had an escape.
    bool string(std::string_view& raw, bool& escaped)
    {
        const std::size_t start = ++m_pos; // "
        bool ascii = true;
        const char* const data = m_text.data();
        const std::size_t size = m_text.size();
        for (;;) {
            while (m_pos < size && kByteKinds[static_cast<unsigned char>(data[m_pos])] & kPlain)
                ++m_pos;
            if (atEnd())
                return false;
            const auto c = static_cast<unsigned char>(peek());
            if (c == '"')
                break;
            if (c < 0x20)
                return false;
            if (c >= 0x80)
                ascii = false;
            if (c == '\\') {
                escaped = true;
                if (!escape())
                    return false;
                continue;
            }
            ++m_pos;
        }
        raw = m_text.substr(start, m_pos - start);
        ++m_pos; // "
        return ascii || isValidUtf8(raw);
    }

    bool escape()
    {
        ++m_pos; // backslash
        if (atEnd())
            return false;
        const char c = peek();
        ++m_pos;
        switch (c) {
        case '"':
        case '\\':
        case '/':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            return true;
        case 'u': {
            unsigned code = 0;
            for (int i = 0; i < 4; ++i, ++m_pos) {
                if (atEnd())
                    return false;
                const char h = peek();
                code <<= 4;
                if (h >= '0' && h <= '9')
                    code |= unsigned(h - '0');
                else if (h >= 'a' && h <= 'f')
                    code |= unsigned(h - 'a' + 10);
                else if (h >= 'A' && h <= 'F')
                    code |= unsigned(h - 'A' + 10);
                else
                    return false;
            }
            // Surrogates must pair up; nlohmann checks that, this reader does not.
            return code < 0xD800 || code > 0xDFFF;
        }
        default:
            return false;
        }
    }

    bool literal(std::string_view word, Json* out, Json value)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        if (out)
            *out = std::move(value);
        return true;
    }

    /// The text of a string that string() accepted, its escapes decoded (no surrogates).
    static std::string unescaped(std::string_view raw)
    {
        std::string text;
        text.reserve(raw.size());
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '\\') {
                text += raw[i];
                continue;
            }
            const char c = raw[++i];
            switch (c) {
            case 'b':
                text += '\b';
                break;
            case 'f':
                text += '\f';
                break;
            case 'n':
                text += '\n';
                break;
            case 'r':
                text += '\r';
                break;
            case 't':
                text += '\t';
                break;
            case 'u': {
                unsigned code = 0;
                std::from_chars(raw.data() + i + 1, raw.data() + i + 5, code, 16);
                i += 4;
                if (code < 0x80) {
                    text += char(code);
                } else if (code < 0x800) {
                    text += char(0xC0 | (code >> 6));
                    text += char(0x80 | (code & 0x3F));
                } else {
                    text += char(0xE0 | (code >> 12));
                    text += char(0x80 | ((code >> 6) & 0x3F));
                    text += char(0x80 | (code & 0x3F));
                }
                break;
            }
            default: // " \ /
                text += c;
            }
        }
        return text;
    }

    bool digits()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number(Json* out)
    {
        const std::size_t start = m_pos;
        bool integer = true;
        if (!atEnd() && peek() == '-')
            ++m_pos;
        if (atEnd())
            return false;
        if (peek() == '0')
            ++m_pos;
        else if (peek() >= '1' && peek() <= '9')
            digits();
        else
            return false;
        if (!atEnd() && peek() == '.') {
            integer = false;
            ++m_pos;
            if (!digits())
                return false;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            integer = false;
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return false;
        }
        const char* first = m_text.data() + start;
        const char* last = m_text.data() + m_pos;
        if (!out) {
            // nlohmann refuses a number past double's range ("number overflow"), and reads an
            // integer too long for 64 bits as a double: decline whatever might be either (18
            // digits always fit; declining a tiny number as well is only caution).
            double value = 0;
            return (integer && m_pos - start <= 18) ||
                   std::from_chars(first, last, value).ec == std::errc();
        }
        // As nlohmann types numbers: integers signed when negative, else unsigned, the rest
        // double (both correctly rounded, like the strtod nlohmann uses).
        if (integer && *first == '-') {
            std::int64_t value = 0;
            if (std::from_chars(first, last, value).ec != std::errc())
                return false;
            *out = value;
        } else if (integer) {
            std::uint64_t value = 0;
            if (std::from_chars(first, last, value).ec != std::errc())
                return false;
            *out = value;
        } else {
            double value = 0;
            if (std::from_chars(first, last, value).ec != std::errc())
                return false;
            *out = value;
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_maxDepth;
    std::size_t m_pos = 0;
    JsonOutline m_outline;
    std::vector<JsonMemberText>* m_members = nullptr;
    std::vector<std::string_view>* m_elements = nullptr; // of the top-level array being read
};

} // namespace

std::optional<JsonOutline> quickJsonOutline(std::string_view text, std::size_t maxDepth)
{
    return OutlineReader(text, maxDepth).read();
}

std::optional<nlohmann::json> quickJsonParse(std::string_view text, std::size_t maxDepth)
{
    nlohmann::json document;
    if (!OutlineReader(text, maxDepth).read(&document))
        return std::nullopt;
    return document;
}

std::optional<std::vector<JsonMemberText>> quickJsonMembers(std::string_view text,
                                                            std::size_t maxDepth)
{
    std::vector<JsonMemberText> members;
    auto outline = OutlineReader(text, maxDepth).read(nullptr, &members);
    if (!outline || !outline->isObject)
        return std::nullopt;
    return members;
}

} // namespace quietlegs
