// Crash-safety harness (issue 6, docs/reliability.md): runs real quietlegs-cli processes and
// kills them with SIGKILL at random moments. After every kill the journal must pass
// `PRAGMA integrity_check`, hold every write whose id the CLI printed, and hold all or none of
// an interrupted batch; an interrupted backup or restore leaves the old file or the new one.
//
//   crash_harness --cli PATH [--iterations N] [--seed S] [--keep]
//
// The journal is checked with the SQLite C API directly, not through QuietLegs' own code.
#include "quietlegs/core/Dates.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <random>
#include <signal.h>
#include <spawn.h>
#include <sqlite3.h>
#include <sstream>
#include <stdexcept>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace {

using namespace quietlegs;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

struct Failure : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

void require(bool condition, const std::string& what)
{
    if (!condition)
        throw Failure(what);
}

/// How one quietlegs-cli run ended.
struct Run
{
    bool killed = false; // SIGKILL landed before the process finished
    int exitCode = -1;
    std::string out;
    std::chrono::microseconds duration{};
};

/// Starts quietlegs-cli processes with posix_spawn, so a kill lands at a precise moment.
class CliRunner
{
public:
    explicit CliRunner(std::string cli) : m_cli(std::move(cli)) {}

    /// Runs to completion.
    Run run(const std::vector<std::string>& args) const { return runAndKill(args, std::nullopt); }

    /// Sends SIGKILL after `delay` unless the process has finished by then.
    Run runAndKill(const std::vector<std::string>& args,
                   std::optional<std::chrono::microseconds> delay) const
    {
        int pipeFds[2];
        if (::pipe2(pipeFds, O_CLOEXEC) != 0)
            throw std::runtime_error("pipe failed");
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_adddup2(&actions, pipeFds[1], STDOUT_FILENO);
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0);
        std::vector<std::string> argvStrings{m_cli};
        argvStrings.insert(argvStrings.end(), args.begin(), args.end());
        std::vector<char*> argv;
        for (auto& arg : argvStrings)
            argv.push_back(arg.data());
        argv.push_back(nullptr);

        const auto started = Clock::now();
        pid_t pid = 0;
        const int rc = ::posix_spawn(&pid, m_cli.c_str(), &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        ::close(pipeFds[1]);
        if (rc != 0) {
            ::close(pipeFds[0]);
            throw std::runtime_error("cannot start " + m_cli + ": " + std::strerror(rc));
        }
        if (delay) {
            std::this_thread::sleep_for(*delay);
            ::kill(pid, SIGKILL);
        }
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
        }
        Run result;
        result.duration =
            std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started);
        std::array<char, 4096> buffer{};
        for (;;) {
            const ssize_t got = ::read(pipeFds[0], buffer.data(), buffer.size());
            if (got < 0 && errno == EINTR)
                continue;
            if (got <= 0)
                break;
            result.out.append(buffer.data(), std::size_t(got));
        }
        ::close(pipeFds[0]);
        result.killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
        result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        return result;
    }

private:
    std::string m_cli;
};

