// Disk full never loses an acknowledged entry (issue 20, item 1): every write path of the
// Journal API, driven against a disk that fills up after 0, 1, 2, ... writes, either reports
// the change saved and the file holds it, or returns an error and the journal holds exactly
// what it held before, for the app's own connection and for a fresh one.
#include "../support/FullDisk.h"
#include "../support/JournalDump.h"
#include "TempJournal.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalBackups.h"

#include <catch2/catch.hpp>
#include <functional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using quietlegs::testsupport::FullDisk;
using quietlegs::testsupport::journalDump;

namespace {

Date date(const char* text)
{
    return *parseDate(text);
}

Night night(const char* day, const std::string& notes = "legs bad after long drive")
{
    NightEntry entry;
    entry.date = date(day);
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
    entry.notes = notes;
    return *Night::create(entry);
}

Intake intake(const char* when, double elemental = 141)
{
    return *Intake::create(IntakeEntry{*parseLocalDateTime(when, "t"), Nutrient::Magnesium,
                                       "glycinate", Route::Oral, 1000, elemental, "2 capsules"});
}

SupplementPreset preset(const char* name, double elemental = 200)
{
    return *SupplementPreset::create(name, Nutrient::Magnesium, "glycinate", Route::Oral,
                                     std::nullopt, elemental);
}

/// The rows as `db` (the app's own connection) sees them, table by table.
std::string connectionDump(sqlite3* db)
{
    std::string out;
    std::vector<std::string> tables;
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(db,
                       "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                       "'sqlite_%' ORDER BY name",
                       -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    for (const std::string& table : tables) {
        out += "-- " + table + "\n";
        const std::string sql = "SELECT * FROM \"" + table + "\" ORDER BY rowid";
        REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(statement); ++i) {
                const auto* text = sqlite3_column_text(statement, i);
                out += text ? reinterpret_cast<const char*>(text) : "NULL";
                out += '|';
            }
            out += '\n';
        }
        sqlite3_finalize(statement);
    }
    return out;
}

/// A journal holding one of everything, ids known.
struct SeededJournal
{
    TempFolder folder;
    std::filesystem::path path = folder / "journal.sqlite";
    std::optional<Journal> journal;
    std::int64_t intakeId = 0;
    std::int64_t labId = 0;
    std::int64_t presetId = 0;
    std::int64_t foodId = 0;
    std::int64_t portionId = 0;

    SeededJournal()
    {
        FullDisk::install();
        auto opened = Journal::open(path);
        REQUIRE(opened.ok());
        journal.emplace(std::move(opened).value());
        REQUIRE(journal->saveNight(night("2026-11-20")).ok());
        REQUIRE(
            journal->saveDailyFactors(*DailyFactors::create({date("2026-11-20"), 90, {}, {}, 2}))
                .ok());
        presetId = *journal->savePreset(preset("Mg 2 caps"));
        intakeId = *journal->addIntake(intake("2026-11-20T21:00"), presetId);
        labId = *journal->saveLabResult(
            *LabResult::create(date("2026-11-18"), LabTest::Ferritin, 48, "ug/L"));
        foodId = *journal->saveCustomFood(Food{"Mum's dal", "", 40, 2.5, ""});
        portionId = *journal->saveFoodPortion(FoodPortion{"Mum's dal", "a bowl", 250});
    }
};

using Write = std::function<bool(SeededJournal&)>;

/// Runs `write` with 0, 1, 2, ... writes allowed before the disk is full, on the same
/// journal, until one run needs no more than that. Every run that fails must change nothing;
/// the run that succeeds must be in the file.
void requireAllOrNothing(SeededJournal& t, const Write& write, int* failedRuns = nullptr)
{
    for (int allowed = 0; allowed < 500; ++allowed) {
        const std::string before = journalDump(t.path);
        const std::string seenBefore = connectionDump(t.journal->database().handle());
        FullDisk::failAfterWrites(allowed);
        const bool saved = write(t);
        const int failedWrites = FullDisk::failedWrites();
        FullDisk::disarm();
        INFO(allowed << " writes allowed, " << failedWrites << " refused");
        if (saved) {
            // Reported saved: then it is in the file (a refused write after the commit, in
            // a checkpoint, loses nothing).
            CHECK(journalDump(t.path) != before);
            CHECK(connectionDump(t.journal->database().handle()) != seenBefore);
            return;
        }
        CHECK(failedWrites > 0); // refused only for the full disk
        CHECK(journalDump(t.path) == before);
        CHECK(connectionDump(t.journal->database().handle()) == seenBefore);
        if (failedRuns)
            ++*failedRuns;
    }
    FAIL("the write never succeeded");
}

