#include "quietlegs/analysis/DatedSeries.h"

#include <algorithm>

namespace quietlegs {

namespace {

bool before(const DatedSeries::Entry& entry, Date date)
{
    return entry.first < date;
}

} // namespace

std::vector<DatedSeries::Entry>::iterator DatedSeries::position(Date date)
{
    return std::lower_bound(m_values.begin(), m_values.end(), date, before);
}

DatedSeries::const_iterator DatedSeries::lowerBound(Date from) const
{
    return std::lower_bound(m_values.begin(), m_values.end(), from, before);
}

void DatedSeries::set(Date date, double value)
{
    if (m_values.empty() || m_values.back().first < date) {
        m_values.emplace_back(date, value);
        return;
    }
    const auto it = position(date);
    if (it != m_values.end() && it->first == date)
        it->second = value;
    else
        m_values.emplace(it, date, value);
}

void DatedSeries::add(Date date, double value)
{
    // As std::map's operator[] did: a missing date starts from 0 (so -0.0 becomes 0.0).
    if (m_values.empty() || m_values.back().first < date) {
        m_values.emplace_back(date, 0.0 + value);
        return;
    }
    const auto it = position(date);
    if (it != m_values.end() && it->first == date)
        it->second += value;
    else
        m_values.emplace(it, date, 0.0 + value);
}

void DatedSeries::erase(Date date)
{
    // A series built in date order is asked to drop a date after its last (fromRecords()).
    if (m_values.empty() || m_values.back().first < date)
        return;
    const auto it = position(date);
    if (it != m_values.end() && it->first == date)
        m_values.erase(it);
}

std::optional<double> DatedSeries::at(Date date) const
{
    const auto it = lowerBound(date);
    if (it == m_values.end() || it->first != date)
        return std::nullopt;
    return it->second;
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
