#include "quietlegs/io/GenericCsvImport.h"

#include "TextChecks.h"
#include "quietlegs/core/SleepClocks.h"
#include "quietlegs/core/TimeZone.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

namespace quietlegs {
namespace {

constexpr std::chrono::minutes kSpreadsheetIntakeTime{12 * 60};

bool allDigits(std::string_view text)
{
    if (text.empty())
        return false;
    for (char c : text)
        if (c < '0' || c > '9')
            return false;
    return true;
}

/// Splits `text` at any of `separators`.
std::vector<std::string_view> split(std::string_view text, std::string_view separators)
{
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    for (;;) {
        const std::size_t at = text.find_first_of(separators, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? at : at - start));
        if (at == std::string_view::npos)
            return parts;
        start = at + 1;
    }
}

Result<Date> parseSheetDate(std::string_view text, CsvDateFormat format, std::string_view field)
{
    const auto parts = split(text, "-/.");
    if (parts.size() == 3 && allDigits(parts[0]) && allDigits(parts[1]) && allDigits(parts[2])) {
        std::string_view year = parts[0], month = parts[1], day = parts[2];
        if (format == CsvDateFormat::DayMonthYear)
            year = parts[2], month = parts[1], day = parts[0];
        else if (format == CsvDateFormat::MonthDayYear)
            year = parts[2], month = parts[0], day = parts[1];
        if (year.size() == 4 && month.size() <= 2 && day.size() <= 2) {
            const std::string iso = std::string(year) + "-" + (month.size() == 1 ? "0" : "") +
                                    std::string(month) + "-" + (day.size() == 1 ? "0" : "") +
                                    std::string(day);
            auto date = parseDate(iso, field);
            if (!date)
                return Error{std::string(field), printableText(text, 40), date.error().rule};
            return date;
        }
    }
    static constexpr const char* kExpected[] = {"expected a date as YYYY-MM-DD",
                                                "expected a date as DD/MM/YYYY",
                                                "expected a date as MM/DD/YYYY"};
    return Error{std::string(field), printableText(text, 40), kExpected[int(format)]};
}

/// A clock time as spreadsheets write it: 22:30, 6:45, 22:30:00 (LibreOffice's default time
/// format; seconds other than :00 are refused rather than silently dropped), or 10:30 PM as a
/// US-English Excel sheet shows it (12:15 AM is 00:15, 12:15 PM is 12:15).
Result<std::chrono::minutes> parseSheetClock(std::string_view text, std::string_view field)
{
    std::string clock = asciiLower(text);
    std::optional<bool> afternoon;
    for (const auto& [suffix, pm] : {std::pair{"am", false}, std::pair{"pm", true}}) {
        if (clock.size() > 2 && clock.ends_with(suffix)) {
            clock = std::string(trimmed(std::string_view(clock).substr(0, clock.size() - 2)));
            afternoon = pm;
            break;
        }
    }
    if (clock.size() == 8 && clock[5] == ':' && clock.substr(6) == "00")
        clock.resize(5);
    else if (clock.size() == 7 && clock[4] == ':' && clock.substr(5) == "00")
        clock.resize(4);
    if (clock.size() == 4 && clock[1] == ':')
        clock.insert(0, "0");
    auto minutes = parseClockTime(clock, field);
    if (!minutes && minutes.error().rule != "expected a time as HH:MM")
        return Error{std::string(field), printableText(text, 40), minutes.error().rule};
    const bool twelveHour = !afternoon || (minutes && *minutes >= std::chrono::hours{1} &&
                                           *minutes < std::chrono::hours{13});
    if (!minutes || !twelveHour)
        return Error{std::string(field), printableText(text, 40),
                     "expected a time as HH:MM (22:30) or h:mm AM/PM (10:30 PM)"};
    if (afternoon) {
        using std::chrono::hours;
        if (*minutes >= hours{12})
            *minutes -= hours{12}; // 12:xx AM is just after midnight, 12:xx PM just after noon
        if (*afternoon)
            *minutes += hours{12};
    }
    return minutes;
}

/// Digits with at most one `mark` between them and an optional sign: 1,5 -5 0,25 12.
bool isPlainDecimal(std::string_view text, char mark)
{
    if (!text.empty() && (text.front() == '-' || text.front() == '+'))
        text.remove_prefix(1);
    const std::size_t at = text.find(mark);
    if (at == std::string_view::npos)
        return allDigits(text);
    return allDigits(text.substr(0, at)) && allDigits(text.substr(at + 1));
}

/// A number as the sheet writes it. With a decimal comma "1,5" is 1.5 and "1.5" is refused:
/// there a point groups thousands (1.500 is fifteen hundred), so guessing could misread it.
Result<double> parseSheetNumber(std::string_view text, DecimalMark mark)
{
    if (mark == DecimalMark::Comma) {
        if (!isPlainDecimal(text, ','))
            return Error{"", std::string(text),
                         text.find('.') != std::string_view::npos
                             ? "is not a number with a decimal comma as in 1,5 (if the file "
                               "writes 1.5, read it with a decimal point: decimal=point)"
                             : "is not a number"};
        std::string withPoint(text);
        std::replace(withPoint.begin(), withPoint.end(), ',', '.');
        if (auto value = parseDecimal(withPoint))
            return *value;
        return Error{"", std::string(text), "is not a number"};
    }
    if (auto value = parseDecimal(text))
        return *value;
    if (isPlainDecimal(text, ','))
        return Error{"", std::string(text),
                     "is not a number with a decimal point as in 1.5 (if the file writes 1,5, "
                     "read it with a decimal comma: decimal=comma)"};
    return Error{"", std::string(text), "is not a number"};
}

/// Reads the cells of one row with errors naming the line and the column header.
class SheetRow
{
public:
    SheetRow(const CsvRow& row, const std::vector<std::string>& header, DecimalMark mark)
        : m_row(row), m_header(header), m_mark(mark)
    {}

