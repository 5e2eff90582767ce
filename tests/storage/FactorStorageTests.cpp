// The person's own factors and "Same as yesterday" in the journal (issue 21).
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

const Date kMonday = *parseDate("2026-09-07");
const Date kTuesday = *parseDate("2026-09-08");

FactorDefinition factor(const char* name, const char* unit, FactorKind kind)
{
    return *FactorDefinition::create(name, unit, kind);
}

FactorValue value(Date date, const char* name, double v)
{
    return *FactorValue::create(date, name, v);
}

Intake magnesiumAt(const char* when, double mg = 200)
{
    IntakeEntry entry;
    entry.takenAt = *parseLocalDateTime(when, "taken_at");
    entry.nutrient = Nutrient::Magnesium;
    entry.form = "glycinate";
    entry.elementalMg = mg;
    return *Intake::create(entry);
}

Intake foodAt(const char* when)
{
    IntakeEntry entry;
    entry.takenAt = *parseLocalDateTime(when, "taken_at");
    entry.nutrient = Nutrient::Magnesium;
    entry.form = "food";
    entry.elementalMg = 80;
    return *Intake::create(entry);
}

} // namespace

TEST_CASE("a factor is defined once whatever the case of its name")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->defineFactor(factor("Long drive", "min", FactorKind::Number)));
    auto again = journal->defineFactor(factor("long DRIVE", "h", FactorKind::Number));
    REQUIRE_FALSE(again);
    CHECK(again.error().field == "name");
    auto all = journal->factors();
    REQUIRE(all);
    REQUIRE(all->size() == 1);
    CHECK(all->front().unit() == "min");
    CHECK((*journal->factor("LONG DRIVE"))->name() == "Long drive");
}

TEST_CASE("a value needs its factor and fits its kind")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->defineFactor(factor("hot bath", "", FactorKind::YesNo)));
    auto unknown = journal->setFactorValue(value(kMonday, "sauna", 1));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == "name");
    auto notYesNo = journal->setFactorValue(value(kMonday, "hot bath", 2));
    REQUIRE_FALSE(notYesNo);
    CHECK(notYesNo.error().field == "value");
    REQUIRE(journal->setFactorValue(value(kMonday, "Hot Bath", 1)));
    auto values = journal->factorValues();
    REQUIRE(values);
    REQUIRE(values->size() == 1);
    CHECK(values->front().name() == "hot bath"); // stored under the factor's spelling
    CHECK(values->front().value() == 1);
}

TEST_CASE("the database refuses a yes/no value other than 1 or 0 from any writer")
{
    TempFolder folder;
    {
        auto journal = Journal::open(folder / "j.sqlite");
        REQUIRE(journal);
        REQUIRE(journal->defineFactor(factor("hot bath", "", FactorKind::YesNo)));
    }
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open((folder / "j.sqlite").c_str(), &db) == SQLITE_OK);
    CHECK(sqlite3_exec(db,
                       "INSERT INTO factor_values (date, name, value) VALUES "
                       "('2026-09-07', 'hot bath', 3)",
                       nullptr, nullptr, nullptr) != SQLITE_OK);
    CHECK(sqlite3_exec(db,
                       "INSERT INTO factor_values (date, name, value) VALUES "
                       "('2026-09-07', 'hot bath', 1)",
                       nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
}

TEST_CASE("renaming a factor keeps its values and deleting it removes them")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->defineFactor(factor("drive", "min", FactorKind::Number)));
    REQUIRE(journal->setFactorValue(value(kMonday, "drive", 90)));
    REQUIRE(journal->setFactorValue(value(kTuesday, "drive", 30)));
    REQUIRE(journal->updateFactor("DRIVE", factor("long drive", "minutes", FactorKind::Number)));
    CHECK(*journal->factorValueCount("long drive") == 2);
    CHECK((*journal->factor("long drive"))->unit() == "minutes");

    auto toYesNo = journal->updateFactor("long drive", factor("long drive", "", FactorKind::YesNo));
    REQUIRE_FALSE(toYesNo);
    CHECK(toYesNo.error().field == "kind");

    REQUIRE(*journal->deleteFactor("Long Drive"));
    CHECK(journal->factors()->empty());
    CHECK(journal->factorValues()->empty());
    CHECK_FALSE(*journal->deleteFactor("long drive"));
}

TEST_CASE("clearing and replacing a date's factor values")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->defineFactor(factor("drive", "min", FactorKind::Number)));
    REQUIRE(journal->defineFactor(factor("bath", "", FactorKind::YesNo)));
    REQUIRE(journal->setFactorValue(value(kMonday, "drive", 90)));
    REQUIRE(journal->setFactorValue(value(kTuesday, "drive", 30)));
    REQUIRE(journal->replaceFactorValues(kMonday, {value(kMonday, "bath", 0)}));
    auto monday = journal->factorValues(DateRange{kMonday, kMonday});
    REQUIRE(monday->size() == 1);
    CHECK(monday->front().name() == "bath");
    CHECK(monday->front().value() == 0);
    // A bad value leaves the date as it was.
    CHECK_FALSE(journal->replaceFactorValues(kMonday, {value(kMonday, "bath", 5)}));
    CHECK(journal->factorValues(DateRange{kMonday, kMonday})->size() == 1);
    CHECK(*journal->clearFactorValue(kTuesday, "DRIVE"));
    CHECK_FALSE(*journal->clearFactorValue(kTuesday, "drive"));
}

