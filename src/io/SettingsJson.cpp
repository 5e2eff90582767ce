#include "quietlegs/io/SettingsJson.h"

#include "quietlegs/analysis/Variables.h"

#include <charconv>

namespace quietlegs {
namespace {

enum class JsonKind
{
    Text,
    Number,
    Boolean
};

/// The JSON type of each key's value, in journalSettingKeys() order.
JsonKind kindOf(std::string_view key)
{
    if (key == "primary_mid" || key == "magnesium_ul_mg")
        return JsonKind::Number;
    if (key == "score_ten_areas_nightly")
        return JsonKind::Boolean;
    return JsonKind::Text;
}

std::string numberText(double value)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
    return std::string(buffer, end);
}

} // namespace

nlohmann::ordered_json settingsToJson(const JournalSettings& settings)
{
    auto json = nlohmann::ordered_json::object();
    if (settings.primaryQuestion)
        json["primary_question"] = *settings.primaryQuestion;
    if (settings.primaryMid)
        json["primary_mid"] = *settings.primaryMid;
    if (settings.rdaProfile)
        json["rda_profile"] = std::string(rdaProfileId(*settings.rdaProfile));
    if (settings.weekStart)
        json["week_start"] = std::string(weekStartId(*settings.weekStart));
    if (settings.scoreTenAreasNightly)
        json["score_ten_areas_nightly"] = *settings.scoreTenAreasNightly;
    if (settings.magnesiumUlMg)
        json["magnesium_ul_mg"] = *settings.magnesiumUlMg;
    return json;
}

Result<JournalSettings> settingsFromJson(const nlohmann::json& value)
{
    JournalSettings settings;
    if (value.is_null())
        return settings;
    if (!value.is_object())
        return Error{"settings", value.dump(), "must be an object of journal settings"};
    for (const auto& [key, item] : value.items()) {
        const std::string field = "settings." + key;
        std::string text;
        bool known = false;
        for (const auto name : journalSettingKeys())
            known = known || name == key;
        if (!known) {
            // JournalSettings::set names the key and lists the known ones.
            if (auto status = settings.set(key, ""); !status)
                return status.error();
        }
        switch (kindOf(key)) {
        case JsonKind::Text:
            if (!item.is_string())
                return Error{field, item.dump(), "must be a string"};
            text = item.get<std::string>();
            break;
        case JsonKind::Number:
            if (!item.is_number())
                return Error{field, item.dump(), "must be a number"};
            text = numberText(item.get<double>());
            break;
        case JsonKind::Boolean:
            if (!item.is_boolean())
                return Error{field, item.dump(), "must be true or false"};
            text = item.get<bool>() ? "true" : "false";
            break;
        }
        if (auto status = settings.set(key, text); !status)
            return Error{field, status.error().value, status.error().rule};
        if (key == "primary_question")
            if (auto relation = parseRelationKey(text, field); !relation)
                return relation.error();
    }
    return settings;
}

} // namespace quietlegs
