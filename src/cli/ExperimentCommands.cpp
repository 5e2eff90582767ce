// `quietlegs-cli experiment plan|show|end-early|list|sheet|take-pack`: the randomized on/off
// self-experiment (statistics-v2.md sections 5 and 6, docs/self-experiment.md).
#include "CliContext.h"
#include "ReportCommand.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/io/ExperimentJson.h"
#include "quietlegs/io/JsonText.h"

#include <cstdio>

namespace quietlegs::cli {
namespace {

std::string decimal(double value, int decimals)
{
    return formatNumber(value, decimals);
}

void printPlan(const ExperimentPlan& plan)
{
    std::printf("experiment %s\n", plan.id.c_str());
    std::printf("  exposure %s, dose %s on \"on\" days; outcome %s, MID %s\n",
                plan.exposure.c_str(), decimal(plan.dose, 2).c_str(), plan.outcome.c_str(),
                decimal(plan.mid, 2).c_str());
    std::printf("  %d blocks of %d days from %s to %s, washout %d days, seed %llu%s\n",
                plan.blocks, plan.blockDays, formatDate(plan.start).c_str(),
                formatDate(experimentEnd(plan)).c_str(), plan.washoutDays,
                static_cast<unsigned long long>(plan.seed), plan.blinded ? ", blinded" : "");
    std::printf("  smallest possible p %s; power to detect the MID %s\n",
                formatPValue(experimentMinP(plan.blocks)).c_str(),
                plan.power ? decimal(*plan.power, 2).c_str() : "-");
    std::printf("  saved (pre-registered) %s%s\n", plan.savedAt.c_str(),
                plan.endedEarlyAt ? (", ended early " + *plan.endedEarlyAt).c_str() : "");
    if (plan.blinded) {
        // The person sees pack numbers only; the helper's sheet says what is in them.
        std::printf("\n  block  from        to          pack     taken (days logged)\n");
        for (const ExperimentBlock& block : experimentAssignments(plan)) {
            int taken = 0;
            for (const PackTaken& logged : plan.packsTaken)
                taken += logged.pack == block.block ? 1 : 0;
            std::printf("  %5d  %s  %s  pack %-3d %d of %d\n", block.block,
                        formatDate(block.from).c_str(), formatDate(block.to).c_str(), block.block,
                        taken, plan.blockDays);
        }
        return;
    }
    std::printf("\n  block  from        to          condition\n");
    for (const ExperimentBlock& block : experimentAssignments(plan))
        std::printf("  %5d  %s  %s  %s\n", block.block, formatDate(block.from).c_str(),
                    formatDate(block.to).c_str(), block.on ? "on" : "off");
}

void printResult(const ExperimentPlan& plan, const std::optional<ExperimentResult>& result)
{
    if (!result) {
        std::printf("\nThe result stays hidden until the last block has ended (after %s) or the "
                    "experiment is ended early (experiment end-early %s).\n",
                    formatDate(experimentEnd(plan)).c_str(), plan.id.c_str());
        return;
    }
    std::printf("\n%s\n", experimentSentence(plan, *result).c_str());
}

/// The plan's result when it may be shown (the last block is over, or it was ended early).
Result<std::optional<ExperimentResult>> visibleResult(const Journal& journal,
                                                      const ExperimentPlan& plan)
{
    if (!experimentResultVisible(plan, localToday()))
        return std::optional<ExperimentResult>{};
    auto records = journal.records();
    if (!records)
        return records.error();
    auto result = analyseExperiment(plan, JournalSeries::fromRecords(*records));
    if (!result)
        return result.error();
    return std::optional<ExperimentResult>{std::move(*result)};
}

struct PlanOptions
{
    std::string exposure, outcome, start;
    double dose = 0;
    double mid = 0; // 0: the outcome's MID (a given --mid must be above 0)
    bool midGiven = false;
    int blocks = kDefaultExperimentBlocks;
    int blockDays = kDefaultExperimentBlockDays;
    int washout = kDefaultExperimentWashoutDays;
    std::uint64_t seed = 0;
    bool seedGiven = false;
    bool blinded = false;
    bool json = false;
};

int planExperiment(CliContext& context, const PlanOptions& options)
{
    ExperimentPlan plan;
    plan.exposure = options.exposure;
    plan.outcome = options.outcome;
    plan.dose = options.dose;
    plan.blocks = options.blocks;
    plan.blockDays = options.blockDays;
    plan.washoutDays = options.washout;
    plan.blinded = options.blinded;
    plan.seed = options.seedGiven ? options.seed : newExperimentSeed();
    auto start = parseDate(options.start, "--start");
    if (!start)
        return reportError(start.error(), kExitBadInput);
    plan.start = *start;
    auto outcome = parseOutcome(options.outcome, "--outcome");
    if (!outcome)
        return reportError(outcome.error(), kExitBadInput);
    if (auto exposure = parseExposure(options.exposure, "--exposure"); !exposure)
        return reportError(exposure.error(), kExitBadInput);
    plan.mid = options.midGiven ? options.mid : defaultExperimentMid(*outcome);
    if (auto status = validateExperimentDesign(plan); !status)
        return reportError(Error{"--" + (status.error().field == "washout_days"
                                             ? std::string("washout")
                                         : status.error().field == "block_days"
                                             ? std::string("block-days")
                                             : status.error().field),
                                 status.error().value, status.error().rule},
                           kExitBadInput);
    // A plan is a pre-registration: it cannot begin on nights already logged.
    if (plan.start < localToday())
        return reportError(Error{"--start", options.start,
                                 "is before today (" + formatDate(localToday()) +
                                     "): a plan is fixed before its first night"},
                           kExitBadInput);

    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto records = journal->records();
    if (!records)
        return reportError(records.error(), kExitFailure);
    const JournalSeries series = JournalSeries::fromRecords(*records);
    plan.power = experimentPower(plan, series.outcome(*outcome), addDays(localToday(), 1)).power;
    plan.id = newExperimentId();
    plan.savedAt = utcTimestampNow();
    if (auto saved = journal->saveExperiment(plan); !saved)
        return reportError(saved.error(), kExitFailure);

    if (options.json)
        std::cout << indentedJson(experimentToJson(plan, std::nullopt)) << '\n';
    else
        printPlan(plan);
    if (plan.blinded && !options.json)
        std::printf("\nPrint the helper's sheet with: quietlegs-cli experiment sheet %s --out "
                    "sheet.pdf\n",
                    plan.id.c_str());
    return kExitOk;
}

Result<ExperimentPlan> findPlan(const Journal& journal, const std::string& id)
{
    if (id.empty()) {
        auto plans = journal.experiments();
        if (!plans)
            return plans.error();
        if (plans->empty())
            return Error{"experiment", "", "none is saved yet (experiment plan ...)"};
        return plans->back();
    }
    auto plan = journal.experiment(id);
    if (!plan)
        return plan.error();
    if (!*plan)
        return Error{"ID", id, "no such experiment (experiment list shows them)"};
    return **plan;
}

struct TakePackOptions
{
    std::string id;
    std::string date; // empty: today
    bool remove = false;
};

/// Logs (or with --remove takes back) that the person of a blinded plan took the day's pack.
int takePack(CliContext& context, const TakePackOptions& options)
{
    const Date today = localToday();
    Date date = today;
    if (!options.date.empty()) {
        auto parsed = parseDate(options.date, "--date");
        if (!parsed)
            return reportError(parsed.error(), kExitBadInput);
        date = *parsed;
    }
    // A pack is logged once it is taken, not ahead.
    if (today < date)
        return reportError(Error{"--date", options.date,
                                 "is after today (" + formatDate(today) + "): log a pack once taken"},
                           kExitBadInput);
    auto journal = context.openJournalForWriting();
    if (!journal)
        return reportError(journal.error(), kExitFailure);
    auto plan = findPlan(*journal, options.id);
    if (!plan)
        return reportError(plan.error(), kExitBadInput);
    if (!plan->blinded)
        return reportError(Error{"ID", plan->id,
                                 "is not blinded: it has no packs (log the exposure itself on "
                                 "\"on\" days)"},
                           kExitBadInput);
    const auto pack = experimentPackOn(*plan, date);
    if (!pack)
        return reportError(Error{"--date", formatDate(date),
                                 "is not a day of the experiment's blocks (" +
                                     formatDate(plan->start) + " to " +
                                     formatDate(experimentEnd(*plan)) + ")"},
                           kExitBadInput);
    const std::string day = formatDate(date);
    if (options.remove) {
        auto removed = journal->removePackTaken(plan->id, date);
        if (!removed)
            return reportError(removed.error(), kExitFailure);
        std::printf(*removed ? "removed: pack %d taken on %s\n"
                             : "pack %d of %s was not logged; nothing to remove\n",
                    *pack, day.c_str());
        return kExitOk;
    }
    auto logged = journal->recordPackTaken(plan->id, date);
    if (!logged)
        return reportError(logged.error(), kExitFailure);
    std::printf(*logged ? "logged: pack %d taken on %s\n" : "pack %d of %s was logged already\n",
                *pack, day.c_str());
    return kExitOk;
}

} // namespace

void addExperimentCommands(CLI::App& app, CliContext& context)
{
    auto* experiment = app.add_subcommand(
        "experiment", "The randomized on/off self-experiment: plan, show, end-early, list, sheet, take-pack");
    experiment->require_subcommand(1);

    auto* plan = experiment->add_subcommand(
        "plan", "Pre-register and save a randomized on/off experiment (its fields are then fixed)");
    auto planOptions = std::make_shared<PlanOptions>();
    plan->add_option("--exposure", planOptions->exposure, "What is switched on and off "
                                                          "(magnesium_mg, iron_mg, ...)")
        ->required();
    plan->add_option("--outcome", planOptions->outcome,
                     "The one outcome judged: irls_total, severity or sleep_efficiency")
        ->required();
    plan->add_option("--dose", planOptions->dose, "Amount on an \"on\" day, in the exposure's unit")
        ->required();
    plan->add_option("--blocks", planOptions->blocks, "Number of blocks, even, 12 to 40 (default 12)");
    plan->add_option("--block-days", planOptions->blockDays, "Days per block (default 7)");
    plan->add_option("--washout", planOptions->washout,
                     "Days at the start of each block left out of the analysis (default 2)");
    plan->add_option("--start", planOptions->start, "First day YYYY-MM-DD, today or later")
        ->required();
    plan->add_option("--seed", planOptions->seed, "Seed of the random order (default: random)");
    plan->add_option("--mid", planOptions->mid,
                     "Smallest on - off difference that matters, in outcome units "
                     "(default: the outcome's MID)");
    plan->add_flag("--blinded", planOptions->blinded,
                   "A helper fills numbered packs with active or placebo capsules");
    plan->add_flag("--json", planOptions->json, "Print the plan as JSON (statistics-v2 section 6)");
    plan->callback([&context, planOptions, plan] {
        planOptions->seedGiven = plan->count("--seed") > 0;
        planOptions->midGiven = plan->count("--mid") > 0;
        context.action = [&context, planOptions] { return planExperiment(context, *planOptions); };
    });

    auto* show = experiment->add_subcommand(
        "show", "A plan and, once its last block has ended or it was ended early, its result");
    auto showId = std::make_shared<std::string>();
    auto showJson = std::make_shared<bool>(false);
    show->add_option("ID", *showId, "The experiment's id (default: the latest saved)");
    show->add_flag("--json", *showJson, "The statistics-v2 section 6 JSON");
    show->callback([&context, showId, showJson] {
        context.action = [&context, showId, showJson]() -> int {
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            auto plan = findPlan(*journal, *showId);
            if (!plan)
                return reportError(plan.error(), kExitBadInput);
            auto result = visibleResult(*journal, *plan);
            if (!result)
                return reportError(result.error(), kExitFailure);
            if (*showJson) {
                std::cout << indentedJson(experimentToJson(*plan, *result)) << '\n';
            } else {
                printPlan(*plan);
                printResult(*plan, *result);
            }
            return kExitOk;
        };
    });

    auto* endEarly = experiment->add_subcommand(
        "end-early", "Record that the experiment ends now, so that its result can be shown");
    auto endId = std::make_shared<std::string>();
    endEarly->add_option("ID", *endId, "The experiment's id")->required();
    endEarly->callback([&context, endId] {
        context.action = [&context, endId]() -> int {
            auto journal = context.openJournalForWriting();
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            auto plan = findPlan(*journal, *endId);
            if (!plan)
                return reportError(plan.error(), kExitBadInput);
            if (plan->endedEarlyAt)
                return reportError(Error{"ID", *endId,
                                         "was ended early already, at " + *plan->endedEarlyAt},
                                   kExitBadInput);
            const std::string now = utcTimestampNow();
            if (auto status = journal->endExperimentEarly(*endId, now); !status)
                return reportError(status.error(), kExitFailure);
            std::printf("ended experiment %s early at %s; experiment show %s gives its result\n",
                        endId->c_str(), now.c_str(), endId->c_str());
            return kExitOk;
        };
    });

    auto* list = experiment->add_subcommand("list", "The saved experiments, oldest first");
    list->callback([&context] {
        context.action = [&context]() -> int {
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            auto plans = journal->experiments();
            if (!plans)
                return reportError(plans.error(), kExitFailure);
            const Date today = localToday();
            for (const ExperimentPlan& p : *plans) {
                const char* state = p.endedEarlyAt                ? "ended early"
                                    : today > experimentEnd(p)    ? "finished"
                                    : today < p.start             ? "planned"
                                                                  : "running";
                std::printf("%s  %s..%s  %s -> %s  %d x %d days  %s\n", p.id.c_str(),
                            formatDate(p.start).c_str(), formatDate(experimentEnd(p)).c_str(),
                            p.exposure.c_str(), p.outcome.c_str(), p.blocks, p.blockDays, state);
            }
            return kExitOk;
        };
    });

    auto* takePackCommand = experiment->add_subcommand(
        "take-pack", "Log that you took the day's pack of a blinded experiment (pack N of the "
                     "day's block; what is in it stays hidden)");
    auto takeOptions = std::make_shared<TakePackOptions>();
    takePackCommand->add_option("ID", takeOptions->id,
                                "The experiment's id (default: the latest saved)");
    takePackCommand->add_option("--date", takeOptions->date,
                                "The day the pack was taken, YYYY-MM-DD (default: today)");
    takePackCommand->add_flag("--remove", takeOptions->remove,
                              "Remove that day's log instead (a pack logged by mistake)");
    takePackCommand->callback([&context, takeOptions] {
        context.action = [&context, takeOptions] { return takePack(context, *takeOptions); };
    });

    auto* sheet = experiment->add_subcommand(
        "sheet", "Write a blinded experiment's helper sheet (PDF): what goes into each pack");
    auto sheetId = std::make_shared<std::string>();
    auto sheetOut = std::make_shared<std::string>();
    sheet->add_option("ID", *sheetId, "The experiment's id")->required();
    sheet->add_option("--out", *sheetOut, "The PDF file to write")->required();
    sheet->callback([&context, sheetId, sheetOut] {
        context.action = [&context, sheetId, sheetOut] {
            return writeExperimentSheet(context, *sheetId, *sheetOut);
        };
    });
}

} // namespace quietlegs::cli
