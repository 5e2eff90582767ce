// `recover`, read-only journals and linked folders through real quietlegs-cli processes
// (issue 20, items 3, 4 and 8).
#include "../storage/TempJournal.h"
#include "../support/DamagedPages.h"
#include "CliProcess.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>
#include <cstdlib>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
namespace fs = std::filesystem;

namespace {

constexpr int kNights = 600;

/// A journal of kNights nights whose notes carry a marker, to find their pages by.
void writeJournal(const fs::path& path)
{
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    const Date first{std::chrono::year{2024}, std::chrono::January, std::chrono::day{1}};
    REQUIRE(journal
                ->inTransaction([&]() -> Status {
                    for (int i = 0; i < kNights; ++i) {
                        NightEntry entry;
                        entry.date = addDays(first, i);
                        entry.severity = i % 11;
                        entry.notes = "NIGHTNOTE " + std::to_string(i) + std::string(150, '.');
                        if (auto id = journal->saveNight(Night::create(entry).value()); !id)
                            return id.error();
                    }
                    return {};
                })
                .ok());
}

bool hasSidecars(const fs::path& file)
{
    return fs::exists(file.string() + "-wal") || fs::exists(file.string() + "-shm");
}

} // namespace

TEST_CASE("cli: recover copies the readable rows of a damaged journal into a new journal")
{
    TempFolder folder;
    const auto damaged = folder / "journal.sqlite";
    writeJournal(damaged);
    testsupport::damageLeafPageHolding(damaged, "NIGHTNOTE");
    const std::string db = damaged.string();
    // A writing command refuses it as damaged, and leaves nothing beside it.
    const CliRun write =
        runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"});
    CHECK(write.exitCode == 1);
    CHECK_THAT(write.err, Catch::Contains("damaged"));
    CHECK_FALSE(hasSidecars(damaged));

    const auto out = folder / "recovered.sqlite";
    const CliRun run = runCli({"--database", db, "recover", "--out", out.string()});
    INFO(run.out << run.err);
    REQUIRE(run.exitCode == 0);
    CHECK_THAT(run.out, Catch::Contains("nights: ") && Catch::Contains("could not be read"));
    CHECK_THAT(run.out, Catch::Contains("recovered what could be read into"));
    CHECK_FALSE(hasSidecars(damaged)); // recover reads it immutable
    // What the issue found: the damaged journal itself cannot be listed.
    CHECK(runCli({"--database", db, "list", "nights"}).exitCode == 1);

    const CliRun check = runCli({"--database", out.string(), "check"});
    INFO(check.out << check.err);
    CHECK(check.exitCode == 0);
    const CliRun listed = runCli({"--database", out.string(), "list", "nights"});
    REQUIRE(listed.exitCode == 0);
    const auto lines = std::count(listed.out.begin(), listed.out.end(), '\n');
    CHECK(lines > kNights - 40);
    CHECK(lines < kNights + 2);

    SECTION("an existing --out is refused without --force, and replaced with it")
    {
        const CliRun again = runCli({"--database", db, "recover", "--out", out.string()});
        CHECK(again.exitCode == 2);
        CHECK_THAT(again.err, Catch::Contains("--out") && Catch::Contains("--force"));
        CHECK(runCli({"--database", db, "recover", "--out", out.string(), "--force"}).exitCode ==
              0);
    }
    SECTION("the journal itself is refused as --out")
    {
        const auto bytes = fs::file_size(damaged);
        const CliRun self = runCli({"--database", db, "recover", "--out", db, "--force"});
        CHECK(self.exitCode == 2);
        CHECK(fs::file_size(damaged) == bytes);
    }
}

TEST_CASE("cli: a journal on read-only media is listed and exported; writes exit 1")
{
    TempFolder folder;
    const auto journal = folder / "journal.sqlite";
    const std::string db = journal.string();
    REQUIRE(runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"})
                .exitCode == 0);
    TempFolder exports;
    // Tests may run as root, where chmod does not stop writes: storage then takes the
    // read-only fact from this test-only variable (it can only take rights away).
    ::setenv("QUIETLEGS_TEST_UNWRITABLE", "folder", 1);
    const CliRun listed = runCli({"--database", db, "list", "nights"});
    const CliRun exported = runCli({"--database", db, "export", "--format", "json", "--out",
                                    (exports / "journal.json").string()});
    const CliRun written =
        runCli({"--database", db, "log", "night", "--date", "2026-02-02", "--severity", "4"});
    ::unsetenv("QUIETLEGS_TEST_UNWRITABLE");

    INFO(listed.err << exported.err);
    CHECK(listed.exitCode == 0);
    CHECK_THAT(listed.out, Catch::Contains("2026-02-01"));
    CHECK(exported.exitCode == 0);
    CHECK(fs::exists(exports / "journal.json"));
    CHECK(written.exitCode == 1);
    CHECK_THAT(written.err, Catch::Contains("read-only"));
    CHECK_THAT(written.err, !Catch::Contains("not a QuietLegs journal"));
    CHECK(written.out.empty());
    CHECK_FALSE(hasSidecars(journal)); // immutable: nothing made in a read-only folder
    const CliRun after = runCli({"--database", db, "list", "nights"});
    CHECK_THAT(after.out, !Catch::Contains("2026-02-02"));
}

TEST_CASE("cli: a journal under a linked folder is written and read")
{
    TempFolder folder;
    fs::create_directories(folder / "var" / "home");
    fs::create_directory_symlink(folder / "var" / "home", folder / "home");
    const std::string db = (folder / "home" / "journal.sqlite").string();
    const CliRun logged =
        runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"});
    INFO(logged.err);
    REQUIRE(logged.exitCode == 0);
    CHECK(fs::exists(folder / "var" / "home" / "journal.sqlite"));
    CHECK_THAT(runCli({"--database", db, "list", "nights"}).out, Catch::Contains("2026-02-01"));
}

} // namespace QUIETLEGS_TEST_FILE
