#include "quietlegs/io/StatisticsJson.h"

#include "JsonValues.h"

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;

using json_values::intervalOrNull;
using json_values::orNull;

Json dateOrNull(const std::optional<Date>& date)
{
    return date ? Json(formatDate(*date)) : Json(nullptr);
}

Json noteOrNull(const std::optional<FigureNote>& note)
{
    return note ? Json(noteText(*note)) : Json(nullptr);
}

Json sideToJson(const ComparisonSide& side)
{
    Json json;
    json["from"] = formatDate(side.from);
    json["to"] = formatDate(side.to);
    json["n"] = side.n;
    json["mean"] = orNull(side.mean);
    json["sd"] = orNull(side.sd);
    return json;
}

} // namespace

Json correlationRowToJson(const CorrelationRow& row)
{
    Json json;
    json["exposure"] = row.exposure;
    json["outcome"] = row.outcome;
    json["lag_days"] = row.lagDays;
    json["n"] = row.stats.n;
    json["pearson_r"] = orNull(row.stats.pearsonR);
    json["pearson_ci95"] = intervalOrNull(row.stats.pearsonCi95);
    json["pearson_p"] = orNull(row.stats.pearsonP);
    json["spearman_rho"] = orNull(row.stats.spearmanRho);
    json["spearman_p"] = orNull(row.stats.spearmanP);
    json["n_eff"] = orNull(row.nEff);
    json["naive_p"] = orNull(row.naiveP);
    json["q_value"] = orNull(row.qValue);
    json["note"] = noteOrNull(row.note);
    return json;
}

Json effectRowToJson(const EffectRow& row)
{
    Json json;
    json["exposure"] = row.exposure;
    json["outcome"] = row.outcome;
    json["lag_days"] = row.lagDays;
    json["n"] = row.n;
    json["slope"] = orNull(row.slope);
    json["slope_se"] = orNull(row.slopeSe);
    json["slope_ci95"] = intervalOrNull(row.slopeCi95);
    json["slope_p"] = orNull(row.slopeP);
    json["trend_per_day"] = orNull(row.trendPerDay);
    json["phi"] = orNull(row.phi);
    json["q_value"] = orNull(row.qValue);
    json["note"] = noteOrNull(row.note);
    return json;
}

Json primaryToJson(const PrimaryEffect& primary)
{
    Json json = effectRowToJson(primary.effect);
    json["mid"] = primary.question.mid;
    json["verdict"] = primary.verdict ? Json(verdictText(*primary.verdict)) : Json(nullptr);
    return json;
}

Json weeklySummaryToJson(const WeeklySummary& week)
{
    // Ten years are 522 weeks: the member names are made once, and each week's members are
    // laid out in one allocation (issue 19).
    static const auto keys = [] {
        std::vector<std::string> names;
        for (const Outcome outcome : allOutcomes())
            names.push_back(std::string(outcomeId(outcome)) + "_mean");
        for (const Exposure exposure : allExposures())
            names.push_back(std::string(exposureId(exposure)) + "_mean");
        return names;
    }();
    Json json = Json::object();
    json.get_ref<Json::object_t&>().reserve(2 + keys.size());
    json["week_start"] = formatDate(week.weekStart);
    json["nights"] = week.nights;
    std::size_t key = 0;
    for (const Outcome outcome : allOutcomes())
        json[keys[key++]] = orNull(week.mean(outcome));
    for (const Exposure exposure : allExposures())
        json[keys[key++]] = orNull(week.mean(exposure));
    return json;
}

Json comparisonToJson(const Comparison& comparison)
{
    Json json;
    json["outcome"] = comparison.outcome;
    json["a"] = sideToJson(comparison.a);
    json["b"] = sideToJson(comparison.b);
    json["descriptive"] = Json{{"difference", orNull(comparison.difference)},
                               {"hedges_g", orNull(comparison.hedgesG)}};
    const InterruptedTimeSeries& its = comparison.its;
    Json itsJson;
    itsJson["n"] = its.n;
    itsJson["phi"] = orNull(its.phi);
    const auto coefficient = [&](const char* name, const ItsCoefficient& c) {
        const std::string key(name);
        itsJson[key] = orNull(c.estimate);
        itsJson[key + "_se"] = orNull(c.se);
        itsJson[key + "_ci95"] = intervalOrNull(c.ci95);
        itsJson[key + "_p"] = orNull(c.p);
    };
    coefficient("level_change", its.levelChange);
    coefficient("slope_change", its.slopeChange);
    itsJson["note"] = noteOrNull(its.note);
    json["its"] = std::move(itsJson);
    json["regression_to_mean_risk"] =
        comparison.regressionToMeanRisk ? Json(*comparison.regressionToMeanRisk) : Json(nullptr);
    return json;
}

Json statisticsToJson(const StatisticsReport& report)
{
    Json json;
    json["statistics_version"] = kStatisticsVersion;
    json["from"] = dateOrNull(report.from);
    json["to"] = dateOrNull(report.to);
    json["max_lag"] = report.maxLag;
    json["primary"] = primaryToJson(report.primary);
    json["correlations"] = Json::array();
    for (const CorrelationRow& row : report.correlations.rows())
        json["correlations"].push_back(correlationRowToJson(row));
    json["effects"] = Json::array();
    for (const EffectRow& row : report.correlations.effects())
        json["effects"].push_back(effectRowToJson(row));
    json["weekly"] = Json::array();
    for (const WeeklySummary& week : report.weekly)
        json["weekly"].push_back(weeklySummaryToJson(week));
    if (report.comparison)
        json["comparison"] = comparisonToJson(*report.comparison);
    return json;
}

} // namespace quietlegs
