#include "quietlegs/core/Dates.h"
#include "quietlegs/core/JournalDay.h"

#include <catch2/catch.hpp>
#include <cstdio>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Date date(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

} // namespace

TEST_CASE("dates that do not exist are refused")
{
    CHECK(parseDate("2026-02-28").ok());
    CHECK(parseDate("2028-02-29").ok());
    auto bad = parseDate("2026-02-30", "--date");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message() == "--date \"2026-02-30\": no such calendar date");
    CHECK_FALSE(parseDate("2026-13-01").ok());
    CHECK_FALSE(parseDate("2026-1-01").ok());
    CHECK_FALSE(parseDate("20261101").ok());
    CHECK_FALSE(parseDate("2026-11-0x").ok());
    CHECK_FALSE(parseDate("").ok());
}

TEST_CASE("times of day like 25:61 are refused")
{
    CHECK(parseClockTime("23:59", "t").ok());
    CHECK_FALSE(parseClockTime("25:61", "t").ok());
    CHECK_FALSE(parseClockTime("24:00", "t").ok());
    CHECK_FALSE(parseClockTime("7:30", "t").ok());
    CHECK_FALSE(parseLocalDateTime("2026-11-20T25:61", "at").ok());
    CHECK_FALSE(parseLocalDateTime("2026-11-20T22:30Z", "at").ok());
}

TEST_CASE("local date-times round trip through text")
{
    auto when = parseLocalDateTime("2026-11-20T22:30", "at");
    REQUIRE(when.ok());
    CHECK(formatLocalDateTime(*when) == "2026-11-20T22:30");
    CHECK(formatLocalDateTime(*parseLocalDateTime("2026-11-20 07:05", "at")) == "2026-11-20T07:05");
}

TEST_CASE("a dose at 00:30 belongs to the journal date before; one at 04:00 to its own")
{
    CHECK(formatDate(journalDateOf(*parseLocalDateTime("2026-11-21T00:30", "t"))) == "2026-11-20");
    CHECK(formatDate(journalDateOf(*parseLocalDateTime("2026-11-21T03:59", "t"))) == "2026-11-20");
    CHECK(formatDate(journalDateOf(*parseLocalDateTime("2026-11-21T04:00", "t"))) == "2026-11-21");
    CHECK(formatDate(journalDateOf(*parseLocalDateTime("2026-03-01T01:00", "t"))) == "2026-02-28");
}

TEST_CASE("weeks start on Monday")
{
    CHECK(formatDate(mondayOfWeek(*parseDate("2026-11-22"))) == "2026-11-16"); // Sunday
    CHECK(formatDate(mondayOfWeek(*parseDate("2026-11-23"))) == "2026-11-23"); // Monday
    CHECK(daysBetween(*parseDate("2026-11-20"), *parseDate("2026-12-01")) == 11);
}

TEST_CASE("dates and times are written as YYYY-MM-DD and HH:MM, as printf wrote them")
{
    // Written by hand since issue 7; printf's "%04d-%02u-%02u" and "%02d:%02d" are the reference.
    auto printed = [](const char* format, int a, int b, int c) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, format, a, b, c);
        return std::string(buffer);
    };
    for (Date d = date(1899, 12, 20); d <= date(2201, 1, 10); d = addDays(d, 13))
        REQUIRE(formatDate(d) ==
                printed("%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day())));
    for (const Date d :
         {date(1, 1, 1), date(999, 9, 9), date(9999, 12, 31), date(12345, 1, 2), date(-44, 3, 15)})
        CHECK(formatDate(d) ==
              printed("%04d-%02u-%02u", int(d.year()), unsigned(d.month()), unsigned(d.day())));
    for (int minute = 0; minute < 24 * 60; ++minute)
        REQUIRE(formatClockTime(std::chrono::minutes{minute}) ==
                printed("%02d:%02d", minute / 60, minute % 60, 0));
    CHECK(formatClockTime(std::chrono::minutes{100 * 60 + 5}) == "100:05");
    CHECK(formatLocalDateTime(atTime(date(2026, 11, 20), std::chrono::minutes{23 * 60 + 59})) ==
          "2026-11-20T23:59");
    CHECK(formatLocalDateTime(atTime(date(2026, 1, 2), std::chrono::minutes{0})) ==
          "2026-01-02T00:00");
}

TEST_CASE("date and time fields take only digits")
{
    CHECK_FALSE(parseDate("2026-1a-01").ok());
    CHECK_FALSE(parseDate("+026-11-01").ok());
    CHECK_FALSE(parseDate("2026-11- 1").ok());
    CHECK_FALSE(parseClockTime("2-:00", "t").ok());
    CHECK_FALSE(parseClockTime("23:-1", "t").ok());
    CHECK(formatDate(*parseDate("1900-01-01")) == "1900-01-01");
    CHECK(*parseClockTime("09:07", "t") == std::chrono::minutes{9 * 60 + 7});
}

TEST_CASE("a recent period ends on the last date and starts no earlier than the first")
{
    const Date first = *parseDate("2020-01-15");
    auto start = [&](RecentPeriod period, const char* last) {
        return formatDate(recentPeriodStart(period, first, *parseDate(last)));
    };
    // 28 and 84 days, the last date included.
    CHECK(start(RecentPeriod::FourWeeks, "2026-11-24") == "2026-10-28");
    CHECK(start(RecentPeriod::TwelveWeeks, "2026-11-24") == "2026-09-02");
    // The day after the same date 6 months or a year before.
    CHECK(start(RecentPeriod::SixMonths, "2026-11-24") == "2026-05-25");
    CHECK(start(RecentPeriod::OneYear, "2026-11-24") == "2025-11-25");
    // A date the earlier month lacks becomes its last day, as QDate::addMonths does.
    CHECK(start(RecentPeriod::SixMonths, "2026-08-31") == "2026-03-01");
    CHECK(start(RecentPeriod::SixMonths, "2024-08-31") == "2024-03-01"); // 29 Feb, then 1 Mar
    CHECK(start(RecentPeriod::OneYear, "2024-02-29") == "2023-03-01");
    CHECK(start(RecentPeriod::SixMonths, "2026-06-30") == "2025-12-31");
    // Never before the journal's first date; All is the whole journal.
    CHECK(start(RecentPeriod::OneYear, "2020-06-01") == "2020-01-15");
    CHECK(start(RecentPeriod::All, "2026-11-24") == "2020-01-15");
}

} // namespace QUIETLEGS_TEST_FILE
