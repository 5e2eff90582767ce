#include "quietlegs/analysis/YearCalendar.h"

#include <algorithm>
#include <set>

namespace quietlegs {
namespace {
using namespace std::chrono;

int yearOf(Date date)
{
    return int(date.year());
}

/// The first journal date with any dated entry (labs aside: a lab result is not a night's
/// record, as in JournalSeries::recordDates()).
std::optional<Date> firstEntryDate(const JournalRecords& records, minutes boundary)
{
    std::optional<Date> first;
    const auto consider = [&first](Date date) {
        if (!first || date < *first)
            first = date;
    };
    for (const Night& night : records.nights)
        consider(night.date());
    for (const Intake& intake : records.intakes)
        consider(intake.journalDate(boundary));
    for (const DailyFactors& day : records.daily)
        consider(day.date());
    for (const FactorValue& value : records.factorValues)
        consider(value.date());
    for (const MedicineDose& dose : records.meds)
        consider(dose.journalDate(boundary));
    return first;
}
} // namespace

const CalendarDay* YearCalendar::day(Date date) const
{
    if (days.empty() || yearOf(date) != year)
        return nullptr;
    const int index = daysBetween(days.front().date, date);
    if (index < 0 || index >= int(days.size()))
        return nullptr;
    return &days[std::size_t(index)];
}

YearCalendar yearCalendar(const JournalRecords& records, int year, Date today, WeekStart weekStart,
                          minutes journalDayBoundary)
{
    YearCalendar calendar;
    calendar.year = year;
    calendar.weekStart = weekStart;
    const Date first{std::chrono::year(year), January, 1d};
    const Date last{std::chrono::year(year), December, 31d};
    for (Date date = first; date <= last; date = addDays(date, 1)) {
        CalendarDay& day = calendar.days.emplace_back();
        day.date = date;
    }

    const auto at = [&calendar, year](Date date) -> CalendarDay* {
        if (yearOf(date) != year)
            return nullptr;
        return &calendar.days[std::size_t(daysBetween(calendar.days.front().date, date))];
    };
    // Inside the journal's span, a night without an entry is missing; tonight is not yet.
    if (const auto start = firstEntryDate(records, journalDayBoundary))
        for (CalendarDay& day : calendar.days)
            if (day.date >= *start && day.date < today)
                day.night = CalendarNight::Missing;
    for (const Night& night : records.nights)
        if (CalendarDay* day = at(night.date())) {
            day->severity = night.severity();
            day->night = night.severity() ? CalendarNight::Scored : CalendarNight::NoSeverity;
        }
    for (const Intake& intake : records.intakes)
        if (intake.source() == IntakeSource::Supplement)
            if (CalendarDay* day = at(intake.journalDate(journalDayBoundary)))
                day->supplement = true;
    for (const MedicineDose& dose : records.meds)
        if (CalendarDay* day = at(dose.journalDate(journalDayBoundary)))
            day->medicine = true;
    return calendar;
}

std::vector<int> calendarYears(const JournalRecords& records, Date today, minutes boundary)
{
    std::set<int> years{yearOf(today)};
    for (const Night& night : records.nights)
        years.insert(yearOf(night.date()));
    for (const Intake& intake : records.intakes)
        years.insert(yearOf(intake.journalDate(boundary)));
    for (const DailyFactors& day : records.daily)
        years.insert(yearOf(day.date()));
    for (const FactorValue& value : records.factorValues)
        years.insert(yearOf(value.date()));
    for (const MedicineDose& dose : records.meds)
        years.insert(yearOf(dose.journalDate(boundary)));
    return {years.begin(), years.end()};
}

} // namespace quietlegs
