#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/JsonText.h"
#include "quietlegs/io/StatisticsJson.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

TEST_CASE("indentedJson writes what dump(2) writes, byte for byte")
{
    using Json = nlohmann::ordered_json;
    Json document;
    document["text"] = "plain";
    document["escapes"] = "quote \" backslash \\ tab \t newline \n bell \x07 del \x7f";
    document["unicode"] = "M\xc3\xbc" "de \xe2\x82\xac \xf0\x9f\x98\x80";
    document["empty object"] = Json::object();
    document["empty array"] = Json::array();
    document["null"] = nullptr;
    document["booleans"] = {true, false};
    document["integers"] = {0, -1, 42, std::numeric_limits<std::int64_t>::min(),
                            std::numeric_limits<std::int64_t>::max(),
                            std::numeric_limits<std::uint64_t>::max()};
    document["floats"] = {0.0, -0.0, 0.1, 1.0, -2.5, 1e-5, 1e21, 123456789.125, 1.0 / 3,
                          std::numeric_limits<double>::min(), std::numeric_limits<double>::max(),
                          std::numeric_limits<double>::denorm_min(),
                          std::numeric_limits<double>::quiet_NaN(),
                          std::numeric_limits<double>::infinity()};
    document["nested"] = {{"a", {{"b", Json::array({Json::object(), Json::array({1})})}}},
                          {"k\xc3\xa9y \"q\"", 1}};
    document[""] = "empty key";
    CHECK(indentedJson(document) == document.dump(2));
    for (const Json& scalar : {Json(1), Json("x"), Json(nullptr), Json(2.5), Json::array(),
                               Json::object()})
        CHECK(indentedJson(scalar) == scalar.dump(2));
}

TEST_CASE("indentedJson of the statistics of a demo journal is dump(2)")
{
    const auto records = demoJournal(
        Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}}, 500, 11);
    StatisticsRequest request;
    request.maxLag = 5;
    request.comparison = ComparisonRequest{
        "irls_total",
        Date{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}},
        Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{31}},
        Date{std::chrono::year{2026}, std::chrono::month{6}, std::chrono::day{1}},
        Date{std::chrono::year{2026}, std::chrono::month{8}, std::chrono::day{31}}};
    auto report = computeStatistics(records, request);
    REQUIRE(report.ok());
    const auto json = statisticsToJson(*report);
    CHECK(indentedJson(json) == json.dump(2));
}

} // namespace QUIETLEGS_TEST_FILE
