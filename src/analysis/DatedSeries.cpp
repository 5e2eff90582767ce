#include "quietlegs/analysis/DatedSeries.h"

namespace quietlegs {

std::optional<double> DatedSeries::at(Date date) const
{
    const auto found = m_values.find(date);
    if (found == m_values.end())
        return std::nullopt;
    return found->second;
}

DatedSeries movingAverage(const DatedSeries& series, Date from, Date to, int windowDays,
                          int minimumValues)
{
    DatedSeries averages;
    if (windowDays < 1 || to < from)
        return averages;
    // One pass with a running window: add the value entering at d, drop the one leaving.
    double sum = 0;
    int count = 0;
    auto entering = series.lowerBound(addDays(from, -(windowDays - 1)));
    auto leaving = entering;
    for (Date d = from; d <= to; d = addDays(d, 1)) {
        for (; entering != series.end() && entering->first <= d; ++entering) {
            sum += entering->second;
            ++count;
        }
        const Date windowStart = addDays(d, -(windowDays - 1));
        for (; leaving != entering && leaving->first < windowStart; ++leaving) {
            sum -= leaving->second;
            --count;
        }
        if (count > 0 && count >= minimumValues)
            averages.set(d, sum / count);
    }
    return averages;
}

int valuesInWindow(const DatedSeries& series, Date d, int windowDays)
{
    int count = 0;
    for (auto it = series.lowerBound(addDays(d, -(windowDays - 1)));
         it != series.end() && it->first <= d; ++it)
        ++count;
    return count;
}

std::vector<std::size_t> runStarts(std::span<const Date> dates, int stepDays)
{
    std::vector<std::size_t> starts;
    for (std::size_t i = 0; i < dates.size(); ++i)
        if (i == 0 || daysBetween(dates[i - 1], dates[i]) > stepDays)
            starts.push_back(i);
    return starts;
}

} // namespace quietlegs
