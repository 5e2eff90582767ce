// Every journal format ever released still opens, upgraded, with every row (issue 20).
// tests/data/journals/schema-vN.sqlite holds a journal of format N; a file added there is
// picked up without touching this test.
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <sqlite3.h>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

/// Rows of a file read with the SQLite C API alone, not QuietLegs' code.
class RawFile
{
public:
    explicit RawFile(const std::filesystem::path& file)
    {
        REQUIRE(sqlite3_open_v2(file.c_str(), &m_db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    }
    ~RawFile() { sqlite3_close(m_db); }
    RawFile(const RawFile&) = delete;
    RawFile& operator=(const RawFile&) = delete;

    /// Each row of `sql` as its columns' text joined with '|'.
    std::vector<std::string> rows(const std::string& sql) const
    {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        std::vector<std::string> found;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            std::string row;
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto* text = sqlite3_column_text(statement, i);
                row += (i ? "|" : "") + (text ? std::string(reinterpret_cast<const char*>(text))
                                              : std::string("NULL"));
            }
            found.push_back(row);
        }
        sqlite3_finalize(statement);
        return found;
    }

    /// Every table's rowids, in order, by table name.
    std::map<std::string, std::vector<std::string>> rowidsByTable() const
    {
        std::map<std::string, std::vector<std::string>> tables;
        for (const auto& name : rows("SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                     "name NOT LIKE 'sqlite_%'"))
            tables[name] = rows("SELECT rowid FROM \"" + name + "\" ORDER BY rowid");
        return tables;
    }

private:
    sqlite3* m_db = nullptr;
};

std::vector<std::filesystem::path> fixtureFiles()
{
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(
             std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals"))
        if (entry.path().extension() == ".sqlite")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

} // namespace

TEST_CASE("a journal of every released format opens upgraded with every row")
{
    const auto files = fixtureFiles();
    // Formats 1 and 2 were released before these files were kept; later ones add theirs.
    REQUIRE(files.size() >= 2);
    for (const auto& fixture : files) {
        INFO("fixture " << fixture.filename().string());
        TempFolder folder;
        const auto path = folder / "journal.sqlite";
        std::filesystem::copy_file(fixture, path);

        std::map<std::string, std::vector<std::string>> before;
        std::vector<std::string> nightsBefore, intakesBefore;
        int versionBefore = 0;
        {
            RawFile raw(path);
            before = raw.rowidsByTable();
            nightsBefore = raw.rows("SELECT date, severity, notes FROM nights ORDER BY date");
            intakesBefore = raw.rows("SELECT id, nutrient, form, elemental_mg, label FROM intakes "
                                     "ORDER BY id");
            versionBefore = std::stoi(raw.rows("PRAGMA user_version").at(0));
        }
        REQUIRE(versionBefore >= 1);
        REQUIRE(versionBefore <= kJournalSchemaVersion);
        // A fixture with an empty table proves nothing about that table.
        for (const auto& [table, rowids] : before) {
            INFO("table " << table);
            CHECK_FALSE(rowids.empty());
        }

        auto journal = Journal::open(path);
        REQUIRE(journal.ok());
        auto records = journal->records();
        REQUIRE(records.ok()); // every row passes the domain rules of today
        CHECK(std::ptrdiff_t(records->nights.size()) == std::ptrdiff_t(before["nights"].size()));
        CHECK(journal->presets().ok());
        CHECK(journal->customFoods().ok());
        CHECK(journal->foodPortions().ok());

        RawFile raw(path);
        CHECK(raw.rows("PRAGMA user_version").at(0) == std::to_string(kJournalSchemaVersion));
        CHECK(raw.rows("PRAGMA integrity_check").at(0) == "ok");
        const auto after = raw.rowidsByTable();
        for (const auto& [table, rowids] : before) {
            INFO("table " << table);
            REQUIRE(after.count(table) == 1);
            // An upgrade may add a setting that keeps what the journal meant (format 6 sets
            // score_ten_areas_nightly for a journal scoring ten areas nightly); none goes.
            if (table == "settings")
                CHECK(std::includes(after.at(table).begin(), after.at(table).end(),
                                    rowids.begin(), rowids.end()));
            else
                CHECK(after.at(table) == rowids);
        }
        CHECK(raw.rows("SELECT date, severity, notes FROM nights ORDER BY date") == nightsBefore);
        CHECK(raw.rows("SELECT id, nutrient, form, elemental_mg, label FROM intakes ORDER BY id") ==
              intakesBefore);
        if (versionBefore < kJournalSchemaVersion)
            CHECK(std::filesystem::exists(folder / "backups")); // the before-upgrade backup
    }
}

} // namespace QUIETLEGS_TEST_FILE
