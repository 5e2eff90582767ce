#include "quietlegs/analysis/WeeklySummary.h"

#include "quietlegs/core/WeeklyIrls.h"

#include <map>
#include <vector>

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

/// The values of one series at ascending dates, by walking it once instead of a look-up per
/// date (weekly means looked up 30,000 dates in ten years, issue 7).
class SeriesCursor
{
public:
    SeriesCursor(const DatedSeries& series, Date from)
        : m_it(series.lowerBound(from)), m_end(series.end())
    {}

    /// The value at `date`; dates must come in ascending order.
    std::optional<double> at(Date date)
    {
        while (m_it != m_end && m_it->first < date)
            ++m_it;
        if (m_it != m_end && m_it->first == date)
            return m_it->second;
        return std::nullopt;
    }

private:
    DatedSeries::const_iterator m_it;
    DatedSeries::const_iterator m_end;
};

} // namespace

std::vector<WeeklySummary> weeklySummaries(const JournalSeries& series, Date from, Date to,
                                           WeekStart start)
{
    std::vector<SeriesCursor> outcomes, exposures;
    for (const Outcome outcome : allOutcomes())
        outcomes.emplace_back(series.outcome(outcome), from);
    for (const Exposure exposure : allExposures())
        exposures.emplace_back(series.exposure(exposure), from);
    auto night = series.nightDates().lower_bound(from);

    std::map<Date, WeekAccumulator> weeks;
    // Dates come in order: the week is found again only when a date is past its last day.
    WeekAccumulator* current = nullptr;
    Date currentEnd{};
    for (auto it = series.recordDates().lower_bound(from);
         it != series.recordDates().end() && *it <= to; ++it) {
        if (!current || currentEnd < *it) {
            currentEnd = weekEndingOf(*it, start);
            current = &weeks[addDays(currentEnd, -6)];
        }
        WeekAccumulator& week = *current;
        while (night != series.nightDates().end() && *night < *it)
            ++night;
        if (night != series.nightDates().end() && *night == *it)
            ++week.nights;
        for (const Outcome outcome : allOutcomes())
            if (const auto value = outcomes[indexOf(outcome)].at(*it))
                week.outcomes[indexOf(outcome)].add(*value);
        for (const Exposure exposure : allExposures())
            if (const auto value = exposures[indexOf(exposure)].at(*it))
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
