#include "quietlegs/core/WeeklyReminderSchedule.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {
// Sunday 15 March 2026 and the days around it.
const Date kSaturday{year{2026}, month{3}, day{14}};
const Date kSunday{year{2026}, month{3}, day{15}};
const Date kMonday{year{2026}, month{3}, day{16}};
const auto kNever = [](Date) { return false; };
} // namespace

TEST_CASE("the weekly check-in reminder comes on its weekday at its time, once")
{
    WeeklyReminderSchedule schedule(Sunday, hours{19}, atTime(kSaturday, hours{12}));
    CHECK_FALSE(schedule.take(atTime(kSaturday, hours{20}), kNever)); // not its day
    CHECK_FALSE(schedule.take(atTime(kSunday, hours{18} + minutes{59}), kNever));
    CHECK(schedule.take(atTime(kSunday, hours{19}), kNever) == kSunday);
    CHECK_FALSE(schedule.take(atTime(kSunday, hours{19} + minutes{1}), kNever));
    CHECK_FALSE(schedule.take(atTime(kMonday, hours{19}), kNever));
    // A week later it comes again.
    CHECK(schedule.take(atTime(addDays(kSunday, 7), hours{21}), kNever) == addDays(kSunday, 7));
}

TEST_CASE("the weekly reminder stays quiet when the week has its check-in")
{
    WeeklyReminderSchedule schedule(Sunday, hours{19}, atTime(kSaturday, hours{12}));
    bool asked = false;
    CHECK_FALSE(schedule.take(atTime(kSunday, hours{20}), [&](Date day) {
        asked = true;
        return day == kSunday;
    }));
    CHECK(asked);
}

TEST_CASE("a weekly reminder already due at start-up is given; a changed time counts from now")
{
    WeeklyReminderSchedule started(Sunday, hours{9}, atTime(kSunday, hours{10}));
    CHECK(started.take(atTime(kSunday, hours{10}), kNever) == kSunday);

    WeeklyReminderSchedule changed(Sunday, hours{19}, atTime(kSaturday, hours{12}));
    changed.setTime(Sunday, hours{9}, atTime(kSunday, hours{10}));
    CHECK_FALSE(changed.take(atTime(kSunday, hours{11}), kNever));
    changed.setTime(std::nullopt, hours{9}, atTime(kSunday, hours{10}));
    CHECK_FALSE(changed.take(atTime(addDays(kSunday, 7), hours{11}), kNever));
}

} // namespace QUIETLEGS_TEST_FILE
