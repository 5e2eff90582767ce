#include "quietlegs/io/CsvTable.h"

#include "TextChecks.h"

#include <array>
#include <csv.h>
#include <memory>

namespace quietlegs {
namespace {

/// What libcsv's callbacks fill in while it parses.
struct CsvReadState
{
    CsvTable table;
    std::vector<std::string> cells;
    int line = 1;        // the physical line being fed to the parser
    int recordStart = 1; // the line the current record started on
    bool tooWide = false;
    bool cellTooLong = false;
    std::optional<std::size_t> maxRows;
    bool full = false;
};

void onField(void* data, std::size_t length, void* context)
{
    auto* state = static_cast<CsvReadState*>(context);
    if (state->cells.size() >= kCsvMaxColumns) {
        state->tooWide = true;
        return;
    }
    if (length > kCsvMaxCellBytes) {
        state->cellTooLong = true;
        return;
    }
    state->cells.emplace_back(data ? static_cast<const char*>(data) : "", data ? length : 0);
}

void onRecordEnd(int, void* context)
{
    auto* state = static_cast<CsvReadState*>(context);
    const int start = state->recordStart;
    if (state->full || state->tooWide || state->cellTooLong) {
        state->cells.clear();
        return;
    }
    if (state->table.header.empty() && state->table.rows.empty()) {
        state->table.header = std::move(state->cells);
        if (!state->table.header.empty())
            state->table.header.front() =
                std::string(withoutByteOrderMark(state->table.header.front()));
        if (state->maxRows && *state->maxRows == 0) {
            state->full = true;
            state->table.truncated = true;
        }
    } else {
        state->table.rows.push_back(CsvRow{start, std::move(state->cells)});
        if (state->maxRows && state->table.rows.size() >= *state->maxRows) {
            state->full = true;
            state->table.truncated = true;
        }
    }
    state->cells.clear();
}

struct ParserFree
{
    void operator()(csv_parser* parser) const
    {
        csv_free(parser);
        delete parser;
    }
};

Error lineError(int line, const std::string& rule)
{
    return Error{"line " + std::to_string(line), "", rule};
}

// libcsv trims spaces and tabs around unquoted cells; in a tab-separated file only spaces.
int isSpaceOnly(unsigned char c)
{
    return c == ' ';
}

bool isCsvDelimiter(char c)
{
    for (char delimiter : kCsvDelimiters)
        if (c == delimiter)
            return true;
    return false;
}

} // namespace

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    const std::string wanted = asciiLower(trimmed(name));
    for (std::size_t i = 0; i < header.size(); ++i)
        if (asciiLower(trimmed(header[i])) == wanted)
            return i;
    return std::nullopt;
}

Result<CsvTable> readCsvTable(std::string_view text, std::optional<std::size_t> maxRows,
                              const ImportProgress& progress, char delimiter)
{
    if (!isCsvDelimiter(delimiter))
        return Error{"delimiter", printableText(std::string_view(&delimiter, 1), 4),
                     "use a comma, a semicolon or a tab"};
    text = withoutByteOrderMark(text);
    std::unique_ptr<csv_parser, ParserFree> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        delete parser.release();
        return Error{"", "", "cannot start the CSV parser"};
    }
    csv_set_delim(parser.get(), static_cast<unsigned char>(delimiter));
    if (delimiter == '\t')
        csv_set_space_func(parser.get(), isSpaceOnly);
    CsvReadState state;
    state.maxRows = maxRows;
    state.table.delimiter = delimiter;
    const auto total = std::int64_t(text.size());
    std::size_t position = 0;
    std::size_t sinceProgress = 0;
    // Fed one physical line at a time, so a record's end knows the line it is on.
    while (position < text.size() && !state.full) {
        // A line ends at LF, CRLF, or a lone CR (old Mac spreadsheets save "CSV (Macintosh)").
        std::size_t end = text.find_first_of("\r\n", position);
        if (end == std::string_view::npos)
            end = text.size();
        else if (text[end] == '\r' && end + 1 < text.size() && text[end + 1] == '\n')
            end += 2;
        else
            end += 1;
        const std::string_view line = text.substr(position, end - position);
        if (!isValidUtf8(line))
            return lineError(state.line, "is not valid UTF-8 text (save the file as UTF-8)");
        if (line.find('\0') != std::string_view::npos)
            return lineError(state.line, "contains a NUL byte, which text in a journal may not "
                                         "hold (is it a spreadsheet saved as UTF-16?)");
        if (csv_parse(parser.get(), line.data(), line.size(), onField, onRecordEnd, &state) !=
            line.size())
            return lineError(state.recordStart, std::string("is not valid CSV: ") +
                                                    csv_strerror(csv_error(parser.get())));
        if (state.tooWide)
            return lineError(state.recordStart,
                             "has more than " + std::to_string(kCsvMaxColumns) + " columns");
        if (state.cellTooLong)
            return lineError(state.recordStart, "has a cell longer than 1 MiB");
        // libcsv's state 0 is "no record begun": the next record starts on a later line
        // (blank lines between records are skipped without a callback).
        if (parser->pstate == 0)
            state.recordStart = state.line + 1;
        sinceProgress += line.size();
        position = end;
        ++state.line;
        if (sinceProgress >= 65536) {
            sinceProgress = 0;
            if (!reportProgress(progress, std::int64_t(position), total))
                return importCancelled();
        }
    }
    if (!state.full && csv_fini(parser.get(), onField, onRecordEnd, &state) != 0)
        return lineError(state.recordStart, "is not valid CSV: a quoted field is never closed");
    if (state.tooWide || state.cellTooLong)
        return lineError(state.recordStart, "has a record that is too large");
    if (state.table.header.empty())
        return Error{"", "", "the file is empty: expected a header row"};
    if (!reportProgress(progress, total, total))
        return importCancelled();
    return std::move(state.table);
}

