#include "quietlegs/io/StatisticsJson.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Date date(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

} // namespace

TEST_CASE("undefined statistics are written as null, never as NaN or 0")
{
    CorrelationRow row;
    row.exposure = "stress";
    row.outcome = "sleep_efficiency";
    row.lagDays = 2;
    row.stats.n = 3;
    row.stats.pearsonR = 0.5;
    row.stats.pearsonP = 0.67;
    const auto json = correlationRowToJson(row);
    CHECK(json["exposure"] == "stress");
    CHECK(json["outcome"] == "sleep_efficiency");
    CHECK(json["lag_days"] == 2);
    CHECK(json["pearson_r"] == 0.5);
    CHECK(json["pearson_ci95"].is_null());
    CHECK(json["spearman_rho"].is_null());
    CHECK(json["q_value"].is_null());
    CHECK(json["n_eff"].is_null());
    CHECK(json["naive_p"].is_null());
    CHECK(json["note"].is_null());
    CHECK(json.dump().find("NaN") == std::string::npos);
}

TEST_CASE("statistics v2 JSON has the version, the primary effect, effects and notes")
{
    StatisticsReport report;
    report.from = date(2026, 8, 1);
    report.to = date(2026, 11, 20);
    report.primary.question.mid = 1;
    report.primary.effect.exposure = "magnesium_mg";
    report.primary.effect.outcome = "severity";
    report.primary.effect.n = 100;
    report.primary.effect.slope = -0.004;
    report.primary.effect.slopeCi95 = Interval{-0.007, -0.001};
    report.primary.verdict = Verdict::Inconclusive;
    const auto json = statisticsToJson(report);
    CHECK(json.begin().key() == "statistics_version");
    CHECK(json["statistics_version"] == 2);
    const auto& primary = json["primary"];
    CHECK(primary["exposure"] == "magnesium_mg");
    CHECK(primary["lag_days"] == 0);
    CHECK(primary["slope"] == -0.004);
    CHECK(primary["slope_ci95"] == nlohmann::ordered_json::array({-0.007, -0.001}));
    CHECK(primary["slope_se"].is_null());
    CHECK(primary["mid"] == 1.0);
    CHECK(primary["verdict"] == "inconclusive");
    CHECK(json["effects"].is_array());

    EffectRow effect;
    effect.exposure = "med:pramipexole";
    effect.outcome = "rls_awakenings";
    effect.n = 3;
    effect.note = FigureNote::NotEnoughNights;
    const auto row = effectRowToJson(effect);
    std::vector<std::string> keys;
    for (auto it = row.begin(); it != row.end(); ++it)
        keys.push_back(it.key());
    CHECK(keys == std::vector<std::string>{"exposure", "outcome", "lag_days", "n", "slope",
                                           "slope_se", "slope_ci95", "slope_p", "trend_per_day",
                                           "phi", "q_value", "note"});
    CHECK(row["note"] == "not enough nights yet");
    CHECK(row["slope"].is_null());
}

TEST_CASE("a comparison is written in the v2 shape with its interrupted time series")
{
    StatisticsReport report;
    Comparison comparison;
    comparison.outcome = "severity";
    comparison.difference = -1.5;
    comparison.hedgesG = -0.8;
    comparison.its.n = 60;
    comparison.its.phi = 0.3;
    comparison.its.levelChange = ItsCoefficient{-1.2, 0.4, Interval{-2.0, -0.4}, 0.004};
    comparison.regressionToMeanRisk = true;
    report.comparison = comparison;
    const auto json = statisticsToJson(report)["comparison"];
    CHECK(json["outcome"] == "severity");
    CHECK(json["descriptive"]["difference"] == -1.5);
    CHECK(json["descriptive"]["hedges_g"] == -0.8);
    CHECK(json["its"]["n"] == 60);
    CHECK(json["its"]["level_change"] == -1.2);
    CHECK(json["its"]["level_change_ci95"][1] == -0.4);
    CHECK(json["its"]["level_change_p"] == 0.004);
    CHECK(json["its"]["slope_change"].is_null());
    CHECK(json["its"]["slope_change_se"].is_null());
    CHECK(json["its"]["note"].is_null());
    CHECK(json["regression_to_mean_risk"] == true);
    CHECK_FALSE(json.contains("welch_p"));
    CHECK_FALSE(json.contains("mann_whitney_p"));
}

TEST_CASE("a report without a comparison has no comparison key")
{
    StatisticsReport report;
    report.from = date(2026, 8, 1);
    report.to = date(2026, 11, 20);
    const auto json = statisticsToJson(report);
    CHECK(json["from"] == "2026-08-01");
    CHECK(json["correlations"].is_array());
    CHECK(json["weekly"].is_array());
    CHECK_FALSE(json.contains("comparison"));
}

} // namespace QUIETLEGS_TEST_FILE
