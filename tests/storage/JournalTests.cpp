#include "TempJournal.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalLocation.h"
#include "quietlegs/storage/JournalSchema.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <sqlite3.h>
#include <sys/stat.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Night exampleNight(const char* date = "2026-11-20")
{
    NightEntry entry;
    entry.date = *parseDate(date);
    entry.irls = *IrlsScore::fromItems({2, 2, 1, 1, 2, 1, 2, 1, 1, 0});
    entry.severity = 6;
    const auto bed = atTime(entry.date, std::chrono::minutes(22 * 60 + 30));
    entry.sleep = SleepDiaryTimes{bed,
                                  bed + std::chrono::minutes(15),
                                  25,
                                  2,
                                  30,
                                  bed + std::chrono::minutes(8 * 60),
                                  bed + std::chrono::minutes(8 * 60 + 15)};
    entry.notes = "legs bad after long drive";
    return *Night::create(entry);
}

Intake exampleIntake(const char* when = "2026-11-20T21:00", double elemental = 141)
{
    return *Intake::create(IntakeEntry{*parseLocalDateTime(when, "t"), Nutrient::Magnesium,
                                       "glycinate", Route::Oral, 1000, elemental, "2 capsules"});
}

std::string fileBytes(const std::filesystem::path& path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

} // namespace

TEST_CASE("a night is stored and read back exactly")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal.ok());
    const Night night = exampleNight();
    REQUIRE(journal->saveNight(night).ok());
    auto loaded = journal->night(night.date());
    REQUIRE(loaded.ok());
    REQUIRE(loaded->has_value());
    CHECK(**loaded == night);
    CHECK((*loaded)->sleepMetrics()->efficiencyPercent == night.sleepMetrics()->efficiencyPercent);
}

TEST_CASE("saving a night again replaces it rather than adding a second one")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    auto first = journal->saveNight(exampleNight());
    NightEntry changed;
    changed.date = *parseDate("2026-11-20");
    changed.severity = 2;
    auto second = journal->saveNight(*Night::create(changed));
    REQUIRE(second.ok());
    CHECK(*first == *second);
    CHECK(journal->counts()->nights == 1);
    CHECK(journal->night(changed.date)->value().severity() == 2);
}

TEST_CASE("intakes are selected by the journal date they belong to")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal->addIntake(exampleIntake("2026-11-20T21:00")).ok());
    REQUIRE(journal->addIntake(exampleIntake("2026-11-21T00:30")).ok()); // belongs to the 20th
    REQUIRE(journal->addIntake(exampleIntake("2026-11-21T04:00")).ok()); // the 21st
    const Date day = *parseDate("2026-11-20");
    auto intakes = journal->intakes(DateRange{day, day});
    REQUIRE(intakes.ok());
    CHECK(intakes->size() == 2);
}

TEST_CASE("the whole journal is read in date and time order, whatever order it was logged in")
{
    // records() reads the whole journal as stored and sorts it itself; a range goes through the
    // date indexes. Both must give the same lists in the same order.
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    for (const char* date : {"2026-11-22", "2026-11-20", "2026-11-21"}) { // an older night later
        REQUIRE(journal->saveNight(exampleNight(date)).ok());
        REQUIRE(journal->saveDailyFactors(*DailyFactors::create({*parseDate(date), 90, {}, {}, 2}))
                    .ok());
    }
    // Out of time order, with two at the same minute: those keep the order they were logged in.
    REQUIRE(journal->addIntake(exampleIntake("2026-11-21T21:00", 100)).ok());
    REQUIRE(journal->addIntake(exampleIntake("2026-11-20T21:00", 141)).ok());
    REQUIRE(journal->addIntake(exampleIntake("2026-11-21T21:00", 50)).ok());
    REQUIRE(journal->addIntake(exampleIntake("2026-11-20T08:00", 20)).ok());
    auto whole = journal->records();
    auto ranged = journal->records(DateRange{*parseDate("2026-01-01"), *parseDate("2026-12-31")});
    REQUIRE(whole.ok());
    REQUIRE(ranged.ok());
    CHECK(whole->nights == ranged->nights);
    CHECK(whole->daily == ranged->daily);
    CHECK(whole->intakes == ranged->intakes);
    REQUIRE(whole->nights.size() == 3);
    CHECK(formatDate(whole->nights.front().date()) == "2026-11-20");
    CHECK(formatDate(whole->daily.back().date()) == "2026-11-22");
    std::vector<double> amounts;
    for (const Intake& intake : whole->intakes)
        amounts.push_back(intake.elementalMg());
    CHECK(amounts == std::vector<double>{20, 141, 100, 50});
}

