#include "quietlegs/io/InterchangeJson.h"

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;

template <typename T>
Json orNull(const std::optional<T>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json timeOrNull(const std::optional<LocalDateTime>& when)
{
    return when ? Json(formatLocalDateTime(*when)) : Json(nullptr);
}

} // namespace

Json nightToJson(const Night& night)
{
    Json json;
    json["date"] = formatDate(night.date());
    if (night.irls())
        json["irls_items"] = night.irls()->items();
    else
        json["irls_items"] = nullptr;
    json["severity"] = orNull(night.severity());
    const auto& t = night.sleep().times();
    json["into_bed"] = timeOrNull(t.intoBed);
    json["lights_out"] = timeOrNull(t.lightsOut);
    json["sleep_latency_min"] = orNull(t.sleepLatencyMin);
    json["awakenings"] = orNull(t.awakenings);
    json["waso_min"] = orNull(t.wasoMin);
    json["final_wake"] = timeOrNull(t.finalWake);
    json["out_of_bed"] = timeOrNull(t.outOfBed);
    json["notes"] = night.notes();
    return json;
}

Json intakeToJson(const Intake& intake)
{
    Json json;
    json["taken_at"] = formatLocalDateTime(intake.takenAt());
    json["nutrient"] = std::string(nutrientId(intake.nutrient()));
    json["form"] = intake.form();
    json["route"] = std::string(routeId(intake.route()));
    json["compound_mg"] = orNull(intake.compoundMg());
    json["elemental_mg"] = intake.elementalMg();
    json["label"] = intake.label();
    return json;
}

Json dailyFactorsToJson(const DailyFactors& factors)
{
    Json json;
    json["date"] = formatDate(factors.date());
    json["caffeine_mg"] = orNull(factors.caffeineMg());
    json["alcohol_units"] = orNull(factors.alcoholUnits());
    json["exercise_min"] = orNull(factors.exerciseMin());
    json["stress"] = orNull(factors.stress());
    return json;
}

Json labResultToJson(const LabResult& result)
{
    Json json;
    json["date"] = formatDate(result.date());
    json["test"] = std::string(labTestId(result.test()));
    json["value"] = result.value();
    json["unit"] = result.unit();
    return json;
}

} // namespace quietlegs
