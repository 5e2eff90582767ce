#pragma once

#include "quietlegs/core/Result.h"

#include <chrono>
#include <string>
#include <string_view>

namespace quietlegs {

/// A calendar date in the user's local time (the journal has no time zone).
using Date = std::chrono::year_month_day;
/// A local wall-clock date and time to the minute, as the user typed it.
using LocalDateTime = std::chrono::local_time<std::chrono::minutes>;

/// Parses `YYYY-MM-DD`, refusing dates that do not exist (2026-02-30).
Result<Date> parseDate(std::string_view text, std::string_view field = "date");
std::string formatDate(Date date);

/// Parses `YYYY-MM-DDTHH:MM` (a space is accepted in place of `T`).
Result<LocalDateTime> parseLocalDateTime(std::string_view text, std::string_view field);
std::string formatLocalDateTime(LocalDateTime when);

/// Parses a clock time `HH:MM` (00:00..23:59) into minutes after midnight.
Result<std::chrono::minutes> parseClockTime(std::string_view text, std::string_view field);
std::string formatClockTime(std::chrono::minutes sinceMidnight);

LocalDateTime atTime(Date date, std::chrono::minutes sinceMidnight);
Date dateOf(LocalDateTime when);
std::chrono::minutes timeOfDay(LocalDateTime when);

Date addDays(Date date, int days);
/// Whole days from `from` to `to` (negative when `to` is earlier).
int daysBetween(Date from, Date to);
/// Days since 1970-01-01: a night's index on a continuous day axis.
int dayNumber(Date date);

/// Monday of the ISO 8601 week that holds `date`.
Date mondayOfWeek(Date date);

/// How far back a view looks from the journal's last date: Trends' range, Insights' period.
enum class RecentPeriod
{
    FourWeeks,
    TwelveWeeks,
    SixMonths,
    OneYear,
    All
};

/// The first date of `period` ending on `last`, never before `first`: the last 28 or 84 days,
/// or the day after the same date 6 months or a year before (a date that month lacks becomes
/// its last day: 31 August less 6 months is the end of February, so the period starts on
/// 1 March).
Date recentPeriodStart(RecentPeriod period, Date first, Date last);

} // namespace quietlegs

namespace quietlegs {

/// The current local date and time (system time zone), to the minute.
LocalDateTime localNow();
Date localToday();

} // namespace quietlegs
