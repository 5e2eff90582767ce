#include "CliContext.h"

#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/WeeksJson.h"

#include <cstdio>

namespace quietlegs::cli {
namespace {

std::string fixed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

std::string minutesAsHours(int minutes)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%dh%02d", minutes / 60, minutes % 60);
    return buffer;
}

template <typename T>
std::string orDash(const std::optional<T>& value)
{
    return value ? std::to_string(*value) : "-";
}

void printNights(const std::vector<Night>& nights)
{
    // The zone says what the clock times meant: TIB and TST are real elapsed time in it.
    std::printf("%-10s  %-17s  %-8s  %-5s  %-5s  %-5s  %-16s  %s\n", "date", "IRLS-style",
                "severity", "TIB", "TST", "SE %", "time zone", "notes");
    for (const Night& night : nights) {
        std::string irls = "-";
        if (night.irls())
            irls = std::to_string(night.irls()->total()) + " ("
                   + std::string(irlsBandName(night.irls()->band())) + ")";
        const auto metrics = night.sleepMetrics();
        std::printf("%-10s  %-17s  %-8s  %-5s  %-5s  %-5s  %-16s  %s\n",
                    formatDate(night.date()).c_str(),
                    irls.c_str(), orDash(night.severity()).c_str(),
                    metrics ? minutesAsHours(metrics->timeInBedMin).c_str() : "-",
                    metrics ? minutesAsHours(metrics->totalSleepMin).c_str() : "-",
                    metrics && metrics->efficiencyPercent ? fixed(*metrics->efficiencyPercent, 1).c_str()
                                                          : "-",
                    night.timeZone().name().c_str(), night.notes().c_str());
    }
}

void printWeeks(const std::vector<WeeklyIrls>& weeks)
{
    std::printf("%-11s  %-5s  %-11s  %s\n", "week ending", "total", "band", "items");
    for (const WeeklyIrls& week : weeks) {
        std::string items;
        for (int item : week.irls().items())
            items += (items.empty() ? "" : ",") + std::to_string(item);
        std::printf("%-11s  %-5d  %-11s  %s\n", formatDate(week.weekEnding()).c_str(),
                    week.total(), std::string(irlsBandId(week.band())).c_str(), items.c_str());
    }
}

void printIntakes(const std::vector<StoredIntake>& intakes)
{
    std::printf("%-6s  %-16s  %-10s  %-10s  %-17s  %-7s  %-9s  %-9s  %s\n", "id", "taken at",
                "night of", "nutrient", "form", "route", "compound", "elemental", "label");
    for (const auto& [id, intake, presetId] : intakes)
        std::printf("%-6lld  %-16s  %-10s  %-10s  %-17s  %-7s  %-9s  %-9s  %s\n", (long long)id,
                    formatLocalDateTime(intake.takenAt()).c_str(),
                    formatDate(intake.journalDate()).c_str(),
                    std::string(nutrientId(intake.nutrient())).c_str(), intake.form().c_str(),
                    std::string(routeId(intake.route())).c_str(),
                    intake.compoundMg() ? fixed(*intake.compoundMg(), 1).c_str() : "-",
                    fixed(intake.elementalMg(), 1).c_str(), intake.label().c_str());
}

void printDaily(const std::vector<DailyFactors>& daily)
{
    std::printf("%-10s  %-12s  %-13s  %-12s  %s\n", "date", "caffeine mg", "alcohol units",
                "exercise min", "stress");
    for (const DailyFactors& day : daily)
        std::printf("%-10s  %-12s  %-13s  %-12s  %s\n", formatDate(day.date()).c_str(),
                    day.caffeineMg() ? fixed(*day.caffeineMg(), 0).c_str() : "-",
                    day.alcoholUnits() ? fixed(*day.alcoholUnits(), 1).c_str() : "-",
                    orDash(day.exerciseMin()).c_str(), orDash(day.stress()).c_str());
}

void printLabs(const std::vector<StoredLabResult>& labs)
{
    std::printf("%-10s  %-30s  %-12s  %-24s  %s\n", "date", "test", "value", "laboratory",
                "AASM 2024");
    for (const auto& [id, lab] : labs) {
        const std::string value =
            fixed(lab.value(), 2) + " " + std::string(labUnitSymbol(lab.unit()));
        std::printf("%-10s  %-30s  %-12s  %-24s  %s\n", formatDate(lab.date()).c_str(),
                    std::string(labTestDisplayName(lab.test())).c_str(), value.c_str(),
                    lab.laboratory().empty() ? "-" : lab.laboratory().c_str(),
                    std::string(ironFlagText(ironFlagOf(lab))).c_str());
    }
}

} // namespace

void addListCommand(CLI::App& app, CliContext& context)
{
    auto* list = app.add_subcommand("list", "Print entries as a table, or as interchange-v1 JSON");
    struct Options
    {
        std::string kind, from, to;
        bool json = false;
    };
    auto options = std::make_shared<Options>();
    list->add_option("kind", options->kind,
                     "nights, intakes, daily, labs, weeks, meds or regimens")
        ->required()
        ->check(CLI::IsMember({"nights", "intakes", "daily", "labs", "weeks", "meds", "regimens"}));
    list->add_option("--from", options->from, "First journal date YYYY-MM-DD");
    list->add_option("--to", options->to, "Last journal date YYYY-MM-DD");
    list->add_flag("--json", options->json, "A JSON array of interchange-v1 entity objects");
    list->callback([&context, options] {
        context.action = [&context, options]() -> int {
            auto range = parseRange(options->from, options->to);
            if (!range)
                return reportError(range.error(), kExitBadInput);
            if (options->kind == "meds" || options->kind == "regimens")
                return listMedicines(context, options->kind, *range, options->json);
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            nlohmann::ordered_json array = nlohmann::ordered_json::array();
            const std::string& kind = options->kind;
            if (kind == "nights") {
                auto nights = journal->nights(*range);
                if (!nights)
                    return reportError(nights.error(), kExitFailure);
                if (!options->json)
                    printNights(*nights);
                for (const Night& night : *nights)
                    array.push_back(nightToJson(night));
            } else if (kind == "intakes") {
                auto intakes = journal->intakes(*range);
                if (!intakes)
                    return reportError(intakes.error(), kExitFailure);
                if (!options->json)
                    printIntakes(*intakes);
                for (const auto& stored : *intakes)
                    array.push_back(intakeToJson(stored.intake));
            } else if (kind == "daily") {
                auto daily = journal->dailyFactors(*range);
                if (!daily)
                    return reportError(daily.error(), kExitFailure);
                if (!options->json)
                    printDaily(*daily);
                for (const DailyFactors& day : *daily)
                    array.push_back(dailyFactorsToJson(day));
            } else if (kind == "weeks") {
                // --from/--to select by week_ending; JSON adds irls_total and band.
                auto weeks = journal->weeks(*range);
                if (!weeks)
                    return reportError(weeks.error(), kExitFailure);
                if (!options->json)
                    printWeeks(*weeks);
                for (const WeeklyIrls& week : *weeks)
                    array.push_back(weekToJson(week, WeekJsonTotals::Included));
            } else {
                auto labs = journal->labResults(*range);
                if (!labs)
                    return reportError(labs.error(), kExitFailure);
                if (!options->json)
                    printLabs(*labs);
                for (const auto& stored : *labs)
                    array.push_back(labResultToJson(stored.result));
            }
            if (options->json)
                std::cout << array.dump(2) << '\n';
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
