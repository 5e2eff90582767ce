#include "CliContext.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/io/JsonText.h"
#include "quietlegs/io/StatisticsJson.h"

#include <cstdio>

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

void printCorrelations(const CorrelationTable& table)
{
    std::printf("Correlations: exposure k days before the night against the night's outcome\n"
                "(r with its 95%% interval, two-sided p, Spearman rho, Benjamini-Hochberg q)\n\n");
    std::printf("%-13s  %-16s  %3s  %5s  %6s  %-16s  %-8s  %6s  %-8s  %-8s  %s\n", "exposure",
                "outcome", "lag", "n", "r", "95% interval", "p", "rho", "rho p", "q", "note");
    for (const CorrelationRow& row : table.rows()) {
        const auto& s = row.stats;
        const std::string interval = s.pearsonCi95
                                         ? "[" + formatNumber(s.pearsonCi95->low, 2) + ", " +
                                               formatNumber(s.pearsonCi95->high, 2) + "]"
                                         : "-";
        const char* note = row.tooFewNights() ? "too few nights"
                           : !s.pearsonR      ? "not enough data"
                                              : "";
        std::printf("%-13s  %-16s  %3d  %5d  %6s  %-16s  %-8s  %6s  %-8s  %-8s  %s\n",
                    std::string(exposureId(row.exposure)).c_str(),
                    std::string(outcomeId(row.outcome)).c_str(), row.lagDays, s.n,
                    orDash(s.pearsonR, 2).c_str(), interval.c_str(), scientific(s.pearsonP).c_str(),
                    orDash(s.spearmanRho, 2).c_str(), scientific(s.spearmanP).c_str(),
                    scientific(row.qValue).c_str(), note);
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
    std::printf("\nBefore/after: %s\n\n", std::string(outcomeId(comparison.outcome)).c_str());
    std::printf("%-6s  %-10s  %-10s  %5s  %8s  %8s\n", "period", "from", "to", "n", "mean", "sd");
    for (const auto* side : {&comparison.a, &comparison.b})
        std::printf("%-6s  %-10s  %-10s  %5d  %8s  %8s\n", side == &comparison.a ? "A" : "B",
                    formatDate(side->from).c_str(), formatDate(side->to).c_str(), side->n,
                    orDash(side->mean, 2).c_str(), orDash(side->sd, 2).c_str());
    const TwoSampleTest& t = comparison.test;
    std::printf("\ndifference B - A %s; Welch t %s, df %s, p %s; Mann-Whitney p %s; Hedges g %s\n",
                orDash(t.difference, 2).c_str(), orDash(t.welchT, 3).c_str(),
                orDash(t.welchDf, 1).c_str(), scientific(t.welchP).c_str(),
                scientific(t.mannWhitneyP).c_str(), orDash(t.hedgesG, 2).c_str());
}

void printReport(const StatisticsReport& report, bool includeTopical)
{
    std::printf("Statistics from %s to %s, lags 0 to %d days\n",
                report.from ? formatDate(*report.from).c_str() : "-",
                report.to ? formatDate(*report.to).c_str() : "-", report.maxLag);
    std::printf(includeTopical ? "magnesium_mg includes topical magnesium (Epsom baths, oils)\n\n"
                               : "magnesium_mg counts magnesium by mouth only (--include-topical "
                                 "adds baths and oils)\n\n");
    printCorrelations(report.correlations);
    printWeekly(report.weekly);
    if (report.comparison)
        printComparison(*report.comparison);
    std::printf("\n%s\n", strongestFindingSentence(report.correlations).c_str());
    if (report.comparison)
        std::printf("\n%s\n", comparisonSentence(*report.comparison).c_str());
}

} // namespace

void addStatsCommand(CLI::App& app, CliContext& context)
{
    auto* stats = app.add_subcommand(
        "stats", "Correlations, weekly means and a before/after comparison (statistics-v1)");
    struct Options
    {
        std::string from, to, compare, outcome;
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
                      "Outcome to compare: irls_total, severity or sleep_efficiency");
    stats->add_flag("--include-topical", options->includeTopical,
                    "Count topical magnesium (Epsom baths, oils) in magnesium_mg; left out by "
                    "default because its absorption through the skin is unproven");
    stats->add_flag("--json", options->json, "The statistics-v1 JSON document");
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
                auto outcome = parseOutcome(options->outcome, "--outcome");
                if (!outcome)
                    return reportError(outcome.error(), kExitBadInput);
                auto comparison = parseCompareRanges(options->compare, *outcome);
                if (!comparison)
                    return reportError(comparison.error(), kExitBadInput);
                request.comparison = *comparison;
            }

            auto journal = context.openJournal(Journal::Access::ReadOnly);
            if (!journal)
                return reportError(journal.error(), kExitFailure);
            // The whole journal: lagged exposures before --from still pair with its nights.
            auto records = journal->records();
            if (!records)
                return reportError(records.error(), kExitFailure);
            auto report = computeStatistics(*records, request);
            if (!report)
                return reportError(report.error(), kExitBadInput);
            // Ten years of records are done with: the output reuses their memory instead of
            // touching new pages (issue 7).
            records = JournalRecords{};
            if (options->json)
                std::cout << indentedJson(statisticsToJson(*report)) << '\n';
            else
                printReport(*report, options->includeTopical);
            return kExitOk;
        };
    });
}

} // namespace quietlegs::cli