    std::string where() const { return "line " + std::to_string(m_row.line); }

    std::string columnName(std::size_t column) const
    {
        return column < m_header.size() ? printableText(m_header[column], 40)
                                        : "column " + std::to_string(column + 1);
    }

    Error error(std::size_t column, std::string_view value, const std::string& rule) const
    {
        return Error{where() + ", " + columnName(column), printableText(value, 40), rule};
    }

    Error error(std::size_t column, const Error& inner) const
    {
        return Error{where() + ", " + columnName(column), inner.value, inner.rule};
    }

    std::string_view cell(std::optional<std::size_t> column) const
    {
        if (!column || *column >= m_row.cells.size())
            return {};
        return trimmed(m_row.cells[*column]);
    }

    Result<std::optional<double>> number(std::optional<std::size_t> column) const
    {
        const std::string_view text = cell(column);
        if (text.empty())
            return std::optional<double>{};
        auto value = parseSheetNumber(text, m_mark);
        if (!value)
            return error(*column, text, value.error().rule);
        return std::optional<double>(*value);
    }

    Result<std::optional<int>> wholeNumber(std::optional<std::size_t> column) const
    {
        auto value = number(column);
        if (!value)
            return value.error();
        if (!*value)
            return std::optional<int>{};
        if (**value != std::floor(**value) || std::fabs(**value) > 1e6)
            return error(*column, cell(column), "must be a whole number");
        return std::optional<int>(int(**value));
    }

    Result<std::optional<std::chrono::minutes>> clock(std::optional<std::size_t> column) const
    {
        const std::string_view text = cell(column);
        if (text.empty())
            return std::optional<std::chrono::minutes>{};
        auto minutes = parseSheetClock(text, "time");
        if (!minutes)
            return error(*column, minutes.error());
        return std::optional<std::chrono::minutes>(*minutes);
    }

