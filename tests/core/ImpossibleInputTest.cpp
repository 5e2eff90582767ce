// Issue 6: the core constructors refuse impossible values, naming the field, so that no
// front end (CLI, GUI, importer) can store them. The CLI side is tests/cli/RefusedInputTest.cpp.
#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Intake.h"
#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/Night.h"

#include <catch2/catch.hpp>
#include <limits>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {

LocalDateTime when(const char* text)
{
    return parseLocalDateTime(text, "test").value();
}

} // namespace

TEST_CASE("a night longer than 24 hours is refused at the time that breaks it")
{
    NightEntry entry;
    entry.date = Date{year{2026}, January, day{10}};
    entry.sleep.intoBed = when("2026-01-10T20:00");
    entry.sleep.lightsOut = when("2026-01-10T20:30");
    entry.sleep.finalWake = when("2026-01-11T06:00");
    entry.sleep.outOfBed = when("2026-01-12T02:00"); // 30 hours after going to bed
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "out_of_bed");
    CHECK_THAT(night.error().rule, Catch::Contains("24 hours"));
}

TEST_CASE("waking before going to bed is refused")
{
    NightEntry entry;
    entry.date = Date{year{2026}, January, day{10}};
    entry.sleep.intoBed = when("2026-01-10T23:00");
    entry.sleep.finalWake = when("2026-01-10T22:00");
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "final_wake");
}

TEST_CASE("dates and times that do not exist are refused with the field named")
{
    for (const char* text :
         {"2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-1-10", ""}) {
        INFO(text);
        auto date = parseDate(text, "--date");
        REQUIRE_FALSE(date.ok());
        CHECK(date.error().field == "--date");
    }
    CHECK(parseDate("2024-02-29").ok()); // a leap day exists
    for (const char* text : {"25:61", "24:00", "23:60", "7:30", "-1:00"}) {
        INFO(text);
        REQUIRE_FALSE(parseClockTime(text, "--into-bed").ok());
    }
    REQUIRE_FALSE(parseLocalDateTime("2026-02-30T08:00", "taken_at").ok());
    REQUIRE_FALSE(parseLocalDateTime("2026-01-10T25:61", "taken_at").ok());
}

TEST_CASE("IRLS-style scores need exactly ten items of 0 to 4")
{
    CHECK_FALSE(IrlsScore::fromItems({5, 0, 0, 0, 0, 0, 0, 0, 0, 0}).ok());
    CHECK_FALSE(IrlsScore::fromItems({-1, 0, 0, 0, 0, 0, 0, 0, 0, 0}).ok());
    CHECK_FALSE(IrlsScore::fromItems({1, 1, 1, 1, 1, 1, 1, 1, 1}).ok());
    CHECK_FALSE(IrlsScore::fromItems({1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}).ok());
    auto item5 = IrlsScore::fromItems({0, 0, 0, 0, 5, 0, 0, 0, 0, 0});
    REQUIRE_FALSE(item5.ok());
    CHECK(item5.error().field == "irls_items[4]");
    CHECK(IrlsScore::fromItems({4, 4, 4, 4, 4, 4, 4, 4, 4, 4}).ok());
}

TEST_CASE("negative, non-finite and absurd doses are refused")
{
    IntakeEntry entry;
    entry.takenAt = when("2026-01-10T08:00");
    entry.nutrient = Nutrient::Magnesium;
    entry.form = "glycinate";
    for (double dose : {-200.0, 0.0, std::numeric_limits<double>::quiet_NaN(),
                        std::numeric_limits<double>::infinity(), 1e9}) {
        INFO(dose);
        entry.compoundMg = dose;
        auto intake = Intake::create(entry);
        REQUIRE_FALSE(intake.ok());
        CHECK(intake.error().field == "compound_mg");
    }
    entry.compoundMg = 500;
    CHECK(Intake::create(entry).ok());
}

} // namespace QUIETLEGS_TEST_FILE
