#include "quietlegs/analysis/SupplementSeries.h"

#include "TestJournal.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/WeeklySummary.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("supplements are the part of a day's magnesium and iron not from food")
{
    JournalRecords records;
    const Date day = date(2026, 4, 6);
    records.nights = {night(day, std::nullopt, 3), night(addDays(day, 1), std::nullopt, 2)};
    records.intakes = {intake(at(day, 21, 0), Nutrient::Magnesium, 200),
                       intake(at(day, 12, 0), Nutrient::Iron, 18),
                       must(Intake::create(IntakeEntry{at(day, 13, 0), Nutrient::Magnesium, "food",
                                                       Route::Oral, std::nullopt, 120, "test"})),
                       intake(at(day, 22, 0), Nutrient::Magnesium, 300, Route::Topical)};
    const SupplementSeries supplements = SupplementSeries::fromRecords(records);
    const JournalSeries series = JournalSeries::fromRecords(records);
    CHECK(supplements.magnesiumMg.at(day) == 200);
    CHECK(supplements.ironMg.at(day) == 18);
    CHECK(series.exposure(Exposure::MagnesiumMg).at(day) == 320); // food on top
    // 0, not unknown, on another date with a record; never above the total.
    CHECK(supplements.magnesiumMg.at(addDays(day, 1)) == 0);
    for (const auto& [date, mg] : supplements.magnesiumMg)
        CHECK(mg <= *series.exposure(Exposure::MagnesiumMg).at(date));
}

TEST_CASE("weekly means follow the journal's week start")
{
    DatedSeries values;
    // Saturday 2026-04-04, Sunday 04-05, Monday 04-06.
    values.set(date(2026, 4, 4), 10);
    values.set(date(2026, 4, 5), 20);
    values.set(date(2026, 4, 6), 60);
    const auto monday = weeklyMeans(values, date(2026, 4, 1), date(2026, 4, 30));
    REQUIRE(monday.size() == 2);
    CHECK(monday[0].weekStart == date(2026, 3, 30));
    CHECK(monday[0].mean == 15);
    CHECK(monday[1].weekStart == date(2026, 4, 6));
    CHECK(monday[1].mean == 60);
    const auto sunday = weeklyMeans(values, date(2026, 4, 1), date(2026, 4, 30), WeekStart::Sunday);
    REQUIRE(sunday.size() == 2);
    CHECK(sunday[0].weekStart == date(2026, 3, 29));
    CHECK(sunday[0].mean == 10);
    CHECK(sunday[1].weekStart == date(2026, 4, 5));
    CHECK(sunday[1].mean == 40);
}

TEST_CASE("weekly summaries start their weeks on the journal's week start")
{
    JournalRecords records;
    records.nights = {night(date(2026, 4, 5), std::nullopt, 2), // a Sunday
                      night(date(2026, 4, 6), std::nullopt, 6)};
    const JournalSeries series = JournalSeries::fromRecords(records);
    const auto monday = weeklySummaries(series, date(2026, 4, 1), date(2026, 4, 30));
    REQUIRE(monday.size() == 2);
    const auto sunday =
        weeklySummaries(series, date(2026, 4, 1), date(2026, 4, 30), WeekStart::Sunday);
    REQUIRE(sunday.size() == 1);
    CHECK(sunday[0].weekStart == date(2026, 4, 5));
    CHECK(sunday[0].mean(Outcome::Severity) == 4);
}

} // namespace QUIETLEGS_TEST_FILE