struct WritePath
{
    const char* name;
    Write write;
};

const std::vector<WritePath>& writePaths()
{
    static const std::vector<WritePath> paths = {
        {"saveNight (new)",
         [](SeededJournal& t) { return t.journal->saveNight(night("2026-11-21")).ok(); }},
        {"saveNight (replace)",
         [](SeededJournal& t) { return t.journal->saveNight(night("2026-11-20", "calmer")).ok(); }},
        {"deleteNight",
         [](SeededJournal& t) { return t.journal->deleteNight(date("2026-11-20")).ok(); }},
        {"addIntake",
         [](SeededJournal& t) { return t.journal->addIntake(intake("2026-11-21T21:00")).ok(); }},
        {"updateIntake",
         [](SeededJournal& t) {
             return t.journal->updateIntake(t.intakeId, intake("2026-11-20T21:30", 150)).ok();
         }},
        {"deleteIntake", [](SeededJournal& t) { return t.journal->deleteIntake(t.intakeId).ok(); }},
        {"restoreIntake",
         [](SeededJournal& t) {
             return t.journal->restoreIntake(StoredIntake{999, intake("2026-11-19T21:00"), {}})
                 .ok();
         }},
        {"saveDailyFactors",
         [](SeededJournal& t) {
             return t.journal
                 ->saveDailyFactors(*DailyFactors::create({date("2026-11-21"), 190, 1.5, 30, 4}))
                 .ok();
         }},
        {"deleteDailyFactors",
         [](SeededJournal& t) { return t.journal->deleteDailyFactors(date("2026-11-20")).ok(); }},
        {"saveLabResult",
         [](SeededJournal& t) {
             return t.journal
                 ->saveLabResult(
                     *LabResult::create(date("2026-11-18"), LabTest::Ferritin, 52, "ug/L"))
                 .ok();
         }},
        {"deleteLabResult",
         [](SeededJournal& t) { return t.journal->deleteLabResult(t.labId).ok(); }},
        {"savePreset (new)",
         [](SeededJournal& t) { return t.journal->savePreset(preset("Mg 1 cap", 100)).ok(); }},
        {"savePreset (edit)",
         [](SeededJournal& t) {
             return t.journal->savePreset(preset("Mg 3 caps", 300), t.presetId).ok();
         }},
        {"deletePreset", [](SeededJournal& t) { return t.journal->deletePreset(t.presetId).ok(); }},
        {"restorePreset",
         [](SeededJournal& t) {
             return t.journal->restorePreset(StoredPreset{999, preset("Old")}).ok();
         }},
        {"saveCustomFood (new)",
         [](SeededJournal& t) {
             return t.journal->saveCustomFood(Food{"Granola", "", 100, 3, ""}).ok();
         }},
        {"saveCustomFood (edit)",
         [](SeededJournal& t) {
             return t.journal->saveCustomFood(Food{"Mum's dal", "", 45, 2.5, ""}, t.foodId).ok();
         }},
        {"deleteCustomFood",
         [](SeededJournal& t) { return t.journal->deleteCustomFood(t.foodId).ok(); }},
        {"saveFoodPortion",
         [](SeededJournal& t) {
             return t.journal->saveFoodPortion(FoodPortion{"Almond", "a handful", 30}).ok();
         }},
        {"deleteFoodPortion",
         [](SeededJournal& t) { return t.journal->deleteFoodPortion(t.portionId).ok(); }},
        {"merge",
         [](SeededJournal& t) {
             JournalRecords records;
             records.nights = {night("2026-11-20", "merged"), night("2026-11-22")};
             records.intakes = {intake("2026-11-22T20:00")};
             return t.journal->merge(records).ok();
         }},
        {"restoreEntries",
         [](SeededJournal& t) {
             DatedEntries entries;
             entries.dates = {date("2026-11-20")};
             entries.nights = {night("2026-11-20", "undone")};
             return t.journal->restoreEntries(entries).ok();
         }},
        {"addMedicine",
         [](SeededJournal& t) {
             MedicineDoseEntry entry;
             entry.takenAt = *parseLocalDateTime("2026-11-20T21:00", "taken_at");
             entry.drug = Drug::Pramipexole;
             entry.doseMg = 0.25;
             return t.journal->addMedicine(MedicineDose::create(entry).value()).ok();
         }},
        {"inTransaction",
         [](SeededJournal& t) {
             return t.journal
                 ->inTransaction([&]() -> Status {
                     if (auto saved = t.journal->saveNight(night("2026-11-23")); !saved)
                         return saved.error();
                     if (auto added = t.journal->addIntake(intake("2026-11-23T21:00")); !added)
                         return added.error();
                     return {};
                 })
                 .ok();
         }},
    };
    return paths;
}

} // namespace

