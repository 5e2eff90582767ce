#include "quietlegs/core/SleepDiary.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono_literals;

namespace {

LocalDateTime at(const char* text)
{
    return *parseLocalDateTime(text, "test");
}

SleepDiaryTimes typicalNight()
{
    // The interchange-v1.md example night.
    return SleepDiaryTimes{at("2026-11-20T22:30"), at("2026-11-20T22:45"), 25, 2, 30,
                           at("2026-11-21T06:30"), at("2026-11-21T06:45")};
}

} // namespace

TEST_CASE("sleep efficiency counts only time asleep after lights out, across midnight")
{
    auto diary = SleepDiary::create(typicalNight());
    REQUIRE(diary.ok());
    auto metrics = diary->metrics();
    REQUIRE(metrics);
    CHECK(metrics->timeInBedMin == 8 * 60 + 15);              // 22:30 -> 06:45
    CHECK(metrics->totalSleepMin == 7 * 60 + 45 - 25 - 30);   // (06:30 - 22:45) - SOL - WASO
    CHECK(*metrics->efficiencyPercent == Approx(100.0 * 410 / 495).epsilon(1e-12));
}

TEST_CASE("sleep metrics need every time plus SOL and WASO")
{
    auto times = typicalNight();
    times.wasoMin.reset();
    auto diary = SleepDiary::create(times);
    REQUIRE(diary.ok());
    CHECK_FALSE(diary->metrics());
}

TEST_CASE("sleep efficiency is undefined when time in bed is zero")
{
    const auto t = at("2026-11-20T23:00");
    auto diary = SleepDiary::create(SleepDiaryTimes{t, t, 0, 0, 0, t, t});
    REQUIRE(diary.ok());
    REQUIRE(diary->metrics());
    CHECK_FALSE(diary->metrics()->efficiencyPercent);
}

TEST_CASE("out of bed before final wake is refused, naming both")
{
    auto times = typicalNight();
    times.outOfBed = at("2026-11-21T06:20");
    auto diary = SleepDiary::create(times);
    REQUIRE_FALSE(diary.ok());
    CHECK(diary.error().field == "out_of_bed");
    CHECK(diary.error().rule == "is before final wake (06:30)");
}

TEST_CASE("lights out before into bed is refused")
{
    auto times = typicalNight();
    times.lightsOut = at("2026-11-20T22:00");
    auto diary = SleepDiary::create(times);
    REQUIRE_FALSE(diary.ok());
    CHECK(diary.error().field == "lights_out");
}

TEST_CASE("a night of 24 hours or more is refused")
{
    auto times = typicalNight();
    times.outOfBed = at("2026-11-22T04:30"); // 30 hours after into bed
    times.finalWake = at("2026-11-22T04:00");
    auto diary = SleepDiary::create(times);
    REQUIRE_FALSE(diary.ok());
    CHECK(diary.error().rule.find("less than 24 hours") != std::string::npos);
}

TEST_CASE("minutes to fall asleep plus minutes awake cannot exceed the night")
{
    auto times = typicalNight();
    times.sleepLatencyMin = 400;
    times.wasoMin = 100; // 500 > 465 minutes from lights out to final wake
    auto diary = SleepDiary::create(times);
    REQUIRE_FALSE(diary.ok());
    CHECK(diary.error().field == "waso_min");
}

TEST_CASE("negative or absurd durations are refused")
{
    auto times = typicalNight();
    times.sleepLatencyMin = -5;
    CHECK(SleepDiary::create(times).error().field == "sleep_latency_min");
    times = typicalNight();
    times.awakenings = 101;
    CHECK(SleepDiary::create(times).error().field == "awakenings");
}

TEST_CASE("typed clock times are placed across midnight")
{
    const Date night = *parseDate("2026-11-20");
    const auto intoBed = placeBedtime(night, 22h + 30min);
    CHECK(formatLocalDateTime(intoBed) == "2026-11-20T22:30");
    const auto lightsOut = placeNear(intoBed, 22h + 45min);
    const auto finalWake = placeNear(lightsOut, 6h + 30min);
    CHECK(formatLocalDateTime(finalWake) == "2026-11-21T06:30");
    // Going to bed after midnight still belongs to the evening before.
    CHECK(formatLocalDateTime(placeBedtime(night, 0h + 30min)) == "2026-11-21T00:30");
    // A slip of a few minutes stays on the same morning instead of adding a day.
    CHECK(formatLocalDateTime(placeNear(finalWake, 6h + 20min)) == "2026-11-21T06:20");
}

} // namespace QUIETLEGS_TEST_FILE
