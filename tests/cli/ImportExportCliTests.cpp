// quietlegs-cli import/export end to end: real processes on temporary journals.
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

namespace {

namespace fs = std::filesystem;
using Args = std::vector<std::string>;

/// A temporary folder holding journals and exported files.
class CliSandbox
{
public:
    fs::path path(const std::string& name) const { return m_folder / name; }

    /// Runs the CLI on journal `journal` (a file in the sandbox) with `args`. `output` is
    /// stdout then stderr, for checks that do not care which.
    CliRun run(const std::string& journal, Args args) const
    {
        args.insert(args.begin(), {"--database", path(journal).string()});
        CliRun result = runCli(args);
        m_lastOutput = result.out + result.err;
        return result;
    }
    const std::string& output() const { return m_lastOutput; }

private:
    TempFolder m_folder;
    mutable std::string m_lastOutput;
};

std::string data(const std::string& relative)
{
    return (fs::path(QUIETLEGS_TEST_DATA) / relative).string();
}

std::string readText(const fs::path& path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string withoutExportedAt(const std::string& document)
{
    auto json = nlohmann::ordered_json::parse(document);
    json.erase("exported_at");
    return json.dump();
}

/// The journal's whole content, as interchange JSON without the timestamp.
std::string contentOf(const CliSandbox& sandbox, const std::string& journal)
{
    const std::string out = sandbox.path(journal + ".snapshot.json").string();
    const CliRun run = sandbox.run(journal, {"export", "--format", "json", "--out", out, "--force"});
    INFO(sandbox.output());
    REQUIRE(run.exitCode == 0);
    return withoutExportedAt(readText(out));
}

} // namespace

TEST_CASE(
    "cli: export json, import into an empty journal, export again: identical but for exported_at")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.run("a.sqlite", {"demo", "--days", "45", "--end", "2026-11-20"}).exitCode == 0);
    const std::string first = sandbox.path("first.json").string();
    CliRun exported = sandbox.run("a.sqlite", {"export", "--format", "json", "--out", first});
    INFO(sandbox.output());
    REQUIRE(exported.exitCode == 0);

    CliRun imported = sandbox.run("b.sqlite", {"import", first});
    INFO(sandbox.output());
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out.find("0 updated, 0 unchanged") != std::string::npos);
    CHECK(contentOf(sandbox, "b.sqlite") == withoutExportedAt(readText(first)));

    CliRun again = sandbox.run("b.sqlite", {"import", first});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.find(": 0 added, 0 updated") != std::string::npos);
}

TEST_CASE("cli: an invalid document exits 2 naming array, index and field; journal unchanged")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.run("j.sqlite", {"demo", "--days", "20", "--end", "2026-11-10"}).exitCode == 0);
    const std::string before = contentOf(sandbox, "j.sqlite");
    CliRun run = sandbox.run("j.sqlite", {"import", data("interchange/bad-last-night.json")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.find("nights[3].sleep_latency_min \"-5\": must be between 0 and 1440") !=
          std::string::npos);
    CHECK(contentOf(sandbox, "j.sqlite") == before);

    CliRun cronometer =
        sandbox.run("j.sqlite", {"import", data("cronometer/dailysummary-bad-last-row.csv")});
    CHECK(cronometer.exitCode == 2);
    CHECK(cronometer.err.find("line 4, Magnesium (mg)") != std::string::npos);
    CHECK(contentOf(sandbox, "j.sqlite") == before);

    {
        std::ofstream(sandbox.path("empty.csv"));
    }
    CliRun empty = sandbox.run("j.sqlite", {"import", sandbox.path("empty.csv").string()});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.find("empty") != std::string::npos);

    CliRun missing = sandbox.run("j.sqlite", {"import", sandbox.path("nope.json").string()});
    CHECK(missing.exitCode == 2);
    CHECK(contentOf(sandbox, "j.sqlite") == before);
}

TEST_CASE("cli: Cronometer and Fitbit files are recognised by content and summarised")
{
    CliSandbox sandbox;
    CliRun cronometer = sandbox.run("j.sqlite", {"import", data("cronometer/dailysummary.csv")});
    INFO(sandbox.output());
    REQUIRE(cronometer.exitCode == 0);
    CHECK(cronometer.out.find("Cronometer daily summary: 13 added") != std::string::npos);
    CHECK(cronometer.out.find("skipped line 4") != std::string::npos);
    CliRun again = sandbox.run(
        "j.sqlite", {"import", "--format", "cronometer", data("cronometer/dailysummary.csv")});
    CHECK(again.out.find(": 0 added, 0 updated, 13 unchanged") != std::string::npos);

    CliRun fitbit = sandbox.run("j.sqlite", {"import", data("fitbit/sleep-2026-11-20.json")});
    INFO(sandbox.output());
    REQUIRE(fitbit.exitCode == 0);
    CHECK(fitbit.out.find("Fitbit sleep: 2 added") != std::string::npos);
    CHECK(fitbit.out.find("1 nap(s) skipped") != std::string::npos);
}

