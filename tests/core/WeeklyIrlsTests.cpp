#include "quietlegs/core/Night.h"
#include "quietlegs/core/WeeklyIrls.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {

Date ymd(int y, unsigned m, unsigned d)
{
    return year{y} / month{m} / d;
}

NightEntry nightOf(Date date)
{
    NightEntry entry;
    entry.date = date;
    entry.timeZone = "Etc/UTC";
    return entry;
}

} // namespace

TEST_CASE("a weekly check-in totals its ten items and bands the total as interchange-v2 names it")
{
    auto week =
        WeeklyIrls::create({ymd(2026, 11, 29), {4, 4, 4, 4, 3, 3, 3, 3, 2, 1}, "manual", ""});
    REQUIRE(week.ok());
    CHECK(week->total() == 31);
    CHECK(week->band() == IrlsBand::VerySevere);
    CHECK(irlsBandId(week->band()) == "very_severe");
    CHECK(irlsBandId(IrlsBand::Moderate) == "moderate");
    CHECK(week->source() == "manual");
}

TEST_CASE("a weekly check-in with nine items or an item of 5 is refused, naming the item")
{
    auto short_ =
        WeeklyIrls::create({ymd(2026, 11, 29), {1, 1, 1, 1, 1, 1, 1, 1, 1}, "manual", ""});
    REQUIRE_FALSE(short_.ok());
    CHECK(short_.error().field == "irls_items");
    auto five =
        WeeklyIrls::create({ymd(2026, 11, 29), {1, 1, 5, 1, 1, 1, 1, 1, 1, 1}, "manual", ""});
    REQUIRE_FALSE(five.ok());
    CHECK(five.error().field == "irls_items[2]");
    auto badDate =
        WeeklyIrls::create({year{2026} / 2 / 30, {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "manual", ""});
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().field == "week_ending");
    auto source =
        WeeklyIrls::create({ymd(2026, 11, 29), {0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, "fax", ""});
    REQUIRE_FALSE(source.ok());
    CHECK(source.error().field == "source");
}

TEST_CASE("a week ends on Sunday for Monday weeks and on Saturday for Sunday weeks")
{
    // 2026-12-07 is a Monday.
    CHECK(weekEndingOf(ymd(2026, 12, 7), WeekStart::Monday) == ymd(2026, 12, 13));
    CHECK(weekEndingOf(ymd(2026, 12, 13), WeekStart::Monday) == ymd(2026, 12, 13));
    CHECK(weekEndingOf(ymd(2026, 12, 6), WeekStart::Monday) == ymd(2026, 12, 6));
    CHECK(weekEndingOf(ymd(2026, 12, 6), WeekStart::Sunday) == ymd(2026, 12, 12));
    CHECK(weekEndingOf(ymd(2026, 12, 12), WeekStart::Sunday) == ymd(2026, 12, 12));
    CHECK(weekEndingOf(ymd(2026, 12, 5), WeekStart::Sunday) == ymd(2026, 12, 5));
}

TEST_CASE("every IRLS area has its own 0 and 4 anchors, relief from moving not backwards")
{
    for (int i = 0; i < kIrlsItemCount; ++i) {
        CHECK_FALSE(irlsAreaLowAnchor(i).empty());
        CHECK_FALSE(irlsAreaHighAnchor(i).empty());
    }
    CHECK(irlsAreaLabel(2) == "Relief from moving");
    CHECK(irlsAreaLowAnchor(2).starts_with("Complete relief"));
    CHECK(irlsAreaHighAnchor(2) == "No relief at all");
    CHECK(irlsAreaLowAnchor(kIrlsItemCount).empty());
}

TEST_CASE(
    "symptom onset is placed like a bedtime: evening on the date, after midnight the next day")
{
    CHECK(placeSymptomOnset(ymd(2026, 12, 1), hours{21} + minutes{30}) ==
          atTime(ymd(2026, 12, 1), hours{21} + minutes{30}));
    CHECK(placeSymptomOnset(ymd(2026, 12, 1), hours{1}) == atTime(ymd(2026, 12, 2), hours{1}));
}

TEST_CASE("onset gives minutes before lights out and minutes after noon of the journal date")
{
    auto entry = nightOf(ymd(2026, 12, 1));
    entry.symptomOnset = atTime(ymd(2026, 12, 1), hours{21});
    entry.sleep.lightsOut = atTime(ymd(2026, 12, 1), hours{23});
    entry.rlsAwakenings = 2;
    entry.arms = true;
    auto night = Night::create(entry);
    REQUIRE(night.ok());
    CHECK(night->onsetMinBeforeLightsOut() == 120);
    CHECK(night->onsetMinAfterNoon() == 540);
    CHECK(night->rlsAwakenings() == 2);
    CHECK(night->arms() == true);

    // Symptoms starting after lights out: negative minutes before it; after midnight: > 720.
    entry.symptomOnset = atTime(ymd(2026, 12, 2), hours{1});
    auto late = Night::create(entry);
    REQUIRE(late.ok());
    CHECK(late->onsetMinBeforeLightsOut() == -120);
    CHECK(late->onsetMinAfterNoon() == 780);

    entry.sleep.lightsOut.reset();
    auto noLightsOut = Night::create(entry);
    REQUIRE(noLightsOut.ok());
    CHECK_FALSE(noLightsOut->onsetMinBeforeLightsOut().has_value());
    CHECK(noLightsOut->onsetMinAfterNoon() == 780);
}

TEST_CASE("an onset outside the night's journal day or 100 awakenings is refused, naming the field")
{
    auto entry = nightOf(ymd(2026, 12, 1));
    entry.symptomOnset = atTime(ymd(2026, 12, 2), hours{5});
    auto late = Night::create(entry);
    REQUIRE_FALSE(late.ok());
    CHECK(late.error().field == "symptom_onset");

    entry.symptomOnset.reset();
    entry.rlsAwakenings = 100;
    auto many = Night::create(entry);
    REQUIRE_FALSE(many.ok());
    CHECK(many.error().field == "rls_awakenings");
    entry.rlsAwakenings = -1;
    CHECK(Night::create(entry).error().field == "rls_awakenings");
    entry.rlsAwakenings = 99;
    CHECK(Night::create(entry).ok());
}

} // namespace QUIETLEGS_TEST_FILE
