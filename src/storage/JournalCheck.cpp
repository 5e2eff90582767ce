#include "quietlegs/storage/JournalCheck.h"

#include "quietlegs/storage/SqliteDatabase.h"

#include <system_error>

#ifdef __linux__
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace quietlegs {
namespace {

// The check runs while the app builds and paints its window, beside a thread reading the
// font configuration: three threads on two cores took turns, and the window came 10 ms later
// with ten years than with an empty journal. Niced (Linux nices threads one by one), the
// check still has the core the other two leave free, yields most of it when they want it,
// and is not starved on a machine busy with other work (SCHED_IDLE would be).
void yieldToTheWindow()
{
#ifdef __linux__
    (void)setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
#endif
}

std::optional<std::string> quickCheck(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return std::nullopt;
    // Read-write only so that a journal in WAL mode opens as it would for the app; the
    // connection reads and never checkpoints a WAL into a file not yet known to be sound.
    auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
    if (!db)
        return std::nullopt;
    db->setCheckpointOnClose(false);
    auto problems = quickCheckProblems(*db);
    if (!problems)
        return std::nullopt;
    return std::move(problems).value();
}

} // namespace

Result<std::string> quickCheckProblems(SqliteDatabase& db)
{
    // Five problems are enough to call the file damaged and to say so.
    auto check = db.prepare("PRAGMA quick_check(5)");
    if (!check)
        return check.error();
    std::string problems;
    for (;;) {
        auto row = check->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        if (std::string line = check->columnText(0); line != "ok")
            problems += (problems.empty() ? "" : "; ") + line;
    }
    return problems;
}

JournalCheck JournalCheck::start(std::filesystem::path path)
{
    JournalCheck check;
    check.m_path = path;
    check.m_verdict = std::async(std::launch::async, [path = std::move(path)] {
                          yieldToTheWindow();
                          return quickCheck(path);
                      }).share();
    return check;
}

std::optional<std::string> JournalCheck::problems()
{
    return m_verdict.valid() ? m_verdict.get() : std::nullopt;
}

} // namespace quietlegs
