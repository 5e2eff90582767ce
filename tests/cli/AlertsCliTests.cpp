// `alerts [--json]` and the lab context flags of `log lab` (issue 21).
#include "../storage/TempJournal.h"
#include "CliProcess.h"
#include "quietlegs/core/Dates.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

namespace {

std::vector<std::string> withDb(const TempFolder& folder, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", (folder / "journal.sqlite").string()});
    return args;
}

std::string todayAt(const char* time)
{
    return quietlegs::formatDate(quietlegs::localToday()) + "T" + time;
}

} // namespace

TEST_CASE("cli: alerts --json is an empty array with exit 0 when nothing is active")
{
    TempFolder folder;
    REQUIRE(runCli(withDb(folder, {"log", "lab", "--date", "2026-01-10", "--test", "ferritin",
                                   "--value", "180"}))
                .exitCode == 0);
    const auto run = runCli(withDb(folder, {"alerts", "--json"}));
    CHECK(run.exitCode == 0);
    const auto alerts = nlohmann::json::parse(run.out);
    CHECK(alerts.is_array());
    CHECK(alerts.empty());
    const auto text = runCli(withDb(folder, {"alerts"}));
    CHECK(text.exitCode == 0);
    CHECK(text.out.find("No active alerts") != std::string::npos);
}

TEST_CASE("cli: alerts lists magnesium over the journal's limit and a low ferritin by rule")
{
    TempFolder folder;
    REQUIRE(runCli(withDb(folder, {"log", "intake", "--at", todayAt("09:00"), "--nutrient",
                                   "magnesium", "--form", "glycinate", "--elemental-mg", "400"}))
                .exitCode == 0);
    REQUIRE(runCli(withDb(folder, {"log", "lab", "--date", "2026-01-10", "--test", "ferritin",
                                   "--value", "40"}))
                .exitCode == 0);
    const auto run = runCli(withDb(folder, {"alerts", "--json"}));
    REQUIRE(run.exitCode == 0);
    const auto alerts = nlohmann::json::parse(run.out);
    REQUIRE(alerts.size() == 2);
    CHECK(alerts[0]["kind"] == "magnesium_upper_limit");
    CHECK(alerts[0]["date"] == quietlegs::formatDate(quietlegs::localToday()));
    CHECK(alerts[1]["kind"] == "ferritin_low");
    CHECK(alerts[1]["date"] == "2026-01-10");
    for (const auto& alert : alerts) {
        CHECK(alert.size() == 5);
        CHECK(alert["message"].get<std::string>().find("doctor") != std::string::npos);
        CHECK_FALSE(alert["rule"].get<std::string>().empty());
        CHECK_FALSE(alert["rule_source"].get<std::string>().empty());
    }
}

TEST_CASE("cli: log lab records the laboratory, drawing conditions and CRP")
{
    TempFolder folder;
    REQUIRE(runCli(withDb(folder,
                          {"log", "lab", "--date", "2026-11-20", "--test", "ferritin", "--value",
                           "62", "--laboratory", "Labor Nord", "--morning-no-iron-24h"}))
                .exitCode == 0);
    REQUIRE(runCli(withDb(folder, {"log", "lab", "--date", "2026-11-20", "--test", "crp", "--value",
                                   "7.5", "--morning-no-iron-24h=false"}))
                .exitCode == 0);
    REQUIRE(runCli(withDb(folder, {"log", "lab", "--date", "2026-11-21", "--test", "tsat",
                                   "--value", "25"}))
                .exitCode == 0);
    const auto labs = nlohmann::json::parse(runCli(withDb(folder, {"list", "labs", "--json"})).out);
    REQUIRE(labs.size() == 3);
    CHECK(labs[0]["test"] == "crp");
    CHECK(labs[0]["unit"] == "mg/L");
    CHECK(labs[0]["morning_no_iron_24h"] == false);
    CHECK(labs[1]["test"] == "ferritin");
    CHECK(labs[1]["laboratory"] == "Labor Nord");
    CHECK(labs[1]["morning_no_iron_24h"] == true);
    CHECK(labs[1]["source"] == "manual");
    CHECK_FALSE(labs[2].contains("morning_no_iron_24h"));
    const auto table = runCli(withDb(folder, {"list", "labs"}));
    CHECK(table.out.find("Labor Nord") != std::string::npos);
    CHECK(table.out.find("\xC2\xB5g/L") != std::string::npos);
}

TEST_CASE("cli: a too long laboratory exits 2 naming --laboratory and writes nothing")
{
    TempFolder folder;
    const auto run =
        runCli(withDb(folder, {"log", "lab", "--date", "2026-11-20", "--test", "crp", "--value",
                               "3", "--laboratory", std::string(201, 'x')}));
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("--laboratory") != std::string::npos);
    // Refused before the journal is opened: not even the file was made.
    CHECK_FALSE(std::filesystem::exists(folder / "journal.sqlite"));
}

} // namespace QUIETLEGS_TEST_FILE
