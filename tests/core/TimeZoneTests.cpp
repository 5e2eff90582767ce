#include "quietlegs/core/Night.h"
#include "quietlegs/core/TimeZone.h"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

LocalDateTime at(const char* text)
{
    return *parseLocalDateTime(text, "test");
}

/// 22:00 to 06:00 in bed and asleep after 60 minutes, as issue 20 measured it.
NightEntry berlinNight(const char* date, const char* morning)
{
    NightEntry entry;
    entry.date = *parseDate(date);
    const std::string evening = std::string(date) + "T22:00";
    const std::string wake = std::string(morning) + "T06:00";
    entry.sleep = SleepDiaryTimes{at(evening.c_str()), at(evening.c_str()), 60, 0, 0,
                                  at(wake.c_str()),    at(wake.c_str())};
    entry.timeZone = "Europe/Berlin";
    return entry;
}

/// Sets TZ for one test and puts it back after.
class TzVariable
{
public:
    explicit TzVariable(const char* value)
    {
        if (const char* old = std::getenv("TZ"))
            m_old = old;
        if (value)
            ::setenv("TZ", value, 1);
        else
            ::unsetenv("TZ");
    }
    ~TzVariable()
    {
        if (m_old)
            ::setenv("TZ", m_old->c_str(), 1);
        else
            ::unsetenv("TZ");
    }

private:
    std::optional<std::string> m_old;
};

} // namespace

TEST_CASE("the spring-forward night is an hour shorter: sleep efficiency 85.7 %")
{
    auto night = Night::create(berlinNight("2026-03-28", "2026-03-29"));
    REQUIRE(night.ok());
    const auto metrics = night->sleepMetrics();
    REQUIRE(metrics);
    CHECK(metrics->timeInBedMin == 7 * 60);
    CHECK(metrics->totalSleepMin == 6 * 60);
    CHECK(*metrics->efficiencyPercent == Approx(85.714).margin(0.001));
}

TEST_CASE("the fall-back night is an hour longer: sleep efficiency 88.9 %")
{
    auto night = Night::create(berlinNight("2026-10-24", "2026-10-25"));
    REQUIRE(night.ok());
    const auto metrics = night->sleepMetrics();
    REQUIRE(metrics);
    CHECK(metrics->timeInBedMin == 9 * 60);
    CHECK(metrics->totalSleepMin == 8 * 60);
    CHECK(*metrics->efficiencyPercent == Approx(88.889).margin(0.001));
}

TEST_CASE("a night on no clock change keeps its clock-time durations in a zone")
{
    auto night = Night::create(berlinNight("2026-11-20", "2026-11-21"));
    REQUIRE(night.ok());
    CHECK(night->sleepMetrics()->timeInBedMin == 8 * 60);
    CHECK(night->timeZone().name() == "Europe/Berlin");
}

TEST_CASE("a time the clocks skip in spring is refused, naming the field")
{
    auto entry = berlinNight("2026-03-28", "2026-03-29");
    entry.sleep.finalWake = at("2026-03-29T02:30");
    entry.sleep.sleepLatencyMin = 0;
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "final_wake");
    CHECK(night.error().value == "2026-03-29T02:30");
    CHECK_THAT(night.error().rule, Catch::Contains("does not exist in Europe/Berlin"));
}

TEST_CASE("a time passed twice in autumn: 02:30 before the change, then 02:15 after it")
{
    auto entry = berlinNight("2026-10-24", "2026-10-25");
    entry.sleep.lightsOut = at("2026-10-25T02:30"); // summer time, 00:30 UTC
    entry.sleep.finalWake = at("2026-10-25T02:15"); // winter time, 01:15 UTC
    entry.sleep.sleepLatencyMin = 0;
    auto night = Night::create(entry);
    REQUIRE(night.ok());
    const auto metrics = night->sleepMetrics();
    REQUIRE(metrics);
    CHECK(metrics->totalSleepMin == 45);
    CHECK(metrics->timeInBedMin == 9 * 60);
}

TEST_CASE("an ambiguous time takes the earlier offset when that keeps the order")
{
    auto entry = berlinNight("2026-10-24", "2026-10-25");
    entry.sleep.lightsOut = at("2026-10-25T02:10");
    entry.sleep.finalWake = at("2026-10-25T02:40");
    entry.sleep.sleepLatencyMin = 0;
    auto night = Night::create(entry);
    REQUIRE(night.ok());
    // Both in summer time: 30 minutes, not 90.
    CHECK(night->sleepMetrics()->totalSleepMin == 30);
}

TEST_CASE("an order that no offset can mend is refused on real instants")
{
    auto entry = berlinNight("2026-11-20", "2026-11-21");
    entry.sleep.lightsOut = at("2026-11-21T02:30");
    entry.sleep.finalWake = at("2026-11-21T02:15");
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "final_wake");
}

