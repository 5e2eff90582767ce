#include "TestJournal.h"

#include <catch2/catch.hpp>
#include "quietlegs/analysis/JournalSeries.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Night nightWith(Date date, std::optional<int> onsetHour, std::optional<int> rlsAwakenings)
{
    NightEntry entry;
    entry.date = date;
    entry.timeZone = "Etc/UTC";
    entry.sleep.lightsOut = atTime(date, std::chrono::hours{23});
    if (onsetHour)
        entry.symptomOnset = placeSymptomOnset(date, std::chrono::hours{*onsetHour});
    entry.rlsAwakenings = rlsAwakenings;
    auto made = Night::create(entry);
    REQUIRE(made.ok());
    return *made;
}

} // namespace

TEST_CASE("onset before lights out and RLS awakenings are outcome series of the night's date")
{
    JournalRecords records;
    const Date first = date(2026, 11, 16);
    const Date second = date(2026, 11, 17);
    const Date third = date(2026, 11, 18);
    records.nights.push_back(nightWith(first, 20, 2));
    records.nights.push_back(nightWith(second, 1, std::nullopt)); // after lights out
    records.nights.push_back(nightWith(third, std::nullopt, 0));

    const JournalSeries series = JournalSeries::fromRecords(records);
    const DatedSeries* onset = series.outcomeSeries("onset_min_before_lights_out");
    const DatedSeries* woken = series.outcomeSeries("rls_awakenings");
    REQUIRE(onset != nullptr);
    REQUIRE(woken != nullptr);
    CHECK(onset->at(first) == 180.0);
    CHECK(onset->at(second) == -120.0);
    CHECK_FALSE(onset->at(third));
    CHECK(woken->at(first) == 2.0);
    CHECK_FALSE(woken->at(second));
    CHECK(woken->at(third) == 0.0);
}

} // namespace QUIETLEGS_TEST_FILE
