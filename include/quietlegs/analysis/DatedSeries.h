#pragma once

#include "quietlegs/core/Dates.h"

#include <cstddef>
#include <map>
#include <optional>

namespace quietlegs {

/// Values by journal date, defined only on some dates (a missing date is "unknown", never 0).
class DatedSeries
{
public:
    using Map = std::map<Date, double>;

    void set(Date date, double value) { m_values[date] = value; }
    void add(Date date, double value) { m_values[date] += value; }
    void erase(Date date) { m_values.erase(date); }
    std::optional<double> at(Date date) const;
    bool isDefined(Date date) const { return m_values.contains(date); }

    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }
    Map::const_iterator begin() const { return m_values.begin(); }
    Map::const_iterator end() const { return m_values.end(); }
    /// The first date at or after `from` (for walking a range).
    Map::const_iterator lowerBound(Date from) const { return m_values.lower_bound(from); }

private:
    Map m_values;
};

/// The trailing moving average for the daily chart: for each date d in [from, to] with at
/// least one defined value in [d - (windowDays - 1), d], the mean of those values. Dates
/// without any value in their window stay undefined (a gap in the line, not a 0).
DatedSeries movingAverage(const DatedSeries& series, Date from, Date to, int windowDays = 7);

} // namespace quietlegs
