#include "quietlegs/core/SleepClocks.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {
const Date kNight{year{2026}, month{3}, day{14}};
const Date kMorning{year{2026}, month{3}, day{15}};
} // namespace

TEST_CASE("typed clocks 22:30, 22:45, 06:30, 06:50 cross midnight into the next morning")
{
    auto t = placeSleepClocks(kNight, SleepClocks{hours{22} + minutes{30}, hours{22} + minutes{45},
                                                  hours{6} + minutes{30}, hours{6} + minutes{50}});
    CHECK(*t.intoBed == atTime(kNight, hours{22} + minutes{30}));
    CHECK(*t.lightsOut == atTime(kNight, hours{22} + minutes{45}));
    CHECK(*t.finalWake == atTime(kMorning, hours{6} + minutes{30}));
    CHECK(*t.outOfBed == atTime(kMorning, hours{6} + minutes{50}));
}

TEST_CASE("a bedtime after midnight goes on the next calendar day")
{
    auto t = placeSleepClocks(
        kNight, SleepClocks{hours{0} + minutes{40}, std::nullopt, hours{8}, std::nullopt});
    CHECK(*t.intoBed == atTime(kMorning, minutes{40}));
    CHECK(*t.finalWake == atTime(kMorning, hours{8}));
}

TEST_CASE("a wake time alone is the morning after the night")
{
    auto t =
        placeSleepClocks(kNight, SleepClocks{std::nullopt, std::nullopt, hours{7}, std::nullopt});
    CHECK(*t.finalWake == atTime(kMorning, hours{7}));
    CHECK_FALSE(t.intoBed.has_value());
}

TEST_CASE("out of bed typed before final wake stays out of order so validation can say so")
{
    auto t = placeSleepClocks(
        kNight, SleepClocks{hours{22}, hours{22}, hours{6} + minutes{30}, hours{6} + minutes{20}});
    CHECK(*t.outOfBed < *t.finalWake);
    auto diary = SleepDiary::create(t);
    REQUIRE_FALSE(diary.ok());
    CHECK(diary.error().field == "out_of_bed");
}

} // namespace QUIETLEGS_TEST_FILE