/// A read-mostly look at a journal file through the SQLite C API.
class JournalProbe
{
public:
    explicit JournalProbe(const fs::path& file)
    {
        if (!fs::exists(file))
            return;
        if (sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            throw Failure("cannot open " + file.string() + ": " + sqlite3_errmsg(m_db));
        sqlite3_busy_timeout(m_db, 5000);
    }
    JournalProbe(const JournalProbe&) = delete;
    JournalProbe& operator=(const JournalProbe&) = delete;
    ~JournalProbe() { sqlite3_close(m_db); }

    bool exists() const { return m_db != nullptr; }

    std::string integrity() const
    {
        std::string result;
        query("PRAGMA integrity_check", {}, [&](sqlite3_stmt* row) {
            result += (result.empty() ? "" : "; ") +
                      std::string(reinterpret_cast<const char*>(sqlite3_column_text(row, 0)));
        });
        return result;
    }

    bool hasTable(const std::string& table) const
    {
        return integer("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
                       {table}) > 0;
    }

    std::int64_t count(const std::string& table) const
    {
        return hasTable(table) ? integer("SELECT count(*) FROM " + table, {}) : 0;
    }

    std::int64_t integer(const std::string& sql, const std::vector<std::string>& binds) const
    {
        std::int64_t value = 0;
        query(sql, binds, [&](sqlite3_stmt* row) { value = sqlite3_column_int64(row, 0); });
        return value;
    }

private:
    template <typename OnRow>
    void query(const std::string& sql, const std::vector<std::string>& binds, OnRow onRow) const
    {
        sqlite3_stmt* statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) != SQLITE_OK)
            throw Failure("cannot run \"" + sql + "\": " + sqlite3_errmsg(m_db));
        for (std::size_t i = 0; i < binds.size(); ++i)
            sqlite3_bind_text(statement, int(i + 1), binds[i].c_str(), -1, SQLITE_TRANSIENT);
        int rc = 0;
        while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
            onRow(statement);
        sqlite3_finalize(statement);
        if (rc != SQLITE_DONE)
            throw Failure("\"" + sql + "\" failed: " + sqlite3_errstr(rc));
    }

    sqlite3* m_db = nullptr;
};

void requireSound(const fs::path& journal, const std::string& context)
{
    JournalProbe probe(journal);
    if (probe.exists()) {
        const std::string integrity = probe.integrity();
        require(integrity == "ok", context + ": integrity_check says " + integrity);
    }
}

void removeJournal(const fs::path& journal)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        fs::remove(journal.string() + suffix);
    fs::remove_all(journal.parent_path() / "backups");
}

/// Counts of the tables a batch writes; all zero or all full after a kill.
using TableCounts = std::map<std::string, std::int64_t>;

TableCounts countsOf(const fs::path& journal, const std::vector<std::string>& tables)
{
    JournalProbe probe(journal);
    TableCounts counts;
    for (const auto& table : tables)
        counts[table] = probe.exists() ? probe.count(table) : 0;
    return counts;
}

std::string describe(const TableCounts& counts)
{
    std::string text;
    for (const auto& [table, n] : counts)
        text += table + "=" + std::to_string(n) + " ";
    return text;
}

/// A large all-or-nothing write. An importer joins the list with its command line and the
/// tables it fills (e.g. {"import", {"import", "FILE"}, {"nights", "intakes", ...}}).
struct BatchCommand
{
    std::string name;
    std::vector<std::string> args;
    std::vector<std::string> tables;
    std::string successMarker; // printed on stdout only after the commit
};

struct Harness
{
    CliRunner cli;
    fs::path folder;
    std::mt19937_64 random;
    int killedMidway = 0;
    int runs = 0;

    std::chrono::microseconds randomDelay(std::chrono::microseconds upTo)
    {
        std::uniform_int_distribution<std::int64_t> pick(0,
                                                         std::max<std::int64_t>(upTo.count(), 1));
        return std::chrono::microseconds{pick(random)};
    }

    Run kill(const std::vector<std::string>& args, std::chrono::microseconds upTo)
    {
        Run run = cli.runAndKill(args, randomDelay(upTo));
        ++runs;
        if (run.killed)
            ++killedMidway;
        return run;
    }

    static std::chrono::microseconds median(std::vector<std::chrono::microseconds> values)
    {
        std::sort(values.begin(), values.end());
        return values[values.size() / 2];
    }

