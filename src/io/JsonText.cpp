#include "quietlegs/io/JsonText.h"

#include <array>
#include <charconv>
#include <cmath>

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;

void writeString(std::string& out, const std::string& text)
{
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x80 || c == '"' || c == '\\') {
            out += Json(text).dump(); // escapes and UTF-8 checks exactly as dump() does
            return;
        }
    }
    out += '"';
    out += text;
    out += '"';
}

template <typename Integer> void writeInteger(std::string& out, Integer value)
{
    std::array<char, 24> buffer{};
    const auto end = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value).ptr;
    out.append(buffer.data(), std::size_t(end - buffer.data()));
}

void writeFloat(std::string& out, double value)
{
    if (!std::isfinite(value)) {
        out += "null";
        return;
    }
    std::array<char, 64> buffer{};
    const char* end = nlohmann::detail::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    out.append(buffer.data(), std::size_t(end - buffer.data()));
}

void write(std::string& out, const Json& value, std::size_t indent)
{
    constexpr std::size_t kStep = 2;
    switch (value.type()) {
    case Json::value_t::object: {
        if (value.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (auto member = value.begin(); member != value.end(); ++member) {
            if (!first)
                out += ",\n";
            first = false;
            out.append(indent + kStep, ' ');
            writeString(out, member.key());
            out += ": ";
            write(out, member.value(), indent + kStep);
        }
        out += '\n';
        out.append(indent, ' ');
        out += '}';
        return;
    }
    case Json::value_t::array: {
        if (value.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        bool first = true;
        for (const Json& element : value) {
            if (!first)
                out += ",\n";
            first = false;
            out.append(indent + kStep, ' ');
            write(out, element, indent + kStep);
        }
        out += '\n';
        out.append(indent, ' ');
        out += ']';
        return;
    }
    case Json::value_t::string:
        writeString(out, value.get_ref<const std::string&>());
        return;
    case Json::value_t::boolean:
        out += value.get<bool>() ? "true" : "false";
        return;
    case Json::value_t::number_integer:
        writeInteger(out, value.get<std::int64_t>());
        return;
    case Json::value_t::number_unsigned:
        writeInteger(out, value.get<std::uint64_t>());
        return;
    case Json::value_t::number_float:
        writeFloat(out, value.get<double>());
        return;
    case Json::value_t::null:
    case Json::value_t::discarded:
    case Json::value_t::binary:
        out += value.dump(2); // null; the rest never occurs in what QuietLegs writes
        return;
    }
}

} // namespace

std::string indentedJson(const nlohmann::ordered_json& document)
{
    std::string out;
    write(out, document, 0);
    return out;
}

} // namespace quietlegs
