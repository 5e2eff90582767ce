#pragma once

#include "quietlegs/storage/SqliteDatabase.h"

namespace quietlegs {

/// `PRAGMA application_id` of a QuietLegs journal ("QLGS"), to tell our files from others.
inline constexpr int kJournalApplicationId = 0x514C4753;
/// The newest schema this build knows (`PRAGMA user_version`).
inline constexpr int kJournalSchemaVersion = 11;

/// The journal's tables, and the steps that bring an older file up to date.
class JournalSchema
{
public:
    /// Brings `db` from its user_version to `targetVersion` in one transaction; a file newer
    /// than this build is refused untouched. `targetVersion` exists for migration tests.
    static Status migrate(SqliteDatabase& db, int targetVersion = kJournalSchemaVersion);
    /// The user_version stored in the file.
    static Result<int> versionOf(const SqliteDatabase& db);
};

} // namespace quietlegs
