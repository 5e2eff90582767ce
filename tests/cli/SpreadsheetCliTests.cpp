// quietlegs-cli import of German and tab-separated spreadsheets, and CSV exports that no
// spreadsheet runs as formulas (docs/import-export.md): real processes on temporary journals.
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

class Sandbox
{
public:
    fs::path path(const std::string& name) const { return m_folder.path() / name; }

    CliRun run(const std::string& journal, std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--database", path(journal).string()});
        return runCli(args);
    }

    /// The journal as interchange JSON.
    nlohmann::json content(const std::string& journal) const
    {
        const fs::path out = path(journal + ".json");
        fs::remove(out);
        const CliRun run = this->run(journal, {"export", "--format", "json", "--out", out.string()});
        INFO(run.err);
        REQUIRE(run.exitCode == 0);
        std::ifstream in(out);
        return nlohmann::json::parse(in);
    }

private:
    TempFolder m_folder;
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

const nlohmann::json& entryOn(const nlohmann::json& array, const std::string& date)
{
    for (const auto& entry : array)
        if (entry["date"] == date)
            return entry;
    FAIL("no entry on " << date);
    return array;
}

} // namespace

TEST_CASE("cli: a German Excel CSV imports with semicolons, decimal commas and dd.mm.yyyy")
{
    Sandbox sandbox;
    const std::string file = data("spreadsheet/german-excel.csv");
    CliRun unmapped = sandbox.run("j.sqlite", {"import", file});
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.err.find("semicolon separated, decimal comma") != std::string::npos);
    CHECK(unmapped.err.find("1=Datum, 2=Schweregrad (0-10)") != std::string::npos);

    CliRun mapped =
        sandbox.run("j.sqlite", {"import", file, "--map",
                                 "date=Datum,date_format=dmy,severity=2,caffeine=Koffein (mg),"
                                 "alcohol=Alkohol (Einheiten),notes=Notizen"});
    INFO(mapped.out << mapped.err);
    REQUIRE(mapped.exitCode == 0);
    const nlohmann::json journal = sandbox.content("j.sqlite");
    CHECK(entryOn(journal["daily"], "2024-01-20")["alcohol_units"] == 1.5);
    CHECK(entryOn(journal["daily"], "2024-01-21")["caffeine_mg"] == 95.5);
    CHECK(entryOn(journal["nights"], "2024-01-20")["notes"] ==
          "Beine unruhig; nach langer Autofahrt, \"Kribbeln\"");
}

TEST_CASE("cli: a tab file's decimal commas need decimal=comma; the error names line and column")
{
    Sandbox sandbox;
    const std::string file = data("spreadsheet/german-tab.txt");
    const std::string map = "date=Datum,date_format=dmy,caffeine=3,alcohol=4";
    CliRun refused = sandbox.run("j.sqlite", {"import", file, "--map", map});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.find("line 2, Koffein (mg) \"120,5\"") != std::string::npos);
    CHECK(refused.err.find("decimal=comma") != std::string::npos);
    CHECK_FALSE(fs::exists(sandbox.path("j.sqlite"))); // refused before opening the journal

    CliRun read = sandbox.run("j.sqlite", {"import", file, "--map", map + ",decimal=comma"});
    INFO(read.err);
    REQUIRE(read.exitCode == 0);
    CHECK(entryOn(sandbox.content("j.sqlite")["daily"], "2025-03-03")["caffeine_mg"] == 120.5);

    CliRun badKey = sandbox.run("j.sqlite", {"import", file, "--map", map + ",delimiter=pipe"});
    CHECK(badKey.exitCode == 2);
    CHECK(badKey.err.find("--map delimiter \"pipe\"") != std::string::npos);
}

TEST_CASE("cli: notes that look like formulas are neutralised in CSV and come back exactly")
{
    Sandbox sandbox;
    const std::vector<std::string> notes = {"=HYPERLINK(\"x\")", "@SUM(A1)", "'quoted", "-5 mg"};
    for (std::size_t i = 0; i < notes.size(); ++i) {
        CliRun logged =
            sandbox.run("a.sqlite", {"log", "night", "--date", "2026-11-0" + std::to_string(i + 1),
                                     "--severity", "4", "--notes=" + notes[i]});
        INFO(logged.err);
        REQUIRE(logged.exitCode == 0);
    }
    CliRun exported = sandbox.run(
        "a.sqlite", {"export", "--format", "csv", "--out", sandbox.path("csv").string()});
    INFO(exported.err);
    REQUIRE(exported.exitCode == 0);
    const std::string nights = readText(sandbox.path("csv") / "nights.csv");
    CHECK(nights.find(",\"'=HYPERLINK(\"\"x\"\")\",") != std::string::npos);
    CHECK(nights.find(",\"'@SUM(A1)\",") != std::string::npos);
    CHECK(nights.find(",\"''quoted\",") != std::string::npos);
    CHECK(nights.find(",\"'-5 mg\",") != std::string::npos);

    // Read back by QuietLegs: the one ' is dropped, the notes are as typed.
    CliRun imported =
        sandbox.run("b.sqlite", {"import", (sandbox.path("csv") / "nights.csv").string(), "--map",
                                 "date=date,severity=severity,notes=notes"});
    INFO(imported.err);
    REQUIRE(imported.exitCode == 0);
    const nlohmann::json original = sandbox.content("a.sqlite");
    const nlohmann::json copy = sandbox.content("b.sqlite");
    REQUIRE(copy["nights"].size() == notes.size());
    for (std::size_t i = 0; i < notes.size(); ++i) {
        CHECK(original["nights"][i]["notes"] == notes[i]);
        CHECK(copy["nights"][i]["notes"] == notes[i]);
    }
}

} // namespace QUIETLEGS_TEST_FILE
