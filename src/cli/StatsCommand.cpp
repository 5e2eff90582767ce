#include "CliContext.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/io/JsonText.h"
#include "quietlegs/io/StatisticsJson.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace quietlegs::cli {
namespace {

std::string orDash(const std::optional<double>& value, int decimals)
{
    return value ? formatNumber(*value, decimals) : "-";
}

std::string scientific(const std::optional<double>& value)
{
    if (!value)
        return "-";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2g", *value);
    return buffer;
}

std::string intervalCell(const std::optional<Interval>& interval, int decimals)
{
    return interval ? "[" + formatNumber(interval->low, decimals) + ", " +
                          formatNumber(interval->high, decimals) + "]"
                    : "-";
}

std::string noteCell(const std::optional<FigureNote>& note)
{
    return note ? std::string(noteText(*note)) : "";
}

/// The primary question first (statistics-v2.md section 3), in units per display dose.
void printPrimary(const StatisticsReport& report)
{
    const PrimaryEffect& primary = report.primary;
    const RelationKey& key = primary.question.relation;
    std::printf("Main question (chosen in advance): %s, MID %s per display dose\n",
                formatRelationKey(key).c_str(), formatNumber(primary.question.mid, 2).c_str());
    std::printf("%s\n", primarySentence(primary, report.variables).c_str());
    std::printf("verdict: %s\n\n",
                primary.verdict ? std::string(verdictText(*primary.verdict)).c_str() : "-");
}

void printEffects(const StatisticsReport& report)
{
    std::printf("Exploratory effects: change of the outcome per display dose of the exposure,\n"
                "AR(1) regression with a time trend (95%% interval, Benjamini-Hochberg q)\n\n");
    std::printf("%-22s  %-27s  %3s  %5s  %9s  %-20s  %-8s  %5s  %s\n", "exposure", "outcome",
                "lag", "n", "per dose", "95% interval", "q", "phi", "note");
    for (const EffectRow& row : report.correlations.effects()) {
        const auto exposure = report.variables.exposure(row.exposure);
        const double dose = exposure ? exposure->displayDose : 1;
        const std::string change = row.slope ? formatNumber(*row.slope * dose, 2) : "-";
        const std::string interval =
            row.slopeCi95 ? intervalCell(Interval{row.slopeCi95->low * dose,
                                                  row.slopeCi95->high * dose},
                                         2)
                          : "-";
        std::printf("%-22s  %-27s  %3d  %5d  %9s  %-20s  %-8s  %5s  %s\n", row.exposure.c_str(),
                    row.outcome.c_str(), row.lagDays, row.n, change.c_str(), interval.c_str(),
                    scientific(row.qValue).c_str(),
                    orDash(row.phi, 2).c_str(), noteCell(row.note).c_str());
    }
}

void printCorrelations(const CorrelationTable& table)
{
    std::printf("\nExploratory correlations: exposure k days before the night against the "
                "night's outcome\n(r with its 95%% interval and p corrected for autocorrelation, "
                "effective n, v1's naive p, Benjamini-Hochberg q)\n\n");
    std::printf("%-22s  %-27s  %3s  %5s  %6s  %-16s  %6s  %-8s  %-8s  %-8s  %s\n", "exposure",
                "outcome", "lag", "n", "r", "95% interval", "n_eff", "p", "naive p", "q", "note");
    for (const CorrelationRow& row : table.rows()) {
        const auto& s = row.stats;
        std::printf("%-22s  %-27s  %3d  %5d  %6s  %-16s  %6s  %-8s  %-8s  %-8s  %s\n",
                    row.exposure.c_str(), row.outcome.c_str(), row.lagDays, s.n,
                    orDash(s.pearsonR, 2).c_str(), intervalCell(s.pearsonCi95, 2).c_str(),
                    orDash(row.nEff, 1).c_str(), scientific(s.pearsonP).c_str(),
                    scientific(row.naiveP).c_str(), scientific(row.qValue).c_str(),
                    noteCell(row.note).c_str());
    }
}

void printWeekly(const std::vector<WeeklySummary>& weeks)
{
    std::printf("\nWeekly means (weeks start on Monday)\n\n");
    std::printf("%-10s  %6s", "week", "nights");
    for (const Outcome outcome : allOutcomes())
        std::printf("  %16s", std::string(outcomeId(outcome)).c_str());
    for (const Exposure exposure : allExposures())
        std::printf("  %13s", std::string(exposureId(exposure)).c_str());
    std::printf("\n");
    for (const WeeklySummary& week : weeks) {
        std::printf("%-10s  %6d", formatDate(week.weekStart).c_str(), week.nights);
        for (const Outcome outcome : allOutcomes())
            std::printf("  %16s", orDash(week.mean(outcome), 1).c_str());
        for (const Exposure exposure : allExposures())
            std::printf("  %13s", orDash(week.mean(exposure), 1).c_str());
        std::printf("\n");
    }
}

void printComparison(const Comparison& comparison)
{
    std::printf("\nBefore/after: %s (interrupted time series, AR(1))\n\n",
                comparison.outcome.c_str());
    std::printf("%-6s  %-10s  %-10s  %5s  %8s  %8s\n", "period", "from", "to", "n", "mean", "sd");
    for (const auto* side : {&comparison.a, &comparison.b})
        std::printf("%-6s  %-10s  %-10s  %5d  %8s  %8s\n", side == &comparison.a ? "A" : "B",
                    formatDate(side->from).c_str(), formatDate(side->to).c_str(), side->n,
                    orDash(side->mean, 2).c_str(), orDash(side->sd, 2).c_str());
    const InterruptedTimeSeries& its = comparison.its;
    std::printf("\ndifference B - A %s; Hedges g %s\n", orDash(comparison.difference, 2).c_str(),
                orDash(comparison.hedgesG, 2).c_str());
    std::printf("level change %s %s, p %s; slope change per day %s %s, p %s; phi %s, n %d%s%s\n",
                orDash(its.levelChange.estimate, 2).c_str(),
                intervalCell(its.levelChange.ci95, 2).c_str(),
                scientific(its.levelChange.p).c_str(), orDash(its.slopeChange.estimate, 3).c_str(),
                intervalCell(its.slopeChange.ci95, 3).c_str(),
                scientific(its.slopeChange.p).c_str(), orDash(its.phi, 2).c_str(), its.n,
                its.note ? "; " : "", noteCell(its.note).c_str());
    std::printf("regression to the mean risk: %s\n",
                comparison.regressionToMeanRisk
                    ? (*comparison.regressionToMeanRisk ? "yes" : "no")
                    : "- (fewer than 14 nights in the 90 days before A)");
}

void printReport(const StatisticsReport& report, bool includeTopical)
{
    std::printf("Statistics from %s to %s, lags 0 to %d days\n",
                report.from ? formatDate(*report.from).c_str() : "-",
                report.to ? formatDate(*report.to).c_str() : "-", report.maxLag);
    std::printf(includeTopical ? "magnesium_mg includes topical magnesium (Epsom baths, oils)\n\n"
                               : "magnesium_mg counts magnesium by mouth only (--include-topical "
                                 "adds baths and oils)\n\n");
    printPrimary(report);
    printEffects(report);
    printCorrelations(report.correlations);
    printWeekly(report.weekly);
    if (report.comparison)
        printComparison(*report.comparison);
    std::printf("\n%s\n", strongestFindingSentence(report.correlations).c_str());
    if (report.comparison)
        std::printf("\n%s\n", comparisonSentence(*report.comparison).c_str());
}

/// --mid as a number above 0, or the error naming it.
Result<std::optional<double>> parseMid(const std::string& text)
{
    if (text.empty())
        return std::optional<double>{};
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value) ||
        value <= 0)
        return Error{"--mid", text, "must be a number above 0 (outcome units per display dose)"};
    return std::optional<double>(value);
}

