// Issue 23: periods to compare, suggested from what was taken when.
#include "quietlegs/analysis/NamedPeriods.h"

#include "TestJournal.h"

#include <catch2/catch.hpp>

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Regimen run(const std::string& product, Date start, Date stop)
{
    Regimen regimen;
    regimen.product = product;
    regimen.name = product;
    regimen.start = start;
    regimen.stop = stop;
    regimen.dailyMg = 100;
    return regimen;
}

} // namespace

TEST_CASE("periods are suggested before supplements, on magnesium, on magnesium and iron")
{
    const Date from = date(2026, 6, 1);
    const Date to = date(2026, 8, 29);
    const std::vector<Regimen> regimens = {
        run("Mg glycinate", date(2026, 7, 1), date(2026, 9, 30)),
        run("Iron bisglycinate", date(2026, 8, 1), date(2026, 9, 30)),
    };
    const auto periods = suggestedPeriods(regimens, from, to);
    REQUIRE(periods.size() == 3);
    CHECK(periods[0] == NamedPeriod{"No supplement or medicine", from, date(2026, 6, 30)});
    CHECK(periods[1] == NamedPeriod{"Mg glycinate", date(2026, 7, 1), date(2026, 7, 31)});
    // Products in a stable (alphabetical) order, so the same set always has the same name.
    CHECK(periods[2] ==
          NamedPeriod{"Iron bisglycinate + Mg glycinate", date(2026, 8, 1), to});
}

TEST_CASE("a few nights between changes are not suggested, and at most six periods")
{
    const Date from = date(2026, 1, 1);
    std::vector<Regimen> regimens;
    // A product for 3 days: the part is too short to compare.
    regimens.push_back(run("Short trial", date(2026, 1, 10), date(2026, 1, 12)));
    // Eight products one after another, 10 days each, then a long one.
    Date start = date(2026, 2, 1);
    for (int i = 0; i < 8; ++i, start = addDays(start, 10))
        regimens.push_back(run("Product " + std::to_string(i), start, addDays(start, 9)));
    regimens.push_back(run("Long", start, addDays(start, 59)));
    const auto periods = suggestedPeriods(regimens, from, addDays(start, 59));
    REQUIRE(periods.size() == kMaxNamedPeriods);
    for (const NamedPeriod& period : periods) {
        CHECK(period.name != "Short trial");
        CHECK(daysBetween(period.from, period.to) + 1 >= kSuggestedPeriodMinDays);
    }
    for (std::size_t i = 1; i < periods.size(); ++i)
        CHECK(periods[i - 1].to < periods[i].from);
    CHECK(periods.back().name == "Long");
    // 13 to 31 January (after the short trial) outlasts every 10-day product; 1 to 9 January not.
    CHECK(periods.front() == NamedPeriod{"No supplement or medicine", date(2026, 1, 13), date(2026, 1, 31)});
}

TEST_CASE("a suggested name is cut to 60 bytes on a character boundary")
{
    const Date from = date(2026, 3, 1);
    std::vector<Regimen> regimens;
    for (const char* name : {"Magnésium bisglycinate tamponné", "Fer bisglycinate chélaté",
                             "Vitamine C à libération prolongée"})
        regimens.push_back(run(name, from, addDays(from, 30)));
    const auto periods = suggestedPeriods(regimens, from, addDays(from, 30));
    REQUIRE(periods.size() == 1);
    CHECK(periods[0].name.size() <= kNamedPeriodMaxName);
    CHECK(periods[0].name.ends_with("..."));
    // Still valid UTF-8: no lead byte without its continuation bytes before the dots.
    const std::string body = periods[0].name.substr(0, periods[0].name.size() - 3);
    int expected = 0;
    for (const unsigned char c : body) {
        if (expected > 0) {
            CHECK((c & 0xC0) == 0x80);
            --expected;
        } else if ((c & 0xE0) == 0xC0) {
            expected = 1;
        } else if ((c & 0xF0) == 0xE0) {
            expected = 2;
        }
    }
    CHECK(expected == 0);
}
