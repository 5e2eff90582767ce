// The CLI's backup commands end to end: backup --out, backups, restore, the daily backup made
// by writing commands, and a damaged journal refused with the newest good backup named.
#include "../storage/TempJournal.h"
#include "../support/JournalDump.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sys/stat.h>

namespace QUIETLEGS_TEST_FILE {

using quietlegs::testsupport::journalDump;

namespace {

std::string bytesOf(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

int countOf(const std::string& text, const std::string& word)
{
    int n = 0;
    for (auto at = text.find(word); at != std::string::npos; at = text.find(word, at + 1))
        ++n;
    return n;
}

} // namespace

TEST_CASE("writing commands make one daily backup a day, listed with its nights")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    REQUIRE(runCli({"--database", db, "demo", "--days", "10", "--end", "2026-01-31"}).exitCode ==
            0);
    // The demo filled an empty journal: nothing to back up yet.
    CHECK_THAT(runCli({"--database", db, "backups"}).out, Catch::Contains("no backups yet"));
    const std::string checked = runCli({"--database", db, "check"}).out; // "ok: ... (9 nights, ..."
    const std::string nights =
        checked.substr(checked.find('(') + 1, checked.find(" nights") - checked.find('(') - 1);
    REQUIRE(runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"})
                .exitCode == 0);
    REQUIRE(runCli({"--database", db, "log", "daily", "--date", "2026-02-01", "--stress", "3"})
                .exitCode == 0);
    const CliRun list = runCli({"--database", db, "backups"});
    CHECK(list.exitCode == 0);
    CHECK(countOf(list.out, "-daily.sqlite") == 1);
    // Taken before the night of 2026-02-01 was saved: the demo's nights.
    CHECK_THAT(list.out, Catch::Contains("daily           " + nights + " "));
}

TEST_CASE("backup --out writes a verified owner-only copy and does not overwrite by accident")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    const std::string out = (folder / "copy.sqlite").string();
    REQUIRE(runCli({"--database", db, "demo", "--days", "10", "--end", "2026-01-31"}).exitCode ==
            0);
    const CliRun backup = runCli({"--database", db, "backup", "--out", out});
    REQUIRE(backup.exitCode == 0);
    CHECK_THAT(backup.out, Catch::Contains("verified"));
    CHECK(journalDump(out) == journalDump(db));
    struct stat info
    {
    };
    REQUIRE(::stat(out.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);

    const CliRun again = runCli({"--database", db, "backup", "--out", out});
    CHECK(again.exitCode == 2);
    CHECK_THAT(again.err, Catch::Contains("--force"));
    CHECK(runCli({"--database", db, "backup", "--out", out, "--force"}).exitCode == 0);
}

TEST_CASE("restore brings back a backup and keeps the replaced journal")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    const std::string out = (folder / "copy.sqlite").string();
    REQUIRE(runCli({"--database", db, "demo", "--days", "10", "--end", "2026-01-31"}).exitCode ==
            0);
    REQUIRE(runCli({"--database", db, "backup", "--out", out}).exitCode == 0);
    const std::string atBackup = journalDump(db);
    REQUIRE(runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"})
                .exitCode == 0);

    const CliRun restore = runCli({"--database", db, "restore", out});
    REQUIRE(restore.exitCode == 0);
    CHECK_THAT(restore.out, Catch::Contains("restored"));
    CHECK(journalDump(db) == atBackup);
    const CliRun list = runCli({"--database", db, "backups"});
    CHECK_THAT(list.out, Catch::Contains("before restore"));
    CHECK(runCli({"--database", db, "check"}).exitCode == 0);
}

TEST_CASE("a damaged journal is not written to and the newest good backup is named")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    REQUIRE(runCli({"--database", db, "demo", "--days", "200", "--end", "2026-01-31"}).exitCode ==
            0);
    REQUIRE(runCli({"--database", db, "log", "night", "--date", "2026-02-01", "--severity", "3"})
                .exitCode == 0);
    {
        // Damage every page but the first two (the header and schema stay readable).
        std::string bytes = bytesOf(db);
        REQUIRE(bytes.size() > 8 * 4096);
        for (std::size_t page = 2; page * 4096 < bytes.size(); ++page)
            for (std::size_t i = 0; i < 64; ++i)
                bytes[page * 4096 + 16 + i] = char(0xA5);
        std::ofstream(db, std::ios::binary | std::ios::trunc) << bytes;
    }
    const std::string damaged = bytesOf(db);

    const CliRun write =
        runCli({"--database", db, "log", "night", "--date", "2026-02-02", "--severity", "4"});
    CHECK(write.exitCode == 1);
    CHECK_THAT(write.err, Catch::Contains("damaged"));
    CHECK_THAT(write.err, Catch::Contains("newest good backup"));
    CHECK_THAT(write.err, Catch::Contains("restore"));
    CHECK(bytesOf(db) == damaged);

    const CliRun check = runCli({"--database", db, "check"});
    CHECK(check.exitCode == 1);
    CHECK_THAT(check.out, Catch::Contains("newest good backup"));

    // Restoring the named backup gives a sound journal again.
    const auto named = write.err.substr(write.err.find("newest good backup is ") + 22);
    const std::string backup = named.substr(0, named.find(" ("));
    REQUIRE(runCli({"--database", db, "restore", backup}).exitCode == 0);
    CHECK(runCli({"--database", db, "check"}).exitCode == 0);
}

} // namespace QUIETLEGS_TEST_FILE
