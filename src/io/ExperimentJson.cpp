#include "quietlegs/io/ExperimentJson.h"

#include "JsonValues.h"

#include <cmath>

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;

using json_values::intervalOrNull;
using json_values::orNull;

/// A member of `plan` read through `read`; errors name `plan.<key>`.
template <typename T, typename Read>
Result<T> member(const nlohmann::json& plan, const char* key, Read read)
{
    const std::string field = std::string("plan.") + key;
    auto it = plan.find(key);
    if (it == plan.end() || it->is_null())
        return Error{field, "", "is missing"};
    auto value = read(*it);
    if (!value)
        return Error{field, it->dump(), "has the wrong type"};
    return *value;
}

std::optional<std::string> asString(const nlohmann::json& v)
{
    return v.is_string() ? std::optional(v.get<std::string>()) : std::nullopt;
}

std::optional<double> asNumber(const nlohmann::json& v)
{
    return v.is_number() ? std::optional(v.get<double>()) : std::nullopt;
}

std::optional<std::int64_t> asWhole(const nlohmann::json& v)
{
    if (v.is_number_integer())
        return v.get<std::int64_t>();
    if (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>() &&
        std::abs(v.get<double>()) < 9.0e15)
        return std::int64_t(v.get<double>());
    return std::nullopt;
}

std::optional<bool> asBool(const nlohmann::json& v)
{
    return v.is_boolean() ? std::optional(v.get<bool>()) : std::nullopt;
}

} // namespace

Json experimentPlanToJson(const ExperimentPlan& plan)
{
    Json json;
    json["id"] = plan.id;
    json["exposure"] = plan.exposure;
    json["outcome"] = plan.outcome;
    json["dose"] = plan.dose;
    json["blocks"] = plan.blocks;
    json["block_days"] = plan.blockDays;
    json["washout_days"] = plan.washoutDays;
    json["seed"] = plan.seed;
    json["start"] = formatDate(plan.start);
    json["mid"] = plan.mid;
    json["saved_at"] = plan.savedAt;
    json["min_p"] = experimentMinP(plan.blocks);
    json["power"] = orNull(plan.power);
    json["blinded"] = plan.blinded;
    json["assignments"] = Json::array();
    for (const ExperimentBlock& block : experimentAssignments(plan))
        json["assignments"].push_back(Json{{"block", block.block},
                                           {"from", formatDate(block.from)},
                                           {"to", formatDate(block.to)},
                                           {"condition", block.on ? "on" : "off"}});
    json["ended_early_at"] = plan.endedEarlyAt ? Json(*plan.endedEarlyAt) : Json(nullptr);
    // The person's log of a blinded plan, so that an export keeps what adherence counts.
    if (plan.blinded) {
        json["packs_taken"] = Json::array();
        for (const PackTaken& taken : plan.packsTaken)
            json["packs_taken"].push_back(
                Json{{"date", formatDate(taken.date)}, {"pack", taken.pack}});
    }
    return json;
}

Json experimentResultToJson(const ExperimentResult& result)
{
    Json json;
    json["n_on"] = result.nOn;
    json["n_off"] = result.nOff;
    json["mean_on"] = orNull(result.meanOn);
    json["mean_off"] = orNull(result.meanOff);
    json["difference"] = orNull(result.difference);
    json["p_randomization"] = orNull(result.pRandomization);
    json["effect"] = orNull(result.effect);
    json["effect_se"] = orNull(result.effectSe);
    json["effect_ci95"] = intervalOrNull(result.effectCi95);
    json["effect_p"] = orNull(result.effectP);
    json["phi"] = orNull(result.phi);
    json["adherence"] = orNull(result.adherence);
    json["ended_early"] = result.endedEarly;
    return json;
}

Json experimentToJson(const ExperimentPlan& plan, const std::optional<ExperimentResult>& result)
{
    Json json;
    json["plan"] = experimentPlanToJson(plan);
    json["result"] = result ? experimentResultToJson(*result) : Json(nullptr);
    return json;
}

