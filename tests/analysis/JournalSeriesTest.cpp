#include "quietlegs/analysis/JournalSeries.h"

#include "ReferenceValues.h"
#include "TestJournal.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("a magnesium dose at 00:30 counts for the previous journal date")
{
    JournalRecords records;
    const Date monday = date(2026, 11, 16);
    const Date tuesday = date(2026, 11, 17);
    records.nights.push_back(night(monday, 20));
    records.intakes.push_back(intake(at(monday, 21, 0), Nutrient::Magnesium, 200));
    records.intakes.push_back(intake(at(tuesday, 0, 30), Nutrient::Magnesium, 100));
    records.intakes.push_back(intake(at(tuesday, 3, 59), Nutrient::Iron, 25));
    // From 04:00 on, a dose belongs to its own calendar date.
    records.intakes.push_back(intake(at(tuesday, 4, 0), Nutrient::Magnesium, 50));

    const JournalSeries series = JournalSeries::fromRecords(records);
    CHECK(series.exposure(Exposure::MagnesiumMg).at(monday) == 300.0);
    CHECK(series.exposure(Exposure::IronMg).at(monday) == 25.0);
    CHECK(series.exposure(Exposure::MagnesiumMg).at(tuesday) == 50.0);
    CHECK(series.exposure(Exposure::IronMg).at(tuesday) == 0.0);
}

TEST_CASE("a date with only a daily row has 0 mg magnesium and a date without records is unknown")
{
    JournalRecords records;
    const Date withDailyRow = date(2026, 11, 16);
    const Date empty = date(2026, 11, 17);
    const Date withNight = date(2026, 11, 18);
    records.daily.push_back(daily(withDailyRow, 90));
    records.nights.push_back(night(withNight, std::nullopt, 5));

    const JournalSeries series = JournalSeries::fromRecords(records);
    CHECK(series.exposure(Exposure::MagnesiumMg).at(withDailyRow) == 0.0);
    CHECK(series.exposure(Exposure::IronMg).at(withDailyRow) == 0.0);
    CHECK_FALSE(series.exposure(Exposure::MagnesiumMg).at(empty));
    CHECK(series.exposure(Exposure::MagnesiumMg).at(withNight) == 0.0);
    // Daily factors are defined only where given.
    CHECK(series.exposure(Exposure::CaffeineMg).at(withDailyRow) == 90.0);
    CHECK_FALSE(series.exposure(Exposure::CaffeineMg).at(withNight));
    CHECK_FALSE(series.exposure(Exposure::Stress).at(withDailyRow));
    CHECK(series.recordDates() == std::set<Date>{withDailyRow, withNight});
    CHECK(series.firstDate() == withDailyRow);
    CHECK(series.lastDate() == withNight);
}

TEST_CASE("an intake of another nutrient makes the date's magnesium a known 0")
{
    JournalRecords records;
    const Date day = date(2026, 11, 16);
    records.intakes.push_back(intake(at(day, 8, 0), Nutrient::VitaminC, 500));
    const JournalSeries series = JournalSeries::fromRecords(records);
    CHECK(series.exposure(Exposure::MagnesiumMg).at(day) == 0.0);
}

TEST_CASE("topical magnesium is left out of magnesium_mg unless asked for")
{
    JournalRecords records;
    const Date day = date(2026, 11, 15);
    records.intakes.push_back(intake(at(day, 20, 0), Nutrient::Magnesium, 150, Route::Topical));
    records.intakes.push_back(intake(at(day, 21, 0), Nutrient::Magnesium, 200));

    CHECK(JournalSeries::fromRecords(records).exposure(Exposure::MagnesiumMg).at(day) == 200.0);
    SeriesOptions withTopical;
    withTopical.includeTopicalMagnesium = true;
    CHECK(
        JournalSeries::fromRecords(records, withTopical).exposure(Exposure::MagnesiumMg).at(day) ==
        350.0);

    // A topical dose alone still makes the date a known 0 by default.
    JournalRecords bathOnly;
    bathOnly.intakes.push_back(intake(at(day, 20, 0), Nutrient::Magnesium, 150, Route::Topical));
    CHECK(JournalSeries::fromRecords(bathOnly).exposure(Exposure::MagnesiumMg).at(day) == 0.0);
}

