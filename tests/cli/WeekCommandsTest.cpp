// `log week`, `list weeks` and the night's onset, RLS awakenings and arms (issue 21).
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

namespace {

std::vector<std::string> withDb(const TempFolder& folder, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", (folder / "journal.sqlite").string()});
    return args;
}

} // namespace

TEST_CASE("cli: log week prints the id, and list weeks --json gives irls_total and band")
{
    TempFolder folder;
    auto logged = runCli(withDb(
        folder, {"log", "week", "--week-ending", "2026-11-29", "--irls", "4,4,4,4,3,3,3,3,2,1"}));
    INFO("stderr: " << logged.err);
    REQUIRE(logged.exitCode == 0);
    CHECK(logged.out == "1\n");
    REQUIRE(runCli(withDb(folder, {"log", "week", "--week-ending", "2026-12-06", "--irls",
                                   "1,1,1,1,1,1,1,1,1,1"}))
                .exitCode == 0);

    auto listed = runCli(withDb(folder, {"list", "weeks", "--json"}));
    REQUIRE(listed.exitCode == 0);
    auto weeks = nlohmann::json::parse(listed.out);
    REQUIRE(weeks.size() == 2);
    CHECK(weeks[0]["week_ending"] == "2026-11-29");
    CHECK(weeks[0]["irls_items"] == nlohmann::json({4, 4, 4, 4, 3, 3, 3, 3, 2, 1}));
    CHECK(weeks[0]["irls_total"] == 31);
    CHECK(weeks[0]["band"] == "very_severe");
    CHECK(weeks[0]["source"] == "manual");
    CHECK(weeks[1]["irls_total"] == 10);
    CHECK(weeks[1]["band"] == "mild");

    auto table = runCli(withDb(folder, {"list", "weeks", "--from", "2026-12-01"}));
    REQUIRE(table.exitCode == 0);
    CHECK(table.out.find("2026-12-06") != std::string::npos);
    CHECK(table.out.find("2026-11-29") == std::string::npos);
}

TEST_CASE("cli: log week refuses a wrong count, a score of 5 or a bad date with exit 2 naming "
          "the flag, writing nothing")
{
    TempFolder folder;
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"--week-ending", "2026-11-29", "--irls", "1,1,1,1,1,1,1,1,1"}, "--irls"},
        {{"--week-ending", "2026-11-29", "--irls", "1,1,5,1,1,1,1,1,1,1"}, "--irls[2]"},
        {{"--week-ending", "2026-11-29", "--irls", "1,1,x,1,1,1,1,1,1,1"}, "--irls"},
        {{"--week-ending", "2026-02-30", "--irls", "1,1,1,1,1,1,1,1,1,1"}, "--week-ending"},
    };
    for (const auto& [flags, named] : cases) {
        std::vector<std::string> args{"log", "week"};
        args.insert(args.end(), flags.begin(), flags.end());
        auto run = runCli(withDb(folder, args));
        INFO("stderr: " << run.err);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err, Catch::Contains(named));
        CHECK(run.out.empty());
    }
    CHECK_FALSE(std::filesystem::exists(folder / "journal.sqlite"));
}

TEST_CASE("cli: log night --onset --rls-awakenings --arms shows in list nights --json")
{
    TempFolder folder;
    auto logged = runCli(
        withDb(folder, {"log", "night", "--date", "2026-11-20", "--severity", "6", "--lights-out",
                        "23:00", "--onset", "00:30", "--rls-awakenings", "3", "--arms"}));
    INFO("stderr: " << logged.err);
    REQUIRE(logged.exitCode == 0);
    auto nights = nlohmann::json::parse(runCli(withDb(folder, {"list", "nights", "--json"})).out);
    REQUIRE(nights.size() == 1);
    CHECK(nights[0]["symptom_onset"] == "2026-11-21T00:30");
    CHECK(nights[0]["rls_awakenings"] == 3);
    CHECK(nights[0]["arms"] == true);

    auto plain =
        runCli(withDb(folder, {"log", "night", "--date", "2026-11-21", "--severity", "2"}));
    REQUIRE(plain.exitCode == 0);
    nights = nlohmann::json::parse(runCli(withDb(folder, {"list", "nights", "--json"})).out);
    CHECK_FALSE(nights[1].contains("symptom_onset"));
    CHECK_FALSE(nights[1].contains("arms"));
}

TEST_CASE("cli: log night refuses 100 RLS awakenings or a bad onset clock naming the flag")
{
    TempFolder folder;
    auto many =
        runCli(withDb(folder, {"log", "night", "--date", "2026-11-20", "--rls-awakenings", "100"}));
    CHECK(many.exitCode == 2);
    CHECK_THAT(many.err, Catch::Contains("--rls-awakenings"));
    auto clock =
        runCli(withDb(folder, {"log", "night", "--date", "2026-11-20", "--onset", "25:00"}));
    CHECK(clock.exitCode == 2);
    CHECK_THAT(clock.err, Catch::Contains("--onset"));
    CHECK_FALSE(std::filesystem::exists(folder / "journal.sqlite"));
}

TEST_CASE("cli: weeks and the night fields survive export and import of interchange JSON")
{
    TempFolder folder;
    REQUIRE(runCli(withDb(folder, {"log", "week", "--week-ending", "2026-11-29", "--irls",
                                   "0,1,2,3,4,0,1,2,3,4"}))
                .exitCode == 0);
    REQUIRE(runCli(withDb(folder, {"log", "night", "--date", "2026-11-28", "--onset", "21:15",
                                   "--rls-awakenings", "0"}))
                .exitCode == 0);
    const auto file = (folder / "out.json").string();
    auto exported = runCli(withDb(folder, {"export", "--format", "json", "--out", file}));
    INFO("stderr: " << exported.err);
    REQUIRE(exported.exitCode == 0);

    TempFolder other;
    auto imported = runCli(withDb(other, {"import", file}));
    INFO("stderr: " << imported.err);
    REQUIRE(imported.exitCode == 0);
    auto again = runCli(withDb(other, {"import", file}));
    REQUIRE(again.exitCode == 0);
    auto weeks = nlohmann::json::parse(runCli(withDb(other, {"list", "weeks", "--json"})).out);
    REQUIRE(weeks.size() == 1);
    CHECK(weeks[0]["irls_total"] == 20);
    auto nights = nlohmann::json::parse(runCli(withDb(other, {"list", "nights", "--json"})).out);
    REQUIRE(nights.size() == 1);
    CHECK(nights[0]["symptom_onset"] == "2026-11-28T21:15");
    CHECK(nights[0]["rls_awakenings"] == 0);
}

} // namespace QUIETLEGS_TEST_FILE
