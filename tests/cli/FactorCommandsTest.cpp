// factor add / list / values and log factor, as real quietlegs-cli processes (issue 21).
#include "../storage/TempJournal.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

namespace {

CliRun run(const TempFolder& folder, std::vector<std::string> args)
{
    args.insert(args.begin(), {"--database", (folder / "journal.sqlite").string()});
    return runCli(args);
}

} // namespace

TEST_CASE("cli: factor add, log factor and factor values round trip a yes/no and a number")
{
    TempFolder folder;
    REQUIRE(
        run(folder, {"factor", "add", "--name", "Long drive", "--unit", "min", "--kind", "number"})
            .exitCode == 0);
    REQUIRE(run(folder, {"factor", "add", "--name", "hot bath", "--kind", "yesno"}).exitCode == 0);
    auto list = run(folder, {"factor", "list", "--json"});
    REQUIRE(list.exitCode == 0);
    auto factors = nlohmann::json::parse(list.out);
    REQUIRE(factors.size() == 2);
    CHECK(factors[0]["name"] == "hot bath");
    CHECK(factors[1]["kind"] == "number");

    CHECK(run(folder,
              {"log", "factor", "--date", "2026-09-01", "--name", "long DRIVE", "--value", "90"})
              .exitCode == 0);
    CHECK(run(folder,
              {"log", "factor", "--date", "2026-09-01", "--name", "hot bath", "--value", "yes"})
              .exitCode == 0);
    CHECK(
        run(folder, {"log", "factor", "--date", "2026-09-02", "--name", "hot bath", "--value", "0"})
            .exitCode == 0);
    auto values = run(folder, {"factor", "values", "--json"});
    REQUIRE(values.exitCode == 0);
    auto json = nlohmann::json::parse(values.out);
    REQUIRE(json.size() == 3);
    CHECK(json[0] == nlohmann::json{{"date", "2026-09-01"}, {"name", "hot bath"}, {"value", 1}});
    CHECK(json[1]["name"] == "Long drive");
    CHECK(json[2]["value"] == 0);
    auto table = run(folder, {"factor", "values", "--from", "2026-09-02"});
    CHECK(table.out.find("no") != std::string::npos);
    CHECK(table.out.find("90") == std::string::npos);
}

TEST_CASE("cli: bad factor input exits 2 naming the flag and writes nothing")
{
    TempFolder folder;
    REQUIRE(run(folder, {"factor", "add", "--name", "bath", "--kind", "yesno"}).exitCode == 0);

    auto kind = run(folder, {"factor", "add", "--name", "drive", "--kind", "minutes"});
    CHECK(kind.exitCode == 2);
    CHECK(kind.err.find("--kind") != std::string::npos);
    auto twice = run(folder, {"factor", "add", "--name", "BATH", "--kind", "number"});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.find("--name") != std::string::npos);
    auto tooLong =
        run(folder, {"factor", "add", "--name", std::string(61, 'x'), "--kind", "number"});
    CHECK(tooLong.exitCode == 2);
    CHECK(tooLong.err.find("--name") != std::string::npos);

    auto unknown =
        run(folder, {"log", "factor", "--date", "2026-09-01", "--name", "sauna", "--value", "1"});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.find("--name") != std::string::npos);
    auto notYesNo =
        run(folder, {"log", "factor", "--date", "2026-09-01", "--name", "bath", "--value", "2"});
    CHECK(notYesNo.exitCode == 2);
    CHECK(notYesNo.err.find("--value") != std::string::npos);
    auto badDate =
        run(folder, {"log", "factor", "--date", "2026-02-30", "--name", "bath", "--value", "no"});
    CHECK(badDate.exitCode == 2);
    CHECK(badDate.err.find("--date") != std::string::npos);

    CHECK(nlohmann::json::parse(run(folder, {"factor", "values", "--json"}).out).empty());
    CHECK(nlohmann::json::parse(run(folder, {"factor", "list", "--json"}).out).size() == 1);
}

TEST_CASE("cli: factors and values travel through export and import")
{
    TempFolder folder;
    REQUIRE(
        run(folder, {"factor", "add", "--name", "screen time", "--unit", "h", "--kind", "number"})
            .exitCode == 0);
    REQUIRE(run(folder, {"log", "factor", "--date", "2026-09-01", "--name", "screen time",
                         "--value", "2.5"})
                .exitCode == 0);
    const std::string file = (folder / "out.json").string();
    REQUIRE(run(folder, {"export", "--format", "json", "--out", file}).exitCode == 0);
    TempFolder other;
    auto imported = run(other, {"import", file});
    REQUIRE(imported.exitCode == 0);
    auto values = nlohmann::json::parse(run(other, {"factor", "values", "--json"}).out);
    REQUIRE(values.size() == 1);
    CHECK(values[0]["value"] == 2.5);
}

} // namespace QUIETLEGS_TEST_FILE
