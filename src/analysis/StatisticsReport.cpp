#include "quietlegs/analysis/StatisticsReport.h"

namespace quietlegs {
namespace {

Status checkRange(Date from, Date to, const std::string& field)
{
    if (to < from)
        return Error{field, formatDate(from) + ":" + formatDate(to), "ends before it starts"};
    return Status::success();
}

/// computeStatistics() from the journal's series.
Result<StatisticsReport> statisticsOf(const JournalSeries& series,
                                      const StatisticsRequest& request)
{
    StatisticsReport report;
    report.maxLag = request.maxLag;
    report.from = request.from ? request.from : series.firstDate();
    report.to = request.to ? request.to : series.lastDate();
    // Only one end given and the journal lies wholly beyond it: an empty period, not an error.
    if (request.from && !request.to && report.to && *report.to < *report.from)
        report.to = report.from;
    if (request.to && !request.from && report.from && *report.to < *report.from)
        report.from = report.to;
    if (report.from && report.to) {
        if (auto status = checkRange(*report.from, *report.to, "to"); !status)
            return status.error();
    }
    // An empty journal without a range still gives every row, all with n = 0.
    const Date from = report.from.value_or(report.to.value_or(Date{}));
    const Date to = report.to.value_or(from);
    // The comparison first: refused periods are bad input, found before the long part.
    if (request.comparison) {
        const ComparisonRequest& c = *request.comparison;
        auto comparison = compareRanges(series, c.outcome, c.aFrom, c.aTo, c.bFrom, c.bTo);
        if (!comparison)
            return comparison.error();
        report.comparison = std::move(comparison).value();
    }
    report.variables = series.catalogue();
    report.primary =
        answerPrimaryQuestion(series, request.primary.value_or(PrimaryQuestion{}), from, to);
    report.correlations =
        CorrelationTable::compute(series, from, to, request.maxLag, request.parts);
    if (report.from && report.to)
        report.weekly = weeklySummaries(series, from, to, request.weekStart);
    return report;
}

} // namespace

Result<StatisticsReport> computeStatistics(const JournalRecords& records,
                                           const StatisticsRequest& request)
{
    if (request.maxLag < 0)
        return Error{"max_lag", std::to_string(request.maxLag), "must be 0 or more"};
    return statisticsOf(JournalSeries::fromRecords(records, request.series), request);
}

Result<StatisticsReport> computeStatistics(JournalRecords&& records,
                                           const StatisticsRequest& request)
{
    if (request.maxLag < 0)
        return Error{"max_lag", std::to_string(request.maxLag), "must be 0 or more"};
    const JournalSeries series = JournalSeries::fromRecords(records, request.series);
    records = JournalRecords{};
    return statisticsOf(series, request);
}

} // namespace quietlegs
