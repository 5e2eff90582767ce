// Weekly IRLS check-ins and a night's onset, RLS awakenings and arms (issue 21).
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d)
{
    return year{y} / month{m} / d;
}

WeeklyIrls weekOf(Date weekEnding, std::vector<int> items)
{
    auto week = WeeklyIrls::create({weekEnding, std::move(items), "manual", ""});
    REQUIRE(week.ok());
    return *week;
}

Night nightWithOnset(Date date)
{
    NightEntry entry;
    entry.date = date;
    entry.timeZone = "Europe/Berlin";
    entry.severity = 5;
    entry.sleep.lightsOut = atTime(date, hours{23});
    entry.symptomOnset = atTime(date, hours{20} + minutes{30});
    entry.rlsAwakenings = 3;
    entry.arms = false;
    auto night = Night::create(entry);
    REQUIRE(night.ok());
    return *night;
}

} // namespace

TEST_CASE("a weekly check-in is saved, replaced by week_ending, listed and deleted")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    auto id = journal->saveWeek(weekOf(ymd(2026, 11, 29), {1, 1, 1, 1, 1, 1, 1, 1, 1, 1}));
    REQUIRE(id.ok());
    CHECK(*id > 0);
    REQUIRE(journal->saveWeek(weekOf(ymd(2026, 12, 6), {2, 2, 2, 2, 2, 2, 2, 2, 2, 2})).ok());
    auto again = journal->saveWeek(weekOf(ymd(2026, 11, 29), {3, 3, 3, 3, 3, 3, 3, 3, 3, 3}));
    REQUIRE(again.ok());
    CHECK(*again == *id);

    auto weeks = journal->weeks();
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 2);
    CHECK((*weeks)[0].weekEnding() == ymd(2026, 11, 29));
    CHECK((*weeks)[0].total() == 30);
    CHECK((*weeks)[1].total() == 20);
    auto ranged = journal->weeks(DateRange{ymd(2026, 12, 1), std::nullopt});
    REQUIRE(ranged.ok());
    CHECK(ranged->size() == 1);

    auto records = journal->records();
    REQUIRE(records.ok());
    CHECK(records->weeks.size() == 2);

    CHECK(journal->deleteWeek(ymd(2026, 11, 29)).value());
    CHECK_FALSE(journal->deleteWeek(ymd(2026, 11, 29)).value());
    CHECK_FALSE(journal->week(ymd(2026, 11, 29)).value().has_value());
}

TEST_CASE("the weeks table refuses what the core refuses, whatever tool writes it")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    auto& db = journal->database();
    CHECK_FALSE(db.execute("INSERT INTO weeks (week_ending, irls1, irls2, irls3, irls4, irls5, "
                           "irls6, irls7, irls8, irls9, irls10) VALUES "
                           "('2026-11-29', 5, 0, 0, 0, 0, 0, 0, 0, 0, 0)")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO weeks (week_ending, irls1, irls2, irls3, irls4, irls5, "
                           "irls6, irls7, irls8, irls9, irls10) VALUES "
                           "('2026-02-30', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO weeks (week_ending, irls1, irls2, irls3, irls4, irls5, "
                           "irls6, irls7, irls8, irls9, irls10, source) VALUES "
                           "('2026-11-29', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 'fax')")
                    .ok());
    CHECK_FALSE(
        db.execute("INSERT INTO nights (date, rls_awakenings) VALUES ('2026-11-29', 100)").ok());
    CHECK_FALSE(db.execute("INSERT INTO nights (date, arms) VALUES ('2026-11-29', 2)").ok());
    CHECK(journal->weeks().value().empty());
}

