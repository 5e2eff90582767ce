#pragma once

#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/ImportBatch.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// Label of the intakes a spreadsheet import writes; re-imports replace exactly these.
inline constexpr std::string_view kSpreadsheetLabel = "Spreadsheet import";

/// How dates are written in a spreadsheet: 2026-11-20, 20/11/2026 (or 20.11.2026), 11/20/2026.
enum class CsvDateFormat
{
    YearMonthDay,
    DayMonthYear,
    MonthDayYear
};

/// How a spreadsheet writes the decimals of its numbers: 1.5, or 1,5 (German, French, ...).
enum class DecimalMark
{
    Point,
    Comma
};

/// The decimal mark of a file separated by `delimiter` when nobody says: a comma for ';' (a
/// spreadsheet saves with semicolons exactly where the comma is the decimal mark), else a point.
DecimalMark defaultDecimalMark(char delimiter);

/// Which column (0-based) holds what, chosen by the user after seeing a preview. Only `date`
/// is required; unmapped or empty cells are missing and leave the journal's value alone.
struct CsvColumnMapping
{
    /// What separates the cells (one of kCsvDelimiters); none: detectCsvDelimiter().
    std::optional<char> delimiter;
    /// None: defaultDecimalMark() of the delimiter.
    std::optional<DecimalMark> decimalMark;
    std::optional<std::size_t> date;
    CsvDateFormat dateFormat = CsvDateFormat::YearMonthDay;
    std::optional<std::size_t> severity; // quick 0..10 rating
    /// The ten IRLS-style items (0..4), only when the sheet has all ten columns.
    std::optional<std::array<std::size_t, kIrlsItemCount>> irlsItems;
    std::optional<std::size_t> magnesiumMg; // elemental mg for the day
    std::string magnesiumForm = "unknown";
    std::optional<std::size_t> ironMg;
    std::string ironForm = "unknown";
    std::optional<std::size_t> caffeineMg;
    std::optional<std::size_t> alcoholUnits;
    std::optional<std::size_t> exerciseMin;
    std::optional<std::size_t> stress;
    std::optional<std::size_t> notes;
    // The night's Consensus Sleep Diary (SleepDiary.h). Clock times as HH:MM (22:30, 6:45;
    // 22:30:00 as LibreOffice writes it; 10:30 PM), placed across midnight by
    // placeSleepClocks().
    std::optional<std::size_t> intoBed;
    std::optional<std::size_t> lightsOut;
    std::optional<std::size_t> sleepLatencyMin; // minutes to fall asleep
    std::optional<std::size_t> awakenings;
    std::optional<std::size_t> wasoMin; // minutes awake in the night
    std::optional<std::size_t> finalWake;
    std::optional<std::size_t> outOfBed;
    /// IANA zone of the night's clock times (QuietLegs' own nights.csv: time_zone).
    std::optional<std::size_t> timeZone;

    friend bool operator==(const CsvColumnMapping&, const CsvColumnMapping&) = default;
};

/// The header and the first `rows` data rows, for the mapping step's preview, read with
/// `delimiter` (none: detectCsvDelimiter(); the table says which it used).
Result<CsvTable> previewCsv(std::string_view text, std::size_t rows = 10,
                            std::optional<char> delimiter = std::nullopt);

/// A first guess at the mapping from header names ("Date", "Severity", "Magnesium (mg)",
/// "Caffeine", "Notes", "Bedtime", "Lights out", "Minutes to fall asleep", "Woke up", ...),
/// for the GUI to pre-fill; the user confirms or corrects it.
CsvColumnMapping guessColumnMapping(const std::vector<std::string>& header);
/// The same from a preview, with its delimiter, that delimiter's decimal mark, and the date
/// format when the preview's dates tell (2024-01-20; 20.01.2024 is day first as in German;
/// 25/01/2024 day first, 01/25/2024 month first).
CsvColumnMapping guessColumnMapping(const CsvTable& preview);

/// Parses a mapping such as `date=Day,severity=3,magnesium=Mg mg,date_format=dmy` (keys:
/// date, severity, irls1..irls10, magnesium, iron, caffeine, alcohol, exercise, stress,
/// notes, into_bed, lights_out, sleep_latency_min, awakenings, waso_min, final_wake,
/// out_of_bed, date_format ymd|dmy|mdy, magnesium_form, iron_form, decimal point|comma,
/// delimiter comma|semicolon|tab). A column is a header name (case ignored) or a 1-based
/// column number of `header`, read with the spec's delimiter (mappedDelimiter). Errors name
/// the key.
Result<CsvColumnMapping> parseColumnMapping(std::string_view spec,
                                            const std::vector<std::string>& header);

/// The `delimiter=` of a mapping spec, none when it names none: the header to resolve the
/// spec's columns against is read with it. Errors name the key.
Result<std::optional<char>> mappedDelimiter(std::string_view spec);

/// Imports a spreadsheet with an explicit mapping. Each row is one journal date: rating,
/// IRLS items, notes and sleep diary entries patch that night (an empty sleep cell keeps the
/// journal's entry); magnesium and iron become one intake each at 12:00 labelled
/// "Spreadsheet import" (replaced on re-import); caffeine, alcohol, exercise and stress patch
/// the day's factors. Numbers are read with the mapping's decimal mark; notes drop the one
/// leading ' that QuietLegs' own CSV export puts before text such as "=1+2"
/// (withoutCsvFormulaGuard). Never throws; a bad row fails the file with its line and column.
Result<ImportBatch> importGenericCsv(std::string_view text, const CsvColumnMapping& mapping,
                                     const ImportProgress& progress = {});

} // namespace quietlegs
