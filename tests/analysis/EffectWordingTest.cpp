#include "quietlegs/analysis/EffectWording.h"

#include "quietlegs/analysis/EffectLine.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/core/DemoJournal.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>

using namespace quietlegs;

namespace {

bool contains(const std::string& text, const std::string& part)
{
    return text.find(part) != std::string::npos;
}

std::string lower(std::string text)
{
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

/// Severity per mg of magnesium: -0.004 (0.4 per 100 mg), interval -0.007 to -0.001.
EffectRow magnesiumOnSeverity()
{
    EffectRow effect;
    effect.exposure = "magnesium_mg";
    effect.outcome = "severity";
    effect.n = 84;
    effect.slope = -0.004;
    effect.slopeSe = 0.0015;
    effect.slopeCi95 = Interval{-0.007, -0.001};
    effect.slopeP = 0.012;
    effect.phi = 0.5;
    return effect;
}

PrimaryEffect primaryWith(Interval perMg, double mid)
{
    PrimaryEffect primary;
    primary.question.relation = RelationKey{"magnesium_mg", "severity", 0};
    primary.question.mid = mid;
    primary.effect = magnesiumOnSeverity();
    primary.effect.slope = (perMg.low + perMg.high) / 2;
    primary.effect.slopeCi95 = perMg;
    primary.displayDose = 100;
    primary.verdict = verdictFor(primary.effect, primary.displayDose, mid);
    return primary;
}

} // namespace

TEST_CASE("an effect is worded per display dose in the outcome's units, with its interval and n")
{
    const auto variables = VariableCatalogue::standard();
    CHECK(effectSentence(magnesiumOnSeverity(), variables) ==
          "100 mg more magnesium: severity 0.4 lower, 95 % interval 0.1 to 0.7 lower "
          "(n = 84 nights).");
    CHECK(effectCellText(magnesiumOnSeverity(), variables) == "0.4 lower");
    CHECK(effectIntervalCellText(magnesiumOnSeverity(), variables) == "0.1 to 0.7 lower");
    CHECK(displayDoseText(*variables.exposure("magnesium_mg")) == "100 mg");
    CHECK(displayDoseText(*variables.exposure("alcohol_units")) == "1 unit");
}

TEST_CASE("an interval says which way it points, also when it spans no change")
{
    CHECK(intervalChangeText({-0.7, -0.1}, 1) == "0.1 to 0.7 lower");
    CHECK(intervalChangeText({0.2, 1.5}, 1) == "0.2 to 1.5 higher");
    CHECK(intervalChangeText({-0.3, 0.2}, 1) == "0.3 lower to 0.2 higher");
    CHECK(changeText(0.04, 1) == "no change");
    CHECK(changeText(-1.26, 1) == "1.3 lower");
}

TEST_CASE("an effect on sleep efficiency names its unit and a later lag names the day")
{
    EffectRow effect = magnesiumOnSeverity();
    effect.outcome = "sleep_efficiency";
    effect.lagDays = 1;
    effect.slope = 0.02;
    effect.slopeCi95 = Interval{0.005, 0.035};
    CHECK(effectSentence(effect, VariableCatalogue::standard()) ==
          "100 mg more magnesium the day before: sleep efficiency 2.0 percentage points higher, "
          "95 % interval 0.5 to 3.5 percentage points higher (n = 84 nights).");
}

TEST_CASE("an effect without a figure names its note instead of numbers")
{
    EffectRow effect;
    effect.exposure = "magnesium_mg";
    effect.outcome = "severity";
    effect.n = 9;
    effect.note = FigureNote::NotEnoughNights;
    const std::string text = effectSentence(effect, VariableCatalogue::standard());
    CHECK(contains(text, "not enough nights yet"));
    CHECK(contains(text, "9 nights"));
    CHECK_FALSE(contains(text, "interval"));
    CHECK(effectCellText(effect, VariableCatalogue::standard()).empty());

    effect.n = 40;
    effect.note = FigureNote::TooFewIndependentNights;
    CHECK(contains(effectSentence(effect, VariableCatalogue::standard()),
                   "too few independent nights"));
}

TEST_CASE("the verdict says whether the interval lies beyond, within or across the MID")
{
    const auto variables = VariableCatalogue::standard();
    // Per 100 mg: 1.5 to 2.5 lower, beyond a MID of 1 on the better side.
    const auto beyond = verdictSentence(primaryWith({-0.025, -0.015}, 1), variables);
    CHECK(contains(beyond, "Verdict: beyond MID."));
    CHECK(contains(beyond, "better side"));
    CHECK(contains(beyond, "not adjusted"));
    // 0.2 lower to 0.3 higher: within +/- 1.
    CHECK(contains(verdictSentence(primaryWith({-0.002, 0.003}, 1), variables),
                   "Verdict: within MID."));
    // 0.1 to 1.7 lower: across 1.
    const auto across = verdictSentence(primaryWith({-0.017, -0.001}, 1), variables);
    CHECK(contains(across, "Verdict: inconclusive."));
    CHECK(contains(across, "cannot tell yet"));

    PrimaryEffect none;
    none.effect.exposure = "magnesium_mg";
    none.effect.outcome = "severity";
    none.effect.n = 5;
    none.effect.note = FigureNote::NotEnoughNights;
    CHECK(contains(verdictSentence(none, variables), "No verdict yet: not enough nights yet"));
}

TEST_CASE("the primary question is stated with its MID in the outcome's units")
{
    PrimaryQuestion question;
    question.relation = RelationKey{"caffeine_mg", "irls_total", 1};
    question.mid = 3;
    CHECK(primaryQuestionText(question, VariableCatalogue::standard()) ==
          "Your primary question: does 100 mg more caffeine the day before change IRLS-style "
          "total? Smallest change that matters to you: 3 points.");
    CHECK(contains(primaryQuestionText(question, VariableCatalogue::standard(), true),
                   "Minimal important difference (MID): 3 points"));
}

TEST_CASE("the strongest finding is an exploratory note: the largest of N tests, likely "
          "overstated")
{
    const auto records = demoJournal(*parseDate("2026-11-22"), 120, 7);
    const JournalSeries series = JournalSeries::fromRecords(records);
    const auto table = CorrelationTable::compute(series, *parseDate("2026-07-26"),
                                                 *parseDate("2026-11-22"));
    REQUIRE(table.strongestFinding());
    const std::string note = exploratoryNote(table, series.catalogue());
    CHECK(note.rfind("Exploratory: ", 0) == 0);
    CHECK(contains(note, "largest of " + std::to_string(table.testCount()) + " tests"));
    CHECK(contains(note, "likely overstated"));
    CHECK(contains(note, "95 % interval"));
}

TEST_CASE("no sentence shown to people says 'significant', and every caveat is the spec's")
{
    const auto variables = VariableCatalogue::standard();
    const std::vector<std::string> sentences{
        effectSentence(magnesiumOnSeverity(), variables),
        verdictSentence(primaryWith({-0.025, -0.015}, 1), variables),
        verdictSentence(primaryWith({-0.017, -0.001}, 1), variables, true),
        effectCaveat(),
        beforeAfterCaveat(),
        regressionToMeanSentence(false),
        regressionToMeanSentence(true)};
    for (const std::string& sentence : sentences)
        CHECK_FALSE(contains(lower(sentence), "significant"));
    CHECK(effectCaveat() == "One person's diary shows what went together, not what caused what. "
                            "Nights are not independent; the interval allows for that.");
    CHECK(regressionToMeanSentence(false) ==
          "You started during a bad spell; some improvement would come anyway");
    CHECK(regressionToMeanSentence(true) ==
          "The 'before' period began during a worse spell than the 90 days before it; some "
          "improvement would be expected anyway (regression to the mean).");
    for (const char* cause : {"natural ups and downs", "season", "other treatment"})
        CHECK(contains(beforeAfterCaveat(), cause));
}

TEST_CASE("the effect line runs through the centre of the nights and its band widens with the "
          "interval away from it")
{
    std::vector<LaggedPair> pairs;
    for (int i = 0; i < 4; ++i)
        pairs.push_back(LaggedPair{{}, {}, 100.0 * i, 6.0 - i});
    const auto line = effectLine(pairs, magnesiumOnSeverity());
    REQUIRE(line);
    CHECK(line->centreX == Approx(150));
    CHECK(line->centreY == Approx(4.5));
    CHECK(line->at(250) == Approx(4.5 - 0.4));
    const Interval atCentre = line->bandAt(150);
    CHECK(atCentre.low == Approx(4.5));
    CHECK(atCentre.high == Approx(4.5));
    const Interval right = line->bandAt(250);
    CHECK(right.low == Approx(4.5 - 0.7));
    CHECK(right.high == Approx(4.5 - 0.1));
    const Interval left = line->bandAt(50);
    CHECK(left.low == Approx(4.5 + 0.1));
    CHECK(left.high == Approx(4.5 + 0.7));

    EffectRow none;
    CHECK_FALSE(effectLine(pairs, none));
}
