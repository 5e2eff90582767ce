#include "quietlegs/analysis/PeriodSummary.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Date day(const char* text)
{
    return *parseDate(text);
}

LocalDateTime at(const char* text)
{
    return *parseLocalDateTime(text, "test");
}

Night night(const char* date, std::optional<int> itemScore, std::optional<int> severity,
            SleepDiaryTimes sleep = {})
{
    NightEntry entry;
    entry.date = day(date);
    if (itemScore)
        entry.irls = *IrlsScore::fromItems(std::vector<int>(kIrlsItemCount, *itemScore));
    entry.severity = severity;
    entry.sleep = sleep;
    return *Night::create(entry);
}

SleepDiaryTimes sleep(const char* intoBed, const char* lightsOut, int sol, int waso,
                      const char* finalWake, const char* outOfBed)
{
    return SleepDiaryTimes{at(intoBed), at(lightsOut), sol, 0, waso, at(finalWake), at(outOfBed)};
}

Intake intake(const char* when, Nutrient nutrient, const char* form, std::optional<double> compound,
              std::optional<double> elemental, const char* label, Route route = Route::Oral)
{
    return *Intake::create(
        IntakeEntry{at(when), nutrient, form, route, compound, elemental, label});
}

/// A week, 2026-03-02 (Mon) to 2026-03-08, with records on both sides of it. The expected
/// figures in the tests below are worked out by hand from these records.
JournalRecords weekOfRecords()
{
    JournalRecords records;
    // TIB 540, TST (480 - 30 - 30) = 420: SE 77.78 %.
    records.nights.push_back(night("2026-03-02", 2, 5,
                                   sleep("2026-03-02T22:00", "2026-03-02T22:30", 30, 30,
                                         "2026-03-03T06:30", "2026-03-03T07:00")));
    // TIB = TST = 480: SE 100 %.
    records.nights.push_back(night("2026-03-03", std::nullopt, 3,
                                   sleep("2026-03-03T23:00", "2026-03-03T23:00", 0, 0,
                                         "2026-03-04T07:00", "2026-03-04T07:00")));
    records.nights.push_back(night("2026-03-04", 1, std::nullopt));
    records.nights.push_back(night("2026-03-01", 4, 10)); // before the period

    const auto mg = Nutrient::Magnesium;
    records.intakes = {
        intake("2026-03-02T19:00", mg, "food", std::nullopt, 150, "Meals"),
        intake("2026-03-02T21:00", mg, "glycinate", std::nullopt, 200, "Mg bisglycinate"),
        // 00:30 belongs to the evening before: 2026-03-02 has 400 mg supplemental.
        intake("2026-03-03T00:30", mg, "glycinate", std::nullopt, 200, "Mg bisglycinate"),
        intake("2026-03-02T20:00", mg, "sulfate", 250000, std::nullopt, "Epsom bath",
               Route::Topical), // 24750 mg elemental, never counted toward the limit
        intake("2026-03-05T21:00", mg, "citrate", 1250, std::nullopt, "Mg citrate"), // 200 mg
        intake("2026-03-05T08:00", Nutrient::Iron, "bisglycinate", std::nullopt, 25, "Iron"),
        // Belongs to 2026-03-08, inside the period.
        intake("2026-03-09T01:00", mg, "glycinate", std::nullopt, 100, "Mg bisglycinate"),
        // Outside: 2026-03-09 evening, and 03:00 on 2026-03-02 (journal date 2026-03-01).
        intake("2026-03-09T21:00", mg, "glycinate", std::nullopt, 300, "Mg bisglycinate"),
        intake("2026-03-02T03:00", mg, "glycinate", std::nullopt, 500, "Mg bisglycinate"),
    };
    records.daily.push_back(
        *DailyFactors::create(DailyFactorsEntry{day("2026-03-06"), 100.0, {}, {}, {}}));
    records.labs = {
        *LabResult::create(day("2025-12-01"), LabTest::Ferritin, 40, "ug/L"),
        *LabResult::create(day("2026-03-03"), LabTest::Ferritin, 80, "ug/L"),
        *LabResult::create(day("2026-04-01"), LabTest::Ferritin, 120, "ug/L"), // after the period
        *LabResult::create(day("2026-01-10"), LabTest::Tsat, 18, "%"),
    };
    return records;
}

} // namespace

TEST_CASE("period summary counts the nights of the period and averages each outcome where defined")
{
    const PeriodSummary summary =
        summarizePeriod(weekOfRecords(), day("2026-03-02"), day("2026-03-08"));
    CHECK(summary.nightsLogged == 3);
    CHECK(summary.irlsNights == 2);
    CHECK(*summary.irlsMean == Approx(15.0)); // (20 + 10) / 2
    CHECK(summary.irlsBand == IrlsBand::Moderate);
    CHECK(summary.severityNights == 2);
    CHECK(*summary.severityMean == Approx(4.0));
    CHECK(summary.sleepEfficiencyNights == 2);
    CHECK(*summary.sleepEfficiencyMean == Approx((420.0 / 540.0 * 100 + 100) / 2));
}