    bool isBlank() const
    {
        for (const std::string& c : m_row.cells)
            if (!trimmed(c).empty())
                return false;
        return true;
    }

private:
    const CsvRow& m_row;
    const std::vector<std::string>& m_header;
    DecimalMark m_mark;
};

/// Columns whose header contains one of `words` (ASCII case ignored), the first match.
std::optional<std::size_t> findHeader(const std::vector<std::string>& header,
                                      std::initializer_list<std::string_view> words,
                                      const std::set<std::size_t>& taken)
{
    for (std::string_view word : words)
        for (std::size_t i = 0; i < header.size(); ++i)
            if (!taken.count(i) && asciiLower(header[i]).find(word) != std::string::npos)
                return i;
    return std::nullopt;
}

Result<std::size_t> resolveColumn(std::string_view key, std::string_view reference,
                                  const std::vector<std::string>& header)
{
    const std::string wanted = asciiLower(trimmed(reference));
    for (std::size_t i = 0; i < header.size(); ++i)
        if (asciiLower(trimmed(header[i])) == wanted)
            return i;
    if (allDigits(wanted)) {
        std::size_t number = 0;
        std::from_chars(wanted.data(), wanted.data() + wanted.size(), number);
        if (number >= 1 && number <= header.size())
            return number - 1;
        return Error{"--map " + std::string(key), std::string(reference),
                     "no such column (the file has " + std::to_string(header.size()) + ")"};
    }
    return Error{"--map " + std::string(key), printableText(reference, 40),
                 "no column with this header name"};
}

/// The row's sleep diary entries placed on the night of `date`, none when every mapped sleep
/// cell is empty. Checked by the core's rules for a night on their own here, so that a mistake
/// names its column; combined with the journal's entries the night is checked again when the
/// import is applied.
Result<std::optional<SleepDiaryTimes>> sleepEntries(const SheetRow& row,
                                                    const CsvColumnMapping& mapping, Date date,
                                                    const std::optional<std::string>& zone)
{
    SleepClocks clocks;
    const std::pair<std::optional<std::chrono::minutes>*, std::optional<std::size_t>> clockCells[] =
        {{&clocks.intoBed, mapping.intoBed},
         {&clocks.lightsOut, mapping.lightsOut},
         {&clocks.finalWake, mapping.finalWake},
         {&clocks.outOfBed, mapping.outOfBed}};
    bool any = false;
    for (const auto& [clock, column] : clockCells) {
        auto value = row.clock(column);
        if (!value)
            return value.error();
        *clock = *value;
        any = any || value->has_value();
    }
    // Placed across midnight by the core's rule, exactly as when they are typed in Today.
    SleepDiaryTimes times = placeSleepClocks(date, clocks);
    const std::pair<std::optional<int>*, std::optional<std::size_t>> countCells[] = {
        {&times.sleepLatencyMin, mapping.sleepLatencyMin},
        {&times.awakenings, mapping.awakenings},
        {&times.wasoMin, mapping.wasoMin}};
    for (const auto& [count, column] : countCells) {
        auto value = row.wholeNumber(column);
        if (!value)
            return value.error();
        *count = *value;
        any = any || value->has_value();
    }
    if (!any)
        return std::optional<SleepDiaryTimes>{};
    NightEntry night;
    night.date = date;
    night.sleep = times;
    night.timeZone = zone.value_or("");
    if (auto check = Night::create(night); !check) {
        const std::string& field = check.error().field;
        const std::optional<std::size_t> column =
            field == "into_bed"            ? mapping.intoBed
            : field == "lights_out"        ? mapping.lightsOut
            : field == "final_wake"        ? mapping.finalWake
            : field == "out_of_bed"        ? mapping.outOfBed
            : field == "sleep_latency_min" ? mapping.sleepLatencyMin
            : field == "awakenings"        ? mapping.awakenings
            : mapping.wasoMin              ? mapping.wasoMin
                                           : mapping.sleepLatencyMin; // SOL + WASO too long
        // The cell as typed, not the date-time it was placed at.
        const std::string_view typed = row.cell(column);
        return row.error(column.value_or(0),
                         field == "waso_min" ? check.error().value : std::string(typed),
                         check.error().rule);
    }
    return std::optional<SleepDiaryTimes>(times);
}

/// The date format the preview's dates show, none when they fit more than one.
std::optional<CsvDateFormat> guessDateFormat(const CsvTable& preview, std::size_t column)
{
    for (const CsvRow& row : preview.rows) {
        if (column >= row.cells.size())
            continue;
        const std::string_view cell = trimmed(row.cells[column]);
        const auto parts = split(cell, "-/.");
        if (parts.size() != 3 || !allDigits(parts[0]) || !allDigits(parts[1]) ||
            !allDigits(parts[2]) || parts[0].size() > 4 || parts[1].size() > 2)
            continue;
        if (parts[0].size() == 4)
            return CsvDateFormat::YearMonthDay;
        if (cell.find('.') != std::string_view::npos)
            return CsvDateFormat::DayMonthYear; // 20.01.2024: German, Austrian, Swiss...
        if (std::stoi(std::string(parts[0])) > 12)
            return CsvDateFormat::DayMonthYear;
        if (std::stoi(std::string(parts[1])) > 12)
            return CsvDateFormat::MonthDayYear;
    }
    return std::nullopt;
}

} // namespace