TEST_CASE("a night's onset, RLS awakenings and arms are stored and read back")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    const Night night = nightWithOnset(ymd(2026, 12, 1));
    REQUIRE(journal->saveNight(night).ok());
    auto read = journal->night(ymd(2026, 12, 1));
    REQUIRE(read.ok());
    REQUIRE(read->has_value());
    CHECK(**read == night);
    CHECK((*read)->onsetMinBeforeLightsOut() == 150);
    CHECK((*read)->arms() == false);

    // Merging the same night (an import) finds it unchanged; the empty-journal path keeps them.
    JournalRecords records;
    records.nights.push_back(night);
    records.weeks.push_back(weekOf(ymd(2026, 12, 6), {0, 1, 2, 3, 4, 0, 1, 2, 3, 4}));
    auto merged = journal->merge(records);
    REQUIRE(merged.ok());
    CHECK(merged->unchanged == 1);
    CHECK(merged->added == 1);
    auto twice = journal->merge(records);
    REQUIRE(twice.ok());
    CHECK(twice->unchanged == 2);

    TempFolder other;
    auto empty = Journal::open(other / "journal.sqlite");
    REQUIRE(empty.ok());
    auto inserted = empty->merge(records);
    REQUIRE(inserted.ok());
    CHECK(inserted->added == 2);
    CHECK(empty->records().value().nights.front() == night);
}

TEST_CASE("a new journal leaves score_ten_areas_nightly unset, so it reads as off")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    CHECK_FALSE(journal->settings().value().scoreTenAreasNightly.has_value());
}

TEST_CASE("a format 5 journal without nightly ten-item scores upgrades without the setting")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(JournalSchema::migrate(*db, kJournalSchemaVersion - 1).ok());
        REQUIRE(db->execute("INSERT INTO nights (date, severity) VALUES ('2026-11-01', 4)").ok());
    }
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    CHECK_FALSE(journal->settings().value().scoreTenAreasNightly.has_value());
    auto night = journal->night(ymd(2026, 11, 1));
    REQUIRE(night.ok());
    CHECK((*night)->severity() == 4);
    CHECK_FALSE((*night)->symptomOnset().has_value());
}

TEST_CASE("the released format 5 journal upgrades with nothing lost, weeks empty, nightly "
          "ten areas kept on")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    std::filesystem::copy_file(
        std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals" / "schema-v5.sqlite", path);
    std::vector<Night> before;
    JournalSettings settingsBefore;
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadOnly);
        REQUIRE(db.ok());
        REQUIRE(db->queryInteger("PRAGMA user_version").value() == 5);
        REQUIRE(db->queryInteger("SELECT count(*) FROM nights WHERE irls1 IS NOT NULL").value() >
                0);
    }
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    auto records = journal->records();
    REQUIRE(records.ok());
    CHECK(records->weeks.empty());
    REQUIRE_FALSE(records->nights.empty());
    int scored = 0;
    for (const Night& night : records->nights) {
        CHECK_FALSE(night.symptomOnset().has_value());
        CHECK_FALSE(night.rlsAwakenings().has_value());
        CHECK_FALSE(night.arms().has_value());
        scored += night.irls().has_value();
    }
    CHECK(scored > 0); // the nightly ten-item scores are all still there
    const JournalSettings settings = records->settings;
    CHECK(settings.scoreTenAreasNightly == true);
    // The settings the journal had stay as they were.
    CHECK(settings.primaryQuestion == "magnesium_mg:severity:0");
    CHECK(settings.weekStart == WeekStart::Monday);
}

TEST_CASE("entries kept for dates include the weeks ending on them, and are put back exactly")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    const Date sunday = ymd(2026, 11, 29);
    REQUIRE(journal->saveWeek(weekOf(sunday, {1, 1, 1, 1, 1, 1, 1, 1, 1, 1})).ok());
    auto before = journal->entriesOn({sunday, ymd(2026, 12, 6)});
    REQUIRE(before.ok());
    REQUIRE(before->weeks.size() == 1);

    // An import changed one week and added another; undo puts both back as they were.
    REQUIRE(journal->saveWeek(weekOf(sunday, {4, 4, 4, 4, 4, 4, 4, 4, 4, 4})).ok());
    REQUIRE(journal->saveWeek(weekOf(ymd(2026, 12, 6), {2, 2, 2, 2, 2, 2, 2, 2, 2, 2})).ok());
    REQUIRE(journal->restoreEntries(*before).ok());
    auto weeks = journal->weeks();
    REQUIRE(weeks.ok());
    REQUIRE(weeks->size() == 1);
    CHECK(weeks->front().total() == 10);
}

} // namespace QUIETLEGS_TEST_FILE
