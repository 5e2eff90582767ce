#include "quietlegs/analysis/YearCalendar.h"

#include "TestJournal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {
MedicineDose med(LocalDateTime when)
{
    return must(MedicineDose::create(
        MedicineDoseEntry{when, Drug::Pramipexole, 0.125, MedicineRoute::Oral, "", "manual", ""}));
}
} // namespace

TEST_CASE("a year at a glance holds every date of the year with its night's severity")
{
    JournalRecords records;
    records.nights = {night(date(2024, 3, 1), std::nullopt, 7),
                      night(date(2024, 3, 3), std::nullopt, std::nullopt)};
    const YearCalendar calendar = yearCalendar(records, 2024, date(2024, 6, 1));
    REQUIRE(calendar.days.size() == 366); // a leap year
    CHECK(calendar.days.front().date == date(2024, 1, 1));
    CHECK(calendar.days.back().date == date(2024, 12, 31));
    const CalendarDay* scored = calendar.day(date(2024, 3, 1));
    REQUIRE(scored);
    CHECK(scored->night == CalendarNight::Scored);
    CHECK(scored->severity == 7);
    CHECK(calendar.day(date(2024, 3, 3))->night == CalendarNight::NoSeverity);
    CHECK_FALSE(calendar.day(date(2025, 1, 1)));
}

TEST_CASE("a night is missing only from the first entry up to last night")
{
    JournalRecords records;
    records.nights = {night(date(2026, 5, 10), std::nullopt, 3)};
    const YearCalendar calendar = yearCalendar(records, 2026, date(2026, 5, 14));
    CHECK(calendar.day(date(2026, 5, 9))->night == CalendarNight::Outside);
    CHECK(calendar.day(date(2026, 5, 11))->night == CalendarNight::Missing);
    CHECK(calendar.day(date(2026, 5, 13))->night == CalendarNight::Missing);
    // Tonight has not happened yet.
    CHECK(calendar.day(date(2026, 5, 14))->night == CalendarNight::Outside);
    CHECK(calendar.day(date(2026, 12, 1))->night == CalendarNight::Outside);
}

TEST_CASE("supplement and medicine days follow the journal day, food is no supplement")
{
    JournalRecords records;
    records.nights = {night(date(2026, 2, 1), std::nullopt, 2)};
    // 01:30 on the 3rd is still the journal day of the 2nd (04:00 boundary).
    records.intakes = {intake(at(date(2026, 2, 3), 1, 30), Nutrient::Magnesium, 200),
                       intake(at(date(2026, 2, 5), 12, 0), Nutrient::Magnesium, 80, Route::Oral)};
    records.intakes.push_back(
        must(Intake::create(IntakeEntry{at(date(2026, 2, 6), 12, 0), Nutrient::Magnesium, "food",
                                        Route::Oral, std::nullopt, 60, "test"})));
    records.meds = {med(at(date(2026, 2, 4), 21, 0))};
    const YearCalendar calendar = yearCalendar(records, 2026, date(2026, 3, 1));
    CHECK(calendar.day(date(2026, 2, 2))->supplement);
    CHECK_FALSE(calendar.day(date(2026, 2, 3))->supplement);
    CHECK(calendar.day(date(2026, 2, 4))->medicine);
    CHECK_FALSE(calendar.day(date(2026, 2, 4))->supplement);
    CHECK(calendar.day(date(2026, 2, 5))->supplement);
    CHECK_FALSE(calendar.day(date(2026, 2, 6))->supplement);
}

TEST_CASE("the year choices are the years with entries and this year")
{
    JournalRecords records;
    records.nights = {night(date(2022, 12, 31), std::nullopt, 1),
                      night(date(2024, 1, 1), std::nullopt, 1)};
    CHECK(calendarYears(records, date(2026, 7, 1)) == std::vector<int>{2022, 2024, 2026});
    CHECK(calendarYears({}, date(2026, 7, 1)) == std::vector<int>{2026});
}

} // namespace QUIETLEGS_TEST_FILE
