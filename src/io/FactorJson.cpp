#include "quietlegs/io/FactorJson.h"

#include "JsonValues.h"

#include "TextChecks.h"

#include <cmath>
#include <cstdint>
#include <set>
#include <string>

namespace quietlegs {
namespace {

using ReadJson = nlohmann::json;

Result<std::string> textField(const ReadJson& object, const char* field, bool required)
{
    const auto it = object.find(field);
    if (it == object.end() || it->is_null()) {
        if (required)
            return Error{field, "", "is missing"};
        return std::string();
    }
    if (!it->is_string())
        return Error{field, json_values::shown(*it), "must be text"};
    return it->get<std::string>();
}

Result<FactorDefinition> factorFromJson(const ReadJson& object)
{
    if (!object.is_object())
        return Error{"", json_values::shown(object), "must be an object {\"name\", \"unit\", \"kind\"}"};
    auto name = textField(object, "name", true);
    if (!name)
        return name.error();
    auto unit = textField(object, "unit", false);
    if (!unit)
        return unit.error();
    auto kindText = textField(object, "kind", true);
    if (!kindText)
        return kindText.error();
    auto kind = parseFactorKind(*kindText);
    if (!kind)
        return kind.error();
    return FactorDefinition::create(*name, *unit, *kind);
}

Result<FactorValue> factorValueFromJson(const ReadJson& object)
{
    if (!object.is_object())
        return Error{"", json_values::shown(object), "must be an object {\"date\", \"name\", \"value\"}"};
    auto dateText = textField(object, "date", true);
    if (!dateText)
        return dateText.error();
    auto date = parseDate(*dateText);
    if (!date)
        return date.error();
    auto name = textField(object, "name", true);
    if (!name)
        return name.error();
    const auto value = object.find("value");
    if (value == object.end() || value->is_null())
        return Error{"value", "", "is missing"};
    if (!value->is_number())
        return Error{"value", json_values::shown(*value), "must be a number (yes/no as 1 or 0)"};
    return FactorValue::create(*date, *name, value->get<double>());
}

/// The array `key` of `document`, or none when absent or null.
Result<const ReadJson*> arrayOf(const ReadJson& document, const char* key)
{
    const auto it = document.find(key);
    if (it == document.end() || it->is_null())
        return static_cast<const ReadJson*>(nullptr);
    if (!it->is_array())
        return Error{key, json_values::shown(*it), "must be an array"};
    return &*it;
}

} // namespace

nlohmann::ordered_json factorToJson(const FactorDefinition& factor)
{
    nlohmann::ordered_json json;
    json["name"] = factor.name();
    json["unit"] = factor.unit();
    json["kind"] = std::string(factorKindId(factor.kind()));
    return json;
}

nlohmann::ordered_json factorValueToJson(const FactorValue& value)
{
    nlohmann::ordered_json json;
    json["date"] = formatDate(value.date());
    json["name"] = value.name();
    // Whole numbers as integers (`90`, yes/no `1`), as interchange-v2.md writes them.
    const double v = value.value();
    if (std::trunc(v) == v && std::fabs(v) < 1e15)
        json["value"] = std::int64_t(v);
    else
        json["value"] = v;
    return json;
}

Status readFactorsJson(const nlohmann::json& document, JournalRecords& records)
{
    auto factors = arrayOf(document, "factors");
    if (!factors)
        return factors.error();
    if (*factors) {
        for (std::size_t i = 0; i < (*factors)->size(); ++i) {
            const std::string entry = "factors[" + std::to_string(i) + "]";
            auto factor = factorFromJson((**factors)[i]);
            if (!factor)
                return factor.error().within(entry);
            for (const FactorDefinition& earlier : records.factors)
                if (sameFactorName(earlier.name(), factor->name()))
                    return Error{entry + ".name", factor->name(),
                                 "is defined twice in this file (names ignore case)"};
            records.factors.push_back(std::move(factor).value());
        }
    }
    auto values = arrayOf(document, "factor_values");
    if (!values)
        return values.error();
    if (*values) {
        std::set<std::pair<Date, std::string>> seen;
        for (std::size_t i = 0; i < (*values)->size(); ++i) {
            const std::string entry = "factor_values[" + std::to_string(i) + "]";
            auto value = factorValueFromJson((**values)[i]);
            if (!value)
                return value.error().within(entry);
            std::string folded = value->name();
            for (char& c : folded)
                if (c >= 'A' && c <= 'Z')
                    c = char(c - 'A' + 'a');
            if (!seen.emplace(value->date(), folded).second)
                return Error{entry, formatDate(value->date()) + " " + value->name(),
                             "this date and factor appear twice in this file"};
            for (const FactorDefinition& factor : records.factors)
                if (sameFactorName(factor.name(), value->name()))
                    if (auto fits = factor.checkValue(value->value()); !fits)
                        return fits.error().within(entry);
            records.factorValues.push_back(std::move(value).value());
        }
    }
    return Status::success();
}

} // namespace quietlegs
