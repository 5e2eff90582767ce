#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/WeeklySummary.h"
#include "quietlegs/core/JournalRecords.h"

#include <optional>
#include <vector>

namespace quietlegs {

/// The date ranges and outcome of a before/after comparison.
struct ComparisonRequest
{
    Outcome outcome = Outcome::IrlsTotal;
    Date aFrom, aTo; // A: before
    Date bFrom, bTo; // B: after
};

/// What `quietlegs-cli stats` (and the Insights view and the report) ask for.
struct StatisticsRequest
{
    std::optional<Date> from; // none: the journal's first record date
    std::optional<Date> to;   // none: the journal's last record date
    int maxLag = kDefaultMaxLag;
    std::optional<ComparisonRequest> comparison;
    SeriesOptions series;
};

/// Every figure of statistics-v1.md for one period: the document `stats --json` prints.
struct StatisticsReport
{
    std::optional<Date> from; // none only for an empty journal without --from/--to
    std::optional<Date> to;
    int maxLag = kDefaultMaxLag;
    CorrelationTable correlations;
    std::vector<WeeklySummary> weekly;
    std::optional<Comparison> comparison;
};

/// Computes the report from all of a journal's records. Pass the whole journal (not only
/// [from, to]): lagged exposures before `from` are used when they exist. Fails (naming the
/// field) on a negative max lag or a range that ends before it starts.
Result<StatisticsReport> computeStatistics(const JournalRecords& records,
                                           const StatisticsRequest& request);

} // namespace quietlegs