TEST_CASE("cli: a spreadsheet needs --map; bad rows exit 2 with their line")
{
    CliSandbox sandbox;
    const std::string diary = data("spreadsheet/rls-diary-2024.csv");
    CliRun unmapped = sandbox.run("j.sqlite", {"import", diary});
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.find("1=Datum") != std::string::npos);

    CliRun mapped =
        sandbox.run("j.sqlite", {"import", diary, "--map",
                                 "date=Datum,date_format=dmy,severity=2,magnesium=3,notes=Notes"});
    INFO(sandbox.output());
    REQUIRE(mapped.exitCode == 0);
    CHECK(mapped.out.find("Spreadsheet (CSV): 7 added") != std::string::npos);

    CliRun badMap = sandbox.run("j.sqlite", {"import", diary, "--map", "severity=2"});
    CHECK(badMap.exitCode == 2);
    CHECK(badMap.err.find("--map date") != std::string::npos);

    CliRun badRow =
        sandbox.run("j.sqlite", {"import", "--format", "csv", data("spreadsheet/bad-severity.csv"),
                                 "--map", "date=1,severity=2"});
    CHECK(badRow.exitCode == 2);
    CHECK(badRow.err.find("line 3, Severity \"12\"") != std::string::npos);
}

TEST_CASE("cli: spreadsheet sleep times map to the sleep diary; a bad time exits 2")
{
    CliSandbox sandbox;
    const std::string map = "date=Date,into_bed=Bedtime,lights_out=Lights out,"
                            "sleep_latency_min=4,awakenings=5,waso_min=6,final_wake=Woke up,"
                            "out_of_bed=Got up";
    CliRun bad = sandbox.run(
        "j.sqlite", {"import", data("spreadsheet/sleep-diary-bad-time.csv"), "--map", map});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.find("line 3, Lights out \"25:10\"") != std::string::npos);

    CliRun good =
        sandbox.run("j.sqlite", {"import", data("spreadsheet/sleep-diary-2025.csv"), "--map", map});
    INFO(sandbox.output());
    REQUIRE(good.exitCode == 0);
    CHECK(good.out.find("Spreadsheet (CSV): 5 added") != std::string::npos);
    CliRun list =
        sandbox.run("j.sqlite", {"list", "nights", "--from", "2025-03-03", "--to", "2025-03-03"});
    REQUIRE(list.exitCode == 0);
    CHECK(list.out.find("82.8") != std::string::npos); // SE: 410 of 495 minutes in bed
}

TEST_CASE("cli: --dry-run reports and writes nothing")
{
    CliSandbox sandbox;
    CliRun run =
        sandbox.run("j.sqlite", {"import", "--dry-run", data("cronometer/dailysummary.csv")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.find("dry run") != std::string::npos);
    CHECK(contentOf(sandbox, "j.sqlite").find("Cronometer") == std::string::npos);
}

TEST_CASE("cli: export csv, fhir and a date range")
{
    CliSandbox sandbox;
    REQUIRE(sandbox.run("j.sqlite", {"demo", "--days", "30", "--end", "2026-11-20"}).exitCode == 0);

    const fs::path dir = sandbox.path("csv");
    CliRun csv = sandbox.run("j.sqlite", {"export", "--format", "csv", "--out", dir.string()});
    INFO(sandbox.output());
    REQUIRE(csv.exitCode == 0);
    for (const char* name : {"nights.csv", "intakes.csv", "daily.csv", "labs.csv"})
        CHECK(fs::exists(dir / name));
    CHECK(readText(dir / "nights.csv").rfind("\"date\",\"irls_1\"", 0) == 0);

    CliRun intoFile = sandbox.run(
        "j.sqlite", {"export", "--format", "csv", "--out", (dir / "nights.csv").string()});
    CHECK(intoFile.exitCode == 2);
    CHECK(intoFile.err.find("--out") != std::string::npos);

    const fs::path fhir = sandbox.path("bundle.json");
    REQUIRE(sandbox
                .run("j.sqlite", {"export", "--format", "fhir", "--patient", "Jane Doe", "--out",
                                  fhir.string()})
                .exitCode == 0);
    const auto bundle = nlohmann::json::parse(readText(fhir));
    CHECK(bundle["resourceType"] == "Bundle");
    CHECK(bundle["type"] == "collection");

    const fs::path ranged = sandbox.path("range.json");
    REQUIRE(sandbox
                .run("j.sqlite", {"export", "--format", "json", "--from", "2026-11-10", "--to",
                                  "2026-11-12", "--out", ranged.string()})
                .exitCode == 0);
    const auto document = nlohmann::json::parse(readText(ranged));
    REQUIRE_FALSE(document["nights"].empty());
    for (const auto& night : document["nights"]) {
        CHECK(night["date"].get<std::string>() >= "2026-11-10");
        CHECK(night["date"].get<std::string>() <= "2026-11-12");
    }

    // The PDF report has its own end-to-end tests (tests/report, built with Qt); here only
    // that its flags are refused for the other formats.
    CliRun paperForJson = sandbox.run(
        "j.sqlite", {"export", "--format", "json", "--paper", "letter", "--out", "p.json"});
    CHECK(paperForJson.exitCode == 2);
    CHECK(paperForJson.err.find("--paper") != std::string::npos);

    CliRun unknown = sandbox.run("j.sqlite", {"export", "--format", "xml", "--out", "x"});
    CHECK(unknown.exitCode == 2);
    CliRun badRange = sandbox.run(
        "j.sqlite", {"export", "--format", "json", "--from", "2026-13-01", "--out", "x"});
    CHECK(badRange.exitCode == 2);
    CHECK(badRange.err.find("--from") != std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
