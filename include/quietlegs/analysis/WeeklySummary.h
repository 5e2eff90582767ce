#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/core/JournalSettings.h"

#include <array>
#include <optional>
#include <vector>

namespace quietlegs {

/// One ISO week (Monday to Sunday) of the journal: its nights and its mean outcomes and
/// exposures (statistics-v1.md "Weekly summary"). A mean is empty where nothing is defined.
struct WeeklySummary
{
    Date weekStart; // the week's first day: a Monday, or a Sunday for weeks from Sunday
    int nights = 0; // night entries in the week
    std::array<std::optional<double>, kOutcomeCount> outcomeMeans;
    std::array<std::optional<double>, kExposureCount> exposureMeans;

    std::optional<double> mean(Outcome outcome) const { return outcomeMeans[indexOf(outcome)]; }
    std::optional<double> mean(Exposure exposure) const { return exposureMeans[indexOf(exposure)]; }
};

/// The weeks with at least one record among the dates [from, to], oldest first. Only dates
/// inside the range count, so the first and last week may be partial.
/// Weeks run from `start` (the journal's week_start, interchange-v2.md), Monday by default.
std::vector<WeeklySummary> weeklySummaries(const JournalSeries& series, Date from, Date to,
                                           WeekStart start = WeekStart::Monday);

} // namespace quietlegs
