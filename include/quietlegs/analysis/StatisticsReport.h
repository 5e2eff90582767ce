#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/PrimaryQuestion.h"
#include "quietlegs/analysis/WeeklySummary.h"
#include "quietlegs/core/JournalRecords.h"

#include <optional>
#include <string>
#include <vector>

namespace quietlegs {

/// The version of the statistics document `stats --json` writes (statistics-v2.md section 6).
inline constexpr int kStatisticsVersion = 2;

/// The date ranges and outcome of a before/after comparison.
struct ComparisonRequest
{
    std::string outcome = "irls_total"; // catalogue id
    Date aFrom, aTo;                    // A: before
    Date bFrom, bTo;                    // B: after
};

/// What `quietlegs-cli stats` (and the Insights view and the report) ask for.
struct StatisticsRequest
{
    std::optional<Date> from; // none: the journal's first record date
    std::optional<Date> to;   // none: the journal's last record date
    int maxLag = kDefaultMaxLag;
    std::optional<ComparisonRequest> comparison;
    SeriesOptions series;
    /// The primary question (from the journal's settings or `--primary`); none: the default.
    std::optional<PrimaryQuestion> primary;
    /// CorrelationsOnly skips the effects table (its AR(1) fits) where it is not shown.
    TableParts parts = TableParts::CorrelationsAndEffects;
    /// The weekly summary's weeks: Monday (ISO 8601, statistics-v1 and `stats`) or the journal's
    /// week_start where the report and the app show weeks (issue 24).
    WeekStart weekStart = WeekStart::Monday;
};

/// Every figure of statistics-v2.md for one period: the document `stats --json` prints.
struct StatisticsReport
{
    std::optional<Date> from; // none only for an empty journal without --from/--to
    std::optional<Date> to;
    int maxLag = kDefaultMaxLag;
    VariableCatalogue variables;  // the rows of the tables, with names, units and display doses
    PrimaryEffect primary;        // the one question asked in advance, reported first
    CorrelationTable correlations; // exploratory: correlations and effects, each with q
    std::vector<WeeklySummary> weekly;
    std::optional<Comparison> comparison;
};

/// Computes the report from all of a journal's records. Pass the whole journal (not only
/// [from, to]): lagged exposures before `from` are used when they exist. Fails (naming the
/// field) on a negative max lag, a range that ends before it starts, or overlapping or reversed
/// comparison periods (`--compare`).
Result<StatisticsReport> computeStatistics(const JournalRecords& records,
                                           const StatisticsRequest& request);
/// The same, letting the records go as soon as the series are built from them: the tables
/// then reuse their memory instead of touching new pages (`stats` on ten years, issue 19).
Result<StatisticsReport> computeStatistics(JournalRecords&& records,
                                           const StatisticsRequest& request);

} // namespace quietlegs
