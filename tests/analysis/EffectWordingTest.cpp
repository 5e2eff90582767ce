#include "quietlegs/analysis/EffectWording.h"

#include "quietlegs/analysis/EffectLine.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/PlainLanguage.h"
#include "quietlegs/core/DemoJournal.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cctype>

namespace QUIETLEGS_TEST_FILE {

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

TEST_CASE("the effects table's cells are per display dose, rounded as the effect sentence")
{
    const auto variables = VariableCatalogue::standard();
    // -0.4 per 100 mg, interval 0.1 to 0.7 lower: all below 1, so two decimals.
    CHECK(effectCellText(magnesiumOnSeverity(), variables) == "0.40 lower");
    CHECK(effectIntervalCellText(magnesiumOnSeverity(), variables) == "0.10 to 0.70 lower");
    const std::string sentence = effectSentence(magnesiumOnSeverity(), variables);
    CHECK(contains(sentence, "severity " + effectCellText(magnesiumOnSeverity(), variables)));
    CHECK(contains(sentence, effectIntervalCellText(magnesiumOnSeverity(), variables)));

    EffectRow exercise = magnesiumOnSeverity();
    exercise.exposure = "exercise_min";
    exercise.slope = -0.05; // per minute: 1.5 per 30 min
    exercise.slopeCi95 = Interval{-0.08, 0.01};
    CHECK(effectCellText(exercise, variables) == "1.5 lower");
    CHECK(effectIntervalCellText(exercise, variables) == "2.4 lower to 0.3 higher");

    CHECK(displayDoseText(*variables.exposure("magnesium_mg")) == "100 mg");
    CHECK(displayDoseText(*variables.exposure("exercise_min")) == "30 min");
    CHECK(displayDoseText(*variables.exposure("alcohol_units")) == "1 unit");
}

TEST_CASE("an effect without a figure has empty cells")
{
    EffectRow effect;
    effect.exposure = "magnesium_mg";
    effect.outcome = "severity";
    effect.n = 9;
    effect.note = FigureNote::NotEnoughNights;
    CHECK(effectCellText(effect, VariableCatalogue::standard()).empty());
    CHECK(effectIntervalCellText(effect, VariableCatalogue::standard()).empty());
    CHECK_FALSE(effectPerDose(effect, 100));
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
    const auto table =
        CorrelationTable::compute(series, *parseDate("2026-07-26"), *parseDate("2026-11-22"));
    REQUIRE(table.strongestFinding());
    const std::string note = exploratoryNote(table, series.catalogue());
    CHECK(note.rfind("Exploratory: ", 0) == 0);
    CHECK(contains(note, "largest of " + std::to_string(table.testCount()) + " tests"));
    CHECK(contains(note, "likely overstated"));
    CHECK(contains(note, "95 % interval")); // the effect first
    CHECK(note.find("95 % interval") < note.find("r = "));
}

TEST_CASE("no verdict or note says 'significant'")
{
    const auto variables = VariableCatalogue::standard();
    const std::vector<std::string> sentences{
        verdictSentence(primaryWith({-0.025, -0.015}, 1), variables),
        verdictSentence(primaryWith({-0.002, 0.003}, 1), variables),
        verdictSentence(primaryWith({-0.017, -0.001}, 1), variables, true),
        primaryQuestionText(PrimaryQuestion{}, variables),
        primaryQuestionText(PrimaryQuestion{}, variables, true)};
    for (const std::string& sentence : sentences)
        CHECK_FALSE(contains(lower(sentence), "significant"));
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

} // namespace QUIETLEGS_TEST_FILE
