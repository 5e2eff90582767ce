#include "quietlegs/analysis/WeeklySummary.h"

#include <map>

namespace quietlegs {
namespace {

/// Running sum and count of a mean.
struct MeanAccumulator
{
    double sum = 0;
    int count = 0;

    void add(double value)
    {
        sum += value;
        ++count;
    }
    std::optional<double> mean() const
    {
        return count > 0 ? std::optional<double>(sum / count) : std::nullopt;
    }
};

struct WeekAccumulator
{
    int nights = 0;
    std::array<MeanAccumulator, kOutcomeCount> outcomes;
    std::array<MeanAccumulator, kExposureCount> exposures;
};

} // namespace

std::vector<WeeklySummary> weeklySummaries(const JournalSeries& series, Date from, Date to)
{
    std::map<Date, WeekAccumulator> weeks;
    for (auto it = series.recordDates().lower_bound(from);
         it != series.recordDates().end() && *it <= to; ++it) {
        WeekAccumulator& week = weeks[mondayOfWeek(*it)];
        if (series.nightDates().contains(*it))
            ++week.nights;
        for (const Outcome outcome : allOutcomes())
            if (const auto value = series.outcome(outcome).at(*it))
                week.outcomes[indexOf(outcome)].add(*value);
        for (const Exposure exposure : allExposures())
            if (const auto value = series.exposure(exposure).at(*it))
                week.exposures[indexOf(exposure)].add(*value);
    }

    std::vector<WeeklySummary> summaries;
    summaries.reserve(weeks.size());
    for (const auto& [monday, week] : weeks) {
        WeeklySummary summary;
        summary.weekStart = monday;
        summary.nights = week.nights;
        for (int i = 0; i < kOutcomeCount; ++i)
            summary.outcomeMeans[i] = week.outcomes[i].mean();
        for (int i = 0; i < kExposureCount; ++i)
            summary.exposureMeans[i] = week.exposures[i].mean();
        summaries.push_back(summary);
    }
    return summaries;
}

} // namespace quietlegs