TEST_CASE("intakes can be updated and deleted by id")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    auto id = journal->addIntake(exampleIntake());
    REQUIRE(journal->updateIntake(*id, exampleIntake("2026-11-20T22:00", 100)).ok());
    CHECK(journal->intake(*id)->value().intake.elementalMg() == 100);
    CHECK(*journal->deleteIntake(*id));
    CHECK_FALSE(*journal->deleteIntake(*id));
    CHECK_FALSE(journal->updateIntake(*id, exampleIntake()).ok());
}

TEST_CASE("daily factors and labs are keyed by date (and test)")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    const Date day = *parseDate("2026-11-20");
    REQUIRE(journal->saveDailyFactors(*DailyFactors::create({day, 190, 1.5, 30, 4})).ok());
    REQUIRE(journal->saveDailyFactors(*DailyFactors::create({day, 90, {}, {}, 2})).ok());
    auto daily = journal->dailyFactors(day);
    REQUIRE(daily->has_value());
    CHECK((*daily)->caffeineMg() == 90);
    CHECK_FALSE((*daily)->alcoholUnits());
    REQUIRE(journal->saveLabResult(*LabResult::create(day, LabTest::Ferritin, 48, "ug/L")).ok());
    REQUIRE(journal->saveLabResult(*LabResult::create(day, LabTest::Ferritin, 52, "ug/L")).ok());
    auto labs = journal->labResults();
    REQUIRE(labs->size() == 1);
    CHECK(labs->front().result.value() == 52);
}

TEST_CASE("merging the same records twice adds nothing the second time")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    const auto records = demoJournal(*parseDate("2026-11-24"), 60, 3);
    auto first = journal->merge(records);
    REQUIRE(first.ok());
    CHECK(first->added == int(records.size()));
    auto second = journal->merge(records);
    REQUIRE(second.ok());
    CHECK(second->added == 0);
    CHECK(second->updated == 0);
    CHECK(second->unchanged == int(records.size()));
    auto loaded = journal->records();
    CHECK(loaded->nights == records.nights);
    CHECK(loaded->daily == records.daily);
    auto byDateAndTest = [](const LabResult& a, const LabResult& b) {
        return std::pair(a.date(), labTestId(a.test())) < std::pair(b.date(), labTestId(b.test()));
    };
    auto expectedLabs = records.labs;
    std::sort(expectedLabs.begin(), expectedLabs.end(), byDateAndTest);
    CHECK(loaded->labs == expectedLabs);
    CHECK(loaded->intakes.size() == records.intakes.size());
}

TEST_CASE("a failed change inside a transaction leaves nothing behind")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    auto status = journal->inTransaction([&]() -> Status {
        if (auto saved = journal->saveNight(exampleNight("2026-11-20")); !saved)
            return saved.error();
        if (auto saved = journal->addIntake(exampleIntake()); !saved)
            return saved.error();
        return Error{"test", "", "simulated failure after two writes"};
    });
    CHECK_FALSE(status.ok());
    CHECK(journal->counts()->nights == 0);
    CHECK(journal->counts()->intakes == 0);
}