DecimalMark defaultDecimalMark(char delimiter)
{
    return delimiter == ';' ? DecimalMark::Comma : DecimalMark::Point;
}

Result<CsvTable> previewCsv(std::string_view text, std::size_t rows, std::optional<char> delimiter)
{
    return readCsvTable(text, rows, {}, delimiter.value_or(detectCsvDelimiter(text)));
}

CsvColumnMapping guessColumnMapping(const std::vector<std::string>& header)
{
    CsvColumnMapping mapping;
    std::set<std::size_t> taken;
    auto guess = [&](std::optional<std::size_t>& slot,
                     std::initializer_list<std::string_view> words) {
        slot = findHeader(header, words, taken);
        if (slot)
            taken.insert(*slot);
    };
    guess(mapping.date, {"date", "day", "datum"});
    guess(mapping.timeZone, {"time_zone", "time zone", "timezone", "zeitzone"});
    // Sleep diary headers before the others: "Sleep rating" is no sleep time, but "Minutes
    // awake" must not be taken by a looser word. Each list goes from specific to loose.
    guess(mapping.sleepLatencyMin,
          {"fall asleep", "falling asleep", "sleep latency", "latency", "sol (min"});
    guess(mapping.lightsOut, {"lights out", "lights off", "tried to sleep", "try to sleep"});
    guess(mapping.intoBed,
          {"into bed", "went to bed", "go to bed", "to bed", "bedtime", "bed time"});
    guess(mapping.outOfBed, {"out of bed", "got up", "get up", "rise time", "risetime"});
    guess(mapping.awakenings, {"awakenings", "times woke", "times awake", "wakings", "wake-ups",
                               "wake ups", "wakeups"});
    guess(mapping.wasoMin,
          {"waso", "minutes awake", "min awake", "mins awake", "time awake", "awake (min"});
    guess(mapping.finalWake,
          {"final wake", "woke up", "wake up", "wake-up", "wake time", "waketime", "woke"});
    // German headers too, as a German Excel sheet has them (Eisen, Koffein, Alkohol, Notizen).
    guess(mapping.magnesiumMg, {"magnesium", "mg (mg)"});
    guess(mapping.ironMg, {"iron", "eisen"});
    guess(mapping.caffeineMg, {"caffeine", "coffee", "koffein", "kaffee"});
    guess(mapping.alcoholUnits, {"alcohol", "alkohol"});
    // The column holds units; grams ("Alcohol (g)") would be read as 8 times too many units.
    if (mapping.alcoholUnits) {
        const std::string name = asciiLower(header[*mapping.alcoholUnits]);
        if (name.find("(g)") != std::string::npos || name.find("gram") != std::string::npos)
            mapping.alcoholUnits.reset();
    }
    guess(mapping.exerciseMin, {"exercise", "workout", "bewegung"});
    guess(mapping.stress, {"stress"});
    guess(mapping.severity, {"severity", "rating", "rls", "schwere"});
    guess(mapping.notes, {"note", "comment", "notiz", "bemerkung"});
    return mapping;
}

