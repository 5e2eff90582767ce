// Exports never clobber the journal (issue 20, item 2): `export --out` and `backup --out`
// refuse the journal, its -wal/-shm and its backups (also through symbolic and hard links),
// replace another existing file only with --force, and a CSV export replaces an earlier one
// as a set, leaving it whole when writing fails.
#include "quietlegs/io/CsvExport.h"
#include "../storage/TempJournal.h"
#include "../support/JournalDump.h"
#include "CliProcess.h"

#include <catch2/catch.hpp>
#include <csignal>
#include <fstream>
#include <iterator>
#include <sys/resource.h>

namespace QUIETLEGS_TEST_FILE {

using quietlegs::testsupport::journalDump;

namespace {

std::string readBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

void writeBytes(const std::filesystem::path& path, const std::string& bytes)
{
    std::ofstream(path, std::ios::binary) << bytes;
}

/// Every file under `dir` with its bytes, for "nothing changed" checks.
std::string folderContents(const std::filesystem::path& dir)
{
    std::string out;
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(dir))
        if (entry.is_regular_file())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files)
        out += file.string() + "\n" + readBytes(file) + "\n";
    return out;
}

/// Runs quietlegs-cli with files limited to `maxBytes` (RLIMIT_FSIZE; writes past it fail
/// with EFBIG), as a disk that fills up mid-export; returns the exit code.
int runCliWithFileLimit(const std::vector<std::string>& args, rlim_t maxBytes)
{
    const pid_t pid = fork();
    if (pid == 0) {
        const rlimit limit{maxBytes, maxBytes};
        setrlimit(RLIMIT_FSIZE, &limit);
        std::signal(SIGXFSZ, SIG_IGN); // a failed write, not a killed process
        const int null = ::open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        std::vector<std::string> copies = args;
        std::string program = QUIETLEGS_CLI;
        std::vector<char*> argv{program.data()};
        for (auto& arg : copies)
            argv.push_back(arg.data());
        argv.push_back(nullptr);
        execv(program.c_str(), argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

struct ExportSandbox
{
    TempFolder folder;
    std::string db = (folder / "journal.sqlite").string();

    ExportSandbox()
    {
        // Two writes: the journal, today's daily backup in backups/, and a -wal while open.
        REQUIRE(run({"log", "night", "--date", "2026-11-19", "--severity", "3"}).exitCode == 0);
        REQUIRE(run({"log", "night", "--date", "2026-11-20", "--severity", "4"}).exitCode == 0);
    }
    CliRun run(std::vector<std::string> args) const
    {
        args.insert(args.begin(), {"--database", db});
        return runCli(args);
    }
    std::filesystem::path backupFile() const
    {
        for (const auto& entry : std::filesystem::directory_iterator(folder / "backups"))
            return entry.path();
        return {};
    }
};

} // namespace

TEST_CASE("cli: export and backup refuse the journal, its working files and its backups")
{
    ExportSandbox t;
    const std::string journalBytes = readBytes(t.db);
    const std::filesystem::path backup = t.backupFile();
    REQUIRE(!backup.empty());
    const std::string backupBytes = readBytes(backup);
    std::filesystem::create_symlink(t.db, t.folder / "link.json");
    std::filesystem::create_hard_link(t.db, t.folder / "hard-link.json");
    std::filesystem::create_directory_symlink(t.folder.path(), t.folder / "linked-folder");

    const std::vector<std::string> targets = {
        t.db,
        t.db + "-wal",
        t.db + "-shm",
        backup.string(),
        (t.folder / "backups" / "new.json").string(),
        (t.folder / "link.json").string(),
        (t.folder / "hard-link.json").string(),
        (t.folder / "linked-folder" / "journal.sqlite").string(),
        (t.folder / "backups" / ".." / "journal.sqlite").string(),
    };
    for (const std::string& target : targets) {
        for (const char* format : {"json", "csv", "fhir", "pdf"}) {
            INFO(format << " to " << target);
            const CliRun run = t.run({"export", "--format", format, "--out", target, "--force"});
            CHECK(run.exitCode == 2);
            CHECK_THAT(run.err, Catch::Contains("--out") && Catch::Contains("journal"));
        }
        INFO("backup to " << target);
        const CliRun run = t.run({"backup", "--out", target, "--force"});
        CHECK(run.exitCode == 2);
        CHECK_THAT(run.err, Catch::Contains("--out"));
    }
    // A CSV export replaces its folder whole: never the journal's folder or backups.
    for (const auto& folder : {t.folder.path(), t.folder / "backups"}) {
        INFO("csv to " << folder);
        CHECK(t.run({"export", "--format", "csv", "--out", folder.string(), "--force"}).exitCode ==
              2);
    }
    CHECK(readBytes(t.db) == journalBytes);
    CHECK(readBytes(backup) == backupBytes);
    CHECK(t.run({"check"}).exitCode == 0);
}

TEST_CASE("cli: export replaces an existing file only with --force")
{
    ExportSandbox t;
    for (const char* format : {"json", "fhir"}) {
        INFO(format);
        const auto out = t.folder / (std::string("existing-") + format + ".json");
        writeBytes(out, "keep me");
        const CliRun refused = t.run({"export", "--format", format, "--out", out.string()});
        CHECK(refused.exitCode == 2);
        CHECK_THAT(refused.err, Catch::Contains("--force"));
        CHECK(readBytes(out) == "keep me");
        const CliRun forced =
            t.run({"export", "--format", format, "--out", out.string(), "--force"});
        CHECK(forced.exitCode == 0);
        CHECK(readBytes(out).substr(0, 1) == "{");
    }
}

TEST_CASE("cli: a CSV export replaces an earlier one as a set, and only with --force")
{
    ExportSandbox t;
    const auto out = t.folder / "csv";
    REQUIRE(t.run({"export", "--format", "csv", "--out", out.string()}).exitCode == 0);
    const std::string first = folderContents(out);

    REQUIRE(t.run({"log", "night", "--date", "2026-11-21", "--severity", "5"}).exitCode == 0);
    const CliRun refused = t.run({"export", "--format", "csv", "--out", out.string()});
    CHECK(refused.exitCode == 2);
    CHECK_THAT(refused.err, Catch::Contains("--force"));
    CHECK(folderContents(out) == first);

    const CliRun forced = t.run({"export", "--format", "csv", "--out", out.string(), "--force"});
    CHECK(forced.exitCode == 0);
    CHECK(readBytes(out / "nights.csv").find("2026-11-21") != std::string::npos);
    CHECK(std::size_t(std::distance(std::filesystem::directory_iterator(out), {})) ==
          quietlegs::csvExportFiles().size());
    // No temporary or old folder is left beside it.
    for (const auto& entry : std::filesystem::directory_iterator(t.folder.path()))
        CHECK(entry.path().filename().string().find(".csv.") == std::string::npos);

    // A folder holding anything else is never replaced, --force or not.
    const auto mixed = t.folder / "documents";
    std::filesystem::create_directory(mixed);
    writeBytes(mixed / "thesis.odt", "years of work");
    const CliRun documents =
        t.run({"export", "--format", "csv", "--out", mixed.string(), "--force"});
    CHECK(documents.exitCode == 2);
    CHECK_THAT(documents.err, Catch::Contains("thesis.odt"));
    CHECK(readBytes(mixed / "thesis.odt") == "years of work");
}

TEST_CASE("cli: a CSV export that fails midway leaves the earlier export whole")
{
    ExportSandbox t;
    REQUIRE(t.run({"demo", "--days", "730", "--end", "2026-11-18"}).exitCode == 0);
    const auto out = t.folder / "csv";
    REQUIRE(t.run({"export", "--format", "csv", "--out", out.string(), "--to", "2025-01-01"})
                .exitCode == 0);
    const std::string earlier = folderContents(out);
    REQUIRE(readBytes(out / "nights.csv").size() < 40'000);

    // nights.csv of two years is larger than files may grow now: writing it fails.
    CHECK(runCliWithFileLimit(
              {"--database", t.db, "export", "--format", "csv", "--out", out.string(), "--force"},
              40'000) == 1);
    CHECK(folderContents(out) == earlier);
    for (const auto& entry : std::filesystem::directory_iterator(t.folder.path()))
        CHECK(entry.path().filename().string().find(".csv.") == std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