char detectCsvDelimiter(std::string_view text)
{
    // How often each delimiter occurs outside quotes, per record of the header and the first
    // records. A German Excel sheet (`Datum;Koffein;Notiz` then `20.01.2024;1,5;"a, b"`) has
    // commas in its cells but not in its header, and as many semicolons in each record.
    constexpr std::size_t kMaxRecords = 20;
    constexpr std::size_t kMaxBytes = 64 * 1024;
    using Counts = std::array<std::size_t, std::size(kCsvDelimiters)>;
    text = withoutByteOrderMark(text);
    std::vector<Counts> records;
    Counts counts{};
    bool inQuotes = false;
    bool recordBegun = false;
    std::size_t i = 0;
    for (; i < text.size() && i < kMaxBytes && records.size() < kMaxRecords; ++i) {
        const char c = text[i];
        if (c == '"') {
            inQuotes = !inQuotes; // a doubled quote inside quotes toggles twice
        } else if (!inQuotes && (c == '\n' || c == '\r')) {
            if (recordBegun) // blank lines and the LF of a CRLF are no records
                records.push_back(counts);
            counts = {};
            recordBegun = false;
            continue;
        } else if (!inQuotes) {
            for (std::size_t d = 0; d < counts.size(); ++d)
                counts[d] += c == kCsvDelimiters[d] ? 1 : 0;
        }
        recordBegun = true;
    }
    if (recordBegun && i == text.size() && records.size() < kMaxRecords)
        records.push_back(counts); // the last line without a line break
    if (records.empty())
        return ',';
    std::optional<std::size_t> best;
    bool bestConsistent = false;
    for (std::size_t d = 0; d < std::size(kCsvDelimiters); ++d) {
        const std::size_t inHeader = records.front()[d];
        if (inHeader == 0)
            continue;
        bool consistent = true;
        for (const Counts& record : records)
            consistent = consistent && record[d] == inHeader;
        // A delimiter that splits every record alike beats one that does not; then the more
        // columns; on a tie the earlier of comma, semicolon, tab.
        if (!best || (consistent && !bestConsistent) ||
            (consistent == bestConsistent && inHeader > records.front()[*best])) {
            best = d;
            bestConsistent = consistent;
        }
    }
    return best ? kCsvDelimiters[*best] : ',';
}

std::string_view csvDelimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return "semicolon";
    case '\t':
        return "tab";
    default:
        return "comma";
    }
}

std::optional<char> csvDelimiterFromName(std::string_view name)
{
    const std::string lower = asciiLower(trimmed(name));
    if (lower == "comma" || lower == ",")
        return ',';
    if (lower == "semicolon" || lower == ";")
        return ';';
    if (lower == "tab")
        return '\t';
    return std::nullopt;
}

bool needsCsvFormulaGuard(std::string_view text)
{
    if (text.empty())
        return false;
    switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\'':
        return true;
    default:
        return false;
    }
}

std::string guardCsvFormula(std::string_view text)
{
    if (!needsCsvFormulaGuard(text))
        return std::string(text);
    // Appended, not "'" + text: GCC 12 at -O3 warns falsely (-Wrestrict) on that operator+.
    std::string guarded(1, '\'');
    guarded += text;
    return guarded;
}

std::string_view withoutCsvFormulaGuard(std::string_view cell)
{
    if (cell.size() >= 2 && cell.front() == '\'' && needsCsvFormulaGuard(cell.substr(1)))
        cell.remove_prefix(1);
    return cell;
}

} // namespace quietlegs
