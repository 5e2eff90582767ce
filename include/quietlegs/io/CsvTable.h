#pragma once

#include "quietlegs/core/Result.h"
#include "quietlegs/io/ImportBatch.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// One record of a CSV file with the physical line it starts on (for error messages).
struct CsvRow
{
    int line = 0;
    std::vector<std::string> cells;
};

/// A CSV file read with libcsv (RFC 4180: quoted fields, doubled quotes, CRLF or LF line
/// ends), its first record taken as the header. A UTF-8 byte order mark is dropped.
struct CsvTable
{
    std::vector<std::string> header;
    std::vector<CsvRow> rows;
    bool truncated = false; // stopped after `maxRows` rows (a preview)
    char delimiter = ',';   // what separated the cells: ',', ';' or '\t'

    /// Index of the header cell equal to `name` (ASCII case and surrounding spaces ignored).
    std::optional<std::size_t> column(std::string_view name) const;
};

/// Refuses files past these sizes before they can exhaust memory.
inline constexpr std::size_t kCsvMaxColumns = 4096;
inline constexpr std::size_t kCsvMaxCellBytes = 1 << 20;

/// The cell delimiters QuietLegs reads: ',' (RFC 4180), ';' (Excel and LibreOffice where the
/// decimal mark is a comma, as in German) and '\t' ("Text (Tab delimited)").
inline constexpr char kCsvDelimiters[] = {',', ';', '\t'};

/// Parses CSV text; never throws. Refuses text that is not UTF-8, malformed quoting and
/// oversized records, naming the line. With `maxRows`, stops after that many data rows.
/// `progress` gets bytes read of the total. `delimiter` is one of kCsvDelimiters.
Result<CsvTable> readCsvTable(std::string_view text, std::optional<std::size_t> maxRows = {},
                              const ImportProgress& progress = {}, char delimiter = ',');

/// The delimiter of a spreadsheet's CSV, sniffed from its header and first records (quoted
/// cells ignored): the one of kCsvDelimiters that occurs in the header and equally often in
/// every record, the most frequent when several do; ',' when none occurs.
char detectCsvDelimiter(std::string_view text);

/// "comma", "semicolon" or "tab", as the --map key `delimiter=` takes them.
std::string_view csvDelimiterName(char delimiter);
/// The delimiter a name of csvDelimiterName() stands for (also ";" and ","); none otherwise.
std::optional<char> csvDelimiterFromName(std::string_view name);

/// Formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with '=',
/// '+', '-' or '@' as a formula (tab and CR can hide such a start), so a note such as
/// =HYPERLINK("http://...") would become a live link. QuietLegs writes such text cells with
/// one leading ' (which spreadsheets read as "this is text"), and also text that already
/// starts with ', so that reading back can tell the two apart. Numbers are never text cells.
bool needsCsvFormulaGuard(std::string_view text);
/// `text` as QuietLegs writes it into a CSV text cell: one ' in front when it needs a guard.
std::string guardCsvFormula(std::string_view text);
/// A text cell read back: exactly one leading ' dropped when guardCsvFormula put it there
/// (the rest needs a guard), so every text survives a round trip through QuietLegs' CSV;
/// "'tis" from someone else's sheet is kept as it is.
std::string_view withoutCsvFormulaGuard(std::string_view cell);

} // namespace quietlegs
