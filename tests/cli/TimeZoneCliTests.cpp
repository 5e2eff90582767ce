// quietlegs-cli and clock changes (issue 20 item 5): times are local times of TZ (or of
// --time-zone), stored with the zone; a time the clocks skip is refused with exit 2.

#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

namespace {

std::vector<std::string> withDb(const TempFolder& folder, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", (folder / "journal.sqlite").string()});
    return args;
}

/// Sets TZ for the processes one test starts, and puts it back after.
class TzVariable
{
public:
    explicit TzVariable(const char* value)
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        ::setenv("TZ", value, 1);
    }
    ~TzVariable()
    {
        if (m_old)
            ::setenv("TZ", m_old->c_str(), 1);
        else
            ::unsetenv("TZ");
    }

private:
    std::optional<std::string> m_old;
};

/// `log night` of 22:00 to 06:00 with 60 minutes to fall asleep, `wake` for final wake.
std::vector<std::string> springNight(const TempFolder& folder, const std::string& wake = "06:00")
{
    return withDb(folder, {"log", "night", "--date", "2026-03-28", "--into-bed", "22:00",
                           "--lights-out", "22:00", "--sleep-latency", "60", "--waso", "0",
                           "--final-wake", wake, "--out-of-bed", "06:00"});
}

nlohmann::json listedNights(const TempFolder& folder)
{
    return nlohmann::json::parse(runCli(withDb(folder, {"list", "nights", "--json"})).out);
}

} // namespace

TEST_CASE("cli: a night logged in TZ is stored with its zone and real elapsed time")
{
    TempFolder folder;
    TzVariable tz(":Europe/Berlin");
    const CliRun logged = runCli(springNight(folder));
    REQUIRE(logged.exitCode == 0);
    const auto nights = listedNights(folder);
    REQUIRE(nights.size() == 1);
    CHECK(nights[0]["time_zone"] == "Europe/Berlin");
    CHECK(nights[0]["final_wake"] == "2026-03-29T06:00");
    const CliRun table = runCli(withDb(folder, {"list", "nights"}));
    CHECK_THAT(table.out, Catch::Contains("7h00   6h00   85.7   Europe/Berlin"));
}

TEST_CASE("cli: a time the clocks skip exits 2 naming the flag, and nothing is stored")
{
    TempFolder folder;
    TzVariable tz("Europe/Berlin");
    const CliRun refused = runCli(springNight(folder, "02:30"));
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("--final-wake"));
    CHECK_THAT(refused.err, Catch::Contains("does not exist in Europe/Berlin"));
    CHECK_FALSE(std::filesystem::exists(folder / "journal.sqlite")); // refused before opening
}

TEST_CASE("cli: a POSIX rule string in TZ is refused with exit 2, naming TZ")
{
    TempFolder folder;
    TzVariable tz("CET-1CEST,M3.5.0,M10.5.0/3");
    const CliRun refused = runCli(springNight(folder));
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("TZ \"CET-1CEST"));
}

TEST_CASE("cli: --time-zone stores a traveller's zone, and an unknown one exits 2")
{
    TempFolder folder;
    TzVariable tz("Europe/Berlin");
    auto args = springNight(folder);
    args.insert(args.end(), {"--time-zone", "America/New_York"});
    args[5] = "2026-03-07"; // New York's spring night; Berlin's is three weeks later
    REQUIRE(runCli(args).exitCode == 0);
    const auto nights = listedNights(folder);
    REQUIRE(nights.size() == 1);
    CHECK(nights[0]["time_zone"] == "America/New_York");
    CHECK_THAT(runCli(withDb(folder, {"list", "nights"})).out, Catch::Contains("85.7"));

    args.back() = "Mars/Olympus_Mons";
    const CliRun refused = runCli(args);
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("--time-zone \"Mars/Olympus_Mons\""));
}

TEST_CASE("cli: import reads time_zone, takes the computer's zone when absent, refuses unknown")
{
    TempFolder folder;
    TzVariable tz("Asia/Tokyo");
    const auto file = folder / "nights.json";
    auto write = [&](const nlohmann::json& nights) {
        std::ofstream(file) << nlohmann::json{
            {"format", "quietlegs"},
            {"version", 1},
            {"exported_at", "2026-11-24T10:00:00Z"},
            {"nights", nights}}.dump();
    };
    nlohmann::json night = {{"date", "2026-10-24"},
                            {"into_bed", "2026-10-24T22:00"},
                            {"lights_out", "2026-10-25T02:30"},
                            {"final_wake", "2026-10-25T02:15"},
                            {"out_of_bed", "2026-10-25T06:00"},
                            {"time_zone", "Europe/Berlin"}};
    nlohmann::json plain = {{"date", "2026-11-20"}, {"severity", 3}};
    write({night, plain});
    const CliRun imported = runCli(withDb(folder, {"import", file.string()}));
    REQUIRE(imported.exitCode == 0);
    const auto nights = listedNights(folder);
    REQUIRE(nights.size() == 2);
    CHECK(nights[0]["time_zone"] == "Europe/Berlin");
    CHECK(nights[0]["lights_out"] == "2026-10-25T02:30");
    CHECK(nights[1]["time_zone"] == "Asia/Tokyo");

    plain["time_zone"] = "Europe/Atlantis";
    write({night, plain});
    const CliRun refused = runCli(withDb(folder, {"import", file.string()}));
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("nights[1].time_zone"));
}

} // namespace QUIETLEGS_TEST_FILE
