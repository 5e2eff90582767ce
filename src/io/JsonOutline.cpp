#include "quietlegs/io/JsonOutline.h"

#include "TextChecks.h"

namespace quietlegs {
namespace {

/// A strict recursive-descent reader; every method returns false as soon as it cannot vouch.
class OutlineReader
{
public:
    OutlineReader(std::string_view text, std::size_t maxDepth) : m_text(text), m_maxDepth(maxDepth)
    {}

    std::optional<JsonOutline> read()
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '{')
            m_outline.isObject = true;
        if (!value(0))
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
        while (!atEnd() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    bool value(std::size_t depth)
    {
        if (atEnd())
            return false;
        switch (peek()) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            std::string_view ignored;
            bool escaped = false;
            return string(ignored, escaped);
        }
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return number();
        }
    }

    bool object(std::size_t depth)
    {
        if (depth > m_maxDepth)
            return false;
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
            if (!value(depth))
                return false;
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

    bool array(std::size_t depth)
    {
        if (depth > m_maxDepth)
            return false;
        ++m_pos; // [
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (!value(depth))
                return false;
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
        for (;;) {
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

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool digits()
    {
        const std::size_t start = m_pos;
        while (!atEnd() && peek() >= '0' && peek() <= '9')
            ++m_pos;
        return m_pos > start;
    }

    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
    bool number()
    {
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
            ++m_pos;
            if (!digits())
                return false;
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            ++m_pos;
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                ++m_pos;
            if (!digits())
                return false;
        }
        return true;
    }

    std::string_view m_text;
    std::size_t m_maxDepth;
    std::size_t m_pos = 0;
    JsonOutline m_outline;
};

} // namespace

std::optional<JsonOutline> quickJsonOutline(std::string_view text, std::size_t maxDepth)
{
    return OutlineReader(text, maxDepth).read();
}

} // namespace quietlegs