CsvColumnMapping guessColumnMapping(const CsvTable& preview)
{
    CsvColumnMapping mapping = guessColumnMapping(preview.header);
    mapping.delimiter = preview.delimiter;
    mapping.decimalMark = defaultDecimalMark(preview.delimiter);
    if (mapping.date)
        mapping.dateFormat = guessDateFormat(preview, *mapping.date).value_or(mapping.dateFormat);
    return mapping;
}

Result<std::optional<char>> mappedDelimiter(std::string_view spec)
{
    std::optional<char> delimiter;
    for (std::string_view pair : split(spec, ",")) {
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos ||
            asciiLower(trimmed(pair.substr(0, equals))) != "delimiter")
            continue;
        const std::string_view value = trimmed(pair.substr(equals + 1));
        delimiter = csvDelimiterFromName(value);
        if (!delimiter)
            return Error{"--map delimiter", printableText(value, 20),
                         "use comma, semicolon or tab"};
    }
    return delimiter;
}

Result<CsvColumnMapping> parseColumnMapping(std::string_view spec,
                                            const std::vector<std::string>& header)
{
    CsvColumnMapping mapping;
    std::array<std::optional<std::size_t>, kIrlsItemCount> irls{};
    for (std::string_view pair : split(spec, ",")) {
        pair = trimmed(pair);
        if (pair.empty())
            continue;
        const std::size_t equals = pair.find('=');
        if (equals == std::string_view::npos)
            return Error{"--map", printableText(pair, 40), "expected KEY=COLUMN"};
        const std::string key = asciiLower(trimmed(pair.substr(0, equals)));
        const std::string_view value = trimmed(pair.substr(equals + 1));
        if (key == "date_format") {
            if (value == "ymd")
                mapping.dateFormat = CsvDateFormat::YearMonthDay;
            else if (value == "dmy")
                mapping.dateFormat = CsvDateFormat::DayMonthYear;
            else if (value == "mdy")
                mapping.dateFormat = CsvDateFormat::MonthDayYear;
            else
                return Error{"--map date_format", printableText(value, 20), "use ymd, dmy or mdy"};
            continue;
        }
        if (key == "delimiter") {
            auto delimiter = mappedDelimiter(pair);
            if (!delimiter)
                return delimiter.error();
            mapping.delimiter = *delimiter;
            continue;
        }
        if (key == "decimal") {
            const std::string mark = asciiLower(value);
            if (mark == "comma" || mark == "point")
                mapping.decimalMark = mark == "comma" ? DecimalMark::Comma : DecimalMark::Point;
            else
                return Error{"--map decimal", printableText(value, 20), "use point or comma"};
            continue;
        }
        if (key == "magnesium_form" || key == "iron_form") {
            const Nutrient nutrient = key == "iron_form" ? Nutrient::Iron : Nutrient::Magnesium;
            auto form = findForm(nutrient, value, "--map " + key);
            if (!form)
                return form.error();
            (key == "iron_form" ? mapping.ironForm : mapping.magnesiumForm) = std::string(form->id);
            continue;
        }
        auto column = resolveColumn(key, value, header);
        if (!column)
            return column.error();
        std::optional<std::size_t>* slot = nullptr;
        if (key == "date")
            slot = &mapping.date;
        else if (key == "severity")
            slot = &mapping.severity;
        else if (key == "magnesium")
            slot = &mapping.magnesiumMg;
        else if (key == "iron")
            slot = &mapping.ironMg;
        else if (key == "caffeine")
            slot = &mapping.caffeineMg;
        else if (key == "alcohol")
            slot = &mapping.alcoholUnits;
        else if (key == "exercise")
            slot = &mapping.exerciseMin;
        else if (key == "stress")
            slot = &mapping.stress;
        else if (key == "notes")
            slot = &mapping.notes;
        else if (key == "into_bed")
            slot = &mapping.intoBed;
        else if (key == "lights_out")
            slot = &mapping.lightsOut;
        else if (key == "sleep_latency_min")
            slot = &mapping.sleepLatencyMin;
        else if (key == "awakenings")
            slot = &mapping.awakenings;
        else if (key == "waso_min")
            slot = &mapping.wasoMin;
        else if (key == "final_wake")
            slot = &mapping.finalWake;
        else if (key == "out_of_bed")
            slot = &mapping.outOfBed;
        else if (key == "time_zone")
            slot = &mapping.timeZone;
        else if (key.size() >= 5 && key.substr(0, 4) == "irls" && allDigits(key.substr(4))) {
            const int item = std::stoi(key.substr(4));
            if (item >= 1 && item <= kIrlsItemCount)
                slot = &irls[std::size_t(item - 1)];
        }
        if (!slot)
            return Error{"--map", key,
                         "unknown key (use date, severity, irls1..irls10, magnesium, iron, "
                         "caffeine, alcohol, exercise, stress, notes, into_bed, lights_out, "
                         "sleep_latency_min, awakenings, waso_min, final_wake, out_of_bed, "
                         "time_zone, date_format, magnesium_form, iron_form, decimal, delimiter)"};
        *slot = *column;
    }
    int irlsMapped = 0;
    for (const auto& item : irls)
        irlsMapped += item ? 1 : 0;
    if (irlsMapped == kIrlsItemCount) {
        std::array<std::size_t, kIrlsItemCount> items{};
        for (std::size_t i = 0; i < items.size(); ++i)
            items[i] = *irls[i];
        mapping.irlsItems = items;
    } else if (irlsMapped > 0) {
        return Error{"--map irls1..irls10", std::to_string(irlsMapped) + " of 10",
                     "map all ten IRLS-style items or none"};
    }
    if (!mapping.date)
        return Error{"--map date", "", "the date column is required"};
    return mapping;
}