TEST_CASE("a traveller's night keeps its own zone's durations wherever it is read")
{
    // New York changes on 8 March 2026, Berlin three weeks later: read from Berlin, the New
    // York night is still an hour short, and a Berlin night of the same date is not.
    TzVariable tz("Europe/Berlin");
    NightEntry entry = berlinNight("2026-03-07", "2026-03-08");
    entry.timeZone = "America/New_York";
    auto night = Night::create(entry);
    REQUIRE(night.ok());
    CHECK(night->timeZone().name() == "America/New_York");
    CHECK(night->sleepMetrics()->timeInBedMin == 7 * 60);

    entry.timeZone.clear(); // the current zone: TZ
    auto home = Night::create(entry);
    REQUIRE(home.ok());
    CHECK(home->timeZone().name() == "Europe/Berlin");
    CHECK(home->sleepMetrics()->timeInBedMin == 8 * 60);
    CHECK_FALSE(*home == *night);
}

TEST_CASE("a stored zone name the tz database lacks is refused, naming time_zone")
{
    NightEntry entry = berlinNight("2026-11-20", "2026-11-21");
    entry.timeZone = "Europe/Atlantis";
    auto night = Night::create(entry);
    REQUIRE_FALSE(night.ok());
    CHECK(night.error().field == "time_zone");
    CHECK(night.error().value == "Europe/Atlantis");
}

TEST_CASE("TZ names the zone with or without a leading colon")
{
    auto plain = TimeZone::fromTzVariable("Europe/Berlin");
    REQUIRE(plain.ok());
    CHECK(plain->name() == "Europe/Berlin");
    auto colon = TimeZone::fromTzVariable(":Europe/Berlin");
    REQUIRE(colon.ok());
    CHECK(*colon == *plain);
    auto path = TimeZone::fromTzVariable(":/usr/share/zoneinfo/Asia/Tokyo");
    REQUIRE(path.ok());
    CHECK(path->name() == "Asia/Tokyo");
}

TEST_CASE("a POSIX rule string in TZ that names no zone is refused, naming TZ")
{
    auto zone = TimeZone::fromTzVariable("CET-1CEST,M3.5.0,M10.5.0/3");
    REQUIRE_FALSE(zone.ok());
    CHECK(zone.error().field == "TZ");
    CHECK(zone.error().value == "CET-1CEST,M3.5.0,M10.5.0/3");

    TzVariable tz("CET-1CEST,M3.5.0,M10.5.0/3");
    auto night = Night::create(berlinNight("2026-11-20", "2026-11-21")); // its own zone
    CHECK(night.ok());
    NightEntry unzoned = berlinNight("2026-11-20", "2026-11-21");
    unzoned.timeZone.clear();
    auto refused = Night::create(unzoned);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "TZ");
}

TEST_CASE("the current zone follows TZ as it changes, and is the computer's without it")
{
    {
        TzVariable tz(":Europe/Berlin");
        REQUIRE(TimeZone::current().ok());
        CHECK(TimeZone::current()->name() == "Europe/Berlin");
    }
    {
        TzVariable tz("Asia/Tokyo");
        CHECK(TimeZone::current()->name() == "Asia/Tokyo");
    }
    TzVariable none(nullptr);
    CHECK(TimeZone::current().ok());
    CHECK(*TimeZone::current() == *TimeZone::fromTzVariable(std::nullopt));
}

TEST_CASE("a conversion after another in the same zone gives what a first one would, at every "
          "clock change")
{
    // Skipped and doubled hours (Berlin), a skipped day (Apia, 2011), half an hour (Lord Howe).
    const std::pair<const char*, const char*> changes[] = {
        {"Europe/Berlin", "2026-03-29T02:00"},
        {"Europe/Berlin", "2026-10-25T02:00"},
        {"Pacific/Apia", "2011-12-30T00:00"},
        {"Australia/Lord_Howe", "2026-04-05T02:00"},
        {"Australia/Lord_Howe", "2026-10-04T02:00"}};
    const auto elsewhere = *TimeZone::named("Asia/Tokyo");
    // The zone's answer with nothing converted in it before.
    const auto alone = [&](const TimeZone& zone, LocalDateTime when) {
        (void)elsewhere.instantOf(at("2026-06-01T12:00"), "test");
        return zone.instantOf(when, "test");
    };
    using std::chrono::minutes;
    const minutes before[] = {minutes{15},          minutes{61},           minutes{25 * 60},
                              minutes{3 * 24 * 60}, minutes{-3 * 24 * 60}, minutes{-25 * 60}};
    for (const auto& [name, change] : changes) {
        const auto zone = *TimeZone::named(name);
        for (minutes step{-4 * 24 * 60}; step <= minutes{4 * 24 * 60}; step += minutes{15}) {
            const LocalDateTime when = at(change) + step;
            const auto expected = alone(zone, when);
            for (const minutes earlier : before) {
                (void)alone(zone, when - earlier);
                const auto got = zone.instantOf(when, "test");
                INFO(name << " " << formatLocalDateTime(when) << " after "
                          << formatLocalDateTime(when - earlier));
                REQUIRE(got.ok() == expected.ok());
                if (got.ok())
                    CHECK(*got == *expected);
                else
                    CHECK(got.error().message() == expected.error().message());
            }
        }
    }
}

} // namespace QUIETLEGS_TEST_FILE
