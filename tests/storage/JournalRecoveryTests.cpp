// Recovering what can be read from a damaged journal (issue 20, item 8).
#include "../support/DamagedPages.h"
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalFile.h"
#include "quietlegs/storage/JournalRecovery.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Date day(int y, unsigned m, unsigned d)
{
    return Date{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
}

Night nightOf(Date date, std::string notes)
{
    NightEntry entry;
    entry.date = date;
    entry.severity = 4;
    entry.notes = std::move(notes);
    return Night::create(entry).value();
}

Intake intakeOn(Date date, double mg)
{
    IntakeEntry entry;
    entry.takenAt = LocalDateTime{std::chrono::local_days{date} + std::chrono::hours{21}};
    entry.nutrient = Nutrient::Magnesium;
    entry.form = "glycinate";
    entry.route = Route::Oral;
    entry.elementalMg = mg;
    return Intake::create(entry).value();
}

constexpr int kNights = 800;
constexpr int kIntakes = 50;

/// A journal with enough nights (long notes carrying a marker) for many leaf pages.
void writeJournal(const std::filesystem::path& path)
{
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    REQUIRE(journal
                ->inTransaction([&]() -> Status {
                    for (int i = 0; i < kNights; ++i)
                        if (auto id = journal->saveNight(
                                nightOf(addDays(day(2023, 1, 1), i),
                                        "NIGHTNOTE " + std::to_string(i) + std::string(150, '.')));
                            !id)
                            return id.error();
                    for (int i = 0; i < kIntakes; ++i)
                        if (auto id =
                                journal->addIntake(intakeOn(addDays(day(2023, 1, 1), i), 100 + i));
                            !id)
                            return id.error();
                    return {};
                })
                .ok());
}

const RecoveredTable& tableOf(const RecoveryReport& report, const std::string& name)
{
    for (const auto& table : report.tables)
        if (table.table == name)
            return table;
    FAIL("no table " << name);
    throw;
}

} // namespace

TEST_CASE("recover copies every row of a sound journal")
{
    TempFolder folder;
    writeJournal(folder / "journal.sqlite");
    auto report = recoverJournal(folder / "journal.sqlite", folder / "recovered.sqlite");
    REQUIRE(report.ok());
    CHECK(report->complete());
    CHECK(tableOf(*report, "nights").copied == kNights);
    CHECK(tableOf(*report, "intakes").copied == kIntakes);
    auto recovered = Journal::open(folder / "recovered.sqlite", Journal::Access::ReadOnly);
    REQUIRE(recovered.ok());
    CHECK(recovered->counts()->nights == kNights);
    auto night = recovered->night(day(2023, 1, 11));
    REQUIRE(night.ok());
    REQUIRE(night->has_value());
    CHECK((*night)->notes().rfind("NIGHTNOTE 10.", 0) == 0);
}

TEST_CASE("recover skips a damaged page of nights, names its rowids and keeps the rest")
{
    TempFolder folder;
    const auto source = folder / "journal.sqlite";
    writeJournal(source);
    testsupport::damageLeafPageHolding(source, "NIGHTNOTE");

    const auto target = folder / "recovered.sqlite";
    auto report = recoverJournal(source, target);
    REQUIRE(report.ok());
    // Nothing beside the damaged file, and no temporary file beside the new one.
    CHECK_FALSE(std::filesystem::exists(source.string() + "-wal"));
    CHECK_FALSE(std::filesystem::exists(source.string() + "-shm"));
    int files = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder.path()))
        ++files;
    CHECK(files == 2);
    // The damage is real: the journal's nights cannot be read as a whole.
    REQUIRE_FALSE(Journal::open(source, Journal::Access::ReadOnly)->records().ok());
    CHECK_FALSE(report->complete());
    const auto& nights = tableOf(*report, "nights");
    // One leaf page of 4096 bytes holds about twenty of these nights.
    CHECK(nights.copied < kNights);
    CHECK(nights.copied > kNights - 40);
    REQUIRE(nights.unreadable.size() == 1);
    const auto [lo, hi] = nights.unreadable.front();
    CHECK(hi - lo + 1 == kNights - nights.copied);
    CHECK(lo > 1);
    CHECK(hi < kNights);
    CHECK(tableOf(*report, "intakes").copied == kIntakes);
    CHECK(tableOf(*report, "intakes").complete());
    CHECK_THAT(report->text(), Catch::Contains("nights: " + std::to_string(nights.copied) +
                                               " rows copied; rowids " + std::to_string(lo) + "-" +
                                               std::to_string(hi) + " could not be read"));

    // The new journal is sound, current, and holds every row around the hole.
    REQUIRE(inspectJournalFile(target).ok());
    auto recovered = Journal::open(target);
    REQUIRE(recovered.ok());
    auto records = recovered->records();
    REQUIRE(records.ok());
    CHECK(std::int64_t(records->nights.size()) == nights.copied);
    CHECK(records->nights.front().date() == day(2023, 1, 1));
    CHECK(records->nights.back().date() == addDays(day(2023, 1, 1), kNights - 1));
    CHECK(records->intakes.size() == std::size_t(kIntakes));
}

TEST_CASE("recover reports rows that fail the schema's checks instead of copying them")
{
    TempFolder folder;
    const auto source = folder / "journal.sqlite";
    writeJournal(source);
    {
        // A row no QuietLegs writes, as another tool (or damage) may leave it.
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open(source.c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db,
                             "PRAGMA ignore_check_constraints = ON; UPDATE nights SET severity "
                             "= 42 WHERE date = '2023-01-05'",
                             nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto report = recoverJournal(source, folder / "recovered.sqlite");
    REQUIRE(report.ok());
    const auto& nights = tableOf(*report, "nights");
    CHECK(nights.copied == kNights - 1);
    REQUIRE(nights.refused.size() == 1);
    CHECK_THAT(nights.refused.front(), Catch::Contains("rowid 5") && Catch::Contains("CHECK"));
}

TEST_CASE("recover refuses a file that is not a journal and writes nothing")
{
    TempFolder folder;
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open((folder / "other.sqlite").c_str(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "CREATE TABLE t (x)", nullptr, nullptr, nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
    auto report = recoverJournal(folder / "other.sqlite", folder / "recovered.sqlite");
    REQUIRE_FALSE(report.ok());
    CHECK_THAT(report.error().message(), Catch::Contains("not a QuietLegs journal"));
    CHECK_FALSE(std::filesystem::exists(folder / "recovered.sqlite"));
}

TEST_CASE("recover brings a journal of an older format into the current one")
{
    TempFolder folder;
    const auto source = folder / "v1.sqlite";
    {
        auto db = SqliteDatabase::open(source, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(JournalSchema::migrate(*db, 1).ok());
        REQUIRE(db->execute("INSERT INTO nights (date, severity) VALUES ('2025-06-01', 4), "
                            "('2025-06-02', 5)")
                    .ok());
    }
    auto report = recoverJournal(source, folder / "recovered.sqlite");
    REQUIRE(report.ok());
    CHECK(report->sourceVersion == 1);
    auto info = inspectJournalFile(folder / "recovered.sqlite");
    REQUIRE(info.ok());
    CHECK(info->schemaVersion == kJournalSchemaVersion);
    CHECK(info->nights == 2);
}

} // namespace QUIETLEGS_TEST_FILE
