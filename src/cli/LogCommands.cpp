#include "CliContext.h"
#include "quietlegs/core/SleepClocks.h"

#include <charconv>
#include <map>
#include <sstream>

namespace quietlegs::cli {
namespace {

/// Domain field names as the user typed them on the command line.
Error asLogFlag(Error error)
{
    static const std::map<std::string, std::string, std::less<>> kFlags = {
        {"date", "--date"},           {"irls_items", "--irls"},
        {"severity", "--severity"},   {"into_bed", "--into-bed"},
        {"lights_out", "--lights-out"}, {"sleep_latency_min", "--sleep-latency"},
        {"awakenings", "--awakenings"}, {"waso_min", "--waso"},
        {"final_wake", "--final-wake"}, {"out_of_bed", "--out-of-bed"},
        {"notes", "--notes"},         {"time_zone", "--time-zone"},
        {"symptom_onset", "--onset"}, {"rls_awakenings", "--rls-awakenings"},
        {"taken_at", "--at"},
        {"nutrient", "--nutrient"},   {"form", "--form"},
        {"route", "--route"},         {"compound_mg", "--compound-mg"},
        {"elemental_mg", "--elemental-mg"}, {"label", "--label"},
        {"caffeine_mg", "--caffeine"}, {"alcohol_units", "--alcohol"},
        {"exercise_min", "--exercise"}, {"stress", "--stress"},
        {"test", "--test"},           {"value", "--value"},
        {"unit", "--unit"},
        {"laboratory", "--laboratory"},
    };
    const std::string base = error.field.substr(0, error.field.find('['));
    if (auto it = kFlags.find(base); it != kFlags.end())
        error.field = it->second + error.field.substr(base.size());
    return error;
}

Result<std::vector<int>> parseIntegerList(const std::string& text, const char* flag)
{
    std::vector<int> values;
    std::stringstream stream(text);
    std::string part;
    while (std::getline(stream, part, ',')) {
        int value = 0;
        auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
        if (part.empty() || ec != std::errc() || ptr != part.data() + part.size())
            return Error{flag, text, "expected whole numbers separated by commas"};
        values.push_back(value);
    }
    return values;
}

template <typename T>
std::optional<T> given(CLI::Option* option, const T& value)
{
    return option->count() > 0 ? std::optional<T>(value) : std::nullopt;
}

struct NightOptions
{
    std::string date, irls, intoBed, lightsOut, finalWake, outOfBed, notes, timeZone, onset;
    int severity = 0, latency = 0, awakenings = 0, waso = 0, rlsAwakenings = 0;
    bool arms = false;
    CLI::Option *severityOption = nullptr, *latencyOption = nullptr,
                *awakeningsOption = nullptr, *wasoOption = nullptr, *rlsAwakeningsOption = nullptr,
                *armsOption = nullptr;
};

int logNight(CliContext& context, const NightOptions& o)
{
    auto date = parseDate(o.date, "--date");
    if (!date)
        return reportError(date.error(), kExitBadInput);
    NightEntry entry;
    entry.date = *date;
    if (!o.irls.empty()) {
        auto items = parseIntegerList(o.irls, "--irls");
        if (!items)
            return reportError(items.error(), kExitBadInput);
        auto score = IrlsScore::fromItems(*items);
        if (!score)
            return reportError(asLogFlag(score.error()), kExitBadInput);
        entry.irls = *score;
    }
    entry.severity = given(o.severityOption, o.severity);
    entry.sleep.sleepLatencyMin = given(o.latencyOption, o.latency);
    entry.sleep.awakenings = given(o.awakeningsOption, o.awakenings);
    entry.sleep.wasoMin = given(o.wasoOption, o.waso);
    entry.notes = o.notes;
    // Empty: the times are local times of TZ, else of the computer's zone.
    entry.timeZone = o.timeZone;

    // Clock times are placed across midnight by the rule the app's night form uses, so
    // wake times given alone land on the morning after the journal date.
    SleepClocks typed;
    const std::pair<const std::string*, std::pair<const char*, std::optional<std::chrono::minutes>*>>
        clocks[] = {{&o.intoBed, {"--into-bed", &typed.intoBed}},
                    {&o.lightsOut, {"--lights-out", &typed.lightsOut}},
                    {&o.finalWake, {"--final-wake", &typed.finalWake}},
                    {&o.outOfBed, {"--out-of-bed", &typed.outOfBed}}};
    for (const auto& [text, target] : clocks) {
        if (text->empty())
            continue;
        auto clock = parseClockTime(*text, target.first);
        if (!clock)
            return reportError(clock.error(), kExitBadInput);
        *target.second = *clock;
    }
    const SleepDiaryTimes placed = placeSleepClocks(*date, typed);
    entry.sleep.intoBed = placed.intoBed;
    entry.sleep.lightsOut = placed.lightsOut;
    entry.sleep.finalWake = placed.finalWake;
    entry.sleep.outOfBed = placed.outOfBed;
    // Onset is placed as a bedtime is: 21:30 that evening, 01:00 after midnight.
    if (!o.onset.empty()) {
        auto clock = parseClockTime(o.onset, "--onset");
        if (!clock)
            return reportError(clock.error(), kExitBadInput);
        entry.symptomOnset = placeSymptomOnset(*date, *clock);
    }
    entry.rlsAwakenings = given(o.rlsAwakeningsOption, o.rlsAwakenings);
    if (o.armsOption->count() > 0)
        entry.arms = o.arms;

    auto night = Night::create(entry);
    if (!night)
        return reportError(asLogFlag(night.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    // The night typed again replaces the diary; a device's record kept beside it stays.
    if (auto stored = journal->night(*date); stored && *stored && (*stored)->deviceSleep()) {
        entry.deviceSleep = (*stored)->deviceSleep();
        night = Night::create(entry);
        if (!night)
            return reportError(asLogFlag(night.error()), kExitBadInput);
    }
    auto id = journal->saveNight(*night);
    if (!id)
        return reportError(id.error(), kExitFailure);
    std::cout << *id << '\n';
    return kExitOk;
}

struct IntakeOptions
{
    std::string at, nutrient, form, route = "oral", label;
    double compound = 0, elemental = 0;
    CLI::Option *compoundOption = nullptr, *elementalOption = nullptr;
};

int logIntake(CliContext& context, const IntakeOptions& o)
{
    auto at = parseLocalDateTime(o.at, "--at");
    if (!at)
        return reportError(at.error(), kExitBadInput);
    auto nutrient = parseNutrient(o.nutrient, "--nutrient");
    if (!nutrient)
        return reportError(nutrient.error(), kExitBadInput);
    auto route = parseRoute(o.route, "--route");
    if (!route)
        return reportError(route.error(), kExitBadInput);
    auto intake = Intake::create(IntakeEntry{*at, *nutrient, o.form, *route,
                                             given(o.compoundOption, o.compound),
                                             given(o.elementalOption, o.elemental), o.label,
                                             EntrySource::Manual, ""});
    if (!intake)
        return reportError(asLogFlag(intake.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto id = journal->addIntake(*intake);
    if (!id)
        return reportError(id.error(), kExitFailure);
    std::cout << *id << '\n';
    return kExitOk;
}

struct DailyOptions
{
    std::string date;
    double caffeine = 0, alcohol = 0;
    int exercise = 0, stress = 0;
    CLI::Option *caffeineOption = nullptr, *alcoholOption = nullptr, *exerciseOption = nullptr,
                *stressOption = nullptr;
};

int logDaily(CliContext& context, const DailyOptions& o)
{
    auto date = parseDate(o.date, "--date");
    if (!date)
        return reportError(date.error(), kExitBadInput);
    auto factors = DailyFactors::create(DailyFactorsEntry{
        *date, given(o.caffeineOption, o.caffeine), given(o.alcoholOption, o.alcohol),
        given(o.exerciseOption, o.exercise), given(o.stressOption, o.stress),
        EntrySource::Manual, ""});
    if (!factors)
        return reportError(asLogFlag(factors.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto id = journal->saveDailyFactors(*factors);
    if (!id)
        return reportError(id.error(), kExitFailure);
    std::cout << *id << '\n';
    return kExitOk;
}

struct LabOptions
{
    std::string date, test, unit, laboratory;
    double value = 0;
    bool morningNoIron = false;
    CLI::Option* morningNoIronOption = nullptr;
};

int logLab(CliContext& context, const LabOptions& o)
{
    auto date = parseDate(o.date, "--date");
    if (!date)
        return reportError(date.error(), kExitBadInput);
    auto test = parseLabTest(o.test, "--test");
    if (!test)
        return reportError(test.error(), kExitBadInput);
    std::string unit = o.unit.empty() ? std::string(labUnitsOf(*test).front()) : o.unit;
    LabDetails details;
    details.laboratory = o.laboratory;
    details.morningNoIron24h = given(o.morningNoIronOption, o.morningNoIron);
    auto result = LabResult::create(*date, *test, o.value, unit, std::move(details));
    if (!result)
        return reportError(asLogFlag(result.error()), kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto id = journal->saveLabResult(*result);
    if (!id)
        return reportError(id.error(), kExitFailure);
    std::cout << *id << '\n';
    return kExitOk;
}

} // namespace

void addLogCommands(CLI::App& app, CliContext& context)
{
    auto* log = app.add_subcommand("log", "Save one entry; prints its id once it is committed");
    log->require_subcommand(1);

    auto night = std::make_shared<NightOptions>();
    auto* nightCommand = log->add_subcommand("night", "Save (or replace) the night of a date");
    nightCommand->add_option("--date", night->date, "Journal date: the evening the night starts")
        ->required();
    nightCommand->add_option("--irls", night->irls, "Ten IRLS-style item scores 0-4, e.g. 2,2,1,1,2,1,2,1,1,0");
    night->severityOption = nightCommand->add_option("--severity", night->severity, "Quick rating 0-10");
    nightCommand->add_option("--into-bed", night->intoBed, "HH:MM");
    nightCommand->add_option("--lights-out", night->lightsOut, "HH:MM");
    night->latencyOption = nightCommand->add_option("--sleep-latency", night->latency, "Minutes to fall asleep");
    night->awakeningsOption = nightCommand->add_option("--awakenings", night->awakenings, "Number of awakenings");
    night->wasoOption = nightCommand->add_option("--waso", night->waso, "Minutes awake in the night");
    nightCommand->add_option("--final-wake", night->finalWake, "HH:MM");
    nightCommand->add_option("--out-of-bed", night->outOfBed, "HH:MM");
    nightCommand->add_option("--notes", night->notes, "Free text");
    nightCommand->add_option("--onset", night->onset,
                             "HH:MM when RLS symptoms began that evening or night");
    night->rlsAwakeningsOption = nightCommand->add_option(
        "--rls-awakenings", night->rlsAwakenings, "Times woken by the legs (0-99)");
    night->armsOption = nightCommand->add_flag(
        "--arms", night->arms, "Symptoms were also in the arms or elsewhere beyond the legs");
    nightCommand->add_option("--time-zone", night->timeZone,
                             "IANA zone the times are in, e.g. Asia/Tokyo (default: TZ, else the "
                             "computer's zone)");
    nightCommand->callback([&context, night] {
        context.action = [&context, night] { return logNight(context, *night); };
    });

    auto intake = std::make_shared<IntakeOptions>();
    auto* intakeCommand = log->add_subcommand("intake", "Add an intake of magnesium, iron, ...");
    intakeCommand->add_option("--at", intake->at, "Local time YYYY-MM-DDTHH:MM")->required();
    intakeCommand->add_option("--nutrient", intake->nutrient, "magnesium, iron, vitamin_b6, vitamin_c or other")->required();
    intakeCommand->add_option("--form", intake->form, "e.g. glycinate, citrate, ferrous_sulfate, food")->required();
    intake->compoundOption = intakeCommand->add_option("--compound-mg", intake->compound, "Compound weight as on the label");
    intake->elementalOption = intakeCommand->add_option("--elemental-mg", intake->elemental, "Elemental mg (wins over the form table)");
    intakeCommand->add_option("--route", intake->route, "oral (default) or topical");
    intakeCommand->add_option("--label", intake->label, "Free text, e.g. the product");
    intakeCommand->callback([&context, intake] {
        context.action = [&context, intake] { return logIntake(context, *intake); };
    });

    auto daily = std::make_shared<DailyOptions>();
    auto* dailyCommand = log->add_subcommand("daily", "Save (or replace) the day's caffeine, alcohol, exercise, stress");
    dailyCommand->add_option("--date", daily->date, "Journal date")->required();
    daily->caffeineOption = dailyCommand->add_option("--caffeine", daily->caffeine, "Caffeine mg");
    daily->alcoholOption = dailyCommand->add_option("--alcohol", daily->alcohol, "Alcohol units");
    daily->exerciseOption = dailyCommand->add_option("--exercise", daily->exercise, "Exercise minutes");
    daily->stressOption = dailyCommand->add_option("--stress", daily->stress, "Stress 0-10");
    dailyCommand->callback([&context, daily] {
        context.action = [&context, daily] { return logDaily(context, *daily); };
    });

    auto lab = std::make_shared<LabOptions>();
    auto* labCommand = log->add_subcommand("lab", "Save a lab result (replaces the same test on the same date)");
    labCommand->add_option("--date", lab->date, "Date of the blood test")->required();
    labCommand->add_option("--test", lab->test, "ferritin, tsat, serum_magnesium, hemoglobin or crp")->required();
    labCommand->add_option("--value", lab->value, "The value")->required();
    labCommand->add_option("--unit", lab->unit, "ug/L, ng/mL, %, mmol/L, mg/dL, g/dL, g/L or mg/L");
    labCommand->add_option("--laboratory", lab->laboratory, "The laboratory (assays differ between laboratories)");
    lab->morningNoIronOption = labCommand->add_flag(
        "--morning-no-iron-24h", lab->morningNoIron,
        "Drawn in the morning without iron supplements for 24 h (=false: it was not)");
    labCommand->callback([&context, lab] {
        context.action = [&context, lab] { return logLab(context, *lab); };
    });
}

} // namespace quietlegs::cli
