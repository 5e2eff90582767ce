// Issue 6, "Bad input, everywhere": each class of bad input the CLI accepts today is refused
// with a message naming the flag, exit code 2, and the journal unchanged in content and bytes.
#include "CliProcess.h"
#include "../support/JournalDump.h"
#include "../storage/TempJournal.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs::testsupport;

namespace {

std::string bytesOf(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

struct BadInput
{
    const char* what;
    std::vector<std::string> args;
    std::string named; // the flag (or file) the message must name
};

std::vector<std::string> intake(std::vector<std::string> extra)
{
    std::vector<std::string> args = {"log",        "intake",    "--at",   "2026-01-10T08:00",
                                     "--nutrient", "magnesium", "--form", "glycinate"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

std::vector<std::string> night(std::vector<std::string> extra)
{
    std::vector<std::string> args = {"log", "night", "--date", "2026-01-10"};
    args.insert(args.end(), extra.begin(), extra.end());
    return args;
}

} // namespace

TEST_CASE("bad command-line input is refused naming the flag, exit 2, journal unchanged")
{
    TempFolder folder;
    const std::string journal = (folder / "journal.sqlite").string();
    REQUIRE(runCli({"--database", journal, "demo", "--days", "40", "--end", "2026-01-31"})
                .exitCode == 0);
    // A write with content makes the day's backup now, so no refused command below could.
    REQUIRE(runCli(
                {"--database", journal, "log", "daily", "--date", "2026-01-31", "--stress", "4"})
                .exitCode == 0);
    std::ofstream(folder / "notes.txt") << "not a journal\n";

    const std::vector<BadInput> cases = {
        {"February 30", {"log", "night", "--date", "2026-02-30", "--severity", "3"}, "--date"},
        {"a date in the wrong format",
         {"log", "daily", "--date", "10.01.2026", "--stress", "2"},
         "--date"},
        {"a clock time 25:61", night({"--into-bed", "25:61"}), "--into-bed"},
        {"a minute 61", night({"--into-bed", "22:00", "--final-wake", "07:61"}), "--final-wake"},
        {"an intake at 25:61",
         {"log", "intake", "--at", "2026-01-10T25:61", "--nutrient", "magnesium", "--form",
          "glycinate", "--compound-mg", "200"},
         "--at"},
        {"a negative dose", intake({"--compound-mg", "-200"}), "--compound-mg"},
        {"a zero elemental dose", intake({"--elemental-mg", "0"}), "--elemental-mg"},
        {"a dose in words", intake({"--compound-mg", "two hundred"}), "--compound-mg"},
        {"a dose that is not a number", intake({"--elemental-mg", "nan"}), "--elemental-mg"},
        {"an infinite dose", intake({"--elemental-mg", "inf"}), "--elemental-mg"},
        {"an absurdly large compound dose", intake({"--compound-mg", "1e9"}), "--compound-mg"},
        {"an absurdly large elemental dose", intake({"--elemental-mg", "99999"}), "--elemental-mg"},
        {"more elemental than compound", intake({"--compound-mg", "100", "--elemental-mg", "200"}),
         "--elemental-mg"},
        {"an IRLS item of 5", night({"--irls", "5,0,0,0,0,0,0,0,0,0"}), "--irls"},
        {"a negative IRLS item", night({"--irls", "-1,0,0,0,0,0,0,0,0,0"}), "--irls"},
        {"nine IRLS items", night({"--irls", "1,1,1,1,1,1,1,1,1"}), "--irls"},
        {"eleven IRLS items", night({"--irls", "1,1,1,1,1,1,1,1,1,1,1"}), "--irls"},
        {"an IRLS item in words", night({"--irls", "1,2,three,1,1,1,1,1,1,1"}), "--irls"},
        {"waking before lights out",
         night({"--into-bed", "23:00", "--lights-out", "23:10", "--final-wake", "22:00"}),
         "--final-wake"},
        {"out of bed before waking",
         night({"--lights-out", "23:00", "--final-wake", "07:00", "--out-of-bed", "06:30"}),
         "--out-of-bed"},
        {"awake longer than the night",
         night({"--lights-out", "23:00", "--final-wake", "06:00", "--sleep-latency", "300",
                "--waso", "200"}),
         "--waso"},
        {"a sleep latency of 30 hours", night({"--sleep-latency", "1800"}), "--sleep-latency"},
        {"a negative number of awakenings", night({"--awakenings", "-2"}), "--awakenings"},
        {"severity 11", night({"--severity", "11"}), "--severity"},
        {"an unknown nutrient",
         {"log", "intake", "--at", "2026-01-10T08:00", "--nutrient", "zinc", "--form", "gluconate",
          "--compound-mg", "50"},
         "--nutrient"},
        {"an unknown form", intake({"--compound-mg", "200", "--form", "unobtainium"}), "--form"},
        {"an unknown route", intake({"--compound-mg", "200", "--route", "nasal"}), "--route"},
        {"stress 11", {"log", "daily", "--date", "2026-01-10", "--stress", "11"}, "--stress"},
        {"negative caffeine",
         {"log", "daily", "--date", "2026-01-10", "--caffeine", "-5"},
         "--caffeine"},
        {"a lab value in words",
         {"log", "lab", "--date", "2026-01-10", "--test", "ferritin", "--value", "low"},
         "--value"},
        {"an unknown lab test",
         {"log", "lab", "--date", "2026-01-10", "--test", "zinc", "--value", "3"},
         "--test"},
        {"a negative ferritin",
         {"log", "lab", "--date", "2026-01-10", "--test", "ferritin", "--value", "-3"},
         "--value"},
        {"a demo of no days", {"demo", "--days", "0"}, "--days"},
        {"a range that ends before it starts",
         {"list", "nights", "--from", "2026-02-01", "--to", "2026-01-01"},
         "--to"},
        {"restoring a text file", {"restore", (folder / "notes.txt").string()}, "notes.txt"},
        {"restoring a missing file",
         {"restore", (folder / "missing.sqlite").string()},
         "missing.sqlite"},
        {"a backup into a missing folder",
         {"backup", "--out", (folder / "nope" / "b.sqlite").string()},
         "--out"},
        {"a backup over the journal", {"backup", "--out", journal}, "--out"},
    };

    const std::string contentBefore = journalDump(journal);
    const std::string bytesBefore = bytesOf(journal);
    const auto backupsBefore =
        std::distance(std::filesystem::directory_iterator(folder / "backups"),
                      std::filesystem::directory_iterator());
    for (const BadInput& bad : cases) {
        if (bad.named.empty())
            continue;
        INFO(bad.what);
        std::vector<std::string> args = {"--database", journal};
        args.insert(args.end(), bad.args.begin(), bad.args.end());
        const CliRun result = runCli(args);
        INFO("stderr: " << result.err);
        CHECK(result.exitCode == 2);
        CHECK_THAT(result.err, Catch::Contains(bad.named));
        CHECK(result.out.empty());
        CHECK(journalDump(journal) == contentBefore);
        CHECK(bytesOf(journal) == bytesBefore);
    }
    CHECK(std::distance(std::filesystem::directory_iterator(folder / "backups"),
                        std::filesystem::directory_iterator()) == backupsBefore);
}

} // namespace QUIETLEGS_TEST_FILE