TEST_CASE("night outcomes are defined only where computable")
{
    JournalRecords records;
    const Date scored = date(2026, 11, 16);
    const Date quick = date(2026, 11, 17);
    SleepDiaryTimes sleep;
    sleep.intoBed = at(scored, 22, 30);
    sleep.lightsOut = at(scored, 22, 45);
    sleep.sleepLatencyMin = 25;
    sleep.awakenings = 2;
    sleep.wasoMin = 30;
    sleep.finalWake = at(date(2026, 11, 17), 6, 30);
    sleep.outOfBed = at(date(2026, 11, 17), 6, 45);
    records.nights.push_back(night(scored, 23, 6, sleep));
    records.nights.push_back(night(quick, std::nullopt, 4));

    const JournalSeries series = JournalSeries::fromRecords(records);
    CHECK(series.outcome(Outcome::IrlsTotal).at(scored) == 23.0);
    CHECK_FALSE(series.outcome(Outcome::IrlsTotal).at(quick));
    CHECK(series.outcome(Outcome::Severity).at(quick) == 4.0);
    // TIB 22:30-06:45 = 495 min; TST = 465 - 25 - 30 = 410 min.
    checkStatistic(series.outcome(Outcome::SleepEfficiency).at(scored), 410.0 / 495.0 * 100.0);
    CHECK_FALSE(series.outcome(Outcome::SleepEfficiency).at(quick));
    CHECK(series.nightDates().size() == 2);
}

TEST_CASE("variable ids round-trip and unknown ids name the field")
{
    for (const Exposure exposure : allExposures())
        CHECK(*parseExposure(exposureId(exposure)) == exposure);
    for (const Outcome outcome : allOutcomes())
        CHECK(*parseOutcome(outcomeId(outcome)) == outcome);
    const auto bad = parseOutcome("irls", "--outcome");
    REQUIRE_FALSE(bad);
    CHECK(bad.error().field == "--outcome");
    CHECK(bad.error().message().find("irls_total") != std::string::npos);
}

TEST_CASE("the 7-day moving average needs at least 4 nights of the trailing 7 days")
{
    // reference.R: for day d, the mean of z[d - 6 .. d] when at least 4 of them are not NA.
    const Date first = date(2026, 1, 1);
    const std::optional<double> z[] = {10, 12,           14,           std::nullopt, 11,
                                       13, std::nullopt, std::nullopt, 20,           30,
                                       25, std::nullopt, std::nullopt, std::nullopt};
    DatedSeries series;
    for (int d = 0; d < 14; ++d)
        if (z[d])
            series.set(addDays(first, d), *z[d]);
    const DatedSeries average = movingAverage(series, first, addDays(first, 13));
    const std::optional<double> expected[] = {std::nullopt,
                                              std::nullopt,
                                              std::nullopt,
                                              std::nullopt,
                                              11.75,
                                              12,
                                              12,
                                              12.5,
                                              14.5,
                                              18.5,
                                              19.800000000000001,
                                              22,
                                              std::nullopt,
                                              std::nullopt};
    for (int d = 0; d < 14; ++d) {
        INFO("day " << d + 1);
        if (expected[d])
            checkStatistic(average.at(addDays(first, d)), *expected[d]);
        else
            CHECK_FALSE(average.at(addDays(first, d))); // a gap, never 0 or a 3-night mean
    }
    CHECK(average.size() == 8);
    // The tooltip's count: day 12 is the mean of 4 nights, day 13 has only 3 in its window.
    CHECK(valuesInWindow(series, addDays(first, 11)) == 4);
    CHECK(valuesInWindow(series, addDays(first, 12)) == 3);
    // Values before `from` still count in the first windows.
    const DatedSeries late = movingAverage(series, addDays(first, 6), addDays(first, 6));
    checkStatistic(late.at(addDays(first, 6)), 12);
    // The minimum is a parameter: with 1 a single night is its own average.
    checkStatistic(movingAverage(series, first, first, 7, 1).at(first), 10);
}

TEST_CASE("a chart line breaks where a night is missing")
{
    const Date first = date(2026, 3, 1);
    const std::vector<Date> nights{first,
                                   addDays(first, 1),
                                   addDays(first, 2),
                                   addDays(first, 4),
                                   addDays(first, 7),
                                   addDays(first, 8)};
    CHECK(runStarts(nights) == std::vector<std::size_t>{0, 3, 4});
    CHECK(runStarts(std::vector<Date>{}).empty());
    CHECK(runStarts(std::vector<Date>{first}) == std::vector<std::size_t>{0});
    // Weekly points (Mondays): a week without a value breaks the line.
    const std::vector<Date> mondays{date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 23)};
    CHECK(runStarts(mondays, 7) == std::vector<std::size_t>{0, 2});
}

} // namespace QUIETLEGS_TEST_FILE
