// A new journal is created from one schema script made at build time from the migrations
// (tools/journal-schema); it must be exactly the journal the migrations make one by one.
#include "TempJournal.h"
#include "quietlegs/storage/JournalSchema.h"
#include "quietlegs/storage/SqliteDatabase.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

/// The first column of every row of `sql`, as text ("NULL" for null).
std::vector<std::string> textColumn(const SqliteDatabase& db, const std::string& sql)
{
    auto statement = db.prepare(sql);
    REQUIRE(statement.ok());
    std::vector<std::string> rows;
    for (;;) {
        auto row = statement->step();
        REQUIRE(row.ok());
        if (!*row)
            break;
        rows.push_back(statement->optionalText(0).value_or("NULL"));
    }
    return rows;
}

/// What a journal file is, apart from where SQLite put its pages: every schema entry in order
/// (type, name, table, SQL text), the PRAGMAs the migrations set, and every table's rows.
std::vector<std::string> describe(const SqliteDatabase& db)
{
    auto described = textColumn(db, "SELECT type || '|' || name || '|' || tbl_name || '|' || "
                                    "coalesce(sql, 'NULL') FROM sqlite_schema ORDER BY rowid");
    for (const char* pragma :
         {"user_version", "application_id", "auto_vacuum", "encoding", "page_size"})
        for (const auto& value : textColumn(db, std::string("PRAGMA ") + pragma))
            described.push_back(std::string(pragma) + " = " + value);
    for (const auto& table :
         textColumn(db, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY rowid"))
        described.push_back(table + ": " +
                            textColumn(db, "SELECT count(*) FROM \"" + table + "\"").at(0) +
                            " rows");
    return described;
}

} // namespace

TEST_CASE("a new journal gets exactly the schema its migrations build one by one")
{
    TempFolder folder;
    auto created = SqliteDatabase::open(folder / "new.sqlite", SqliteDatabase::Mode::ReadWrite);
    REQUIRE(created.ok());
    REQUIRE(JournalSchema::migrate(*created).ok());

    // Migrating to format 1 first takes the other path: every migration in turn.
    auto migrated =
        SqliteDatabase::open(folder / "migrated.sqlite", SqliteDatabase::Mode::ReadWrite);
    REQUIRE(migrated.ok());
    REQUIRE(JournalSchema::migrate(*migrated, 1).ok());
    REQUIRE(JournalSchema::migrate(*migrated).ok());

    const auto expected = describe(*migrated);
    CHECK(describe(*created) == expected);
    CHECK(std::count(expected.begin(), expected.end(),
                     "user_version = " + std::to_string(kJournalSchemaVersion)) == 1);
    CHECK(textColumn(*created, "PRAGMA integrity_check") == std::vector<std::string>{"ok"});
}

} // namespace QUIETLEGS_TEST_FILE
