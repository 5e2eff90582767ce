#include "quietlegs/io/MedicineJson.h"

#include "JsonValues.h"

#include "TextChecks.h"

#include <map>

namespace quietlegs {
namespace {

using ReadJson = nlohmann::json;

using json_values::shown;

/// A string member; absent or null gives `fallback`, when there is one.
Result<std::string> textMember(const ReadJson& object, const char* key,
                               std::optional<std::string> fallback)
{
    auto it = object.find(key);
    if (it == object.end() || it->is_null()) {
        if (fallback)
            return *fallback;
        return Error{key, "", "is required"};
    }
    if (!it->is_string())
        return Error{key, shown(*it), "must be a string"};
    const std::string& text = it->get_ref<const std::string&>();
    if (!isValidUtf8(text))
        return Error{key, "", "is not valid UTF-8"};
    if (text.find('\0') != std::string::npos)
        return Error{key, printableText(text, 40), "contains a NUL character (\\u0000)"};
    return text;
}

Result<MedicineDose> medicineFromJson(const ReadJson& object)
{
    if (!object.is_object())
        return Error{"", shown(object), "must be an object"};
    MedicineDoseEntry entry;
    auto takenAt = textMember(object, "taken_at", std::nullopt);
    if (!takenAt)
        return takenAt.error();
    auto when = parseLocalDateTime(*takenAt, "taken_at");
    if (!when)
        return when.error();
    entry.takenAt = *when;
    auto drugText = textMember(object, "drug", std::nullopt);
    if (!drugText)
        return drugText.error();
    auto drug = parseDrug(*drugText);
    if (!drug)
        return drug.error();
    entry.drug = *drug;
    auto dose = object.find("dose_mg");
    if (dose == object.end() || dose->is_null())
        return Error{"dose_mg", "", "is required"};
    if (!dose->is_number())
        return Error{"dose_mg", shown(*dose), "must be a number"};
    entry.doseMg = dose->get<double>();
    auto routeText = textMember(object, "route", std::string("oral"));
    if (!routeText)
        return routeText.error();
    auto route = parseMedicineRoute(*routeText);
    if (!route)
        return route.error();
    entry.route = *route;
    auto notes = textMember(object, "notes", std::string());
    auto source = textMember(object, "source", std::string("manual"));
    auto sourceName = textMember(object, "source_name", std::string());
    if (!notes)
        return notes.error();
    if (!source)
        return source.error();
    if (!sourceName)
        return sourceName.error();
    entry.notes = *notes;
    entry.source = *source;
    entry.sourceName = *sourceName;
    return MedicineDose::create(entry);
}

} // namespace

nlohmann::ordered_json medicineToJson(const MedicineDose& dose)
{
    nlohmann::ordered_json json;
    json["taken_at"] = formatLocalDateTime(dose.takenAt());
    json["drug"] = std::string(drugId(dose.drug()));
    json["dose_mg"] = dose.doseMg();
    json["route"] = std::string(medicineRouteId(dose.route()));
    json["notes"] = dose.notes();
    json["source"] = dose.source();
    if (!dose.sourceName().empty())
        json["source_name"] = dose.sourceName();
    return json;
}

Result<std::vector<MedicineDose>> medicinesFromJson(const nlohmann::json& array)
{
    if (!array.is_array())
        return Error{"meds", shown(array), "must be an array"};
    std::vector<MedicineDose> doses;
    doses.reserve(array.size());
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < array.size(); ++i) {
        const std::string where = "meds[" + std::to_string(i) + "]";
        auto dose = medicineFromJson(array[i]);
        if (!dose)
            return dose.error().within(where);
        const std::string key =
            formatLocalDateTime(dose->takenAt()) + " " + std::string(drugId(dose->drug()));
        auto [it, inserted] = seen.emplace(key, i);
        if (!inserted)
            return Error{where + ".taken_at", key,
                         "appears twice (also meds[" + std::to_string(it->second) + "])"};
        doses.push_back(std::move(dose).value());
    }
    return doses;
}

nlohmann::ordered_json regimenToJson(const Regimen& regimen)
{
    nlohmann::ordered_json json;
    json["product"] = regimen.product;
    json["name"] = regimen.name;
    json["start"] = formatDate(regimen.start);
    json["stop"] = formatDate(regimen.stop);
    json["daily_mg"] = regimen.dailyMg;
    json["days_taken"] = regimen.daysTaken;
    json["typical_time"] = formatClockTime(regimen.typicalTime);
    if (regimen.drug) {
        json["drug"] = std::string(drugId(*regimen.drug));
        json["dopaminergic"] = isDopaminergic(*regimen.drug);
    }
    if (regimen.route)
        json["route"] = std::string(medicineRouteId(*regimen.route));
    return json;
}

} // namespace quietlegs
