#pragma once

#include "quietlegs/core/Result.h"

#include <filesystem>
#include <future>
#include <optional>
#include <string>

namespace quietlegs {

class SqliteDatabase;

/// Runs `PRAGMA quick_check` on `db`: "" when it passes, else the problems found, joined.
Result<std::string> quickCheckProblems(SqliteDatabase& db);

/// The `PRAGMA quick_check` that Journal::openChecked runs before writing to a journal,
/// started ahead on a thread and a connection of its own. The desktop app starts it first
/// thing, builds its window meanwhile, and opens the journal with it: on two cores the check
/// of a ten-year journal (its CHECK constraints re-run on every row) no longer precedes the
/// first paint (docs/performance.md). Nothing is written before the verdict either way.
class JournalCheck
{
public:
    /// Starts checking the file at `path`; nothing is checked (or created) when it is absent.
    static JournalCheck start(std::filesystem::path path);

    const std::filesystem::path& path() const { return m_path; }
    /// Waits for the verdict: "" when the check passed, else the problems it found (as
    /// openChecked words them). None when it could not run here (no file, a lock, an error):
    /// openChecked then checks again itself and tells those cases apart.
    std::optional<std::string> problems();

private:
    std::filesystem::path m_path;
    std::shared_future<std::optional<std::string>> m_verdict;
};

} // namespace quietlegs
