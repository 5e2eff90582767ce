#include "CliProcess.h"
#include "../storage/TempJournal.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

namespace {

std::vector<std::string> withDb(const TempFolder& folder, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", (folder / "journal.sqlite").string()});
    return args;
}

std::string listNightsJson(const TempFolder& folder)
{
    return runCli(withDb(folder, {"list", "nights", "--json"})).out;
}

} // namespace

TEST_CASE("cli: --version and --help exit 0")
{
    auto version = runCli({"--version"});
    CHECK(version.exitCode == 0);
    CHECK(version.out.find("quietlegs-cli") != std::string::npos);
    auto help = runCli({"--help"});
    CHECK(help.exitCode == 0);
    CHECK(help.out.find("demo") != std::string::npos);
}

TEST_CASE("cli: a year of demo data lists as about 330 nights in interchange shape")
{
    TempFolder folder;
    auto demo = runCli(withDb(folder, {"demo", "--days", "365", "--end", "2026-11-24"}));
    REQUIRE(demo.exitCode == 0);
    auto nights = nlohmann::json::parse(listNightsJson(folder));
    REQUIRE(nights.is_array());
    CHECK(nights.size() > 320);
    CHECK(nights.size() < 365);
    const auto& night = nights.back();
    CHECK(night["date"] == "2026-11-24");
    for (const char* key : {"irls_items", "severity", "into_bed", "lights_out", "sleep_latency_min",
                            "awakenings", "waso_min", "final_wake", "out_of_bed", "notes"})
        CHECK(night.contains(key));
    CHECK(runCli(withDb(folder, {"check"})).exitCode == 0);
}

TEST_CASE("cli: logging a night prints its id and stores the times across midnight")
{
    TempFolder folder;
    auto logged = runCli(withDb(folder, {"log", "night", "--date", "2026-11-20", "--irls",
                                         "2,2,1,1,2,1,2,1,1,0", "--severity", "6", "--into-bed",
                                         "22:30", "--lights-out", "22:45", "--sleep-latency", "25",
                                         "--awakenings", "2", "--waso", "30", "--final-wake",
                                         "06:30", "--out-of-bed", "06:45", "--notes", "long drive"}));
    REQUIRE(logged.exitCode == 0);
    CHECK(logged.out == "1\n");
    auto nights = nlohmann::json::parse(listNightsJson(folder));
    REQUIRE(nights.size() == 1);
    CHECK(nights[0]["final_wake"] == "2026-11-21T06:30");
    CHECK(nights[0]["irls_items"].size() == 10);
    auto table = runCli(withDb(folder, {"list", "nights"}));
    CHECK(table.out.find("13 (moderate)") != std::string::npos);
    CHECK(table.out.find("82.8") != std::string::npos); // SE = 410 / 495
}

TEST_CASE("cli: wake times alone go on the morning after the night, as in the app")
{
    TempFolder folder;
    auto logged = runCli(withDb(folder, {"log", "night", "--date", "2026-11-20", "--severity", "3",
                                         "--final-wake", "06:30", "--out-of-bed", "07:00"}));
    REQUIRE(logged.exitCode == 0);
    auto nights = nlohmann::json::parse(listNightsJson(folder));
    REQUIRE(nights.size() == 1);
    CHECK(nights[0]["final_wake"] == "2026-11-21T06:30");
    CHECK(nights[0]["out_of_bed"] == "2026-11-21T07:00");
    CHECK(nights[0]["into_bed"].is_null());
}

TEST_CASE("cli: an intake at 00:30 is listed under the evening before")
{
    TempFolder folder;
    auto logged = runCli(withDb(folder, {"log", "intake", "--at", "2026-11-21T00:30", "--nutrient",
                                         "magnesium", "--form", "citrate", "--compound-mg", "1250"}));
    REQUIRE(logged.exitCode == 0);
    auto intakes = nlohmann::json::parse(
        runCli(withDb(folder, {"list", "intakes", "--from", "2026-11-20", "--to", "2026-11-20", "--json"})).out);
    REQUIRE(intakes.size() == 1);
    CHECK(intakes[0]["elemental_mg"] == 200.0);
    CHECK(intakes[0]["route"] == "oral");
}

TEST_CASE("cli: bad values exit 2, name the flag and write nothing")
{
    TempFolder folder;
    REQUIRE(runCli(withDb(folder, {"log", "night", "--date", "2026-11-19", "--severity", "3"})).exitCode == 0);
    const std::string before = listNightsJson(folder);
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
        {{"log", "night", "--date", "2026-02-30"}, "--date"},
        {{"log", "night", "--date", "2026-11-20", "--irls", "1,2,3,4,5,0,0,0,0,0"}, "--irls[4]"},
        {{"log", "night", "--date", "2026-11-20", "--irls", "1,1,1,1,1,1,1,1,1"}, "--irls"},
        {{"log", "night", "--date", "2026-11-20", "--severity", "11"}, "--severity"},
        {{"log", "night", "--date", "2026-11-20", "--into-bed", "25:61"}, "--into-bed"},
        {{"log", "night", "--date", "2026-11-20", "--into-bed", "22:30", "--final-wake", "06:30",
          "--out-of-bed", "06:10"}, "--out-of-bed"},
        {{"log", "intake", "--at", "2026-11-20T21:00", "--nutrient", "zinc", "--form", "oxide",
          "--compound-mg", "10"}, "--nutrient"},
        {{"log", "intake", "--at", "2026-11-20T21:00", "--nutrient", "magnesium", "--form",
          "oxide", "--compound-mg", "-10"}, "--compound-mg"},
        {{"log", "intake", "--at", "2026-11-20T21:00", "--nutrient", "magnesium", "--form",
          "oxide", "--compound-mg", "lots"}, "--compound-mg"},
        {{"log", "daily", "--date", "2026-11-20", "--stress", "12"}, "--stress"},
        {{"log", "lab", "--date", "2026-11-20", "--test", "ferritin", "--value", "48", "--unit",
          "mg/dL"}, "--unit"},
        {{"list", "nights", "--from", "2026-11-31"}, "--from"},
    };
    for (const auto& [args, flag] : cases) {
        INFO(args[0] << " " << args[1] << " ... expecting " << flag);
        auto run = runCli(withDb(folder, args));
        CHECK(run.exitCode == 2);
        CHECK(run.out.empty());
        CHECK(run.err.find(flag) != std::string::npos);
    }
    CHECK(listNightsJson(folder) == before);
}

TEST_CASE("cli: check reports a clean journal and exits 0")
{
    TempFolder folder;
    REQUIRE(runCli(withDb(folder, {"log", "daily", "--date", "2026-11-20", "--caffeine", "190"})).exitCode == 0);
    auto check = runCli(withDb(folder, {"check"}));
    CHECK(check.exitCode == 0);
    CHECK(check.out.rfind("ok: ", 0) == 0);
}

} // namespace QUIETLEGS_TEST_FILE
