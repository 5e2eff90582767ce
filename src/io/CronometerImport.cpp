#include "quietlegs/io/CronometerImport.h"

#include "TextChecks.h"
#include "quietlegs/io/CsvTable.h"

#include <set>

namespace quietlegs {
namespace {

constexpr std::chrono::minutes kCronometerIntakeTime{12 * 60};

/// The number in a cell; none for an empty cell (missing, not zero).
Result<std::optional<double>> amount(const CsvRow& row, std::optional<std::size_t> column,
                                     std::string_view name)
{
    if (!column || *column >= row.cells.size())
        return std::optional<double>{};
    const std::string_view cell = trimmed(row.cells[*column]);
    if (cell.empty())
        return std::optional<double>{};
    auto value = parseDecimal(cell);
    if (!value)
        return Error{"line " + std::to_string(row.line) + ", " + std::string(name),
                     printableText(cell, 40), "is not a number"};
    if (*value < 0)
        return Error{"line " + std::to_string(row.line) + ", " + std::string(name),
                     printableText(cell, 40), "cannot be negative"};
    return std::optional<double>(*value);
}

Error atLine(const CsvRow& row, const std::string& column, const Error& error)
{
    return Error{"line " + std::to_string(row.line) + ", " + column, error.value, error.rule};
}

} // namespace

bool looksLikeCronometerDailySummary(std::string_view text)
{
    auto table = readCsvTable(text, 0);
    if (!table)
        return false;
    return table->column("Date") &&
           (table->column("Magnesium (mg)") || table->column("Iron (mg)")) &&
           (table->column("Energy (kcal)") || table->column("Completed"));
}

Result<ImportBatch> importCronometerDailySummary(std::string_view text,
                                                 const ImportProgress& progress)
{
    auto table = readCsvTable(text, std::nullopt, progress);
    if (!table)
        return table.error();
    const auto dateColumn = table->column("Date");
    if (!dateColumn)
        return Error{"line 1", "", "no Date column: not a Cronometer daily summary"};
    const auto magnesiumColumn = table->column("Magnesium (mg)");
    const auto ironColumn = table->column("Iron (mg)");
    const auto caffeineColumn = table->column("Caffeine (mg)");
    const auto alcoholColumn = table->column("Alcohol (g)");
    const auto energyColumn = table->column("Energy (kcal)");
    const auto completedColumn = table->column("Completed");
    if (!magnesiumColumn && !ironColumn && !caffeineColumn && !alcoholColumn)
        return Error{"line 1", "",
                     "none of the columns Magnesium (mg), Iron (mg), Caffeine (mg) or Alcohol (g) "
                     "is present"};

    ImportBatch batch;
    batch.source = "Cronometer daily summary";
    batch.importer = EntrySource::Cronometer;
    batch.replacedIntakes = ReplacedIntakes{std::string(kCronometerLabel), {}};
    // Everything but the columns read is named in the preview (Energy (kcal), Protein (g), ...).
    for (std::size_t i = 0; i < table->header.size(); ++i)
        if (i != *dateColumn && i != magnesiumColumn && i != ironColumn && i != caffeineColumn &&
            i != alcoholColumn && i != completedColumn && !trimmed(table->header[i]).empty())
            batch.ignoredColumns.push_back(table->header[i]);
    std::set<Date> seen;
    std::vector<Date> notCompleted;
    for (const CsvRow& row : table->rows) {
        const std::string where = "line " + std::to_string(row.line);
        const std::string dateCell =
            *dateColumn < row.cells.size() ? std::string(trimmed(row.cells[*dateColumn])) : "";
        auto date = parseDate(dateCell, "Date");
        if (!date)
            return atLine(row, "Date", date.error());
        if (!seen.insert(*date).second)
            return Error{where + ", Date", dateCell, "this date appears twice in the file"};

        auto energy = amount(row, energyColumn, "Energy (kcal)");
        auto magnesium = amount(row, magnesiumColumn, "Magnesium (mg)");
        auto iron = amount(row, ironColumn, "Iron (mg)");
        auto caffeine = amount(row, caffeineColumn, "Caffeine (mg)");
        auto alcoholGrams = amount(row, alcoholColumn, "Alcohol (g)");
        for (const auto* value : {&energy, &magnesium, &iron, &caffeine, &alcoholGrams})
            if (!*value)
                return value->error();

        // Cronometer writes rows of zeros for days with nothing logged: no data, not a fast.
        if (*energy && **energy == 0) {
            batch.skipped.push_back({where, formatDate(*date) + ": nothing logged (0 kcal)"});
            continue;
        }
        const bool anyValue =
            (*magnesium && **magnesium > 0) || (*iron && **iron > 0) || *caffeine || *alcoholGrams;
        if (!anyValue) {
            batch.skipped.push_back(
                {where, formatDate(*date) + ": no magnesium, iron, caffeine or alcohol value"});
            continue;
        }
        if (completedColumn && *completedColumn < row.cells.size() &&
            asciiLower(trimmed(row.cells[*completedColumn])) == "false")
            notCompleted.push_back(*date);

        batch.replacedIntakes->dates.push_back(*date);
        const std::pair<Nutrient, const Result<std::optional<double>>*> nutrients[] = {
            {Nutrient::Magnesium, &magnesium}, {Nutrient::Iron, &iron}};
        for (const auto& [nutrient, value] : nutrients) {
            // A zero total is no intake to record; the day still counts as logged.
            if (!**value || ***value == 0)
                continue;
            auto intake = Intake::create(
                IntakeEntry{atTime(*date, kCronometerIntakeTime), nutrient, std::string(kFoodForm),
                            Route::Oral, std::nullopt, ***value, std::string(kCronometerLabel),
                            EntrySource::Cronometer, ""});
            if (!intake)
                return atLine(row, nutrient == Nutrient::Magnesium ? "Magnesium (mg)" : "Iron (mg)",
                              intake.error());
            batch.records.intakes.push_back(std::move(intake).value());
        }
        if (*caffeine || *alcoholGrams) {
            DailyFactorsEntry fields;
            fields.date = *date;
            fields.caffeineMg = *caffeine;
            // Cronometer counts grams of pure alcohol; the journal counts UK units of 8 g:
            // NHS, "Alcohol units",
            // https://www.nhs.uk/live-well/alcohol-advice/calculating-alcohol-units/
            if (*alcoholGrams)
                fields.alcoholUnits = alcoholUnitsFromGrams(**alcoholGrams);
            if (auto check = DailyFactors::create(fields); !check)
                return atLine(
                    row, check.error().field == "alcohol_units" ? "Alcohol (g)" : "Caffeine (mg)",
                    check.error());
            batch.dailyPatches.push_back({fields, where, ""});
        }
    }
    if (!notCompleted.empty()) {
        std::string days;
        for (Date date : notCompleted)
            days += (days.empty() ? "" : ", ") + formatDate(date);
        batch.notes.push_back(std::to_string(notCompleted.size()) +
                              " day(s) are not marked completed in Cronometer (" + days +
                              "); their totals may be partial");
    }
    return batch;
}

} // namespace quietlegs
