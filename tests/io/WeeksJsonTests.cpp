// The interchange `weeks` array and the nights' onset, RLS awakenings and arms (issue 21).
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/WeeksJson.h"

#include <algorithm>
#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {

const sys_seconds kExportedAt = sys_days{year{2026} / 12 / 7} + hours{6};

std::string document(const std::string& arrays)
{
    return R"({"format": "quietlegs", "version": 2, )" + arrays + "}";
}

JournalRecords sample()
{
    JournalRecords records;
    auto week =
        WeeklyIrls::create({year{2026} / 11 / 29, {0, 1, 2, 3, 4, 4, 3, 2, 1, 0}, "manual", ""});
    REQUIRE(week.ok());
    records.weeks.push_back(*week);
    NightEntry entry;
    entry.date = year{2026} / 11 / 28;
    entry.timeZone = "Europe/Berlin";
    entry.sleep.lightsOut = atTime(entry.date, hours{23});
    entry.symptomOnset = atTime(entry.date, hours{21} + minutes{15});
    entry.rlsAwakenings = 2;
    entry.arms = true;
    auto night = Night::create(entry);
    REQUIRE(night.ok());
    records.nights.push_back(*night);
    return records;
}

} // namespace

TEST_CASE("weeks and the night fields round-trip through interchange JSON")
{
    const JournalRecords records = sample();
    const std::string text = interchangeJson(records, kExportedAt);
    auto parsed = nlohmann::json::parse(text);
    REQUIRE(parsed["weeks"].size() == 1);
    CHECK(parsed["weeks"][0]["week_ending"] == "2026-11-29");
    CHECK(parsed["weeks"][0]["source"] == "manual");
    CHECK_FALSE(parsed["weeks"][0].contains("irls_total")); // computed, not interchanged
    CHECK(parsed["nights"][0]["symptom_onset"] == "2026-11-28T21:15");
    CHECK(parsed["nights"][0]["rls_awakenings"] == 2);
    CHECK(parsed["nights"][0]["arms"] == true);

    auto read = readInterchangeJson(text);
    REQUIRE(read.ok());
    REQUIRE(read->weeks.size() == 1);
    CHECK(read->weeks[0] == records.weeks[0]);
    REQUIRE(read->nights.size() == 1);
    CHECK(read->nights[0] == records.nights[0]);
}

TEST_CASE("list weeks' computed irls_total and band are ignored on input")
{
    const auto json = weekToJson(sample().weeks[0], WeekJsonTotals::Included);
    CHECK(json["irls_total"] == 20);
    CHECK(json["band"] == "moderate");
    auto week = weekFromJson(nlohmann::json::parse(json.dump()));
    REQUIRE(week.ok());
    CHECK(*week == sample().weeks[0]);
}

TEST_CASE("a bad week or night field is refused naming it, and nothing is read")
{
    auto nineItems = readInterchangeJson(
        document(R"("weeks": [{"week_ending": "2026-11-29", "irls_items": [1,1,1,1,1,1,1,1,1]}])"));
    REQUIRE_FALSE(nineItems.ok());
    CHECK(nineItems.error().field == "weeks[0].irls_items");
    auto five = readInterchangeJson(document(
        R"("weeks": [{"week_ending": "2026-11-29", "irls_items": [1,1,1,1,1,1,1,1,1,5]}])"));
    REQUIRE_FALSE(five.ok());
    CHECK(five.error().field == "weeks[0].irls_items[9]");
    auto twice = readInterchangeJson(document(
        R"("weeks": [{"week_ending": "2026-11-29", "irls_items": [1,1,1,1,1,1,1,1,1,1]},
                     {"week_ending": "2026-11-29", "irls_items": [2,1,1,1,1,1,1,1,1,1]}])"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == "weeks[1].week_ending");
    auto arms = readInterchangeJson(
        document(R"("nights": [{"date": "2026-11-28", "arms": "yes", "time_zone": "Etc/UTC"}])"));
    REQUIRE_FALSE(arms.ok());
    CHECK(arms.error().field == "nights[0].arms");
    auto woken = readInterchangeJson(document(
        R"("nights": [{"date": "2026-11-28", "rls_awakenings": 100, "time_zone": "Etc/UTC"}])"));
    REQUIRE_FALSE(woken.ok());
    CHECK(woken.error().field == "nights[0].rls_awakenings");
    auto onset = readInterchangeJson(document(
        R"("nights": [{"date": "2026-11-28", "symptom_onset": "2026-11-30T21:00", "time_zone": "Etc/UTC"}])"));
    REQUIRE_FALSE(onset.ok());
    CHECK(onset.error().field == "nights[0].symptom_onset");
}

TEST_CASE("a version 1 document without weeks or night fields reads as before")
{
    auto read = readInterchangeJson(
        R"({"format": "quietlegs", "version": 1, "nights": [{"date": "2026-11-28", "severity": 3}]})");
    REQUIRE(read.ok());
    CHECK(read->weeks.empty());
    REQUIRE(read->nights.size() == 1);
    CHECK_FALSE(read->nights[0].symptomOnset().has_value());
    CHECK_FALSE(read->nights[0].arms().has_value());
}

TEST_CASE("CSV export writes weeks.csv and the night's onset, RLS awakenings and arms")
{
    const JournalRecords records = sample();
    const std::string weeks = weeksCsv(records);
    CHECK(weeks.starts_with("\"week_ending\",\"irls_1\","));
    CHECK(weeks.find("2026-11-29,0,1,2,3,4,4,3,2,1,0,20,\"moderate\",\"manual\"") !=
          std::string::npos);
    const std::string nights = nightsCsv(records);
    CHECK(nights.find("\"symptom_onset\",\"onset_min_before_lights_out\",\"rls_awakenings\","
                      "\"arms\"\r\n") !=
          std::string::npos);
    CHECK(nights.find("2026-11-28T21:15,105,2,1\r\n") != std::string::npos);
    const auto files = csvExportFiles();
    CHECK(std::find(files.begin(), files.end(), std::string(kWeeksCsvFile)) != files.end());
}

} // namespace QUIETLEGS_TEST_FILE
