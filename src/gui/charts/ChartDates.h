#pragma once

// How the charts place journal dates on a QDateTimeAxis.
#include "Conversions.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>
#include <chrono>

namespace quietlegs {

inline constexpr double kChartMsPerDay = 24.0 * 60 * 60 * 1000;

/// A date's position on a time axis: its noon in UTC, so no time zone shifts it to another day
/// and daylight saving never makes two days unequal. `dayOffset` moves it by (fractional) days.
inline double chartX(QDate date, double dayOffset = 0.0)
{
    return double(QDateTime(date, QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch()) +
           dayOffset * kChartMsPerDay;
}

/// The same as chartX(QDate) from the day count alone: Trends places ten years of days.
inline double chartX(Date date, double dayOffset = 0.0)
{
    const auto days = std::chrono::sys_days(date).time_since_epoch().count();
    return (double(days) + 0.5 + dayOffset) * kChartMsPerDay;
}

} // namespace quietlegs
