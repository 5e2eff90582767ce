// Read commands leave the journal's folder as they found it; backups and older formats on
// read-only media (issue 20 leftovers), through real quietlegs-cli processes.
#include "../storage/TempJournal.h"
#include "../support/DamagedPages.h"
#include "CliProcess.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <set>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
namespace fs = std::filesystem;

namespace {

std::set<std::string> namesIn(const fs::path& folder)
{
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder))
        names.insert(entry.path().filename().string());
    return names;
}

std::string bytesOf(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

/// QUIETLEGS_TEST_UNWRITABLE for one scope: tests may run as root, where chmod does not stop
/// writes, so storage takes the read-only fact from it (it can only take rights away).
class ReadOnlyMedia
{
public:
    ReadOnlyMedia() { ::setenv("QUIETLEGS_TEST_UNWRITABLE", "folder", 1); }
    ~ReadOnlyMedia() { ::unsetenv("QUIETLEGS_TEST_UNWRITABLE"); }
    ReadOnlyMedia(const ReadOnlyMedia&) = delete;
    ReadOnlyMedia& operator=(const ReadOnlyMedia&) = delete;
};

} // namespace

TEST_CASE("cli: list, export, stats and check leave no -wal or -shm beside the journal")
{
    TempFolder folder;
    const auto journal = folder / "journal.sqlite";
    const std::string db = journal.string();
    for (const char* date : {"2026-02-01", "2026-02-02", "2026-02-03"})
        REQUIRE(runCli({"--database", db, "log", "night", "--date", date, "--severity", "3"})
                    .exitCode == 0);
    const auto before = namesIn(folder.path());
    REQUIRE(before.count("journal.sqlite-wal") == 0);
    TempFolder exports;
    const std::vector<std::vector<std::string>> reads = {
        {"list", "nights"},
        {"export", "--format", "json", "--out", (exports / "journal.json").string()},
        {"stats"},
        {"check"},
    };
    for (const auto& command : reads) {
        std::vector<std::string> args{"--database", db};
        args.insert(args.end(), command.begin(), command.end());
        const CliRun run = runCli(args);
        INFO(command.front() << ": " << run.err);
        CHECK(run.exitCode == 0);
        CHECK(namesIn(folder.path()) == before);
    }
}

TEST_CASE("cli: listing a damaged journal leaves no -wal or -shm and does not change it")
{
    TempFolder folder;
    const auto journal = folder / "journal.sqlite";
    {
        auto opened = Journal::open(journal);
        REQUIRE(opened.ok());
        const Date first{std::chrono::year{2024}, std::chrono::January, std::chrono::day{1}};
        for (int i = 0; i < 600; ++i) {
            NightEntry entry;
            entry.date = addDays(first, i);
            entry.severity = 2;
            entry.notes = "NIGHTNOTE " + std::string(150, '.');
            REQUIRE(opened->saveNight(Night::create(entry).value()).ok());
        }
    }
    testsupport::damageLeafPageHolding(journal, "NIGHTNOTE");
    const auto bytes = bytesOf(journal);
    for (const char* command : {"list", "export"}) {
        std::vector<std::string> args{"--database", journal.string(), command};
        if (std::string(command) == "list")
            args.push_back("nights");
        else
            args.insert(args.end(), {"--format", "json", "--out", (folder / "x.json").string()});
        const CliRun run = runCli(args);
        INFO(command << ": " << run.err);
        CHECK(run.exitCode == 1);
        CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
    }
    CHECK(bytesOf(journal) == bytes);
}

TEST_CASE("cli: backup --out copies a journal on read-only media to a writable folder")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    REQUIRE(runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"})
                .exitCode == 0);
    TempFolder elsewhere;
    const auto target = elsewhere / "copy.sqlite";
    CliRun run;
    {
        ReadOnlyMedia media;
        run = runCli({"--database", db, "backup", "--out", target.string()});
    }
    INFO(run.err);
    CHECK(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("1 nights"));
    CHECK_THAT(runCli({"--database", target.string(), "list", "nights"}).out,
               Catch::Contains("2026-02-01"));
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
}

TEST_CASE("cli: a journal of an older format on read-only media is listed as it is")
{
    TempFolder folder;
    const auto journal = folder / "journal.sqlite";
    fs::copy_file(fs::path(QUIETLEGS_TEST_DATA) / "journals" /
                      "schema-v5.sqlite" /* an older format than today's */,
                  journal);
    const auto bytes = bytesOf(journal);
    CliRun listed;
    CliRun exported;
    CliRun written;
    TempFolder exports;
    {
        ReadOnlyMedia media;
        listed = runCli({"--database", journal.string(), "list", "nights"});
        exported = runCli({"--database", journal.string(), "export", "--format", "json", "--out",
                           (exports / "journal.json").string()});
        written = runCli({"--database", journal.string(), "log", "night", "--date", "2026-02-02",
                          "--severity", "4"});
    }
    INFO(listed.err << exported.err);
    CHECK(listed.exitCode == 0);
    CHECK_FALSE(listed.out.empty());
    CHECK_THAT(listed.err, Catch::Contains("shown as it is"));
    CHECK_THAT(listed.err, Catch::Contains("cannot be upgraded there"));
    CHECK(exported.exitCode == 0);
    CHECK(fs::exists(exports / "journal.json"));
    CHECK(written.exitCode == 1);
    CHECK_THAT(written.err, Catch::Contains("read-only"));
    CHECK(bytesOf(journal) == bytes);
    CHECK(namesIn(folder.path()) == std::set<std::string>{"journal.sqlite"});
}

} // namespace QUIETLEGS_TEST_FILE
