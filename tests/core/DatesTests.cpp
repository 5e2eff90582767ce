#include "quietlegs/core/Dates.h"
#include "quietlegs/core/JournalDay.h"

#include <catch2/catch.hpp>

using namespace quietlegs;

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
