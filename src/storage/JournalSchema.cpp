#include "quietlegs/storage/JournalSchema.h"

#include "JournalMigrations.h"
#include "quietlegs/core/TimeZone.h"

#include <optional>
#include <sqlite3.h>
#include <string>

namespace quietlegs {
namespace {

#include "NewJournalSchema.inc" // kNewJournalSchema: tools/journal-schema writes it at build time

using journal_migrations::kMigrations;

static_assert(std::size(kMigrations) == kJournalSchemaVersion);
static_assert(kNewJournalSchemaVersion == kJournalSchemaVersion);

/// Whether `db` holds nothing at all yet: a new journal.
Result<bool> holdsNothing(const SqliteDatabase& db)
{
    auto entries = db.queryInteger("SELECT count(*) FROM sqlite_schema");
    if (!entries)
        return entries.error();
    return *entries == 0;
}

/// The end of a migration: the file says which format it now has, and the transaction commits.
Status markVersionAndCommit(SqliteDatabase& db, int targetVersion, SqliteTransaction& transaction)
{
    if (auto status =
            db.execute("PRAGMA user_version = " + std::to_string(targetVersion) +
                       "; PRAGMA application_id = " + std::to_string(kJournalApplicationId));
        !status)
        return status;
    return transaction.commit();
}

} // namespace

Result<int> JournalSchema::versionOf(const SqliteDatabase& db)
{
    auto version = db.queryInteger("PRAGMA user_version");
    if (!version)
        // Only a file SQLite cannot read as a database is "not a journal": a journal that
        // cannot be read now (read-only media, a lock) must never be called that (issue 20).
        return Error{"database", db.path().string(),
                     (sqlite3_errcode(db.handle()) == SQLITE_NOTADB
                          ? "not a QuietLegs journal ("
                          : "cannot read its journal format (") +
                         version.error().rule + ")"};
    return int(*version);
}

Status JournalSchema::migrate(SqliteDatabase& db, int targetVersion)
{
    auto current = versionOf(db);
    if (!current)
        return current.error();
    if (*current > kJournalSchemaVersion)
        return Error{"database", db.path().string(),
                     "was written by a newer QuietLegs (journal format " + std::to_string(*current)
                         + ", this version reads up to " + std::to_string(kJournalSchemaVersion)
                         + "); update QuietLegs to open it"};
    if (*current >= targetVersion)
        return {};
    if (*current < 0)
        return Error{"database", db.path().string(),
                     "has journal format " + std::to_string(*current) + ", which no QuietLegs writes"};

    auto transaction = SqliteTransaction::begin(db);
    if (!transaction)
        return transaction.error();
    // Re-read inside the write lock: another process may have migrated meanwhile.
    current = versionOf(db);
    if (!current)
        return current.error();
    if (*current < 0 || *current > kJournalSchemaVersion)
        return Error{"database", db.path().string(),
                     "changed to journal format " + std::to_string(*current) + " while opening"};
    // A new journal gets the schema the migrations build, made from them at build time
    // (tools/journal-schema): running them one by one made SQLite read the whole schema again
    // after every ALTER TABLE, a ninth of importing ten years into a new journal.
    auto empty = holdsNothing(db);
    if (!empty)
        return empty.error();
    if (*current == 0 && *empty && targetVersion == kNewJournalSchemaVersion) {
        if (auto status = db.execute(kNewJournalSchema); !status)
            return Error{"database", db.path().string(),
                         "cannot create the journal's tables: " + status.error().rule};
        return markVersionAndCommit(db, targetVersion, *transaction);
    }
    // What a migration may need to know of the computer it runs on (kNightTimeZones).
    if (auto status = db.execute("CREATE TEMP TABLE IF NOT EXISTS migration_context (time_zone "
                                 "TEXT); DELETE FROM temp.migration_context;");
        !status)
        return status;
    {
        auto context = db.prepare("INSERT INTO temp.migration_context (time_zone) VALUES (?1)");
        if (!context)
            return context.error();
        // With TZ naming no zone, rows keep no zone (the computer's zone, whatever it is).
        const auto zone = TimeZone::current();
        context->bind(1, zone ? std::optional<std::string>(zone->name()) : std::nullopt);
        if (auto row = context->step(); !row)
            return row.error();
    }
    for (int version = *current + 1; version <= targetVersion; ++version) {
        if (auto status = db.execute(kMigrations[version - 1]); !status)
            return Error{"database", db.path().string(),
                         "cannot upgrade to journal format " + std::to_string(version) + ": "
                             + status.error().rule};
    }
    if (auto status = db.execute("DROP TABLE temp.migration_context"); !status)
        return status;
    return markVersionAndCommit(db, targetVersion, *transaction);
}

} // namespace quietlegs
