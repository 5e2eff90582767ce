// Cronometer's "Servings" export (servings.csv): one row per food or supplement logged, with
// the nutrients of that serving. Food is summed per day into the same intakes the daily
// summary gives (so either file, or both, count the day's food once); supplement rows become
// supplement intakes of their own.
#include "TextChecks.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/CsvTable.h"

#include <map>
#include <set>

namespace quietlegs {
namespace {

constexpr std::chrono::minutes kFoodTotalTime{12 * 60}; // as importCronometerDailySummary

struct DayTotals
{
    double magnesiumMg = 0;
    double ironMg = 0;
    std::optional<double> caffeineMg;
    std::optional<double> alcoholGrams;
    std::string firstLine;
};

Error atLine(const CsvRow& row, const std::string& column, const std::string& value,
             const std::string& rule)
{
    return Error{"line " + std::to_string(row.line) + ", " + column, value, rule};
}

std::string_view cellOf(const CsvRow& row, std::optional<std::size_t> column)
{
    return column && *column < row.cells.size() ? trimmed(row.cells[*column]) : std::string_view();
}

/// The number in a cell: none when empty; negative or unreadable numbers fail the file.
Result<std::optional<double>> amountOf(const CsvRow& row, std::optional<std::size_t> column,
                                       const char* name)
{
    const std::string_view cell = cellOf(row, column);
    if (cell.empty())
        return std::optional<double>{};
    auto value = parseDecimal(cell);
    if (!value)
        return atLine(row, name, printableText(cell, 40), "is not a number");
    if (*value < 0)
        return atLine(row, name, printableText(cell, 40), "cannot be negative");
    return std::optional<double>(*value);
}

/// How Cronometer marks a supplement: its diary group or its food category "Supplements"
/// (the name Cronometer gives both; an assumption documented in docs/import-export.md).
bool isSupplementRow(const CsvRow& row, std::optional<std::size_t> group,
                     std::optional<std::size_t> category)
{
    for (auto column : {group, category})
        if (asciiLower(cellOf(row, column)).find("supplement") != std::string::npos)
            return true;
    return false;
}

} // namespace

bool looksLikeCronometerServings(std::string_view text)
{
    auto table = readCsvTable(text, 0);
    if (!table)
        return false;
    return table->column("Day") && table->column("Food Name") &&
           (table->column("Magnesium (mg)") || table->column("Iron (mg)"));
}

Result<ImportBatch> importCronometerServings(std::string_view text, const ImportProgress& progress)
{
    auto table = readCsvTable(text, std::nullopt, progress);
    if (!table)
        return table.error();
    const auto dayColumn = table->column("Day");
    const auto nameColumn = table->column("Food Name");
    const auto timeColumn = table->column("Time");
    const auto groupColumn = table->column("Group");
    const auto categoryColumn = table->column("Category");
    const auto magnesiumColumn = table->column("Magnesium (mg)");
    const auto ironColumn = table->column("Iron (mg)");
    const auto caffeineColumn = table->column("Caffeine (mg)");
    const auto alcoholColumn = table->column("Alcohol (g)");
    if (!dayColumn || !nameColumn)
        return Error{"line 1", "", "no Day or Food Name column: not a Cronometer servings export"};
    if (!magnesiumColumn && !ironColumn)
        return Error{"line 1", "",
                     "neither Magnesium (mg) nor Iron (mg) is present: export the servings with "
                     "their nutrients"};

    ImportBatch batch;
    batch.source = "Cronometer servings";
    batch.importer = EntrySource::Cronometer;
    batch.replacedIntakes = ReplacedIntakes{std::string(kCronometerLabel), {}};
    const std::set<std::optional<std::size_t>> read = {dayColumn,   nameColumn,     timeColumn,
                                                       groupColumn, categoryColumn, magnesiumColumn,
                                                       ironColumn,  caffeineColumn, alcoholColumn};
    for (std::size_t i = 0; i < table->header.size(); ++i)
        if (!read.contains(i) && !trimmed(table->header[i]).empty())
            batch.ignoredColumns.push_back(table->header[i]);

    std::map<Date, DayTotals> days;
    for (const CsvRow& row : table->rows) {
        const std::string where = "line " + std::to_string(row.line);
        const std::string_view dayCell = cellOf(row, dayColumn);
        if (dayCell.empty() && cellOf(row, nameColumn).empty())
            continue; // a blank line
        auto date = parseDate(dayCell, "Day");
        if (!date)
            return atLine(row, "Day", printableText(dayCell, 40), date.error().rule);
        auto magnesium = amountOf(row, magnesiumColumn, "Magnesium (mg)");
        auto iron = amountOf(row, ironColumn, "Iron (mg)");
        auto caffeine = amountOf(row, caffeineColumn, "Caffeine (mg)");
        auto alcohol = amountOf(row, alcoholColumn, "Alcohol (g)");
        for (const auto* value : {&magnesium, &iron, &caffeine, &alcohol})
            if (!*value)
                return value->error();
        DayTotals& day = days[*date];
        if (day.firstLine.empty())
            day.firstLine = where;
        if (*caffeine)
            day.caffeineMg = day.caffeineMg.value_or(0) + **caffeine;
        if (*alcohol)
            day.alcoholGrams = day.alcoholGrams.value_or(0) + **alcohol;

        if (!isSupplementRow(row, groupColumn, categoryColumn)) {
            day.magnesiumMg += magnesium->value_or(0);
            day.ironMg += iron->value_or(0);
            continue;
        }
        // A supplement: its own intake at the time logged (else noon), elemental mg as
        // Cronometer gives its nutrients, form unknown (Cronometer does not say it).
        std::chrono::minutes clock = kFoodTotalTime;
        if (const std::string_view time = cellOf(row, timeColumn); !time.empty()) {
            auto parsed = parseClockTime(time.substr(0, 5), "Time");
            if (parsed)
                clock = *parsed;
        }
        bool any = false;
        for (const auto& [nutrient, value] :
             {std::pair{Nutrient::Magnesium, *magnesium}, std::pair{Nutrient::Iron, *iron}}) {
            if (!value || *value == 0)
                continue;
            any = true;
            IntakeEntry entry{atTime(*date, clock),
                              nutrient,
                              "unknown",
                              Route::Oral,
                              std::nullopt,
                              *value,
                              std::string(kCronometerLabel),
                              EntrySource::Cronometer,
                              ""};
            auto intake = Intake::create(entry);
            if (!intake)
                return atLine(row, nutrient == Nutrient::Magnesium ? "Magnesium (mg)" : "Iron (mg)",
                              "", intake.error().rule);
            batch.records.intakes.push_back(std::move(intake).value());
        }
        if (!any)
            batch.skipped.push_back({where, "supplement " +
                                                printableText(cellOf(row, nameColumn), 40) +
                                                ": no magnesium or iron"});
    }

    for (const auto& [date, day] : days) {
        batch.replacedIntakes->dates.push_back(date);
        for (const auto& [nutrient, mg] : {std::pair{Nutrient::Magnesium, day.magnesiumMg},
                                           std::pair{Nutrient::Iron, day.ironMg}}) {
            if (mg <= 0)
                continue;
            auto intake = Intake::create(IntakeEntry{
                atTime(date, kFoodTotalTime), nutrient, std::string(kFoodForm), Route::Oral,
                std::nullopt, mg, std::string(kCronometerLabel), EntrySource::Cronometer, ""});
            if (!intake)
                return Error{day.firstLine, "", intake.error().message()};
            batch.records.intakes.push_back(std::move(intake).value());
        }
        if (day.caffeineMg || day.alcoholGrams) {
            DailyFactorsEntry fields;
            fields.date = date;
            fields.caffeineMg = day.caffeineMg;
            if (day.alcoholGrams)
                fields.alcoholUnits = alcoholUnitsFromGrams(*day.alcoholGrams);
            if (auto check = DailyFactors::create(fields); !check)
                return Error{day.firstLine + " (" + formatDate(date) + ", summed)",
                             check.error().value, check.error().rule};
            batch.dailyPatches.push_back({fields, day.firstLine, ""});
        }
    }
    return batch;
}

} // namespace quietlegs
