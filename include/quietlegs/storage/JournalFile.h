#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/storage/SqliteDatabase.h"

#include <cstdint>
#include <filesystem>
#include <optional>

namespace quietlegs {

/// What a sound QuietLegs journal file holds (for backup listings and restore messages).
struct JournalFileInfo
{
    int schemaVersion = 0;
    std::int64_t nights = 0;
    std::int64_t intakes = 0;
    std::optional<Date> firstNight;
    std::optional<Date> lastNight;
};

/// Checks that `file` is a QuietLegs journal this build can use: an SQLite file with our
/// application_id, a user_version from 1 to kJournalSchemaVersion, and `PRAGMA integrity_check`
/// = ok. Opens it read-only and never changes it; the error says which check failed.
Result<JournalFileInfo> inspectJournalFile(const std::filesystem::path& file);

/// Copies the database open in `source` to `target` with the SQLite online backup API, so
/// that a half-written copy never carries the final name: the copy goes to a temporary file
/// (owner-only) in target's folder, is switched to a self-contained rollback journal, passes
/// inspectJournalFile(), is fsynced, and only then renamed over `target` (folder fsynced).
Result<JournalFileInfo> writeJournalCopy(SqliteDatabase& source,
                                         const std::filesystem::path& target);

} // namespace quietlegs
