// The interchange `weeks` array (interchange-v2.md "Weekly IRLS").
#include "quietlegs/io/WeeksJson.h"

#include "JsonValues.h"

#include "TextChecks.h"

#include <cmath>
#include <map>
#include <string>

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;
using ReadJson = nlohmann::json;

using json_values::shown;

Result<std::string> optionalText(const ReadJson& json, const char* key, std::string fallback)
{
    auto it = json.find(key);
    if (it == json.end() || it->is_null())
        return fallback;
    if (!it->is_string())
        return Error{key, shown(*it), "must be a string or null"};
    const std::string& text = it->get_ref<const std::string&>();
    if (text.find('\0') != std::string::npos || !isValidUtf8(text))
        return Error{key, printableText(text, 40), "must be valid UTF-8 text without NUL"};
    return text;
}

} // namespace

Json weekToJson(const WeeklyIrls& week, WeekJsonTotals totals)
{
    Json json;
    json["week_ending"] = formatDate(week.weekEnding());
    json["irls_items"] = week.irls().items();
    json["source"] = week.source();
    if (!week.sourceName().empty())
        json["source_name"] = week.sourceName();
    if (totals == WeekJsonTotals::Included) {
        json["irls_total"] = week.total();
        json["band"] = std::string(irlsBandId(week.band()));
    }
    return json;
}

Result<WeeklyIrls> weekFromJson(const ReadJson& json)
{
    if (!json.is_object())
        return Error{"", shown(json), "must be an object"};
    WeeklyIrlsEntry entry;
    auto weekEnding = json.find("week_ending");
    if (weekEnding == json.end() || weekEnding->is_null())
        return Error{"week_ending", "", "is required"};
    if (!weekEnding->is_string())
        return Error{"week_ending", shown(*weekEnding), "must be a date YYYY-MM-DD"};
    auto date = parseDate(weekEnding->get_ref<const std::string&>(), "week_ending");
    if (!date)
        return date.error();
    entry.weekEnding = *date;
    auto items = json.find("irls_items");
    if (items == json.end() || !items->is_array())
        return Error{"irls_items", items == json.end() ? "" : shown(*items),
                     "must be an array of ten scores 0..4"};
    for (std::size_t i = 0; i < items->size(); ++i) {
        const ReadJson& item = (*items)[i];
        const std::string field = "irls_items[" + std::to_string(i) + "]";
        if (!item.is_number() ||
            (item.is_number_float() && item.get<double>() != std::floor(item.get<double>())))
            return Error{field, shown(item), "must be a whole number 0..4"};
        const double value = item.get<double>();
        if (value < -1000 || value > 1000)
            return Error{field, shown(item), "each item is scored 0 to 4"};
        entry.irlsItems.push_back(int(value));
    }
    auto source = optionalText(json, "source", "manual");
    if (!source)
        return source.error();
    entry.source = *source;
    auto sourceName = optionalText(json, "source_name", "");
    if (!sourceName)
        return sourceName.error();
    entry.sourceName = *sourceName;
    return WeeklyIrls::create(entry);
}

Result<std::vector<WeeklyIrls>> weeksFromJson(const ReadJson& document)
{
    std::vector<WeeklyIrls> weeks;
    auto it = document.find("weeks");
    if (it == document.end() || it->is_null())
        return weeks;
    if (!it->is_array())
        return Error{"weeks", shown(*it), "must be an array"};
    std::map<Date, std::size_t> seen;
    for (std::size_t i = 0; i < it->size(); ++i) {
        const std::string where = "weeks[" + std::to_string(i) + "]";
        auto week = weekFromJson((*it)[i]);
        if (!week)
            return week.error().within(where);
        auto [found, inserted] = seen.emplace(week->weekEnding(), i);
        if (!inserted)
            return Error{where + ".week_ending", formatDate(week->weekEnding()),
                         "appears twice (also weeks[" + std::to_string(found->second) + "])"};
        weeks.push_back(std::move(week).value());
    }
    return weeks;
}

} // namespace quietlegs
