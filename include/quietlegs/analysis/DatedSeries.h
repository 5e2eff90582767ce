#pragma once

#include "quietlegs/core/Dates.h"

#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <vector>

namespace quietlegs {

/// Values by journal date, defined only on some dates (a missing date is "unknown", never 0).
class DatedSeries
{
public:
    using Map = std::map<Date, double>;

    /// Constant time when `date` comes after every date set so far (series are built in
    /// date order), logarithmic otherwise.
    void set(Date date, double value) { m_values.insert_or_assign(m_values.end(), date, value); }
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

/// The daily chart's moving average looks back this many journal days (d - 6 .. d)...
inline constexpr int kMovingAverageDays = 7;
/// ...and is shown only when at least this many of them have a value (docs/statistics.md).
inline constexpr int kMovingAverageMinimumValues = 4;

/// The trailing moving average of the daily chart: for each date d in [from, to] whose window
/// [d - (windowDays - 1), d] holds at least `minimumValues` defined values, the mean of those
/// values. Other dates stay undefined (a gap in the line, never 0 and never a mean of one or
/// two nights that would look as steady as a full week).
DatedSeries movingAverage(const DatedSeries& series, Date from, Date to,
                          int windowDays = kMovingAverageDays,
                          int minimumValues = kMovingAverageMinimumValues);

/// How many defined values the window [d - (windowDays - 1), d] holds: the nights a moving
/// average of date d is the mean of.
int valuesInWindow(const DatedSeries& series, Date d, int windowDays = kMovingAverageDays);

/// Where a line through `dates` (ascending) must break: the indices that start a run of dates
/// each `stepDays` after the one before (always 0 first, none for no dates). A chart joins
/// points only within a run, so a missing night (or week) shows as a gap, not as a line
/// through a value nobody recorded.
std::vector<std::size_t> runStarts(std::span<const Date> dates, int stepDays = 1);

} // namespace quietlegs
