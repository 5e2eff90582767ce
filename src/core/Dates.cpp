#include "quietlegs/core/Dates.h"

#include <algorithm>
#include <cstdio>
#include <optional>

namespace quietlegs {
namespace {

/// The number of a run of 1 to 4 ASCII digits (the fields of dates and times), by hand: a
/// journal's rows hold tens of thousands of them and std::from_chars cost several times
/// more (issue 7).
bool parseDigits(std::string_view text, int& out)
{
    if (text.empty() || text.size() > 4)
        return false;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

Error badValue(std::string_view field, std::string_view text, std::string rule)
{
    return Error{std::string(field), std::string(text), std::move(rule)};
}

/// The two ASCII digits at `at` as a number, or -1.
int twoDigits(const char* at)
{
    const unsigned tens = unsigned(at[0] - '0'), ones = unsigned(at[1] - '0');
    return tens < 10 && ones < 10 ? int(tens * 10 + ones) : -1;
}

/// A well-formed, existing YYYY-MM-DD of years 1900 to 2200 at `at`, or none: what
/// parseDate() accepts, without building its errors (the journal's rows hold tens of
/// thousands of dates; stats reads them all, issue 19).
std::optional<Date> wellFormedDate(const char* at)
{
    if (at[4] != '-' || at[7] != '-')
        return std::nullopt;
    const int century = twoDigits(at), year = twoDigits(at + 2), month = twoDigits(at + 5),
              day = twoDigits(at + 8);
    if (century < 0 || year < 0 || month < 0 || day < 0)
        return std::nullopt;
    const int y = century * 100 + year;
    const Date date{std::chrono::year{y}, std::chrono::month{unsigned(month)},
                    std::chrono::day{unsigned(day)}};
    if (!date.ok() || y < 1900 || y > 2200)
        return std::nullopt;
    return date;
}

} // namespace

Result<Date> parseDate(std::string_view text, std::string_view field)
{
    if (text.size() == 10)
        if (const auto date = wellFormedDate(text.data()))
            return *date;
    // Anything else is refused below, naming what is wrong.
    int y = 0, m = 0, d = 0;
    if (text.size() != 10 || text[4] != '-' || text[7] != '-' ||
        !parseDigits(text.substr(0, 4), y) || !parseDigits(text.substr(5, 2), m) ||
        !parseDigits(text.substr(8, 2), d))
        return badValue(field, text, "expected a date as YYYY-MM-DD");
    const Date date{std::chrono::year{y}, std::chrono::month{unsigned(m)},
                    std::chrono::day{unsigned(d)}};
    if (!date.ok())
        return badValue(field, text, "no such calendar date");
    if (y < 1900 || y > 2200)
        return badValue(field, text, "year must be between 1900 and 2200");
    return date;
}

namespace {

/// Writes `value` (0 <= value < 10^width) as exactly `width` digits.
char* putDigits(char* out, unsigned value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char('0' + value % 10);
        value /= 10;
    }
    return out + width;
}

} // namespace

std::string formatDate(Date date)
{
    const int year = int(date.year());
    const unsigned month = unsigned(date.month());
    const unsigned day = unsigned(date.day());
    // By hand for the dates of a journal (snprintf was most of formatting an import's rows,
    // issue 7); anything else as before.
    if (year < 0 || year > 9999 || month > 99 || day > 99) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", year, month, day);
        return buffer;
    }
    char buffer[10];
    char* out = putDigits(buffer, unsigned(year), 4);
    *out++ = '-';
    out = putDigits(out, month, 2);
    *out++ = '-';
    putDigits(out, day, 2);
    return std::string(buffer, sizeof buffer);
}

Result<std::chrono::minutes> parseClockTime(std::string_view text, std::string_view field)
{
    int h = 0, m = 0;
    if (text.size() != 5 || text[2] != ':' || !parseDigits(text.substr(0, 2), h) ||
        !parseDigits(text.substr(3, 2), m))
        return badValue(field, text, "expected a time as HH:MM");
    if (h > 23 || m > 59)
        return badValue(field, text, "no such time of day (00:00 to 23:59)");
    return std::chrono::minutes{h * 60 + m};
}

