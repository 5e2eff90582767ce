#include "quietlegs/storage/JournalCheck.h"

#include "quietlegs/storage/SqliteDatabase.h"
#include "quietlegs/storage/WorkerThread.h"

#include <system_error>

namespace quietlegs {
namespace {

std::optional<std::string> quickCheck(const std::filesystem::path& path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        return std::nullopt;
    // Without a -wal no connection has the file open: read it immutable, so that a damaged
    // file gets no -wal or -shm beside it (Journal::openChecked looks the same way, and
    // checks again on its own connection should a writer have started meanwhile). With a
    // -wal, read-write so that the journal opens as it would for the app; the connection
    // reads and never checkpoints a WAL into a file not yet known to be sound.
    const bool hasWal = std::filesystem::exists(path.string() + "-wal", ec);
    auto db = SqliteDatabase::open(path, hasWal ? SqliteDatabase::Mode::ReadWrite
                                                : SqliteDatabase::Mode::ReadOnlyImmutable);
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
                          // Beside the window's building and the font thread: three
                          // threads on two cores took turns, and a ten-year window came
                          // 10 ms later than an empty one until the check was niced.
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