/// The primary question for this run: --primary/--mid over the journal's settings over the
/// default (statistics-v2.md section 3). Errors of the flags name them.
Result<PrimaryQuestion> primaryQuestion(const std::string& primary, std::optional<double> mid,
                                        const JournalSettings& settings)
{
    if (!primary.empty())
        return PrimaryQuestion::parse(primary, mid, "--primary", "--mid");
    JournalSettings chosen = settings;
    if (mid)
        chosen.primaryMid = *mid;
    return PrimaryQuestion::fromSettings(chosen);
}

} // namespace

void addStatsCommand(CLI::App& app, CliContext& context)
{
    auto* stats = app.add_subcommand(
        "stats", "The main question's effect, exploratory effects and correlations, weekly means "
                 "and a before/after comparison (statistics-v2)");
    struct Options
    {
        std::string from, to, compare, outcome, primary, mid;
        int maxLag = kDefaultMaxLag;
        bool json = false;
        bool includeTopical = false;
    };
    auto options = std::make_shared<Options>();
    stats->add_option("--from", options->from,
                      "First night YYYY-MM-DD (default: the journal's first)");
    stats->add_option("--to", options->to, "Last night YYYY-MM-DD (default: the journal's last)");
    stats->add_option("--max-lag", options->maxLag, "Largest lag in days (0 to 30, default 3)");
    stats->add_option("--compare", options->compare,
                      "Before/after periods A_FROM:A_TO,B_FROM:B_TO (needs --outcome)");
    stats->add_option("--outcome", options->outcome,
                      "Outcome to compare: irls_total, severity, sleep_efficiency, "
                      "onset_min_before_lights_out or rls_awakenings");
    stats->add_option("--primary", options->primary,
                      "Main question EXPOSURE:OUTCOME:LAG for this run (default: the journal's "
                      "setting, else magnesium_mg:severity:0)");
    stats->add_option("--mid", options->mid,
                      "Smallest change that matters, in outcome units per display dose "
                      "(default: the journal's setting, else the outcome's: severity 1)");
    stats->add_flag("--include-topical", options->includeTopical,
                    "Count topical magnesium (Epsom baths, oils) in magnesium_mg; left out by "
                    "default because its absorption through the skin is unproven");
    stats->add_flag("--json", options->json, "The statistics-v2 JSON document");
    stats->callback([&context, options] {
        context.action = [&context, options]() -> int {
            auto range = parseRange(options->from, options->to);
            if (!range)
                return reportError(range.error(), kExitBadInput);
            // More than a month of lag has no meaning for a nightly diary.
            constexpr int kMaxLag = 30;
            if (options->maxLag < 0 || options->maxLag > kMaxLag)
                return reportError(Error{"--max-lag", std::to_string(options->maxLag),
                                         "must be between 0 and " + std::to_string(kMaxLag)},
                                   kExitBadInput);
            StatisticsRequest request;
            request.from = range->from;
            request.to = range->to;
            request.maxLag = options->maxLag;
            request.series.includeTopicalMagnesium = options->includeTopical;
            if (options->compare.empty() != options->outcome.empty())
                return reportError(options->compare.empty()
                                       ? Error{"--outcome", options->outcome, "needs --compare"}
                                       : Error{"--outcome", "", "is required with --compare"},
                                   kExitBadInput);
            if (!options->compare.empty()) {
                auto outcome = outcomeVariable(options->outcome, "--outcome");
                if (!outcome)
                    return reportError(outcome.error(), kExitBadInput);
                auto comparison = parseCompareRanges(options->compare, outcome->id);
                if (!comparison)
                    return reportError(comparison.error(), kExitBadInput);
                request.comparison = *comparison;
            }
            auto mid = parseMid(options->mid);
            if (!mid)
                return reportError(mid.error(), kExitBadInput);
            // The flags are checked before the journal is opened: bad input never waits for it.
            if (!options->primary.empty()) {
                auto flagged = primaryQuestion(options->primary, *mid, {});
                if (!flagged)
                    return reportError(flagged.error(), kExitBadInput);
            }

#if defined(__GLIBC__)
            // Ten years of records are a few large lists, which glibc would map one by one and
            // unmap when freed: the tables and the output could not reuse that memory. From the
            // heap they do (about 500 of 2200 page faults fewer; issue 19).
            mallopt(M_MMAP_THRESHOLD, 8 * 1024 * 1024);
#endif
            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            // The whole journal: lagged exposures before --from still pair with its nights.
            auto records = journal->records();
            if (!records)
                return reportError(records.error(), kExitFailure);
            auto primary = primaryQuestion(options->primary, *mid, records->settings);
            if (!primary)
                return reportError(primary.error(), kExitFailure); // a bad stored setting
            request.primary = *primary;
            // The records go once the series are built from them: the tables and the output
            // reuse their memory instead of touching new pages (issues 7, 19).
            auto report = computeStatistics(std::move(*records), request);
            if (!report)
                return reportError(report.error(), kExitBadInput);
            if (options->json)
                std::cout << indentedJson(statisticsToJson(*report)) << '\n';
            else
                printReport(*report, options->includeTopical);
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
