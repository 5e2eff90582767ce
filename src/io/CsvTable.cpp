#include "quietlegs/io/CsvTable.h"

#include "TextChecks.h"

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
                              const ImportProgress& progress)
{
    text = withoutByteOrderMark(text);
    std::unique_ptr<csv_parser, ParserFree> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0) {
        delete parser.release();
        return Error{"", "", "cannot start the CSV parser"};
    }
    CsvReadState state;
    state.maxRows = maxRows;
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

} // namespace quietlegs
