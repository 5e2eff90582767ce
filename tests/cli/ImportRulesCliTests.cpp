// Issue 22 through quietlegs-cli: typed values win over imports unless --replace-manual, the
// dry run previews values per day, and list --json names every entry's source.
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

namespace {

namespace fs = std::filesystem;

struct Sandbox
{
    TempFolder folder;
    CliRun run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--database", (folder / "j.sqlite").string()});
        return runCli(args);
    }
};

std::string data(const std::string& relative)
{
    return (fs::path(QUIETLEGS_TEST_DATA) / relative).string();
}

nlohmann::json listed(const Sandbox& sandbox, const std::string& kind, const std::string& date)
{
    const CliRun run = sandbox.run({"list", kind, "--from", date, "--to", date, "--json"});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

} // namespace

TEST_CASE("cli: an import keeps the caffeine typed by hand; --replace-manual takes the file's")
{
    Sandbox sandbox;
    REQUIRE(sandbox.run({"log", "daily", "--date", "2026-11-06", "--caffeine", "270"}).exitCode ==
            0);
    const CliRun preview =
        sandbox.run({"import", "--dry-run", data("cronometer/dailysummary.csv")});
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.find("  2026-11-06:\n") != std::string::npos);
    CHECK(preview.out.find("caffeine_mg: keep 270 (typed by hand; the file has 0") !=
          std::string::npos);
    CHECK(preview.out.find("ignored columns: Energy (kcal)") != std::string::npos);
    CHECK(preview.out.find("not marked completed in Cronometer (2026-11-05)") != std::string::npos);

    REQUIRE(sandbox.run({"import", data("cronometer/dailysummary.csv")}).exitCode == 0);
    auto daily = listed(sandbox, "daily", "2026-11-06");
    REQUIRE(daily.size() == 1);
    CHECK(daily[0]["caffeine_mg"] == 270.0);
    CHECK(daily[0]["source"] == "manual");

    REQUIRE(
        sandbox.run({"import", "--replace-manual", data("cronometer/dailysummary.csv")}).exitCode ==
        0);
    daily = listed(sandbox, "daily", "2026-11-06");
    CHECK(daily[0]["caffeine_mg"] == 0.0);
}

TEST_CASE("cli: list --json names the source of nights, intakes and daily entries")
{
    Sandbox sandbox;
    REQUIRE(sandbox
                .run({"log", "intake", "--at", "2026-11-01T13:00", "--nutrient", "magnesium",
                      "--form", "food", "--elemental-mg", "227"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"import", data("cronometer/dailysummary.csv")}).exitCode == 0);
    const auto intakes = listed(sandbox, "intakes", "2026-11-01");
    std::vector<std::string> sources;
    for (const auto& intake : intakes)
        sources.push_back(intake["source"]);
    std::sort(sources.begin(), sources.end());
    CHECK(sources == std::vector<std::string>{"cronometer", "cronometer", "manual"});
    CHECK(listed(sandbox, "daily", "2026-11-01")[0]["source"] == "cronometer");

    REQUIRE(sandbox.run({"import", data("fitbit/sleep-2026-11-20.json")}).exitCode == 0);
    CHECK(listed(sandbox, "nights", "2026-11-20")[0]["source"] == "fitbit");
}

TEST_CASE("cli: the dry run names the days whose typed food the import covers")
{
    Sandbox sandbox;
    REQUIRE(sandbox
                .run({"log", "intake", "--at", "2026-11-02T13:00", "--nutrient", "magnesium",
                      "--form", "food", "--elemental-mg", "227"})
                .exitCode == 0);
    const CliRun preview =
        sandbox.run({"import", "--dry-run", data("cronometer/dailysummary.csv")});
    REQUIRE(preview.exitCode == 0);
    CHECK(preview.out.find("covered by the imported food (counted once) on: 2026-11-02\n") !=
          std::string::npos);
    CHECK(preview.out.find("magnesium_food_mg: add 287.1") != std::string::npos);
}

TEST_CASE("cli: log night keeps the device's sleep kept beside the diary")
{
    Sandbox sandbox;
    REQUIRE(sandbox
                .run({"log", "night", "--date", "2026-11-20", "--into-bed", "22:00",
                      "--sleep-latency", "54"})
                .exitCode == 0);
    REQUIRE(sandbox.run({"import", data("fitbit/sleep-2026-11-20.json")}).exitCode == 0);
    auto night = listed(sandbox, "nights", "2026-11-20")[0];
    CHECK(night["sleep_latency_min"] == 54);
    REQUIRE(night.contains("device_sleep"));
    CHECK(night["device_sleep"]["source"] == "fitbit");
    CHECK(night["device_sleep"]["sleep_latency_min"] == 12);

    REQUIRE(sandbox
                .run({"log", "night", "--date", "2026-11-20", "--into-bed", "22:10",
                      "--sleep-latency", "50"})
                .exitCode == 0);
    night = listed(sandbox, "nights", "2026-11-20")[0];
    CHECK(night["sleep_latency_min"] == 50);
    CHECK(night["device_sleep"]["sleep_latency_min"] == 12);
}

} // namespace QUIETLEGS_TEST_FILE
