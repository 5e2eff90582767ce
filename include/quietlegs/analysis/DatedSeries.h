#pragma once

#include "quietlegs/core/Dates.h"

#include <cstddef>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace quietlegs {

/// Values by journal date, defined only on some dates (a missing date is "unknown", never 0).
/// Kept as one sorted vector: series are built in date order, so setting a value appends, and
/// ten years of series in std::map nodes were the largest part of the memory `stats` touched
/// (issue 7). Setting out of order still works, by inserting in place.
class DatedSeries
{
public:
    using Entry = std::pair<Date, double>;
    using const_iterator = std::vector<Entry>::const_iterator;

    void set(Date date, double value);
    void add(Date date, double value);
    void erase(Date date);
    std::optional<double> at(Date date) const;
    bool isDefined(Date date) const { return at(date).has_value(); }

    std::size_t size() const { return m_values.size(); }
    bool empty() const { return m_values.empty(); }
    const_iterator begin() const { return m_values.begin(); }
    const_iterator end() const { return m_values.end(); }
    /// The first date at or after `from` (for walking a range).
    const_iterator lowerBound(Date from) const;

private:
    std::vector<Entry>::iterator position(Date date);

    std::vector<Entry> m_values; // ascending dates, each once
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
