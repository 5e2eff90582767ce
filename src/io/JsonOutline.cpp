#include "quietlegs/io/JsonOutline.h"

#include "JsonTape.h"

#include <cstdint>
#include <utility>

namespace quietlegs {
namespace {

namespace dom = simdjson::dom;
using ReadJson = nlohmann::json;

/// True when `text` may hold the number -0. simdjson reads it as the integer 0, nlohmann as a
/// signed one; rather than guess, such a text is left to nlohmann. "-0" followed by a digit can
/// only be inside a string (a date's "-05"); followed by anything else but a fraction or an
/// exponent, it may be the number, or text in a string, which is read slower but the same.
bool mayHoldNegativeZero(std::string_view text)
{
    for (auto pos = text.find("-0"); pos != std::string_view::npos;
         pos = text.find("-0", pos + 2)) {
        if (pos + 2 == text.size())
            return true;
        const char next = text[pos + 2];
        if (next != '.' && next != 'e' && next != 'E' && (next < '0' || next > '9'))
            return true;
    }
    return false;
}

static_assert(kJsonReadAhead == simdjson::SIMDJSON_PADDING);

/// `text` read by `parser`, nested at most `maxDepth` deep (simdjson counts depth as nlohmann
/// does: "[]" is 1); none when it cannot vouch for the text. Unless kJsonReadAhead bytes after
/// the text are `readable`, it is copied into the parser's padded buffer first.
std::optional<dom::element> readVouched(dom::parser& parser, std::string_view text,
                                        std::size_t maxDepth, bool readable = false)
{
    if (text.empty() || mayHoldNegativeZero(text) ||
        parser.allocate(text.size(), maxDepth) != simdjson::SUCCESS)
        return std::nullopt;
    dom::element root;
    if (parser.parse(text.data(), text.size(), !readable).get(root) != simdjson::SUCCESS)
        return std::nullopt;
    return root;
}

} // namespace

ReadJson nlohmannValue(dom::element value)
{
    switch (value.type()) {
    case dom::element_type::ARRAY: {
        ReadJson array = ReadJson::array();
        auto& elements = array.get_ref<ReadJson::array_t&>();
        for (dom::element element : dom::array(value))
            elements.push_back(nlohmannValue(element));
        return array;
    }
    case dom::element_type::OBJECT: {
        ReadJson object = ReadJson::object();
        auto& members = object.get_ref<ReadJson::object_t&>();
        for (dom::key_value_pair member : dom::object(value)) // a later duplicate replaces
            members.insert_or_assign(std::string(member.key), nlohmannValue(member.value));
        return object;
    }
    case dom::element_type::INT64: {
        const std::int64_t number = value.get_int64().value_unsafe();
        return number < 0 ? ReadJson(number) : ReadJson(std::uint64_t(number));
    }
    case dom::element_type::UINT64:
        return ReadJson(value.get_uint64().value_unsafe());
    case dom::element_type::DOUBLE:
        return ReadJson(value.get_double().value_unsafe());
    case dom::element_type::STRING:
        return ReadJson(std::string(value.get_string().value_unsafe()));
    case dom::element_type::BOOL:
        return ReadJson(value.get_bool().value_unsafe());
    case dom::element_type::NULL_VALUE:
        break;
    }
    return ReadJson(nullptr);
}

std::optional<JsonOutline> quickJsonOutline(std::string_view text, std::size_t maxDepth)
{
    dom::parser parser;
    auto root = readVouched(parser, text, maxDepth);
    if (!root)
        return std::nullopt;
    JsonOutline outline;
    outline.isObject = root->is_object();
    outline.hasFormat = outline.isObject && (*root)["format"].error() == simdjson::SUCCESS;
    return outline;
}

std::optional<nlohmann::json> quickJsonParse(std::string_view text, std::size_t maxDepth)
{
    dom::parser parser;
    auto root = readVouched(parser, text, maxDepth);
    if (!root)
        return std::nullopt;
    return nlohmannValue(*root);
}

JsonMembers::JsonMembers(std::unique_ptr<Tape> tape, std::vector<Member> members)
    : m_tape(std::move(tape)), m_members(std::move(members))
{}

JsonMembers::JsonMembers(JsonMembers&&) noexcept = default;
JsonMembers& JsonMembers::operator=(JsonMembers&&) noexcept = default;
JsonMembers::~JsonMembers() = default;

std::optional<JsonMembers> JsonMembers::read(const std::string& text, std::size_t maxDepth)
{
    auto tape = std::make_unique<Tape>();
    auto root =
        readVouched(tape->parser, text, maxDepth, text.capacity() - text.size() >= kJsonReadAhead);
    if (!root || !root->is_object())
        return std::nullopt;
    std::vector<Member> members;
    for (dom::key_value_pair member : dom::object(*root)) {
        Member described{std::string(member.key), member.value.is_array(), member.value.is_null(),
                         0};
        std::vector<dom::element> elements;
        if (described.isArray)
            for (dom::element element : dom::array(member.value))
                elements.push_back(element);
        described.size = elements.size();
        tape->values.push_back(member.value);
        tape->elements.push_back(std::move(elements));
        members.push_back(std::move(described));
    }
    return JsonMembers(std::move(tape), std::move(members));
}

nlohmann::json JsonMembers::value(std::size_t member) const
{
    return nlohmannValue(m_tape->values.at(member));
}

nlohmann::json JsonMembers::element(std::size_t member, std::size_t index) const
{
    return nlohmannValue(m_tape->elements.at(member).at(index));
}

} // namespace quietlegs