TEST_CASE("the database refuses what the domain refuses, even from raw SQL")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    auto& db = journal->database();
    CHECK_FALSE(db.execute("INSERT INTO nights (date, severity) VALUES ('2026-11-20', 11)").ok());
    CHECK_FALSE(db.execute("INSERT INTO nights (date) VALUES ('2026-02-30')").ok());
    CHECK_FALSE(db.execute("INSERT INTO nights (date, irls1) VALUES ('2026-11-20', 2)").ok());
    CHECK_FALSE(db.execute("INSERT INTO intakes (taken_at, nutrient, form, route, elemental_mg) "
                           "VALUES ('2026-11-20T25:61', 'magnesium', 'oxide', 'oral', 10)")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO intakes (taken_at, nutrient, form, route, elemental_mg) "
                           "VALUES ('2026-11-20T21:00', 'zinc', 'oxide', 'oral', 10)")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO intakes (taken_at, nutrient, form, route, elemental_mg, "
                           "preset_id) VALUES ('2026-11-20T21:00', 'magnesium', 'oxide', 'oral', "
                           "10, 999)")
                    .ok()); // foreign key
    // Order and span are judged on real instants in the core (issue 20), not here.
    CHECK_FALSE(db.execute("INSERT INTO nights (date, time_zone) VALUES ('2026-11-20', '')").ok());
    CHECK_FALSE(
        db.execute("INSERT INTO nights (date, time_zone) VALUES ('2026-11-20', 'Europe/B erlin')")
            .ok());
}

TEST_CASE("deleting a preset keeps the intakes it added")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    auto preset = SupplementPreset::create("Mg glycinate 2 caps", Nutrient::Magnesium, "glycinate",
                                           Route::Oral, 1000, 200);
    auto presetId = journal->savePreset(*preset);
    REQUIRE(presetId.ok());
    auto intakeId = journal->addIntake(
        preset->intakeAt(*parseLocalDateTime("2026-11-20T21:00", "t")), *presetId);
    REQUIRE(intakeId.ok());
    CHECK(journal->intake(*intakeId)->value().presetId == *presetId);
    CHECK(*journal->deletePreset(*presetId));
    auto kept = journal->intake(*intakeId);
    REQUIRE(kept->has_value());
    CHECK_FALSE((*kept)->presetId);
    CHECK(journal->savePreset(*preset).ok());
    CHECK(journal->savePreset(*preset).error().rule == "a preset with this name exists already");
}

TEST_CASE("a journal made with the first schema is upgraded with its entries kept")
{
    TempFolder folder;
    const auto path = folder / "old.sqlite";
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(JournalSchema::migrate(*db, 1).ok());
        REQUIRE(db->execute("INSERT INTO nights (date, severity) VALUES ('2026-11-20', 4); "
                            "INSERT INTO intakes (taken_at, nutrient, form, route, compound_mg, "
                            "elemental_mg, label) VALUES ('2026-11-20T21:00', 'magnesium', "
                            "'citrate', 'oral', 1000, 160, 'old')")
                    .ok());
        CHECK(*JournalSchema::versionOf(*db) == 1);
    }
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    CHECK(*JournalSchema::versionOf(journal->database()) == kJournalSchemaVersion);
    CHECK(journal->night(*parseDate("2026-11-20"))->value().severity() == 4);
    auto intakes = journal->intakes();
    REQUIRE(intakes->size() == 1);
    CHECK(intakes->front().intake.elementalMg() == 160);
    CHECK_FALSE(intakes->front().presetId);
    CHECK(journal->presets()->empty());
}

