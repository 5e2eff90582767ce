// Journal format 10 (issue 22): where nights, intakes and daily entries came from, and a
// device's record of a night kept beside the diary.
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>
#include <map>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Date day(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

template <typename T> T valueOf(Result<T> result)
{
    INFO((result.ok() ? std::string() : result.error().message()));
    REQUIRE(result.ok());
    return std::move(result).value();
}

/// Each row of `sql` on `file` as its columns' text joined with '|' (SQLite alone).
std::vector<std::string> rawRows(const std::filesystem::path& file, const std::string& sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    sqlite3_stmt* statement = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK);
    std::vector<std::string> rows;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        std::string row;
        for (int i = 0; i < sqlite3_column_count(statement); ++i) {
            const auto* text = sqlite3_column_text(statement, i);
            row +=
                (i ? "|" : "") + (text ? std::string(reinterpret_cast<const char*>(text)) : "NULL");
        }
        rows.push_back(row);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

std::string columnsOf(const std::filesystem::path& file, const std::string& table)
{
    std::string list;
    for (const std::string& name :
         rawRows(file, "SELECT name FROM pragma_table_info('" + table + "')"))
        list += (list.empty() ? "" : ", ") + name;
    return list;
}

} // namespace

TEST_CASE("a format 9 journal upgrades with every value kept and every entry manual")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    std::filesystem::copy_file(
        std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals" / "schema-v9.sqlite", path);
    REQUIRE(rawRows(path, "PRAGMA user_version").at(0) == "9");
    std::map<std::string, std::pair<std::string, std::vector<std::string>>> before;
    for (const char* table : {"nights", "intakes", "daily_factors", "lab_results", "meds"}) {
        const std::string columns = columnsOf(path, table);
        before[table] = {columns,
                         rawRows(path, "SELECT " + columns + " FROM " + table + " ORDER BY rowid")};
        REQUIRE_FALSE(before[table].second.empty());
    }

    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    const JournalRecords records = valueOf(journal->records());
    CHECK(rawRows(path, "PRAGMA user_version").at(0) == std::to_string(kJournalSchemaVersion));
    for (const auto& [table, old] : before) {
        INFO("table " << table);
        CHECK(rawRows(path, "SELECT " + old.first + " FROM " + table + " ORDER BY rowid") ==
              old.second);
    }
    for (const Night& night : records.nights) {
        CHECK(night.source() == EntrySource::Manual);
        CHECK_FALSE(night.deviceSleep().has_value());
    }
    for (const Intake& intake : records.intakes)
        CHECK(intake.origin() == EntrySource::Manual);
    for (const DailyFactors& factors : records.daily)
        CHECK(factors.source() == EntrySource::Manual);
    CHECK(rawRows(path, "SELECT DISTINCT source FROM nights") ==
          std::vector<std::string>{"manual"});
    CHECK(rawRows(path, "SELECT count(*) FROM nights WHERE device_source IS NOT NULL").at(0) ==
          "0");
}

TEST_CASE("a night's source and its device sleep are stored and read back")
{
    TempFolder folder;
    Journal journal = valueOf(Journal::open(folder / "j.sqlite"));
    NightEntry entry;
    entry.date = day(20);
    entry.severity = 4;
    entry.sleep.intoBed = atTime(day(20), std::chrono::hours{22});
    entry.sleep.sleepLatencyMin = 54;
    DeviceSleep device;
    device.source = EntrySource::AppleHealth;
    device.sourceName = "Apple Watch";
    device.times.intoBed = atTime(day(20), std::chrono::hours{23});
    device.times.sleepLatencyMin = 0;
    device.times.awakenings = 28;
    device.times.finalWake = atTime(day(21), std::chrono::hours{7});
    entry.deviceSleep = device;
    const Night night = valueOf(Night::create(entry));
    REQUIRE(journal.saveNight(night).ok());
    const Night stored = *valueOf(journal.night(day(20)));
    CHECK(stored == night);
    REQUIRE(stored.deviceSleep().has_value());
    CHECK(stored.deviceSleep()->sourceName == "Apple Watch");
    CHECK(stored.deviceSleep()->times.awakenings == 28);

    IntakeEntry food{atTime(day(20), std::chrono::hours{12}),
                     Nutrient::Magnesium,
                     "food",
                     Route::Oral,
                     std::nullopt,
                     300.0,
                     "Cronometer"};
    food.origin = EntrySource::AppleHealth;
    food.originName = "Cronometer";
    const Intake intake = valueOf(Intake::create(food));
    REQUIRE(journal.addIntake(intake).ok());
    CHECK(valueOf(journal.intakes(DateRange{day(20), day(20)})).at(0).intake == intake);

    DailyFactorsEntry daily;
    daily.date = day(20);
    daily.caffeineMg = 90;
    daily.source = EntrySource::Cronometer;
    const DailyFactors factors = valueOf(DailyFactors::create(daily));
    REQUIRE(journal.saveDailyFactors(factors).ok());
    CHECK(*valueOf(journal.dailyFactors(day(20))) == factors);
}

TEST_CASE("a device's clocks out of order are refused, naming device_sleep")
{
    NightEntry entry;
    entry.date = day(20);
    DeviceSleep device;
    device.times.intoBed = atTime(day(21), std::chrono::hours{1});
    device.times.lightsOut = atTime(day(20), std::chrono::hours{23});
    entry.deviceSleep = device;
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field.rfind("device_sleep.", 0) == 0);
}

} // namespace QUIETLEGS_TEST_FILE
