#pragma once
// How the journal's rows are read back into validated domain values: shared by Journal's
// queries and the whole-journal read (JournalReading.cpp). Internal to the storage layer.
#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/Result.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/SqliteDatabase.h"

#include <string>
#include <vector>

namespace quietlegs::stored {

inline constexpr const char* kNightColumns =
    "date, irls1, irls2, irls3, irls4, irls5, irls6, irls7, irls8, irls9, irls10, severity, "
    "into_bed, lights_out, sleep_latency_min, awakenings, waso_min, final_wake, out_of_bed, notes, "
    "time_zone, symptom_onset, rls_awakenings, arms, source, source_name, device_source, "
    "device_source_name, device_into_bed, device_lights_out, device_sleep_latency_min, "
    "device_awakenings, device_waso_min, device_final_wake, device_out_of_bed";
inline constexpr const char* kIntakeColumns =
    "id, taken_at, nutrient, form, route, compound_mg, elemental_mg, label, preset_id, source, "
    "source_name";
inline constexpr const char* kDailyColumns =
    "date, caffeine_mg, alcohol_units, exercise_min, stress, source, source_name";
inline constexpr const char* kLabColumns =
    "id, date, test, value, unit, laboratory, morning_no_iron_24h, source, source_name";
inline constexpr const char* kWeekColumns =
    "week_ending, irls1, irls2, irls3, irls4, irls5, irls6, irls7, irls8, irls9, irls10, source, "
    "source_name";

/// A stored row that no longer passes the core's rules (edited outside the app, say).
Error corruptRow(const char* table, const std::string& key, const Error& error);

/// Rows selected with kNightColumns, kIntakeColumns, kDailyColumns and kLabColumns.
Result<Night> readNight(const SqliteStatement& row);
Result<StoredIntake> readIntake(const SqliteStatement& row);
/// readIntake() without the id and preset (the whole-journal read: one move less per intake).
Result<Intake> readIntakeValue(const SqliteStatement& row);
Result<DailyFactors> readDaily(const SqliteStatement& row);
Result<StoredLabResult> readLab(const SqliteStatement& row);
/// A row selected with kWeekColumns (JournalWeeks.cpp).
Result<WeeklyIrls> readWeek(const SqliteStatement& row);
/// Every weekly check-in whose week_ending is in `range`, by week_ending.
Result<std::vector<WeeklyIrls>> readWeeks(const SqliteDatabase& db, const DateRange& range);

/// Binds the journal dates `range` to ?1 and ?2 (a `date BETWEEN ?1 AND ?2`).
void bindRange(SqliteStatement& statement, const DateRange& range);
/// Binds the taken_at bounds of the intakes of journal dates `range` to ?first and ?first+1.
void bindIntakeRange(SqliteStatement& statement, const DateRange& range, int first);

/// Deletes the rows `sql` (a DELETE with one parameter ?1) selects for `key`, in one checked
/// transaction; true when any row went.
template <typename Key>
Result<bool> deleteRows(SqliteDatabase& db, const char* sql, const Key& key)
{
    return writeInTransaction(db, [&]() -> Result<bool> {
        auto statement = db.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(1, key);
        if (auto status = statement->run(); !status)
            return status.error();
        return db.changes() > 0;
    });
}

/// Every row `statement` returns, read with `read`; `expected` rows are reserved.
template <typename T, typename Reader>
Result<std::vector<T>> readAll(SqliteStatement& statement, Reader read, std::size_t expected = 0)
{
    std::vector<T> out;
    out.reserve(expected);
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        auto value = read(statement);
        if (!value)
            return value.error();
        out.push_back(std::move(value).value());
    }
}

/// The `settings` table as JournalSettings; a value the core refuses fails naming its key.
Result<JournalSettings> readSettings(const SqliteDatabase& db);
/// Writes every setting that is set in `settings` (the others stay), inside the caller's
/// transaction.
Status writeSettings(SqliteDatabase& db, const JournalSettings& settings);

/// The person's own factors by case-folded name, and their values on `range` by date
/// (JournalFactors.cpp); a stored row the core refuses fails naming it.
Result<std::vector<FactorDefinition>> readFactors(const SqliteDatabase& db);
Result<std::vector<FactorValue>> readFactorValues(const SqliteDatabase& db, const DateRange& range);
/// Upserts one value under `factor`'s spelling of the name after checking it fits the factor's
/// kind, inside the caller's transaction.
Status writeFactorValue(SqliteDatabase& db, const FactorDefinition& factor,
                        const FactorValue& value);

/// Merges records.factors (upserted by name) and records.factorValues (by date and name; the
/// name defined in the records or the journal) inside the caller's transaction; errors name
/// the entry (`factor_values[3].name`).
Status mergeFactors(SqliteDatabase& db, const JournalRecords& records, MergeSummary& summary);

/// Intakes by time, those at the same time in the order given.
void sortIntakesByTime(std::vector<Intake>& intakes);

/// The medicine doses of the journal dates `range`, in time order (JournalMedicines.cpp).
Result<std::vector<StoredMedicineDose>> readMedicines(const SqliteDatabase& db,
                                                      const DateRange& range);

/// Everything the journal holds on the dates `range`, as of one moment: a write committed
/// meanwhile by another connection is either wholly in it or not at all.
Result<JournalRecords> readRecords(const SqliteDatabase& db, const DateRange& range);

} // namespace quietlegs::stored