    /// Single `log night` / `log intake` writes: every id printed must be in the journal.
    void singleWrites(int iterations)
    {
        const fs::path journal = folder / "single" / "journal.sqlite";
        fs::create_directories(journal.parent_path());
        const std::vector<std::string> db = {"--database", journal.string()};
        auto with = [&db](std::vector<std::string> args) {
            args.insert(args.begin(), db.begin(), db.end());
            return args;
        };
        // Some content first, so that the day's first write also makes the daily backup.
        require(cli.run(with({"demo", "--days", "30", "--end", "2026-01-31"})).exitCode == 0,
                "demo for the single-write journal failed");

        std::vector<std::pair<std::string, std::string>> nights;  // id, date
        std::vector<std::pair<std::string, std::string>> intakes; // id, taken_at
        auto writeArgs = [&](int i) {
            const std::string date = formatDate(addDays(
                Date{std::chrono::year{1990}, std::chrono::January, std::chrono::day{1}}, i));
            if (i % 2 == 0)
                return std::pair{date, with({"log",
                                             "night",
                                             "--date",
                                             date,
                                             "--severity",
                                             std::to_string(i % 11),
                                             "--into-bed",
                                             "22:30",
                                             "--lights-out",
                                             "22:45",
                                             "--sleep-latency",
                                             "15",
                                             "--waso",
                                             "20",
                                             "--final-wake",
                                             "06:30",
                                             "--out-of-bed",
                                             "06:45",
                                             "--notes",
                                             "crash " + std::to_string(i)})};
            const std::string at = date + "T08:00";
            return std::pair{at, with({"log", "intake", "--at", at, "--nutrient", "magnesium",
                                       "--form", "glycinate", "--compound-mg", "1000"})};
        };
        auto record = [&](int i, const std::string& key, const Run& run) {
            if (run.out.empty() || run.out.back() != '\n')
                return; // no complete id printed: the write may or may not be there
            std::string id = run.out.substr(0, run.out.size() - 1);
            (i % 2 == 0 ? nights : intakes).emplace_back(id, key);
        };

        std::vector<std::chrono::microseconds> durations;
        for (int i = 0; i < 6; ++i) {
            auto [key, args] = writeArgs(i);
            Run run = cli.run(args);
            require(run.exitCode == 0, "calibration write failed");
            durations.push_back(run.duration);
            record(i, key, run);
        }
        // Most of a run is start-up and checks; past the median the write itself is reached.
        const auto window = median(durations) * 3 / 2;
        for (int i = 6; i < 6 + iterations; ++i) {
            auto [key, args] = writeArgs(i);
            Run run = kill(args, window);
            record(i, key, run);
            const std::string context =
                "single write #" + std::to_string(i) + (run.killed ? " (killed)" : "");
            requireSound(journal, context);
            JournalProbe probe(journal);
            for (const auto& [id, date] : nights)
                require(probe.integer("SELECT count(*) FROM nights WHERE id = ?1 AND date = ?2",
                                      {id, date}) == 1,
                        context + ": night " + id + " of " + date + " was printed but is missing");
            for (const auto& [id, at] : intakes)
                require(
                    probe.integer("SELECT count(*) FROM intakes WHERE id = ?1 AND taken_at = ?2",
                                  {id, at}) == 1,
                    context + ": intake " + id + " at " + at + " was printed but is missing");
        }
        require(cli.run(with({"check"})).exitCode == 0, "check fails after the single writes");
        std::cout << "single writes: " << iterations << " runs; " << nights.size() << " nights and "
                  << intakes.size() << " intakes confirmed by their printed id are all present\n";
    }

