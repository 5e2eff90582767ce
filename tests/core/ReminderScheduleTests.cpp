#include "quietlegs/core/ReminderSchedule.h"

#include <catch2/catch.hpp>

#include <set>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {
const Date kMarch13{year{2026}, month{3}, day{13}};
const Date kMarch14{year{2026}, month{3}, day{14}};
const ReminderTimes kBoth{hours{22}, hours{8}};

struct FakeJournal
{
    std::set<Date> logged;
    bool operator()(Date night) const { return logged.count(night) > 0; }
};
} // namespace

TEST_CASE("the bedtime reminder comes once, at the chosen time, for tonight")
{
    ReminderSchedule schedule(kBoth, atTime(kMarch14, hours{20}));
    const FakeJournal journal{{kMarch13}};
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{21} + minutes{59}), journal));
    CHECK(schedule.take(atTime(kMarch14, hours{22}), journal) ==
          DueReminder{ReminderKind::Bedtime, kMarch14});
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{22} + minutes{1}), journal));
    // The next evening it comes again.
    CHECK(schedule.take(atTime(addDays(kMarch14, 1), hours{22}), journal)->night ==
          Date{year{2026}, month{3}, day{15}});
}

TEST_CASE("a bedtime reminder more than two hours late is dropped, not shown")
{
    ReminderSchedule schedule({hours{21}, std::nullopt}, atTime(kMarch14, hours{12}));
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{23} + minutes{1}), FakeJournal{}));
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{23} + minutes{30}), FakeJournal{}));
}

TEST_CASE("a bedtime after midnight reminds of the evening before")
{
    ReminderSchedule schedule({minutes{30}, std::nullopt}, atTime(kMarch13, hours{20}));
    CHECK(schedule.take(atTime(kMarch14, minutes{30}), FakeJournal{}) ==
          DueReminder{ReminderKind::Bedtime, kMarch13});
}

TEST_CASE("the morning reminder asks for last night only while it is not logged")
{
    SECTION("not logged: one reminder for the night that just ended")
    {
        ReminderSchedule schedule(kBoth, atTime(kMarch14, hours{6}));
        const FakeJournal journal;
        CHECK_FALSE(schedule.take(atTime(kMarch14, hours{7} + minutes{59}), journal));
        CHECK(schedule.take(atTime(kMarch14, hours{8}), journal) ==
              DueReminder{ReminderKind::Morning, kMarch13});
        CHECK_FALSE(schedule.take(atTime(kMarch14, hours{9}), journal));
    }
    SECTION("already logged: nothing, and nothing later that day either")
    {
        ReminderSchedule schedule(kBoth, atTime(kMarch14, hours{6}));
        FakeJournal journal{{kMarch13}};
        CHECK_FALSE(schedule.take(atTime(kMarch14, hours{8}), journal));
        journal.logged.clear();
        CHECK_FALSE(schedule.take(atTime(kMarch14, hours{9}), journal));
    }
}

TEST_CASE("a morning reminder is still given when the app starts after its time")
{
    // Started at login at 10:00, morning reminder at 08:00, last night not logged.
    ReminderSchedule schedule(kBoth, atTime(kMarch14, hours{10}));
    CHECK(schedule.take(atTime(kMarch14, hours{10}), FakeJournal{}) ==
          DueReminder{ReminderKind::Morning, kMarch13});
}

TEST_CASE("from the evening on the morning reminder gives way to tonight")
{
    ReminderSchedule schedule(kBoth, atTime(kMarch14, hours{18}));
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{18}), FakeJournal{}));
}

TEST_CASE("changing the times counts from now: no reminder on the spot")
{
    ReminderSchedule schedule({}, atTime(kMarch14, hours{6}));
    schedule.setTimes(kBoth, atTime(kMarch14, hours{9}));
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{9}), FakeJournal{}));
    // Set before bedtime: tonight's bedtime reminder still comes.
    schedule.setTimes(kBoth, atTime(kMarch14, hours{21}));
    CHECK(schedule.take(atTime(kMarch14, hours{22}), FakeJournal{}) ==
          DueReminder{ReminderKind::Bedtime, kMarch14});
}

TEST_CASE("a reminder switched off never comes")
{
    ReminderSchedule schedule({}, atTime(kMarch14, hours{6}));
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{8}), FakeJournal{}));
    CHECK_FALSE(schedule.take(atTime(kMarch14, hours{22}), FakeJournal{}));
}

} // namespace QUIETLEGS_TEST_FILE