std::string formatClockTime(std::chrono::minutes sinceMidnight)
{
    const auto total = sinceMidnight.count();
    if (total < 0 || total >= 100 * 60) {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%02d:%02d", int(total / 60), int(total % 60));
        return buffer;
    }
    char buffer[5];
    putDigits(buffer, unsigned(total / 60), 2);
    buffer[2] = ':';
    putDigits(buffer + 3, unsigned(total % 60), 2);
    return std::string(buffer, sizeof buffer);
}

Result<LocalDateTime> parseLocalDateTime(std::string_view text, std::string_view field)
{
    // A well-formed time at once; anything else is refused below, naming what is wrong.
    if (text.size() == 16 && (text[10] == 'T' || text[10] == ' ') && text[13] == ':') {
        const auto date = wellFormedDate(text.data());
        const int hour = twoDigits(text.data() + 11), minute = twoDigits(text.data() + 14);
        if (date && hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59)
            return atTime(*date, std::chrono::minutes{hour * 60 + minute});
    }
    if (text.size() != 16 || (text[10] != 'T' && text[10] != ' '))
        return badValue(field, text, "expected a local date and time as YYYY-MM-DDTHH:MM");
    auto date = parseDate(text.substr(0, 10), field);
    if (!date)
        return badValue(field, text, date.error().rule);
    auto clock = parseClockTime(text.substr(11, 5), field);
    if (!clock)
        return badValue(field, text, clock.error().rule);
    return atTime(*date, *clock);
}

std::string formatLocalDateTime(LocalDateTime when)
{
    std::string text = formatDate(dateOf(when));
    text.reserve(text.size() + 6);
    text += 'T';
    text += formatClockTime(timeOfDay(when));
    return text;
}

LocalDateTime atTime(Date date, std::chrono::minutes sinceMidnight)
{
    return std::chrono::local_days{date} + sinceMidnight;
}

Date dateOf(LocalDateTime when)
{
    return Date{std::chrono::floor<std::chrono::days>(when)};
}

std::chrono::minutes timeOfDay(LocalDateTime when)
{
    return when - std::chrono::floor<std::chrono::days>(when);
}

Date addDays(Date date, int days)
{
    return Date{std::chrono::local_days{date} + std::chrono::days{days}};
}

namespace {

/// The same day `months` months earlier, or that month's last day when it has no such day.
Date monthsBefore(Date date, int months)
{
    const Date earlier = date - std::chrono::months{months};
    return earlier.ok() ? earlier : Date{earlier.year() / earlier.month() / std::chrono::last};
}

} // namespace

Date recentPeriodStart(RecentPeriod period, Date first, Date last)
{
    Date from = first;
    switch (period) {
    case RecentPeriod::FourWeeks:
        from = addDays(last, -(4 * 7 - 1));
        break;
    case RecentPeriod::TwelveWeeks:
        from = addDays(last, -(12 * 7 - 1));
        break;
    case RecentPeriod::SixMonths:
        from = addDays(monthsBefore(last, 6), 1);
        break;
    case RecentPeriod::OneYear:
        from = addDays(monthsBefore(last, 12), 1);
        break;
    case RecentPeriod::All:
        break;
    }
    return std::max(from, first);
}

int dayNumber(Date date)
{
    return int(std::chrono::sys_days(date).time_since_epoch().count());
}

int daysBetween(Date from, Date to)
{
    return int((std::chrono::local_days{to} - std::chrono::local_days{from}).count());
}

Date mondayOfWeek(Date date)
{
    const std::chrono::local_days day{date};
    const std::chrono::weekday weekday{day};
    // iso_encoding: Monday = 1 .. Sunday = 7
    return Date{day - std::chrono::days{weekday.iso_encoding() - 1}};
}

} // namespace quietlegs

#include <ctime>

namespace quietlegs {

LocalDateTime localNow()
{
    // libstdc++ 12 has no time-zone database; localtime_r reads the system zone.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const Date date{std::chrono::year{local.tm_year + 1900},
                    std::chrono::month{unsigned(local.tm_mon + 1)},
                    std::chrono::day{unsigned(local.tm_mday)}};
    return atTime(date, std::chrono::minutes{local.tm_hour * 60 + local.tm_min});
}

Date localToday()
{
    return dateOf(localNow());
}

} // namespace quietlegs