    /// Large all-or-nothing writes: after a kill, all of the batch or none of it.
    void batches(const BatchCommand& batch, int iterations)
    {
        const fs::path journal = folder / "batch" / "journal.sqlite";
        fs::create_directories(journal.parent_path());
        std::vector<std::string> args = {"--database", journal.string()};
        args.insert(args.end(), batch.args.begin(), batch.args.end());

        removeJournal(journal);
        const Run full = cli.run(args);
        require(full.exitCode == 0, batch.name + ": calibration run failed");
        const TableCounts all = countsOf(journal, batch.tables);
        TableCounts none = all;
        for (auto& [table, n] : none)
            n = 0;
        for (int i = 0; i < iterations; ++i) {
            removeJournal(journal);
            Run run = kill(args, full.duration);
            const std::string context =
                batch.name + " #" + std::to_string(i) + (run.killed ? " (killed)" : "");
            requireSound(journal, context);
            const TableCounts found = countsOf(journal, batch.tables);
            require(found == none || found == all, context + ": partial batch: " + describe(found) +
                                                       "(all is " + describe(all) + ")");
            if (run.out.find(batch.successMarker) != std::string::npos)
                require(found == all, context + ": reported success but holds " + describe(found));
        }
        removeJournal(journal);
        require(cli.run(args).exitCode == 0, batch.name + ": final run failed"); // for backups()
        std::cout << batch.name << ": " << iterations << " runs; every one left all ("
                  << describe(all) << ") or none\n";
    }

    /// `backup --out`: the target is absent or a complete, sound journal, never half a file.
    void backups(int iterations)
    {
        const fs::path journal = folder / "batch" / "journal.sqlite"; // the full batch journal
        const fs::path out = folder / "backup-target" / "copy.sqlite";
        fs::create_directories(out.parent_path());
        const std::vector<std::string> args = {"--database", journal.string(), "backup", "--out",
                                               out.string()};
        const std::int64_t nights = countsOf(journal, {"nights"})["nights"];
        const Run full = cli.run(args);
        require(full.exitCode == 0, "calibration backup failed");
        for (int i = 0; i < iterations; ++i) {
            fs::remove(out);
            Run run = kill(args, full.duration);
            const std::string context =
                "backup #" + std::to_string(i) + (run.killed ? " (killed)" : "");
            requireSound(journal, context);
            for (const auto& entry : fs::directory_iterator(out.parent_path()))
                if (entry.path().filename().string()[0] != '.')
                    require(entry.path() == out,
                            context + ": unexpected file " + entry.path().string());
            if (!fs::exists(out)) {
                require(run.killed, context + ": finished without writing the backup");
                continue;
            }
            requireSound(out, context + " target");
            JournalProbe probe(out);
            require(probe.integer("PRAGMA application_id", {}) == 0x514C4753,
                    context + ": not a journal");
            require(probe.count("nights") == nights, context + ": backup holds " +
                                                         std::to_string(probe.count("nights")) +
                                                         " nights");
        }
        require(cli.run(args).exitCode == 0, "final backup failed"); // for restores()
        std::cout << "backup --out: " << iterations
                  << " runs; the target was always absent or complete\n";
    }

    /// `restore`: the journal holds the old content or the restored one, never a mix.
    void restores(int iterations)
    {
        const fs::path big = folder / "backup-target" / "copy.sqlite"; // from backups()
        const fs::path small = folder / "restore" / "small.sqlite";
        const fs::path journal = folder / "restore" / "journal.sqlite";
        fs::create_directories(journal.parent_path());
        require(
            cli.run({"--database", journal.string(), "demo", "--days", "20", "--end", "2026-01-31"})
                    .exitCode == 0,
            "demo for the restore journal failed");
        require(
            cli.run({"--database", journal.string(), "backup", "--out", small.string()}).exitCode ==
                0,
            "backup for the restore journal failed");
        const std::int64_t before = countsOf(small, {"nights"})["nights"];
        const std::int64_t after = countsOf(big, {"nights"})["nights"];
        require(before != after, "restore phase needs two different journals");
        const std::vector<std::string> args = {"--database", journal.string(), "restore",
                                               big.string()};
        std::chrono::microseconds window{0};
        for (int i = 0; i < iterations; ++i) {
            removeJournal(journal);
            fs::copy_file(small, journal);
            Run run = i == 0 ? cli.run(args) : kill(args, window);
            if (i == 0) {
                require(run.exitCode == 0, "calibration restore failed");
                window = run.duration;
            }
            const std::string context =
                "restore #" + std::to_string(i) + (run.killed ? " (killed)" : "");
            requireSound(journal, context);
            const std::int64_t nights = countsOf(journal, {"nights"})["nights"];
            require(nights == before || nights == after,
                    context + ": journal holds " + std::to_string(nights) + " nights");
            if (run.out.find("restored:") != std::string::npos)
                require(nights == after, context + ": reported success but holds the old journal");
        }
        std::cout << "restore: " << iterations
                  << " runs; the journal always held the old or the restored content\n";
    }
};

} // namespace

