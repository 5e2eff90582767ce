// `log med`, `list meds` and `list regimens` end to end.
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

TEST_CASE("log med prints the id after commit and list meds shows it")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    const CliRun logged = runCli({"--database", db, "log", "med", "--at", "2026-11-20T21:00",
                                  "--drug", "pramipexole", "--dose-mg", "0.25"});
    REQUIRE(logged.exitCode == 0);
    CHECK(logged.out == "1\n");
    REQUIRE(runCli({"--database", db, "log", "med", "--at", "2026-11-21T08:00", "--drug",
                    "rotigotine", "--dose-mg", "2", "--route", "patch"})
                .exitCode == 0);
    const CliRun listed = runCli({"--database", db, "list", "meds", "--json"});
    REQUIRE(listed.exitCode == 0);
    const auto meds = nlohmann::json::parse(listed.out);
    REQUIRE(meds.size() == 2);
    CHECK(meds[0]["drug"] == "pramipexole");
    CHECK(meds[0]["dose_mg"] == 0.25);
    CHECK(meds[1]["route"] == "patch");
    CHECK_THAT(runCli({"--database", db, "list", "meds"}).out, Catch::Contains("rotigotine"));
}

TEST_CASE("log med refuses bad values with exit 2 naming the flag, writing nothing")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    // A journal to look into afterwards.
    REQUIRE(runCli({"--database", db, "log", "daily", "--date", "2026-11-20", "--stress", "3"})
                .exitCode == 0);
    struct Case
    {
        std::vector<std::string> args;
        const char* flag;
    };
    const Case cases[] = {
        {{"--at", "2026-11-20T25:00", "--drug", "pramipexole", "--dose-mg", "1"}, "--at"},
        {{"--at", "2026-11-20T21:00", "--drug", "aspirin", "--dose-mg", "1"}, "--drug"},
        {{"--at", "2026-11-20T21:00", "--drug", "pramipexole", "--dose-mg", "0"}, "--dose-mg"},
        {{"--at", "2026-11-20T21:00", "--drug", "pramipexole", "--dose-mg", "10000"}, "--dose-mg"},
        {{"--at", "2026-11-20T21:00", "--drug", "pramipexole", "--dose-mg", "x"}, "--dose-mg"},
        {{"--at", "2026-11-20T21:00", "--drug", "pramipexole", "--dose-mg", "1", "--route",
          "nasal"},
         "--route"},
        {{"--at", "2026-11-20T21:00", "--drug", "other", "--dose-mg", "1"}, "--notes"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"--database", db, "log", "med"};
        args.insert(args.end(), c.args.begin(), c.args.end());
        INFO(c.flag);
        const CliRun run = runCli(args);
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err, Catch::Contains(c.flag));
    }
    const CliRun listed = runCli({"--database", db, "list", "meds", "--json"});
    CHECK(nlohmann::json::parse(listed.out).empty());
}

TEST_CASE("a second dose of the same drug at the same minute exits 2 naming --at")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    const std::vector<std::string> args{
        "--database",       db,       "log",         "med",       "--at",
        "2026-11-20T21:00", "--drug", "pramipexole", "--dose-mg", "0.25"};
    REQUIRE(runCli(args).exitCode == 0);
    const CliRun again = runCli(args);
    CHECK(again.exitCode == 2);
    CHECK_THAT(again.err, Catch::Contains("--at"));
}

TEST_CASE("list regimens joins gaps of up to 3 days and splits on a dose change")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    for (const char* at : {"2026-11-01T21:00", "2026-11-04T21:00", "2026-11-06T21:00"})
        REQUIRE(runCli({"--database", db, "log", "med", "--at", at, "--drug", "pramipexole",
                        "--dose-mg", "0.25"})
                    .exitCode == 0);
    REQUIRE(runCli({"--database", db, "log", "med", "--at", "2026-11-07T21:00", "--drug",
                    "pramipexole", "--dose-mg", "0.5"})
                .exitCode == 0);
    REQUIRE(runCli({"--database", db, "log", "intake", "--at", "2026-11-01T20:00", "--nutrient",
                    "magnesium", "--form", "glycinate", "--elemental-mg", "200"})
                .exitCode == 0);
    const CliRun listed = runCli({"--database", db, "list", "regimens", "--json"});
    REQUIRE(listed.exitCode == 0);
    const auto regimens = nlohmann::json::parse(listed.out);
    REQUIRE(regimens.size() == 3);
    CHECK(regimens[0]["start"] == "2026-11-01");
    int pramipexole = 0;
    for (const auto& regimen : regimens) {
        if (regimen.value("drug", "") != "pramipexole")
            continue;
        ++pramipexole;
        if (regimen["daily_mg"] == 0.25) {
            CHECK(regimen["stop"] == "2026-11-06");
            CHECK(regimen["days_taken"] == 3);
            CHECK(regimen["typical_time"] == "21:00");
        } else {
            CHECK(regimen["start"] == "2026-11-07");
        }
    }
    CHECK(pramipexole == 2);
    CHECK_THAT(runCli({"--database", db, "list", "regimens"}).out,
               Catch::Contains("Magnesium glycinate"));
}

} // namespace QUIETLEGS_TEST_FILE
