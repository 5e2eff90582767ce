#include "quietlegs/core/FactorDefinition.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace quietlegs {
namespace {

// A value beyond this is a typing slip whatever the unit (a year has 525,600 minutes).
constexpr double kLargestFactorValue = 1e6;

std::string_view trimmed(std::string_view text)
{
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos)
        return {};
    const auto last = text.find_last_not_of(" \t");
    return text.substr(first, last - first + 1);
}

/// Characters as a person counts them: UTF-8 code points.
std::size_t characterCount(std::string_view text)
{
    std::size_t count = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++count;
    return count;
}

bool hasControlCharacter(std::string_view text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
            return true;
    return false;
}

Status checkName(std::string_view name, std::string_view field)
{
    if (name.empty() || characterCount(name) > kMaxFactorNameLength)
        return Error{std::string(field), std::string(name), "must be 1 to 60 characters"};
    if (hasControlCharacter(name))
        return Error{std::string(field), std::string(name),
                     "must not hold line breaks or control characters"};
    return Status::success();
}


char lowerAscii(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

} // namespace

std::string_view factorKindId(FactorKind kind)
{
    return kind == FactorKind::YesNo ? "yesno" : "number";
}

Result<FactorKind> parseFactorKind(std::string_view text, std::string_view field)
{
    if (text == "number")
        return FactorKind::Number;
    if (text == "yesno")
        return FactorKind::YesNo;
    return Error{std::string(field), std::string(text), "must be number or yesno"};
}

Result<FactorDefinition> FactorDefinition::create(std::string_view name, std::string_view unit,
                                                  FactorKind kind)
{
    name = trimmed(name);
    unit = trimmed(unit);
    if (auto status = checkName(name, "name"); !status)
        return status.error();
    if (characterCount(unit) > kMaxFactorUnitLength)
        return Error{"unit", std::string(unit), "must be at most 20 characters"};
    if (hasControlCharacter(unit))
        return Error{"unit", std::string(unit), "must not hold line breaks or control characters"};
    FactorDefinition definition;
    definition.m_name = std::string(name);
    definition.m_unit = std::string(unit);
    definition.m_kind = kind;
    return definition;
}

Result<double> FactorDefinition::parseValue(std::string_view text, std::string_view field) const
{
    text = trimmed(text);
    if (m_kind == FactorKind::YesNo) {
        if (text == "yes" || text == "1")
            return 1.0;
        if (text == "no" || text == "0")
            return 0.0;
        return Error{std::string(field), std::string(text),
                     "\"" + m_name + "\" is a yes/no factor: give yes, no, 1 or 0"};
    }
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || error != std::errc() || end != text.data() + text.size())
        return Error{std::string(field), std::string(text),
                     "\"" + m_name + "\" is a number factor: give a number"};
    if (auto status = checkValue(value, field); !status)
        return status.error();
    return value;
}

Status FactorDefinition::checkValue(double value, std::string_view field) const
{
    if (m_kind == FactorKind::YesNo && value != 0 && value != 1)
        return Error{std::string(field), errorValue(value),
                     "\"" + m_name + "\" is a yes/no factor: the value must be 1 (yes) or 0 (no)"};
    if (!std::isfinite(value) || std::fabs(value) > kLargestFactorValue)
        return Error{std::string(field), errorValue(value),
                     "must be a number between -1000000 and 1000000"};
    return Status::success();
}

bool sameFactorName(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i]))
            return false;
    return true;
}

Result<FactorValue> FactorValue::create(Date date, std::string_view name, double value)
{
    if (!date.ok())
        return Error{"date", "", "no such calendar date"};
    name = trimmed(name);
    if (auto status = checkName(name, "name"); !status)
        return status.error();
    if (!std::isfinite(value) || std::fabs(value) > kLargestFactorValue)
        return Error{"value", errorValue(value), "must be a number between -1000000 and 1000000"};
    FactorValue factor;
    factor.m_date = date;
    factor.m_name = std::string(name);
    factor.m_value = value;
    return factor;
}

} // namespace quietlegs