namespace {

/// A journal with one night, then `sql` run on it by plain SQLite (as another program or a
/// newer QuietLegs would), closed without a checkpoint so a WAL it leaves stays behind.
void journalAlteredBehindItsBack(const std::filesystem::path& path, const char* sql)
{
    {
        auto journal = Journal::open(path);
        REQUIRE(journal->saveNight(exampleNight()).ok());
    }
    sqlite3* raw = nullptr;
    REQUIRE(sqlite3_open(path.c_str(), &raw) == SQLITE_OK);
    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    REQUIRE(sqlite3_exec(raw, sql, nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(raw);
}

} // namespace

TEST_CASE("a journal format below zero is refused as not a journal and left untouched")
{
    // user_version is a signed 32-bit field of the file header; the journal_open fuzz target
    // found that a negative one was migrated from an index before the first migration.
    TempFolder folder;
    const auto path = folder / "negative.sqlite";
    journalAlteredBehindItsBack(path,
                                "PRAGMA journal_mode=DELETE; PRAGMA user_version = -8388609;");
    const auto before = fileBytes(path);

    for (auto access : {Journal::Access::ReadWrite, Journal::Access::ReadOnly}) {
        auto refused = Journal::openChecked(path, access);
        REQUIRE_FALSE(refused.journal.has_value());
        CHECK(refused.problem == JournalProblem::NotAJournal);
        CHECK_THAT(refused.error.message(), Catch::Contains("journal format -8388609"));
    }
    CHECK(fileBytes(path) == before);
}

TEST_CASE("a journal from a newer QuietLegs is refused and left untouched, WAL included")
{
    TempFolder folder;
    const auto path = folder / "future.sqlite";
    // Simulate a newer app: bump user_version and leave an un-checkpointed WAL behind.
    journalAlteredBehindItsBack(path,
                                "PRAGMA journal_mode=WAL; PRAGMA wal_autocheckpoint=0; "
                                "PRAGMA user_version = 99; "
                                "INSERT INTO nights (date, severity) VALUES ('2026-11-21', 3);");
    const auto mainBefore = fileBytes(path);
    const auto walBefore = fileBytes(path.string() + "-wal");
    REQUIRE_FALSE(walBefore.empty());

    auto refused = Journal::open(path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().rule.find("newer QuietLegs") != std::string::npos);
    CHECK(fileBytes(path) == mainBefore);
    CHECK(fileBytes(path.string() + "-wal") == walBefore);
}

TEST_CASE("an SQLite file of another program or a non-database is refused")
{
    TempFolder folder;
    const auto other = folder / "other.sqlite";
    {
        auto db = SqliteDatabase::open(other, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db->execute("CREATE TABLE songs (title TEXT)").ok());
    }
    auto refused = Journal::open(other);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().rule.find("not a QuietLegs journal") != std::string::npos);

    const auto text = folder / "notes.txt";
    std::ofstream(text) << "these are not the droids you are looking for, padded to a page..."
                        << std::string(200, 'x');
    auto notDb = Journal::open(text);
    REQUIRE_FALSE(notDb.ok());
    CHECK(notDb.error().message().find("not a QuietLegs journal") != std::string::npos);
}

TEST_CASE("the journal and its folder are created owner-only")
{
    TempFolder folder;
    const auto path = folder / "private" / "journal.sqlite";
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    struct stat info
    {
    };
    REQUIRE(::stat(path.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    REQUIRE(::stat(path.parent_path().c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
}

TEST_CASE("the journal location follows --database, QUIETLEGS_DATABASE, then XDG")
{
    ::setenv("XDG_DATA_HOME", "/tmp/xdg-test", 1);
    ::unsetenv("QUIETLEGS_DATABASE");
    CHECK(journalPath() == "/tmp/xdg-test/quietlegs/journal.sqlite");
    ::setenv("QUIETLEGS_DATABASE", "/tmp/env.sqlite", 1);
    CHECK(journalPath() == "/tmp/env.sqlite");
    CHECK(journalPath(std::filesystem::path("/tmp/flag.sqlite")) == "/tmp/flag.sqlite");
    ::unsetenv("QUIETLEGS_DATABASE");
    ::unsetenv("XDG_DATA_HOME");
    ::setenv("HOME", "/home/someone", 1);
    CHECK(journalPath() == "/home/someone/.local/share/quietlegs/journal.sqlite");
}

namespace {

/// Every row of the journal's entity tables, by id, without the nights' save time.
std::string rowDump(Journal& journal)
{
    std::string dump;
    for (const char* query :
         {"SELECT id, date, irls1, irls2, irls3, irls4, irls5, irls6, irls7, irls8, irls9, "
          "irls10, severity, into_bed, lights_out, sleep_latency_min, awakenings, waso_min, "
          "final_wake, out_of_bed, notes FROM nights ORDER BY id",
          "SELECT * FROM intakes ORDER BY id", "SELECT * FROM daily_factors ORDER BY id",
          "SELECT date, test, value, unit FROM lab_results ORDER BY date, test"}) {
        sqlite3_stmt* statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(journal.database().handle(), query, -1, &statement, nullptr) ==
                SQLITE_OK);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(statement); ++column) {
                const auto* text = sqlite3_column_text(statement, column);
                dump += (text ? reinterpret_cast<const char*>(text) : "NULL") + std::string("|");
            }
            dump += "\n";
        }
        sqlite3_finalize(statement);
    }
    return dump;
}

/// merge() as it works on a journal that already holds something: a lab result far from the
/// records is there during the merge and deleted after it.
MergeSummary mergeIntoNonEmpty(Journal& journal, const JournalRecords& records)
{
    auto sentinel = journal.saveLabResult(
        *LabResult::create(*parseDate("1990-01-01"), LabTest::Ferritin, 1, "ug/L"));
    REQUIRE(sentinel.ok());
    auto summary = journal.merge(records);
    REQUIRE(summary.ok());
    REQUIRE(*journal.deleteLabResult(*sentinel));
    return *summary;
}

} // namespace

TEST_CASE("merging into an empty journal writes what merging into a used one writes")
{
    // merge() inserts directly into a journal with nothing in it (issue 7); the rows, their
    // ids and the counts must be those of the general path.
    TempFolder folder;
    const auto records = demoJournal(*parseDate("2026-11-24"), 200, 5);
    auto empty = Journal::open(folder / "empty.sqlite");
    auto used = Journal::open(folder / "used.sqlite");
    auto direct = empty->merge(records);
    REQUIRE(direct.ok());
    const MergeSummary general = mergeIntoNonEmpty(*used, records);
    CHECK(direct->added == int(records.size()));
    CHECK(direct->added == general.added);
    CHECK(direct->updated == general.updated);
    CHECK(direct->unchanged == general.unchanged);
    CHECK(rowDump(*empty) == rowDump(*used));
    CHECK(empty->records()->intakes == used->records()->intakes);

    // The CHECK constraints are on again for everything after it.
    CHECK_FALSE(empty->database()
                    .execute("INSERT INTO intakes (taken_at, nutrient, form, route, "
                             "elemental_mg) VALUES ('2026-11-20T21:00', 'zinc', 'x', 'oral', 5)")
                    .ok());
    CHECK_FALSE(empty->database().execute("UPDATE nights SET irls1 = 9 WHERE id = 1").ok());
    // ... and the rows pass them: quick_check (run by every opening for writing) checks them.
    CHECK(*empty->database().queryInteger(
              "SELECT count(*) FROM pragma_quick_check WHERE quick_check <> 'ok'") == 0);
    CHECK(Journal::open(empty->path()).ok());
}

TEST_CASE("records that repeat a key merge into an empty journal as into a used one")
{
    TempFolder folder;
    auto records = demoJournal(*parseDate("2026-11-24"), 30, 2);
    records.intakes.push_back(records.intakes.front()); // the same intake twice: unchanged
    NightEntry changed;
    changed.date = records.nights.front().date();
    changed.severity = 3;
    records.nights.push_back(*Night::create(changed)); // the same date again: updated
    auto empty = Journal::open(folder / "empty.sqlite");
    auto used = Journal::open(folder / "used.sqlite");
    auto direct = empty->merge(records);
    REQUIRE(direct.ok());
    const MergeSummary general = mergeIntoNonEmpty(*used, records);
    CHECK(direct->added == general.added);
    CHECK(direct->updated == general.updated);
    CHECK(direct->unchanged == general.unchanged);
    CHECK(direct->updated == 1);
    CHECK(direct->unchanged == 1);
    CHECK(rowDump(*empty) == rowDump(*used));
}

TEST_CASE("an entry refused in an import into an empty journal is named and nothing is kept")
{
    // Into an empty journal rows go in many per statement; a refused one must still be named
    // as one insert per entry would name it, and the merge must leave nothing behind.
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    const auto records = demoJournal(*parseDate("2026-11-24"), 100, 4);
    REQUIRE(records.intakes.size() > 200);
    const std::string refused = formatLocalDateTime(records.intakes[150].takenAt());
    REQUIRE(
        journal->database()
            .execute("CREATE TEMP TRIGGER refuse BEFORE INSERT ON intakes WHEN NEW.taken_at = '" +
                     refused + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
            .ok());
    auto merged = journal->merge(records);
    REQUIRE_FALSE(merged.ok());
    CHECK(merged.error().field == "intake");
    CHECK(merged.error().value == refused);
    CHECK(merged.error().rule.find("refused by the test") != std::string::npos);
    auto counts = journal->counts();
    CHECK(counts->nights == 0);
    CHECK(counts->intakes == 0);
    CHECK(counts->daily == 0);
}

} // namespace QUIETLEGS_TEST_FILE