TEST_CASE("period summary averages magnesium over every date with a record, by source")
{
    const PeriodSummary summary =
        summarizePeriod(weekOfRecords(), day("2026-03-02"), day("2026-03-08"));
    // Dates with a record: nights 02, 03, 04; intakes 02, 05, 08; daily 06.
    CHECK(summary.recordDays == 6);
    CHECK(*summary.supplementMagnesiumMean == Approx((400.0 + 200 + 100) / 6));
    CHECK(*summary.foodMagnesiumMean == Approx(150.0 / 6));
    CHECK(*summary.topicalMagnesiumMean == Approx(24750.0 / 6));
    CHECK(*summary.oralIronMean == Approx(25.0 / 6));
}

TEST_CASE("days over the supplemental limit count supplements only, with a configurable limit")
{
    const JournalRecords records = weekOfRecords();
    // 2026-03-02: 400 mg supplemental (food 150 and a 24750 mg Epsom bath do not count).
    CHECK(
        summarizePeriod(records, day("2026-03-02"), day("2026-03-08")).daysOverSupplementalLimit ==
        1);
    PeriodSummaryOptions efsa;
    efsa.supplementalMagnesiumLimitMg = 150;
    const PeriodSummary strict =
        summarizePeriod(records, day("2026-03-02"), day("2026-03-08"), efsa);
    CHECK(strict.daysOverSupplementalLimit == 2); // 400 and 200 mg
    CHECK(strict.supplementalMagnesiumLimitMg == 150);
}

TEST_CASE(
    "period summary gives the latest lab of each test up to the period's end with its AASM flag")
{
    const PeriodSummary summary =
        summarizePeriod(weekOfRecords(), day("2026-03-02"), day("2026-03-08"));
    REQUIRE(summary.latestLabs.size() == 2);
    CHECK(summary.latestLabs[0].result.test() == LabTest::Ferritin);
    CHECK(summary.latestLabs[0].result.value() == 80);
    CHECK(summary.latestLabs[0].flag == IronFlag::IvIronOnly);
    CHECK(summary.latestLabs[1].result.test() == LabTest::Tsat);
    CHECK(summary.latestLabs[1].flag == IronFlag::LowSaturation);
}

TEST_CASE("period summary lists each supplement with its days and median daily dose, food left out")
{
    const PeriodSummary summary =
        summarizePeriod(weekOfRecords(), day("2026-03-02"), day("2026-03-08"));
    REQUIRE(summary.supplements.size() == 4);
    const SupplementUse& first = summary.supplements.front();
    CHECK(first.label == "Mg bisglycinate");
    CHECK(first.form == "glycinate");
    CHECK(first.days == 2);                                // 2026-03-02 and 2026-03-08
    CHECK(first.typicalDailyElementalMg == Approx(250.0)); // median of 400 and 100
    for (const SupplementUse& use : summary.supplements) {
        CHECK(use.form != "food");
        if (use.label == "Epsom bath") {
            CHECK(use.route == Route::Topical);
            CHECK(use.typicalDailyElementalMg == Approx(24750.0));
        }
    }
}

TEST_CASE("an empty period has no means, no band and no days over the limit")
{
    const PeriodSummary summary =
        summarizePeriod(weekOfRecords(), day("2025-01-01"), day("2025-01-31"));
    CHECK(summary.nightsLogged == 0);
    CHECK(summary.recordDays == 0);
    CHECK_FALSE(summary.irlsMean);
    CHECK_FALSE(summary.irlsBand);
    CHECK_FALSE(summary.sleepEfficiencyMean);
    CHECK_FALSE(summary.supplementMagnesiumMean);
    CHECK(summary.daysOverSupplementalLimit == 0);
    CHECK(summary.latestLabs.empty()); // every lab is dated after the period
}

TEST_CASE("the band of the mean IRLS-style total uses the mean rounded to a whole score")
{
    JournalRecords records;
    // Totals 10 and 11: mean 10.5 rounds to 11, moderate (domain.md: 11-20).
    NightEntry a{
        day("2026-03-02"), *IrlsScore::fromItems({1, 1, 1, 1, 1, 1, 1, 1, 1, 1}), {}, {}, "", "", {}, {}, {}};
    NightEntry b{
        day("2026-03-03"), *IrlsScore::fromItems({2, 1, 1, 1, 1, 1, 1, 1, 1, 1}), {}, {}, "", "", {}, {}, {}};
    records.nights = {*Night::create(a), *Night::create(b)};
    const PeriodSummary summary = summarizePeriod(records, day("2026-03-02"), day("2026-03-03"));
    CHECK(*summary.irlsMean == Approx(10.5));
    CHECK(summary.irlsBand == IrlsBand::Moderate);
}

} // namespace QUIETLEGS_TEST_FILE
