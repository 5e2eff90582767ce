#pragma once

#include "quietlegs/core/JournalRecords.h"

#include <filesystem>
#include <string>
#include <vector>

namespace quietlegs {

/// The four files `export --format csv` writes.
inline constexpr const char* kNightsCsvFile = "nights.csv";
inline constexpr const char* kIntakesCsvFile = "intakes.csv";
inline constexpr const char* kDailyCsvFile = "daily.csv";
inline constexpr const char* kLabsCsvFile = "labs.csv";
inline constexpr const char* kWeeksCsvFile = "weeks.csv";
/// The person's own factors and their values (interchange-v2.md "User-defined factors").
inline constexpr const char* kFactorsCsvFile = "factors.csv";
inline constexpr const char* kFactorValuesCsvFile = "factor_values.csv";
inline constexpr const char* kMedsCsvFile = "meds.csv";

/// RFC 4180 CSV text (UTF-8, CRLF line ends, a header row, one row per entity) with the
/// computed columns a spreadsheet needs, written with CsvWriter. Text cells are quoted, and
/// text a spreadsheet would run as a formula (=, +, -, @, tab, CR, or a leading ') gets one
/// leading '; missing values are empty cells; numbers use '.'; a number as typed keeps as many
/// digits as it takes to read back exactly, a computed one (elemental_mg, display_value) is
/// rounded to a thousandth (0.864, not 0.8640197490228348).
/// nights.csv: date, irls_1..irls_10, irls_total, irls_band, severity, the sleep diary
/// times, tib_min, tst_min, se_percent (1 decimal), notes, then symptom_onset,
/// onset_min_before_lights_out, rls_awakenings and arms (1/0).
std::string nightsCsv(const JournalRecords& records);
/// intakes.csv: taken_at, journal_date (04:00 rule), nutrient, form, route, source
/// (supplement/food/topical), compound_mg, elemental_mg, label.
std::string intakesCsv(const JournalRecords& records);
/// daily.csv: date, caffeine_mg, alcohol_units, exercise_min, stress.
std::string dailyCsv(const JournalRecords& records);
/// labs.csv: date, test, value, unit, display_value, display_unit, loinc, aasm_flag
/// (iron_recommended, iv_iron_only, low_saturation or empty), aasm_note (the sentence),
/// laboratory, morning_no_iron_24h (true, false or empty), source, source_name.
std::string labsCsv(const JournalRecords& records);
/// weeks.csv: week_ending, irls_1..irls_10, irls_total, band (interchange-v2 ids), source,
/// source_name.
std::string weeksCsv(const JournalRecords& records);

/// factors.csv: name, unit, kind (number or yesno).
std::string factorsCsv(const JournalRecords& records);
/// factor_values.csv: date, name, value (yes/no as 1/0), kind, unit.
std::string factorValuesCsv(const JournalRecords& records);
/// meds.csv (MedicineCsv.cpp): taken_at, journal_date (04:00 rule), drug, dose_mg, route,
/// notes, source, source_name, dopaminergic (yes/no).
std::string medsCsv(const JournalRecords& records);

/// The names of those files.
std::vector<std::string> csvExportFiles();
/// Writes the four files as the folder `dir` (0700, files 0600), as one set: into a
/// temporary sibling folder, then swapped in for `dir` (writeFolderAtomically), so that a
/// failure leaves an earlier export whole. A `dir` holding anything but those four files is
/// refused (exportFolderReplaces): the swap would delete it.
Status exportCsv(const JournalRecords& records, const std::filesystem::path& dir);

} // namespace quietlegs
