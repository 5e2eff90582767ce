#include "quietlegs/analysis/PlainLanguage.h"

#include "TestJournal.h"
#include "quietlegs/analysis/SelfExperiment.h"

#include <catch2/catch.hpp>

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

CorrelationRow row(int n, std::optional<double> r, std::optional<double> q)
{
    CorrelationRow row;
    row.exposure = Exposure::MagnesiumMg;
    row.outcome = Outcome::IrlsTotal;
    row.lagDays = 1;
    row.stats.n = n;
    row.stats.pearsonR = r;
    if (r)
        row.stats.pearsonCi95 = Interval{-0.56, -0.24};
    row.qValue = q;
    return row;
}

} // namespace

TEST_CASE("a correlation is told with n, its interval, q and the caveat")
{
    const std::string sentence = correlationSentence(row(104, -0.41, 0.0003));
    INFO(sentence);
    CHECK(contains(sentence, "r = -0.41"));
    CHECK(contains(sentence, "95% interval -0.56 to -0.24"));
    CHECK(contains(sentence, "n = 104 nights"));
    CHECK(contains(sentence, "q < 0.001"));
    CHECK(contains(sentence, "the day before"));
    CHECK(contains(sentence, "lower"));
    CHECK(contains(sentence, "not proof that oral magnesium caused the change"));
}

TEST_CASE("below 14 pairs a correlation says not enough nights yet instead of a number")
{
    const std::string sentence = correlationSentence(row(13, -0.9, 0.001));
    INFO(sentence);
    CHECK(contains(sentence, "not enough nights yet"));
    CHECK_FALSE(contains(sentence, "-0.9"));
    CHECK(contains(sentence, "13 nights"));
}

TEST_CASE("a weak link is called possibly chance")
{
    const std::string sentence = correlationSentence(row(40, 0.12, 0.41));
    CHECK(contains(sentence, "higher"));
    CHECK(contains(sentence, "q = 0.41"));
    CHECK(contains(sentence, "could easily be chance"));
}

TEST_CASE("without any row of 14 pairs the strongest finding is not enough nights yet")
{
    CHECK(contains(strongestFindingSentence(CorrelationTable{}), "Not enough nights yet"));
}

TEST_CASE("a comparison is worded for a layperson with its caveat")
{
    Comparison comparison;
    comparison.outcome = Outcome::IrlsTotal;
    comparison.a = ComparisonSide{date(2026, 8, 1), date(2026, 8, 31), 28, 21.3, 4.2, std::nullopt};
    comparison.b =
        ComparisonSide{date(2026, 9, 15), date(2026, 10, 26), 40, 15.9, 5.0, std::nullopt};
    comparison.test.difference = -5.4;
    comparison.test.welchP = 8.7e-06;
    comparison.test.mannWhitneyP = 3.0e-05;
    comparison.test.hedgesG = -1.14;
    const std::string sentence = comparisonSentence(comparison);
    INFO(sentence);
    CHECK(contains(sentence, "15.9 over 40 nights"));
    CHECK(contains(sentence, "21.3 over 28 nights"));
    CHECK(contains(sentence, "5.4 lower (better)"));
    CHECK(contains(sentence, "unlikely if nothing had changed"));
    CHECK(contains(sentence, "Welch test p < 0.001"));
    CHECK(contains(sentence, "large (Hedges g = -1.14)"));
    CHECK(contains(sentence, "two periods of one diary"));

    comparison.b.mean.reset();
    comparison.b.n = 0;
    CHECK(contains(comparisonSentence(comparison), "Not enough data"));
}

TEST_CASE("sleep efficiency going up is better")
{
    Comparison comparison;
    comparison.outcome = Outcome::SleepEfficiency;
    comparison.a = ComparisonSide{date(2026, 8, 1), date(2026, 8, 31), 20, 78.0, 3.0, std::nullopt};
    comparison.b = ComparisonSide{date(2026, 9, 1), date(2026, 9, 30), 20, 83.0, 3.0, std::nullopt};
    comparison.test.difference = 5.0;
    comparison.test.welchP = 0.3;
    CHECK(contains(comparisonSentence(comparison), "5.0 higher (better)"));
    CHECK(contains(comparisonSentence(comparison), "could easily be chance"));
}

TEST_CASE("numbers never show as -0.00")
{
    CHECK(formatNumber(-0.001, 2) == "0.00");
    CHECK(formatNumber(-0.4123, 2) == "-0.41");
    CHECK(formatPValue(0.0004) == "< 0.001");
    CHECK(formatPValue(0.034) == "0.034");
    CHECK(effectSizeWord(-0.3) == "small");
}

