#pragma once

#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/JournalSettings.h"

#include <optional>
#include <vector>

namespace quietlegs {

/// What the journal says about one night of a year at a glance.
enum class CalendarNight
{
    Outside,    // before the journal's first entry, or tonight and later: nothing was due
    Missing,    // inside the journal's span but no night logged
    NoSeverity, // a night logged without the 0-10 severity
    Scored      // a night with its severity
};

/// One cell of the year at a glance: the night of `date` (the evening's journal date) and
/// what was taken that journal day.
struct CalendarDay
{
    Date date;
    CalendarNight night = CalendarNight::Outside;
    std::optional<int> severity; // 0..10, only for Scored
    bool supplement = false;     // an intake by mouth from a supplement (not food, not topical)
    bool medicine = false;       // an RLS medicine dose
};

/// A calendar year of nights, 1 January to 31 December, for the heat map in History and the
/// report (issue 24 "A year at a glance").
struct YearCalendar
{
    int year = 0;
    WeekStart weekStart = WeekStart::Monday;
    std::vector<CalendarDay> days; // every date of the year, in order

    /// The day of `date`, null when `date` is not in the year.
    const CalendarDay* day(Date date) const;
};

/// The year at a glance from `records` (a year's or the whole journal's). A night is Missing
/// when its date lies from the first dated entry of the journal up to the night before
/// `today` and no night was logged: tonight is not missing before it has happened.
YearCalendar yearCalendar(const JournalRecords& records, int year, Date today,
                          WeekStart weekStart = WeekStart::Monday,
                          std::chrono::minutes journalDayBoundary = kDefaultJournalDayBoundary);

/// The years holding any dated entry of `records`, ascending (the year selector's choices);
/// always holds the year of `today`.
std::vector<int>
calendarYears(const JournalRecords& records, Date today,
              std::chrono::minutes journalDayBoundary = kDefaultJournalDayBoundary);

} // namespace quietlegs
