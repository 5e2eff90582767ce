// Issue 23: periods to compare, suggested from what was taken when.
#include "quietlegs/analysis/NamedPeriods.h"

#include "TestJournal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Regimen run(const std::string& product, Date start, Date stop)
{
    Regimen regimen;
    regimen.product = "key:" + product; // the product's identity, not shown
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
    // A product for 3 days: too brief to count as a regimen to compare.
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
    // The three-day trial cuts nothing: January is one period without supplements.
    CHECK(periods.front() ==
          NamedPeriod{"No supplement or medicine", date(2026, 1, 1), date(2026, 1, 31)});
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

TEST_CASE("a product's short breaks do not cut a suggested period, and baths never do")
{
    const Date from = date(2026, 5, 1);
    const Date to = date(2026, 6, 29);
    const std::vector<Regimen> regimens = {
        // Magnesium from 1 May with a 6-day break in the middle: one period on it.
        run("Mg citrate", date(2026, 5, 1), date(2026, 5, 20)),
        run("Mg citrate", date(2026, 5, 27), date(2026, 6, 29)),
        // Baths now and then: a product on the skin, skipped.
        run("Epsom salt bath", date(2026, 5, 10), date(2026, 5, 12)),
        run("Epsom salt bath", date(2026, 6, 10), date(2026, 6, 25)),
        // Four days of something: too brief to cut.
        run("Vitamin C", date(2026, 6, 1), date(2026, 6, 4)),
    };
    const auto periods = suggestedPeriods(regimens, from, to, {"key:Epsom salt bath"});
    REQUIRE(periods.size() == 1);
    CHECK(periods[0] == NamedPeriod{"Mg citrate", from, to});

    // A break longer than a week ends the period: then "no supplement", then on it again.
    const std::vector<Regimen> longBreak = {run("Mg citrate", date(2026, 5, 1), date(2026, 5, 20)),
                                            run("Mg citrate", date(2026, 6, 1), date(2026, 6, 29))};
    const auto split = suggestedPeriods(longBreak, from, to);
    REQUIRE(split.size() == 3);
    CHECK(split[1] == NamedPeriod{"No supplement or medicine", date(2026, 5, 21), date(2026, 5, 31)});
}

TEST_CASE("a period needs a name of 1 to 60 characters, counted as characters, and its order")
{
    const Date day = date(2026, 3, 1);
    CHECK(namedPeriodProblem({"Magnesium", day, addDays(day, 6)}).empty());
    CHECK(namedPeriodProblem({"", day, day}) == "needs a name of 1 to 60 characters");
    // 60 "é" are 120 bytes but 60 characters: allowed; one more is not.
    std::string accents;
    for (int i = 0; i < 60; ++i)
        accents += "\xC3\xA9";
    CHECK(namedPeriodProblem({accents, day, day}).empty());
    CHECK_FALSE(namedPeriodProblem({accents + "e", day, day}).empty());
    CHECK(namedPeriodProblem({"Iron", day, addDays(day, -1)}) == "ends before it starts");
}

} // namespace QUIETLEGS_TEST_FILE