Result<ExperimentPlan> experimentPlanFromJson(const nlohmann::json& json)
{
    if (!json.is_object())
        return Error{"", "", "an experiment must be a JSON object"};
    const nlohmann::json& plan = json.contains("plan") ? json["plan"] : json;
    if (!plan.is_object())
        return Error{"plan", "", "must be a JSON object"};
    ExperimentPlan parsed;
    auto id = member<std::string>(plan, "id", asString);
    if (!id)
        return id.error();
    parsed.id = *id;
    auto exposure = member<std::string>(plan, "exposure", asString);
    if (!exposure)
        return exposure.error();
    parsed.exposure = *exposure;
    auto outcome = member<std::string>(plan, "outcome", asString);
    if (!outcome)
        return outcome.error();
    parsed.outcome = *outcome;
    auto dose = member<double>(plan, "dose", asNumber);
    if (!dose)
        return dose.error();
    parsed.dose = *dose;
    auto mid = member<double>(plan, "mid", asNumber);
    if (!mid)
        return mid.error();
    parsed.mid = *mid;
    for (auto [key, target] : {std::pair{"blocks", &parsed.blocks},
                               std::pair{"block_days", &parsed.blockDays},
                               std::pair{"washout_days", &parsed.washoutDays}}) {
        auto value = member<std::int64_t>(plan, key, asWhole);
        if (!value)
            return value.error();
        if (*value < 0 || *value > 100000)
            return Error{std::string("plan.") + key, std::to_string(*value), "is out of range"};
        *target = int(*value);
    }
    auto seed = member<std::int64_t>(plan, "seed", asWhole);
    if (!seed)
        return seed.error();
    if (*seed < 0)
        return Error{"plan.seed", std::to_string(*seed), "must not be negative"};
    parsed.seed = std::uint64_t(*seed);
    auto start = member<std::string>(plan, "start", asString);
    if (!start)
        return start.error();
    auto startDate = parseDate(*start, "plan.start");
    if (!startDate)
        return startDate.error();
    parsed.start = *startDate;
    auto blinded = member<bool>(plan, "blinded", asBool);
    if (!blinded)
        return blinded.error();
    parsed.blinded = *blinded;
    auto savedAt = member<std::string>(plan, "saved_at", asString);
    if (!savedAt)
        return savedAt.error();
    parsed.savedAt = *savedAt;
    if (auto power = plan.find("power"); power != plan.end() && !power->is_null()) {
        if (!power->is_number())
            return Error{"plan.power", power->dump(), "has the wrong type"};
        parsed.power = power->get<double>();
    }
    if (auto ended = plan.find("ended_early_at"); ended != plan.end() && !ended->is_null()) {
        if (!ended->is_string())
            return Error{"plan.ended_early_at", ended->dump(), "has the wrong type"};
        parsed.endedEarlyAt = ended->get<std::string>();
    } else if (json.contains("result") && json["result"].is_object() &&
               json["result"].value("ended_early", false)) {
        // A document without the time still records that it was ended early.
        parsed.endedEarlyAt = parsed.savedAt;
    }
    if (auto packs = plan.find("packs_taken"); packs != plan.end() && !packs->is_null()) {
        if (!packs->is_array())
            return Error{"plan.packs_taken", packs->dump(), "must be an array"};
        for (std::size_t i = 0; i < packs->size(); ++i) {
            const nlohmann::json& entry = (*packs)[i];
            const std::string field = "plan.packs_taken[" + std::to_string(i) + "]";
            if (!entry.is_object())
                return Error{field, entry.dump(), "must be an object {date, pack}"};
            auto date = member<std::string>(entry, "date", asString);
            if (!date)
                return Error{field + ".date", date.error().value, date.error().rule};
            auto day = parseDate(*date, field + ".date");
            if (!day)
                return day.error();
            auto pack = member<std::int64_t>(entry, "pack", asWhole);
            if (!pack)
                return Error{field + ".pack", pack.error().value, pack.error().rule};
            if (*pack < 1 || *pack > kMaxExperimentBlocks)
                return Error{field + ".pack", std::to_string(*pack), "is out of range"};
            parsed.packsTaken.push_back(PackTaken{*day, int(*pack)});
        }
    }
    if (auto status = validateExperimentPlan(parsed); !status)
        return status.error().within("plan");
    return parsed;
}

} // namespace quietlegs
