#include "quietlegs/analysis/PlainLanguage.h"

#include "TestJournal.h"
#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/core/DemoJournal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

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
    row.exposure = "magnesium_mg";
    row.outcome = "irls_total";
    row.lagDays = 1;
    row.stats.n = n;
    row.stats.pearsonR = r;
    if (r && n >= kMinimumPairsForFinding) {
        row.stats.pearsonCi95 = Interval{-0.56, -0.24};
        row.nEff = 61.4;
    }
    row.qValue = q;
    return row;
}

EffectRow effect(std::optional<double> slope, Interval ci, int n = 120)
{
    EffectRow row;
    row.exposure = "magnesium_mg";
    row.outcome = "severity";
    row.n = n;
    row.slope = slope;
    if (slope) {
        row.slopeCi95 = ci;
        row.slopeP = 0.004;
    } else {
        row.note = FigureNote::NotEnoughNights;
    }
    return row;
}

const std::string kCaveat = "One person's diary shows what went together, not what caused what. "
                            "Nights are not independent; the interval allows for that.";

} // namespace

TEST_CASE("a correlation is told as exploratory with n, its interval, q and the caveat")
{
    const std::string sentence = correlationSentence(row(104, -0.41, 0.0003));
    INFO(sentence);
    CHECK(contains(sentence, "Exploratory"));
    CHECK(contains(sentence, "r = -0.41"));
    CHECK(contains(sentence, "95% interval -0.56 to -0.24"));
    CHECK(contains(sentence, "n = 104 nights"));
    CHECK(contains(sentence, "about 61 independent"));
    CHECK(contains(sentence, "q < 0.001"));
    CHECK(contains(sentence, "the day before"));
    CHECK(contains(sentence, "lower"));
    CHECK(contains(sentence, kCaveat));
    CHECK_FALSE(contains(sentence, "significant"));
}

