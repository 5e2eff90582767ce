// A full disk for the real quietlegs-cli (issue 20, item 1): an LD_PRELOAD library built for
// the tests (tests/support/FullDiskPreload.c) makes every write to the journal's -wal fail
// with ENOSPC, as on a full disk; the shipped program knows nothing of it. A mounted tiny
// file system would need root (mount, losetup); this needs none.
#include "../storage/TempJournal.h"
#include "../support/JournalDump.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <cstdlib>

namespace QUIETLEGS_TEST_FILE {

using quietlegs::testsupport::journalDump;

namespace {

/// Runs quietlegs-cli with the WAL's disk full.
CliRun runOnFullDisk(const std::vector<std::string>& args)
{
    const char* asan = std::getenv("ASAN_OPTIONS");
    const std::string asanBefore = asan ? asan : "";
    // Under ASan the preloaded library comes before its runtime, which it checks by default.
    setenv("ASAN_OPTIONS", (asanBefore + ":verify_asan_link_order=0").c_str(), 1);
    setenv("LD_PRELOAD", QUIETLEGS_FULL_DISK_PRELOAD, 1);
    setenv("QUIETLEGS_FULL_DISK_SUFFIX", "-wal", 1);
    CliRun run = runCli(args);
    unsetenv("QUIETLEGS_FULL_DISK_SUFFIX");
    unsetenv("LD_PRELOAD");
    if (asan)
        setenv("ASAN_OPTIONS", asanBefore.c_str(), 1);
    else
        unsetenv("ASAN_OPTIONS");
    return run;
}

} // namespace

TEST_CASE("cli: on a full disk no log command prints an id, each exits 1 and nothing changes")
{
    TempFolder folder;
    const std::string db = (folder / "journal.sqlite").string();
    // A journal with an entry, and today's daily backup made already.
    REQUIRE(runCli({"--database", db, "log", "night", "--date", "2026-11-19", "--severity", "3"})
                .exitCode == 0);
    const std::string before = journalDump(db);

    const std::vector<std::vector<std::string>> writes = {
        {"log", "night", "--date", "2026-11-20", "--severity", "5"},
        {"log", "daily", "--date", "2026-11-20", "--stress", "3"},
        {"log", "lab", "--date", "2026-11-20", "--test", "ferritin", "--value", "48", "--unit",
         "ug/L"},
        {"log", "intake", "--at", "2026-11-20T21:00", "--nutrient", "magnesium", "--form",
         "citrate", "--compound-mg", "1250"},
        {"demo", "--days", "30", "--end", "2026-11-20"},
    };
    for (auto args : writes) {
        INFO(args[0] << " " << args[1]);
        args.insert(args.begin(), {"--database", db});
        const CliRun run = runOnFullDisk(args);
        CHECK(run.exitCode == 1);
        CHECK(run.out.empty()); // no id: nothing is reported saved
        CHECK_THAT(run.err, Catch::Contains("full"));
        CHECK(journalDump(db) == before);
    }
    // With room again the same command saves.
    const CliRun saved =
        runCli({"--database", db, "log", "night", "--date", "2026-11-20", "--severity", "5"});
    CHECK(saved.exitCode == 0);
    CHECK(journalDump(db) != before);
}

} // namespace QUIETLEGS_TEST_FILE
