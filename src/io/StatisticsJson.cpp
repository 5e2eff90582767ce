#include "quietlegs/io/StatisticsJson.h"

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;

Json orNull(const std::optional<double>& value)
{
    return value ? Json(*value) : Json(nullptr);
}

Json dateOrNull(const std::optional<Date>& date)
{
    return date ? Json(formatDate(*date)) : Json(nullptr);
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
    json["exposure"] = exposureId(row.exposure);
    json["outcome"] = outcomeId(row.outcome);
    json["lag_days"] = row.lagDays;
    json["n"] = row.stats.n;
    json["pearson_r"] = orNull(row.stats.pearsonR);
    if (row.stats.pearsonCi95)
        json["pearson_ci95"] =
            Json::array({row.stats.pearsonCi95->low, row.stats.pearsonCi95->high});
    else
        json["pearson_ci95"] = nullptr;
    json["pearson_p"] = orNull(row.stats.pearsonP);
    json["spearman_rho"] = orNull(row.stats.spearmanRho);
    json["spearman_p"] = orNull(row.stats.spearmanP);
    json["q_value"] = orNull(row.qValue);
    return json;
}

Json weeklySummaryToJson(const WeeklySummary& week)
{
    Json json;
    json["week_start"] = formatDate(week.weekStart);
    json["nights"] = week.nights;
    for (const Outcome outcome : allOutcomes())
        json[std::string(outcomeId(outcome)) + "_mean"] = orNull(week.mean(outcome));
    for (const Exposure exposure : allExposures())
        json[std::string(exposureId(exposure)) + "_mean"] = orNull(week.mean(exposure));
    return json;
}

Json comparisonToJson(const Comparison& comparison)
{
    Json json;
    json["outcome"] = outcomeId(comparison.outcome);
    json["a"] = sideToJson(comparison.a);
    json["b"] = sideToJson(comparison.b);
    json["difference"] = orNull(comparison.test.difference);
    json["welch_t"] = orNull(comparison.test.welchT);
    json["welch_df"] = orNull(comparison.test.welchDf);
    json["welch_p"] = orNull(comparison.test.welchP);
    json["mann_whitney_p"] = orNull(comparison.test.mannWhitneyP);
    json["hedges_g"] = orNull(comparison.test.hedgesG);
    return json;
}

Json statisticsToJson(const StatisticsReport& report)
{
    Json json;
    json["from"] = dateOrNull(report.from);
    json["to"] = dateOrNull(report.to);
    json["max_lag"] = report.maxLag;
    json["correlations"] = Json::array();
    for (const CorrelationRow& row : report.correlations.rows())
        json["correlations"].push_back(correlationRowToJson(row));
    json["weekly"] = Json::array();
    for (const WeeklySummary& week : report.weekly)
        json["weekly"].push_back(weeklySummaryToJson(week));
    if (report.comparison)
        json["comparison"] = comparisonToJson(*report.comparison);
    return json;
}

} // namespace quietlegs