Result<ImportBatch> importGenericCsv(std::string_view text, const CsvColumnMapping& mapping,
                                     const ImportProgress& progress)
{
    const char delimiter = mapping.delimiter.value_or(detectCsvDelimiter(text));
    const DecimalMark decimalMark = mapping.decimalMark.value_or(defaultDecimalMark(delimiter));
    auto table = readCsvTable(text, std::nullopt, progress, delimiter);
    if (!table)
        return table.error();
    if (!mapping.date)
        return Error{"date column", "", "choose which column holds the date"};
    auto magnesiumForm = findForm(Nutrient::Magnesium, mapping.magnesiumForm, "magnesium form");
    if (!magnesiumForm)
        return magnesiumForm.error();
    auto ironForm = findForm(Nutrient::Iron, mapping.ironForm, "iron form");
    if (!ironForm)
        return ironForm.error();

    ImportBatch batch;
    batch.source = "Spreadsheet (CSV)";
    batch.importer = EntrySource::Csv;
    batch.replacedIntakes = ReplacedIntakes{std::string(kSpreadsheetLabel), {}};
    std::set<Date> seen;
    for (const CsvRow& csvRow : table->rows) {
        const SheetRow row(csvRow, table->header, decimalMark);
        if (row.isBlank())
            continue;
        const std::string_view dateText = row.cell(mapping.date);
        if (dateText.empty())
            return row.error(*mapping.date, "", "the date is empty");
        auto date = parseSheetDate(dateText, mapping.dateFormat, "date");
        if (!date)
            return row.error(*mapping.date, date.error());
        if (!seen.insert(*date).second)
            return row.error(*mapping.date, dateText, "this date appears twice in the file");

        NightPatch night;
        night.date = *date;
        night.origin = row.where();
        bool nightHasValues = false;
        auto severity = row.wholeNumber(mapping.severity);
        if (!severity)
            return severity.error();
        if (*severity) {
            if (**severity < 0 || **severity > kSeverityMax)
                return row.error(*mapping.severity, row.cell(mapping.severity),
                                 "must be between 0 and 10");
            night.severity = *severity;
            nightHasValues = true;
        }
        if (mapping.irlsItems) {
            std::vector<int> items;
            for (std::size_t column : *mapping.irlsItems) {
                auto item = row.wholeNumber(column);
                if (!item)
                    return item.error();
                if (*item)
                    items.push_back(**item);
            }
            if (!items.empty()) {
                if (items.size() != std::size_t(kIrlsItemCount))
                    return row.error((*mapping.irlsItems)[0], "",
                                     "give all ten IRLS-style items or leave them all empty");
                auto irls = IrlsScore::fromItems(items);
                if (!irls)
                    return row.error((*mapping.irlsItems)[0], irls.error());
                night.irls = *irls;
                nightHasValues = true;
            }
        }
        // QuietLegs' own nights.csv writes "=1+2" as "'=1+2" (CsvWriter); a round trip keeps it.
        if (const std::string_view notes = withoutCsvFormulaGuard(row.cell(mapping.notes));
            !notes.empty()) {
            if (notes.size() > kNotesMaxLength)
                return row.error(*mapping.notes, "", "notes are limited to 10000 characters");
            night.notes = std::string(notes);
            nightHasValues = true;
        }
        // The zone the row's clock times are local times of, checked here so that a wrong
        // name is refused naming its line and column.
        std::optional<std::string> zone;
        if (const std::string_view zoneText = trimmed(row.cell(mapping.timeZone));
            !zoneText.empty()) {
            if (auto named = TimeZone::named(zoneText); !named)
                return row.error(*mapping.timeZone, named.error());
            zone = std::string(zoneText);
            night.timeZone = zone;
        }
        auto sleep = sleepEntries(row, mapping, *date, zone);
        if (!sleep)
            return sleep.error();
        if (*sleep) {
            night.sleep = **sleep;
            night.sleepKeepsStoredEntries = true;
            nightHasValues = true;
        }
        if (nightHasValues)
            batch.nightPatches.push_back(std::move(night));

        bool intakeHasValues = false;
        const std::tuple<Nutrient, std::optional<std::size_t>, std::string_view> intakes[] = {
            {Nutrient::Magnesium, mapping.magnesiumMg, magnesiumForm->id},
            {Nutrient::Iron, mapping.ironMg, ironForm->id}};
        for (const auto& [nutrient, column, form] : intakes) {
            auto amount = row.number(column);
            if (!amount)
                return amount.error();
            if (!*amount)
                continue;
            intakeHasValues = true;
            if (**amount == 0)
                continue; // nothing taken: the date is still logged by this row
            auto intake = Intake::create(
                IntakeEntry{atTime(*date, kSpreadsheetIntakeTime), nutrient, std::string(form),
                            Route::Oral, std::nullopt, **amount, std::string(kSpreadsheetLabel),
                            EntrySource::Csv, ""});
            if (!intake)
                return row.error(*column, intake.error());
            batch.records.intakes.push_back(std::move(intake).value());
        }
        if (intakeHasValues)
            batch.replacedIntakes->dates.push_back(*date);

        DailyFactorsPatch daily;
        daily.fields.date = *date;
        daily.origin = row.where();
        auto caffeine = row.number(mapping.caffeineMg);
        auto alcohol = row.number(mapping.alcoholUnits);
        auto exercise = row.wholeNumber(mapping.exerciseMin);
        auto stress = row.wholeNumber(mapping.stress);
        if (!caffeine)
            return caffeine.error();
        if (!alcohol)
            return alcohol.error();
        if (!exercise)
            return exercise.error();
        if (!stress)
            return stress.error();
        daily.fields.caffeineMg = *caffeine;
        daily.fields.alcoholUnits = *alcohol;
        daily.fields.exerciseMin = *exercise;
        daily.fields.stress = *stress;
        if (auto check = DailyFactors::create(daily.fields); !check) {
            const Error& e = check.error();
            const std::optional<std::size_t> column =
                e.field == "caffeine_mg"     ? mapping.caffeineMg
                : e.field == "alcohol_units" ? mapping.alcoholUnits
                : e.field == "exercise_min"  ? mapping.exerciseMin
                                             : mapping.stress;
            return row.error(column.value_or(0), e);
        }
        const bool dailyHasValues = *caffeine || *alcohol || *exercise || *stress;
        if (dailyHasValues)
            batch.dailyPatches.push_back(std::move(daily));

        if (!nightHasValues && !intakeHasValues && !dailyHasValues)
            batch.skipped.push_back(
                {row.where(), formatDate(*date) + ": no values in the mapped columns"});
    }
    return batch;
}

} // namespace quietlegs