TEST_CASE("records and merge carry factors; an undefined value name fails naming its entry")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    JournalRecords records;
    records.factors.push_back(factor("screen time", "h", FactorKind::Number));
    records.factorValues.push_back(value(kMonday, "screen time", 3.5));
    auto merged = journal->merge(records);
    REQUIRE(merged);
    CHECK(merged->added == 2);
    auto again = journal->merge(records);
    REQUIRE(again);
    CHECK(again->unchanged == 2);

    auto all = journal->records();
    REQUIRE(all);
    REQUIRE(all->factors.size() == 1);
    REQUIRE(all->factorValues.size() == 1);
    CHECK(all->factorValues.front().value() == 3.5);

    JournalRecords bad;
    bad.factorValues.push_back(value(kTuesday, "screen time", 2));
    bad.factorValues.push_back(value(kTuesday, "sauna", 1));
    auto refused = journal->merge(bad);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "factor_values[1].name");
    CHECK(journal->factorValues(DateRange{kTuesday, kTuesday})->empty()); // nothing written
}

TEST_CASE("undoing an import puts a date's factor values back")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->defineFactor(factor("drive", "min", FactorKind::Number)));
    REQUIRE(journal->setFactorValue(value(kMonday, "drive", 90)));
    auto before = journal->entriesOn({kMonday});
    REQUIRE(before);
    REQUIRE(before->factorValues.size() == 1);
    REQUIRE(journal->setFactorValue(value(kMonday, "drive", 10)));
    REQUIRE(journal->restoreEntries(*before));
    CHECK(journal->factorValues()->front().value() == 90);
}

TEST_CASE("same as yesterday copies supplements and factor values, not food, once")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->defineFactor(factor("drive", "min", FactorKind::Number)));
    REQUIRE(journal->defineFactor(factor("bath", "", FactorKind::YesNo)));
    REQUIRE(journal->addIntake(magnesiumAt("2026-09-07T21:00")));
    REQUIRE(journal->addIntake(magnesiumAt("2026-09-08T00:30", 100))); // Monday's journal date
    REQUIRE(journal->addIntake(foodAt("2026-09-07T19:00")));
    REQUIRE(journal->setFactorValue(value(kMonday, "drive", 90)));
    REQUIRE(journal->setFactorValue(value(kMonday, "bath", 1)));
    REQUIRE(journal->setFactorValue(value(kTuesday, "bath", 0))); // logged today already

    auto copied = journal->copyDay(kMonday, kTuesday);
    REQUIRE(copied);
    CHECK(copied->intakes == 2);
    CHECK(copied->factorValues == 1);
    auto tuesday = journal->intakes(DateRange{kTuesday, kTuesday});
    REQUIRE(tuesday->size() == 2);
    CHECK(formatLocalDateTime(tuesday->at(0).intake.takenAt()) == "2026-09-08T21:00");
    CHECK(formatLocalDateTime(tuesday->at(1).intake.takenAt()) == "2026-09-09T00:30");
    auto values = journal->factorValues(DateRange{kTuesday, kTuesday});
    REQUIRE(values->size() == 2);
    CHECK(values->at(0).name() == "bath");
    CHECK(values->at(0).value() == 0); // today's value kept
    CHECK(values->at(1).value() == 90);

    auto twice = journal->copyDay(kMonday, kTuesday);
    REQUIRE(twice);
    CHECK(twice->total() == 0);
    CHECK(twice->sourceHadEntries);

    auto fromEmpty = journal->copyDay(*parseDate("2026-09-01"), kTuesday);
    REQUIRE(fromEmpty);
    CHECK_FALSE(fromEmpty->sourceHadEntries);
}

TEST_CASE("a journal of format 5 upgrades with empty factor tables and nothing lost")
{
    TempFolder folder;
    const auto path = folder / "v5.sqlite";
    std::filesystem::copy_file(
        std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals" / "schema-v5.sqlite", path);
    std::size_t nightsBefore = 0;
    {
        sqlite3* db = nullptr;
        REQUIRE(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
        sqlite3_stmt* count = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, "SELECT count(*) FROM nights", -1, &count, nullptr) ==
                SQLITE_OK);
        REQUIRE(sqlite3_step(count) == SQLITE_ROW);
        nightsBefore = std::size_t(sqlite3_column_int64(count, 0));
        sqlite3_finalize(count);
        sqlite3_close(db);
    }
    REQUIRE(nightsBefore > 0);
    auto journal = Journal::open(path);
    REQUIRE(journal);
    CHECK(*JournalSchema::versionOf(journal->database()) == kJournalSchemaVersion);
    CHECK(journal->nights()->size() == nightsBefore);
    CHECK(journal->factors()->empty());
    CHECK(journal->factorValues()->empty());
    REQUIRE(journal->defineFactor(factor("drive", "min", FactorKind::Number)));
    REQUIRE(journal->setFactorValue(value(kMonday, "drive", 45)));
    CHECK(*journal->database().queryInteger("SELECT count(*) FROM factor_values WHERE "
                                            "source = 'manual' AND source_name IS NULL") == 1);
}

} // namespace QUIETLEGS_TEST_FILE
