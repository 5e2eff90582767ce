// Nights and their time zones in the journal (issue 20 item 5): the table rebuilt without
// the string CHECKs on order and span, existing rows given the migrating computer's zone.

#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>
#include <string>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

LocalDateTime at(const char* text)
{
    return *parseLocalDateTime(text, "test");
}

/// Sets TZ for one test and puts it back after.
class TzVariable
{
public:
    explicit TzVariable(const char* value)
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        ::setenv("TZ", value, 1);
    }
    ~TzVariable()
    {
        if (m_old)
            ::setenv("TZ", m_old->c_str(), 1);
        else
            ::unsetenv("TZ");
    }

private:
    std::optional<std::string> m_old;
};

/// The autumn night of issue 20: lights out 02:30 summer time, final wake 02:15 winter time.
Night autumnNight(const char* zone = "Europe/Berlin")
{
    NightEntry entry;
    entry.date = *parseDate("2026-10-24");
    entry.sleep = SleepDiaryTimes{at("2026-10-24T22:00"), at("2026-10-25T02:30"), 0, 0, 0,
                                  at("2026-10-25T02:15"), at("2026-10-25T06:00")};
    entry.timeZone = zone;
    return *Night::create(entry);
}

} // namespace

TEST_CASE("a night across the autumn change is stored and read back with its zone")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    const Night night = autumnNight();
    REQUIRE(journal->saveNight(night).ok());
    auto loaded = journal->night(night.date());
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK(**loaded == night);
    CHECK((*loaded)->timeZone().name() == "Europe/Berlin");
    CHECK((*loaded)->sleepMetrics()->timeInBedMin == 9 * 60);
    CHECK(*journal->database().queryInteger(
              "SELECT count(*) FROM nights WHERE time_zone = 'Europe/Berlin'") == 1);
}

TEST_CASE("a traveller's stored night keeps its zone when read where clocks differ")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    NightEntry entry;
    entry.date = *parseDate("2026-03-07");
    entry.sleep = SleepDiaryTimes{at("2026-03-07T22:00"), at("2026-03-07T22:00"), 60, 0, 0,
                                  at("2026-03-08T06:00"), at("2026-03-08T06:00")};
    entry.timeZone = "America/New_York";
    REQUIRE(journal->saveNight(*Night::create(entry)).ok());

    TzVariable tz("Asia/Tokyo");
    auto loaded = journal->night(entry.date);
    REQUIRE(loaded.ok());
    CHECK((*loaded)->timeZone().name() == "America/New_York");
    CHECK((*loaded)->sleepMetrics()->timeInBedMin == 7 * 60);
}

TEST_CASE("a night row written by another tool without a zone reads in the current zone")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->database()
                .execute("INSERT INTO nights (date, into_bed, out_of_bed) VALUES ('2026-03-28', "
                         "'2026-03-28T22:00', '2026-03-29T06:00')")
                .ok());
    TzVariable tz("Europe/Berlin");
    auto loaded = journal->night(*parseDate("2026-03-28"));
    REQUIRE(loaded.ok());
    CHECK((*loaded)->timeZone().name() == "Europe/Berlin");
}

TEST_CASE("a version 2 journal is rebuilt with zones, keeping every row and rule")
{
    TempFolder folder;
    const auto path = folder / "v2.sqlite";
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(JournalSchema::migrate(*db, 2).ok());
        REQUIRE(
            db->execute(
                  "INSERT INTO nights (date, severity, into_bed, lights_out, sleep_latency_min, "
                  "awakenings, waso_min, final_wake, out_of_bed, notes, irls1, irls2, irls3, "
                  "irls4, irls5, irls6, irls7, irls8, irls9, irls10) VALUES ('2026-03-28', 4, "
                  "'2026-03-28T22:00', '2026-03-28T22:00', 60, 0, 0, '2026-03-29T06:00', "
                  "'2026-03-29T06:00', 'spring', 1, 2, 3, 4, 0, 1, 2, 3, 4, 0);"
                  "INSERT INTO nights (date, severity) VALUES ('2026-03-30', 2);"
                  "INSERT INTO supplement_presets (name, nutrient, form, route, compound_mg) "
                  "VALUES ('Mg', 'magnesium', 'citrate', 'oral', 1000);"
                  "INSERT INTO intakes (taken_at, nutrient, form, route, elemental_mg, "
                  "preset_id) VALUES ('2026-03-28T21:00', 'magnesium', 'citrate', 'oral', "
                  "160, 1);"
                  "INSERT INTO daily_factors (date, stress) VALUES ('2026-03-28', 3);"
                  "INSERT INTO lab_results (date, test, value, unit) VALUES ('2026-03-20', "
                  "'ferritin', 40, 'ug/L');")
                .ok());
        REQUIRE(*JournalSchema::versionOf(*db) == 2);
    }

    TzVariable tz(":Europe/Berlin");
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    auto& db = journal->database();
    CHECK(*JournalSchema::versionOf(db) == kJournalSchemaVersion);
    CHECK(*db.queryInteger("SELECT count(*) FROM nights") == 2);
    CHECK(*db.queryInteger("SELECT count(*) FROM nights WHERE time_zone = 'Europe/Berlin'") == 2);
    CHECK(*db.queryInteger("SELECT count(*) FROM intakes WHERE preset_id = 1") == 1);
    CHECK(*db.queryInteger("SELECT count(*) FROM daily_factors") == 1);
    CHECK(*db.queryInteger("SELECT count(*) FROM lab_results") == 1);
    CHECK(*db.queryInteger("SELECT count(*) FROM pragma_foreign_key_check") == 0);
    CHECK(*db.queryInteger("SELECT count(*) FROM sqlite_temp_master") == 0);

    // The spring night read in its (migrated) zone: an hour short, SE 85.7 %.
    auto spring = journal->night(*parseDate("2026-03-28"));
    REQUIRE(spring.ok());
    REQUIRE(spring->has_value());
    CHECK((*spring)->irlsTotal() == 20);
    CHECK((*spring)->notes() == "spring");
    CHECK((*spring)->sleepMetrics()->timeInBedMin == 7 * 60);
    CHECK(*(*spring)->sleepMetrics()->efficiencyPercent == Approx(85.714).margin(0.001));

    // The rebuilt table keeps its other rules and its unique date.
    CHECK_FALSE(db.execute("INSERT INTO nights (date) VALUES ('2026-03-30')").ok());
    CHECK_FALSE(db.execute("INSERT INTO nights (date, severity) VALUES ('2026-04-01', 11)").ok());
    CHECK_FALSE(db.execute("INSERT INTO nights (date, irls1) VALUES ('2026-04-01', 2)").ok());
    CHECK_FALSE(
        db.execute("INSERT INTO nights (date, into_bed) VALUES ('2026-04-01', '2026-04-01T25:00')")
            .ok());
    // ... and stores what the old string CHECKs refused: the valid autumn night.
    REQUIRE(journal->saveNight(autumnNight()).ok());
    auto check = db.prepare("PRAGMA integrity_check");
    REQUIRE(check.ok());
    REQUIRE(*check->step());
    CHECK(check->columnText(0) == "ok");
}

} // namespace QUIETLEGS_TEST_FILE