int main(int argc, char** argv)
{
    std::string cli;
    int iterations = 200;
    std::uint64_t seed = std::random_device{}();
    bool keep = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--cli" && i + 1 < argc)
            cli = argv[++i];
        else if (arg == "--iterations" && i + 1 < argc)
            iterations = std::atoi(argv[++i]);
        else if (arg == "--seed" && i + 1 < argc)
            seed = std::strtoull(argv[++i], nullptr, 10);
        else if (arg == "--keep")
            keep = true;
        else {
            std::cerr << "usage: crash_harness --cli PATH [--iterations N] [--seed S] [--keep]\n";
            return 2;
        }
    }
    if (cli.empty() || iterations < 10) {
        std::cerr << "crash_harness: --cli is required and --iterations must be at least 10\n";
        return 2;
    }
    std::string pattern = (fs::temp_directory_path() / "quietlegs-crash-XXXXXX").string();
    if (!::mkdtemp(pattern.data())) {
        std::cerr << "crash_harness: cannot create a temporary folder\n";
        return 1;
    }
    Harness harness{CliRunner(cli), fs::path(pattern), std::mt19937_64(seed)};
    std::cout << "crash harness: seed " << seed << ", folder " << pattern << '\n';
    const auto started = Clock::now();
    // The large batches: ten years of demo data, and the same ten years exported to
    // interchange JSON and imported, each one transaction. Another importer joins this list.
    const fs::path source = fs::path(pattern) / "source";
    const fs::path tenYears = source / "ten-years.json";
    fs::create_directories(source);
    if (harness.cli.run({"--database", (source / "journal.sqlite").string(), "demo", "--days", "3650",
                         "--end", "2025-12-31"}).exitCode != 0
        || harness.cli.run({"--database", (source / "journal.sqlite").string(), "export", "--format",
                            "json", "--out", tenYears.string()}).exitCode != 0) {
        std::cerr << "crash harness: cannot prepare the import file\n";
        return 1;
    }
    const std::vector<std::string> allTables = {"nights", "intakes", "daily_factors", "lab_results"};
    const std::vector<BatchCommand> batchCommands = {
        {"demo --days 3650", {"demo", "--days", "3650", "--end", "2025-12-31"}, allTables, "demo:"},
        {"import of ten years of interchange JSON", {"import", tenYears.string()}, allTables, " added, "},
    };
    try {
        harness.singleWrites(iterations * 6 / 10);
        for (const auto& batch : batchCommands)
            harness.batches(batch, iterations * 2 / 10 / int(batchCommands.size()));
        harness.backups(iterations / 10);
        harness.restores(iterations / 10);
    } catch (const std::exception& failure) {
        std::cerr << "crash harness FAILED (seed " << seed << ", files kept in " << pattern
                  << "): " << failure.what() << '\n';
        return 1;
    }
    const auto seconds = std::chrono::duration<double>(Clock::now() - started).count();
    std::cout << "crash harness: " << harness.runs << " killed runs (" << harness.killedMidway
              << " killed before they finished) in " << int(seconds) << " s; all checks held\n";
    // A harness whose kills all land after the command finished proves nothing.
    if (harness.killedMidway * 4 < harness.runs) {
        std::cerr << "crash harness FAILED: too few kills landed mid-command\n";
        return 1;
    }
    if (!keep)
        fs::remove_all(pattern);
    return 0;
}
