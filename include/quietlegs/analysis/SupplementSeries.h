#pragma once

#include "quietlegs/analysis/DatedSeries.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/JournalSettings.h"

#include <optional>
#include <vector>

namespace quietlegs {

/// The part of each day's elemental magnesium and iron (magnesium_mg, iron_mg) that came from
/// supplements by mouth, not from food: Trends stacks it under the food (issue 24). Defined,
/// 0 when none, on every date with any record, as the totals are (interchange-v1.md "Daily
/// exposure"), so the supplement part is never above the day's total.
struct SupplementSeries
{
    DatedSeries magnesiumMg;
    DatedSeries ironMg;

    static SupplementSeries
    fromRecords(const JournalRecords& records,
                std::chrono::minutes journalDayBoundary = kDefaultJournalDayBoundary);
};

/// One week's mean of a daily series over the dates of [from, to] that have a value.
struct WeeklyMean
{
    Date weekStart; // the week's first day (per WeekStart)
    double mean = 0;
};

/// The weekly means of `series` over [from, to], weeks from `start`, oldest first; weeks
/// without a value are left out (as weeklySummaries() leaves out weeks without a record).
std::vector<WeeklyMean> weeklyMeans(const DatedSeries& series, Date from, Date to,
                                    WeekStart start = WeekStart::Monday);

} // namespace quietlegs
