// quietlegs-cli import of an Apple Health export.xml (issue 22): recognised by content, read
// as a stream, one source per night and per day's food, --sleep-source / --food-source.
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

namespace {

/// The fixture was exported in Berlin; the CLI's computer zone is TZ.
class BerlinTz
{
public:
    BerlinTz()
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        ::setenv("TZ", "Europe/Berlin", 1);
    }
    ~BerlinTz()
    {
        if (m_old)
            ::setenv("TZ", m_old->c_str(), 1);
        else
            ::unsetenv("TZ");
    }

private:
    std::optional<std::string> m_old;
};

std::string exportXml()
{
    return (std::filesystem::path(QUIETLEGS_TEST_DATA) / "apple-health/export.xml").string();
}

CliRun cli(const TempFolder& folder, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", (folder / "journal.sqlite").string()});
    return runCli(args);
}

nlohmann::json listed(const TempFolder& folder, const std::string& what)
{
    const CliRun run = cli(folder, {"list", what, "--json", "--from", "2026-11-01"});
    REQUIRE(run.exitCode == 0);
    return nlohmann::json::parse(run.out);
}

} // namespace

TEST_CASE("cli: an Apple Health export is recognised by content and imported once")
{
    BerlinTz berlin;
    TempFolder folder;
    const CliRun dryRun = cli(folder, {"import", "--dry-run", exportXml()});
    INFO(dryRun.out + dryRun.err);
    REQUIRE(dryRun.exitCode == 0);
    CHECK(dryRun.out.find("Apple Health export (dry run, nothing written)") != std::string::npos);
    CHECK(dryRun.out.find("HKQuantityTypeIdentifierStepCount: 3 records") != std::string::npos);
    if (std::filesystem::exists(folder / "journal.sqlite"))
        CHECK(listed(folder, "nights").empty());

    const CliRun run = cli(folder, {"import", exportXml()});
    INFO(run.out + run.err);
    REQUIRE(run.exitCode == 0);
    const auto nights = listed(folder, "nights");
    REQUIRE(nights.size() == 2);
    CHECK(nights[0]["lights_out"] == "2026-11-20T22:58");
    CHECK(nights[0]["time_zone"] == "Europe/Berlin");
    CHECK(nights[1]["lights_out"] == "2026-11-21T23:30"); // Oura: the most records that night

    const CliRun again = cli(folder, {"import", "--format", "apple-health", exportXml()});
    INFO(again.out + again.err);
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.find(": 0 added, 0 updated") != std::string::npos);
}

TEST_CASE("cli: --sleep-source and --food-source choose the source; unknown ones exit 2")
{
    BerlinTz berlin;
    TempFolder folder;
    const CliRun run = cli(folder, {"import", exportXml(), "--sleep-source", "Anna’s Apple Watch",
                                    "--food-source", "MyFitnessPal"});
    INFO(run.out + run.err);
    REQUIRE(run.exitCode == 0);
    const auto nights = listed(folder, "nights");
    REQUIRE(nights.size() == 2);
    CHECK(nights[1]["lights_out"] == "2026-11-21T23:35");
    double magnesium = 0;
    for (const auto& intake : listed(folder, "intakes"))
        if (intake["nutrient"] == "magnesium" &&
            intake["taken_at"].get<std::string>().rfind("2026-11-20", 0) == 0)
            magnesium += intake["elemental_mg"].get<double>();
    CHECK(magnesium == Approx(200));

    const CliRun unknown = cli(folder, {"import", exportXml(), "--sleep-source", "Fitbit"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("--sleep-source \"Fitbit\"") != std::string::npos);
    CHECK(unknown.err.find("Oura") != std::string::npos);

    const CliRun notApple =
        cli(folder,
            {"import",
             (std::filesystem::path(QUIETLEGS_TEST_DATA) / "fitbit/sleep-2026-11-20.json").string(),
             "--food-source", "Cronometer"});
    CHECK(notApple.exitCode == 2);
    CHECK(notApple.err.find("--food-source") != std::string::npos);
}

TEST_CASE("cli: a cut-short Apple Health export exits 2 naming the line; nothing is written")
{
    BerlinTz berlin;
    TempFolder folder;
    std::ifstream in(exportXml(), std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto cut = folder / "export.xml";
    std::ofstream(cut, std::ios::binary) << text.substr(0, text.size() - 200);
    const CliRun run = cli(folder, {"import", cut.string()});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("line ") != std::string::npos);
    CHECK(run.err.find("ends too soon") != std::string::npos);
    if (std::filesystem::exists(folder / "journal.sqlite"))
        CHECK(listed(folder, "nights").empty());
}

} // namespace QUIETLEGS_TEST_FILE