TEST_CASE("on a full disk every write of the journal is refused and changes nothing")
{
    for (const WritePath& path : writePaths()) {
        DYNAMIC_SECTION(path.name)
        {
            SeededJournal t;
            int failedRuns = 0;
            requireAllOrNothing(t, path.write, &failedRuns);
            CHECK(failedRuns > 0); // the disk did fill up before the write could succeed
        }
    }
}

TEST_CASE("a refused write leaves the journal usable once there is room again")
{
    SeededJournal t;
    FullDisk::failAfterWrites(0);
    auto refused = t.journal->saveNight(night("2026-11-21"));
    FullDisk::disarm();
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().find("full") != std::string::npos);
    auto saved = t.journal->saveNight(night("2026-11-21"));
    REQUIRE(saved.ok());
    auto reopened = Journal::open(t.path, Journal::Access::ReadOnly);
    REQUIRE(reopened.ok());
    CHECK(reopened->night(date("2026-11-21"))->has_value());
}

TEST_CASE("an import of years into an empty journal on a disk that fills up is all or nothing")
{
    SeededJournal seeded; // installs the shim
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    const JournalRecords years = demoJournal(date("2026-11-20"), 3 * 365);
    const std::string empty = journalDump(path);
    // Byte budgets across the whole transaction: the disk fills early, midway and late.
    for (std::int64_t bytes : {0, 4096, 100'000, 400'000, 1'000'000}) {
        INFO(bytes << " bytes allowed");
        FullDisk::failAfterBytes(bytes);
        auto merged = journal->merge(years);
        const int failedWrites = FullDisk::failedWrites();
        FullDisk::disarm();
        if (merged.ok())
            break;
        CHECK(failedWrites > 0);
        CHECK(journalDump(path) == empty);
        CHECK(journal->counts()->nights == 0);
    }
    REQUIRE(journal->merge(years).ok() == true);
    CHECK(journal->counts()->nights == std::int64_t(years.nights.size()));
}

TEST_CASE("a restore onto a disk that fills up leaves the journal as it was")
{
    SeededJournal t;
    // The backup to restore: another journal with other nights.
    TempFolder other;
    {
        auto source = Journal::open(other / "backup.sqlite");
        REQUIRE(source.ok());
        REQUIRE(source->saveNight(night("2025-01-01")).ok());
        REQUIRE(source->saveNight(night("2025-01-02")).ok());
    }
    const auto now = localNowSeconds();
    int failedRuns = 0;
    requireAllOrNothing(
        t,
        [&](SeededJournal& s) {
            return JournalBackups(s.path).restore(other / "backup.sqlite", now).ok();
        },
        &failedRuns);
    CHECK(failedRuns > 0);
    CHECK(t.journal->night(date("2025-01-01"))->has_value());
}

} // namespace QUIETLEGS_TEST_FILE