TEST_CASE("below 14 pairs a correlation says not enough nights yet instead of a number")
{
    const std::string sentence = correlationSentence(row(13, -0.9, std::nullopt));
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

TEST_CASE("an effect is told per display dose with the direction of its interval")
{
    const VariableCatalogue variables = VariableCatalogue::standard();
    // -0.004 per mg is 0.4 lower per 100 mg; the interval -0.007..-0.001 is 0.1 to 0.7 lower.
    const std::string lower = effectSentence(effect(-0.004, {-0.007, -0.001}), variables);
    INFO(lower);
    CHECK(contains(lower, "100 mg more magnesium: severity 0.40 lower, 95 % interval 0.10 to "
                          "0.70 lower (120 nights)."));
    const std::string across = effectSentence(effect(0.002, {-0.005, 0.009}), variables);
    CHECK(contains(across, "severity 0.20 higher, 95 % interval 0.50 lower to 0.90 higher"));
    const std::string big = effectSentence(effect(-0.02, {-0.03, -0.01}), variables);
    CHECK(contains(big, "severity 2.0 lower, 95 % interval 1.0 to 3.0 lower"));
    const std::string none = effectSentence(effect(std::nullopt, {}, 9), variables);
    CHECK(contains(none, "not enough nights yet (9 nights"));
}

TEST_CASE("the primary question says whether its interval lies beyond, within or across the MID")
{
    const VariableCatalogue variables = VariableCatalogue::standard();
    PrimaryEffect primary;
    primary.question.mid = 1;
    primary.displayDose = 100;
    primary.effect = effect(-0.02, {-0.03, -0.011});
    primary.verdict = verdictFor(primary.effect, 100, 1);
    std::string sentence = primarySentence(primary, variables);
    INFO(sentence);
    CHECK(contains(sentence, "beyond the smallest change that matters (1 point)"));
    CHECK(contains(sentence, "chosen in advance"));
    CHECK(contains(sentence, "p = 0.004"));
    CHECK(contains(sentence, kCaveat));
    CHECK_FALSE(contains(sentence, "significant"));

    primary.effect = effect(0.001, {-0.005, 0.005});
    primary.verdict = verdictFor(primary.effect, 100, 1);
    CHECK(contains(primarySentence(primary, variables), "within the smallest change"));
    primary.effect = effect(-0.005, {-0.015, 0.005});
    primary.verdict = verdictFor(primary.effect, 100, 1);
    CHECK(contains(primarySentence(primary, variables), "not clear yet"));
}

TEST_CASE("the strongest finding is an exploratory note: the largest of N tests")
{
    // A year of demo diary has rows of 14 pairs and more.
    const auto records = demoJournal(date(2026, 11, 24), 120, 3);
    const JournalSeries series = JournalSeries::fromRecords(records);
    const auto table = CorrelationTable::compute(series, *series.firstDate(), *series.lastDate(),
                                                 3, TableParts::CorrelationsOnly);
    REQUIRE(table.strongestFinding());
    const std::string sentence = strongestFindingSentence(table);
    INFO(sentence);
    CHECK(contains(sentence, "Largest of " + std::to_string(table.testCount()) +
                                 " exploratory tests, so likely overstated"));
    CHECK(table.testCount() > 1);
    CHECK_FALSE(contains(sentence, "Strongest finding"));
}

TEST_CASE("a comparison names ups and downs, season and other changes, never chance tests")
{
    Comparison comparison;
    comparison.outcome = "irls_total";
    comparison.a = ComparisonSide{date(2026, 8, 1), date(2026, 8, 31), 28, 21.3, 4.2, std::nullopt};
    comparison.b =
        ComparisonSide{date(2026, 9, 15), date(2026, 10, 26), 40, 15.9, 5.0, std::nullopt};
    comparison.difference = -5.4;
    comparison.hedgesG = -1.14;
    comparison.its.n = 68;
    comparison.its.phi = 0.4;
    comparison.its.levelChange = ItsCoefficient{-3.2, 1.1, Interval{-5.4, -1.0}, 0.005};
    comparison.regressionToMeanRisk = false;
    const std::string sentence = comparisonSentence(comparison);
    INFO(sentence);
    CHECK(contains(sentence, "15.9 over 40 nights"));
    CHECK(contains(sentence, "21.3 over 28 nights"));
    CHECK(contains(sentence, "5.4 lower (better)"));
    CHECK(contains(sentence, "large (Hedges g = -1.14)"));
    CHECK(contains(sentence, "level at the change was 3.2 lower (95 % interval 1.0 to 5.4 lower)"));
    CHECK(contains(sentence, "natural ups and downs"));
    CHECK(contains(sentence, "season"));
    CHECK(contains(sentence, kCaveat));
    CHECK_FALSE(contains(sentence, "unlikely if nothing had changed"));
    CHECK_FALSE(contains(sentence, "regression to the mean"));
    CHECK_FALSE(contains(sentence, "bad spell"));

    comparison.regressionToMeanRisk = true;
    CHECK(contains(comparisonSentence(comparison, Audience::App),
                   "You started during a bad spell; some improvement would come anyway."));
    CHECK(contains(comparisonSentence(comparison, Audience::Report),
                   "The 'before' period began during a worse spell than the 90 days before it; "
                   "some improvement would be expected anyway (regression to the mean)."));

    comparison.b.mean.reset();
    comparison.b.n = 0;
    CHECK(contains(comparisonSentence(comparison), "Not enough data"));
}

TEST_CASE("sleep efficiency going up is better, and short periods get no interval")
{
    Comparison comparison;
    comparison.outcome = "sleep_efficiency";
    comparison.a = ComparisonSide{date(2026, 8, 1), date(2026, 8, 31), 10, 78.0, 3.0, std::nullopt};
    comparison.b = ComparisonSide{date(2026, 9, 1), date(2026, 9, 30), 10, 83.0, 3.0, std::nullopt};
    comparison.difference = 5.0;
    comparison.its.note = FigureNote::NotEnoughNights;
    const std::string sentence = comparisonSentence(comparison);
    CHECK(contains(sentence, "5.0 higher (better)"));
    CHECK(contains(sentence, "each period needs at least 14 nights"));
}

TEST_CASE("numbers never show as -0.00")
{
    CHECK(formatNumber(-0.001, 2) == "0.00");
    CHECK(formatNumber(-0.4123, 2) == "-0.41");
    CHECK(formatPValue(0.0004) == "< 0.001");
    CHECK(formatPValue(0.034) == "0.034");
    CHECK(effectSizeWord(-0.3) == "small");
}

} // namespace QUIETLEGS_TEST_FILE
