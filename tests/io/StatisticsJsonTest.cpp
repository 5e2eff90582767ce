#include "quietlegs/io/StatisticsJson.h"

#include <catch2/catch.hpp>

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
    row.exposure = Exposure::Stress;
    row.outcome = Outcome::SleepEfficiency;
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
    CHECK(json.dump().find("NaN") == std::string::npos);
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

