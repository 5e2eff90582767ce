#include "quietlegs/core/DailyFactors.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/core/Night.h"
#include "quietlegs/core/SafetyRules.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

const Date kDate = *parseDate("2026-10-02");

LabResult lab(LabTest test, double value, const char* unit)
{
    return *LabResult::create(kDate, test, value, unit);
}

} // namespace

TEST_CASE("ferritin 74 is flagged for iron, 76 only for IV iron, 101 not at all (AASM 2024)")
{
    CHECK(ironFlagOf(lab(LabTest::Ferritin, 74, "ug/L")) == IronFlag::OralOrIvIron);
    CHECK(ironFlagOf(lab(LabTest::Ferritin, 75, "ng/mL")) == IronFlag::OralOrIvIron);
    CHECK(ironFlagOf(lab(LabTest::Ferritin, 76, "ug/L")) == IronFlag::IvIronOnly);
    CHECK(ironFlagOf(lab(LabTest::Ferritin, 100, "ug/L")) == IronFlag::IvIronOnly);
    CHECK(ironFlagOf(lab(LabTest::Ferritin, 101, "ug/L")) == IronFlag::None);
    CHECK(ironFlagText(IronFlag::OralOrIvIron).find("AASM 2024") != std::string_view::npos);
}

TEST_CASE("transferrin saturation below 20 percent is flagged")
{
    CHECK(ironFlagOf(lab(LabTest::Tsat, 19.9, "%")) == IronFlag::LowSaturation);
    CHECK(ironFlagOf(lab(LabTest::Tsat, 20, "%")) == IronFlag::None);
}

TEST_CASE("lab units are converted for display")
{
    CHECK(lab(LabTest::SerumMagnesium, 2.4305, "mg/dL").valueInDisplayUnit() == Approx(1.0));
    CHECK(lab(LabTest::Hemoglobin, 135, "g/L").valueInDisplayUnit() == Approx(13.5));
    CHECK(loincCode(LabTest::SerumMagnesium, "mmol/L") == "2601-3");
    CHECK(loincCode(LabTest::SerumMagnesium, "mg/dL") == "19123-9");
}

TEST_CASE("impossible lab values and wrong units are refused")
{
    CHECK(LabResult::create(kDate, LabTest::Tsat, 140, "%").error().field == "value");
    CHECK(LabResult::create(kDate, LabTest::Ferritin, 48, "mg/dL").error().field == "unit");
    CHECK(LabResult::create(kDate, LabTest::Hemoglobin, -1, "g/dL").error().field == "value");
}

TEST_CASE("daily factors refuse negative or absurd values, naming the field")
{
    CHECK(DailyFactors::create({kDate, 190, 1.5, 30, 4}).ok());
    CHECK(DailyFactors::create({kDate, -1, {}, {}, {}}).error().field == "caffeine_mg");
    CHECK(DailyFactors::create({kDate, {}, {}, {}, 11}).error().field == "stress");
    CHECK(DailyFactors::create({kDate, {}, 500, {}, {}}).error().field == "alcohol_units");
    CHECK(DailyFactors::create({kDate, {}, {}, 2000, {}}).error().field == "exercise_min");
}

TEST_CASE("grams of pure alcohol become UK units of 8 g, to a tenth of a unit")
{
    CHECK(alcoholUnitsFromGrams(16) == 2.0);
    CHECK(alcoholUnitsFromGrams(14) == 1.8); // 1.75 units, shown as the field holds it
    CHECK(alcoholUnitsFromGrams(0) == 0.0);
    CHECK(alcoholUnitsFromGrams(25.6) == Approx(3.2));
}

TEST_CASE("a night must start on its journal date")
{
    NightEntry entry;
    entry.date = *parseDate("2026-11-20");
    entry.sleep.intoBed = *parseLocalDateTime("2026-11-21T00:30", "t"); // after midnight: fine
    CHECK(Night::create(entry).ok());
    entry.sleep.intoBed = *parseLocalDateTime("2026-11-21T22:30", "t"); // the next evening
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "into_bed");
}

TEST_CASE("a night logged with wake times only ends in its own night's reach")
{
    NightEntry entry;
    entry.date = *parseDate("2026-11-20");
    entry.sleep.finalWake = *parseLocalDateTime("2026-11-21T06:30", "t"); // the morning after
    entry.sleep.outOfBed = *parseLocalDateTime("2026-11-21T07:00", "t");
    CHECK(Night::create(entry).ok());
    // Two mornings later no bedtime on the 20th (before 04:00 on the 21st) reaches it in 24 h.
    entry.sleep.finalWake = *parseLocalDateTime("2026-11-22T06:30", "t");
    entry.sleep.outOfBed = *parseLocalDateTime("2026-11-22T07:00", "t");
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "final_wake");
    // Nor a wake before the journal day even began.
    entry.sleep.finalWake.reset();
    entry.sleep.outOfBed = *parseLocalDateTime("2026-11-20T03:00", "t");
    CHECK(Night::create(entry).error().field == "out_of_bed");
    // A lights-out with no into-bed is the bedtime checked.
    entry.sleep.outOfBed.reset();
    entry.sleep.lightsOut = *parseLocalDateTime("2026-11-21T23:00", "t");
    CHECK(Night::create(entry).error().field == "lights_out");
}

TEST_CASE("quick severity is 0 to 10")
{
    NightEntry entry;
    entry.date = *parseDate("2026-11-20");
    entry.severity = 11;
    CHECK(Night::create(entry).error().field == "severity");
    entry.severity = 10;
    CHECK(Night::create(entry).ok());
}

TEST_CASE("the demo journal is deterministic and realistic")
{
    const Date end = *parseDate("2026-11-24");
    const auto a = demoJournal(end, 365, 7);
    const auto b = demoJournal(end, 365, 7);
    CHECK(a.nights == b.nights);
    CHECK(a.intakes == b.intakes);
    CHECK(a.nights.size() > 300);
    CHECK(a.nights.size() < 365); // some days are missing
    CHECK(a.labs.size() >= 4);
    // Some magnesium is taken after midnight and so belongs to the evening before.
    bool lateDose = false;
    for (const Intake& intake : a.intakes)
        lateDose = lateDose || (intake.nutrient() == Nutrient::Magnesium
                                && intake.journalDate() != dateOf(intake.takenAt()));
    CHECK(lateDose);
    const auto other = demoJournal(end, 365, 8);
    CHECK_FALSE(other.nights == a.nights);
}

} // namespace QUIETLEGS_TEST_FILE
