#include "quietlegs/analysis/EffectWording.h"

#include "quietlegs/analysis/PlainLanguage.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace quietlegs {
namespace {

/// A setting's number as a person typed it: "1", "0.5", "30".
std::string plainNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string nights(int n)
{
    return std::to_string(n) + (n == 1 ? " night" : " nights");
}

/// One decimal, as scores are shown; more when the whole interval would round to 0.0.
int decimalsFor(Interval interval)
{
    const double widest = std::max(std::abs(interval.low), std::abs(interval.high));
    if (widest >= 0.1)
        return 1;
    if (widest >= 0.01)
        return 2;
    return 3;
}

/// "severity", or "sleep efficiency ... percentage points" needs its unit: points go unsaid.
std::string unitAfter(const std::optional<OutcomeVariable>& outcome)
{
    if (!outcome || outcome->unit.empty() || outcome->unit == "points")
        return {};
    return " " + outcome->unit;
}

std::string withUnit(const std::string& change, const std::optional<OutcomeVariable>& outcome)
{
    // "0.4 lower" -> "2.0 percentage points higher"
    const auto space = change.find(' ');
    if (space == std::string::npos || change == "no change")
        return change;
    return change.substr(0, space) + unitAfter(outcome) + change.substr(space);
}

std::string dosePhrase(std::string_view exposureId, int lagDays,
                       const VariableCatalogue& variables)
{
    const auto exposure = variables.exposure(exposureId);
    std::string phrase = exposure ? exposure->dosePhrase : std::string(exposureId);
    if (lagDays > 0)
        phrase += " " + lagPhrase(lagDays);
    return phrase;
}

std::string outcomePhraseOf(std::string_view outcomeId, const VariableCatalogue& variables)
{
    const auto outcome = variables.outcome(outcomeId);
    return outcome ? outcome->phrase : std::string(outcomeId);
}

std::string capitalized(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z')
        text.front() = char(text.front() - 'a' + 'A');
    return text;
}

/// Why an effect has no figure, for a sentence.
std::string whyNoFigure(const EffectRow& effect)
{
    const FigureNote note = effect.note.value_or(
        effect.n < kMinimumPairsForFinding ? FigureNote::NotEnoughNights : FigureNote::NoVariation);
    switch (note) {
    case FigureNote::NotEnoughNights:
        return "not enough nights yet (" + nights(effect.n) + " with both; at least " +
               std::to_string(kMinimumPairsForFinding) + " are needed)";
    case FigureNote::TooFewIndependentNights:
        return "too few independent nights (the " + nights(effect.n) +
               " run in long stretches of alike nights)";
    case FigureNote::NoVariation:
        return "no variation (one of them stayed the same over these " + nights(effect.n) + ")";
    case FigureNote::PhiAtBoundary:
        return "phi at the boundary (the nights are too alike from one to the next to fit)";
    }
    return std::string(noteText(note));
}

bool isBetter(const std::optional<OutcomeVariable>& outcome, double change)
{
    const bool higherWorse = !outcome || outcome->worse == WorseDirection::Higher;
    return higherWorse ? change < 0 : change > 0;
}

} // namespace

std::optional<DoseEffect> effectPerDose(const EffectRow& effect, double displayDose)
{
    if (!effect.slope || !effect.slopeCi95)
        return std::nullopt;
    const double a = effect.slopeCi95->low * displayDose;
    const double b = effect.slopeCi95->high * displayDose;
    DoseEffect dose;
    dose.estimate = *effect.slope * displayDose;
    dose.ci95 = Interval{std::min(a, b), std::max(a, b)};
    dose.decimals = decimalsFor(dose.ci95);
    return dose;
}

std::string displayDoseText(const ExposureVariable& exposure)
{
    std::string unit = exposure.unit;
    // "1 units" reads wrong; the catalogue's units are plurals ending in s ("units", "points").
    if (exposure.displayDose == 1 && unit.size() > 1 && unit.back() == 's')
        unit.pop_back();
    return plainNumber(exposure.displayDose) + (unit.empty() ? "" : " " + unit);
}

std::string changeText(double value, int decimals)
{
    const std::string size = formatNumber(std::abs(value), decimals);
    if (size == formatNumber(0, decimals))
        return "no change";
    return size + (value < 0 ? " lower" : " higher");
}

std::string intervalChangeText(Interval interval, int decimals)
{
    if (interval.high <= 0)
        return formatNumber(-interval.high, decimals) + " to " +
               formatNumber(-interval.low, decimals) + " lower";
    if (interval.low >= 0)
        return formatNumber(interval.low, decimals) + " to " + formatNumber(interval.high, decimals) +
               " higher";
    return formatNumber(-interval.low, decimals) + " lower to " +
           formatNumber(interval.high, decimals) + " higher";
}

std::string effectSentence(const EffectRow& effect, const VariableCatalogue& variables)
{
    const std::string dose = capitalized(dosePhrase(effect.exposure, effect.lagDays, variables));
    const std::string outcome = outcomePhraseOf(effect.outcome, variables);
    const auto exposureRow = variables.exposure(effect.exposure);
    const auto perDose = effectPerDose(effect, exposureRow ? exposureRow->displayDose : 1);
    if (!perDose)
        return dose + " and " + outcome + ": " + whyNoFigure(effect) + ".";
    const auto outcomeRow = variables.outcome(effect.outcome);
    std::string sentence = dose + ": " + outcome + " " +
                           withUnit(changeText(perDose->estimate, perDose->decimals), outcomeRow) +
                           ", 95 % interval " +
                           withUnit(intervalChangeText(perDose->ci95, perDose->decimals),
                                    outcomeRow) +
                           " (n = " + nights(effect.n) + ").";
    if (effect.note == FigureNote::PhiAtBoundary)
        sentence += " The nights are so alike from one to the next that this interval is shaky "
                    "(phi at the boundary).";
    return sentence;
}

std::string effectCellText(const EffectRow& effect, const VariableCatalogue& variables)
{
    const auto exposure = variables.exposure(effect.exposure);
    const auto perDose = effectPerDose(effect, exposure ? exposure->displayDose : 1);
    return perDose ? changeText(perDose->estimate, perDose->decimals) : std::string();
}

std::string effectIntervalCellText(const EffectRow& effect, const VariableCatalogue& variables)
{
    const auto exposure = variables.exposure(effect.exposure);
    const auto perDose = effectPerDose(effect, exposure ? exposure->displayDose : 1);
    return perDose ? intervalChangeText(perDose->ci95, perDose->decimals) : std::string();
}

std::string primaryQuestionText(const PrimaryQuestion& question,
                                const VariableCatalogue& variables, bool forProfessional)
{
    const auto outcome = variables.outcome(question.relation.outcome);
    const std::string lag =
        question.relation.lagDays == 0 ? "on the same day" : lagPhrase(question.relation.lagDays);
    const auto exposure = variables.exposure(question.relation.exposure);
    const std::string dose = exposure ? exposure->dosePhrase : question.relation.exposure;
    return std::string(forProfessional ? "The primary question, set in advance: does "
                                       : "Your primary question: does ") +
           dose + " " + lag + " change " + outcomePhraseOf(question.relation.outcome, variables) +
           (forProfessional ? "? Minimal important difference (MID): "
                            : "? Smallest change that matters to you: ") +
           plainNumber(question.mid) + (outcome ? " " + outcome->unit : std::string()) + ".";
}

std::string verdictSentence(const PrimaryEffect& primary, const VariableCatalogue& variables,
                            bool forProfessional)
{
    const std::string mattersTo = forProfessional ? "the MID" : "the smallest change that matters to you";
    const EffectRow& effect = primary.effect;
    if (!primary.verdict)
        return "No verdict yet: " + whyNoFigure(effect) + ".";
    const auto outcome = variables.outcome(effect.outcome);
    const std::string mid =
        plainNumber(primary.question.mid) + (outcome ? " " + outcome->unit : std::string());
    const std::string outcomeText = outcomePhraseOf(effect.outcome, variables);
    std::string sentence = "Verdict: " + std::string(verdictText(*primary.verdict)) + ". ";
    switch (*primary.verdict) {
    case Verdict::BeyondMid: {
        const bool better = isBetter(outcome, effect.slope.value_or(0));
        sentence += "The whole interval lies beyond " + mattersTo + " (" +
                    mid + "), on the " + (better ? "better" : "worse") +
                    " side: over these nights, more went with " + outcomeText + " " +
                    (better ? "better" : "worse") + " by more than that.";
        break;
    }
    case Verdict::WithinMid:
        sentence += "The whole interval lies within plus or minus " + mid +
                    ": whatever the link over these nights, it is smaller than " + mattersTo + ".";
        break;
    case Verdict::Inconclusive:
        sentence += "The interval reaches across " + mattersTo + " (" + mid +
                    "): these nights cannot tell yet whether the link matters. More nights, or "
                    "an on/off experiment, can.";
        break;
    }
    if (effect.slopeP)
        sentence += " Its own p = " + formatPValue(*effect.slopeP) +
                    ", not adjusted for the other links: this question was chosen in advance.";
    return sentence;
}

std::string exploratoryNote(const CorrelationTable& table, const VariableCatalogue& variables)
{
    const auto best = table.strongestFinding();
    if (!best) {
        int mostPairs = 0;
        for (const CorrelationRow& row : table.rows())
            mostPairs = std::max(mostPairs, row.stats.n);
        if (mostPairs < kMinimumPairsForFinding)
            return "Not enough nights yet: a link needs at least " +
                   std::to_string(kMinimumPairsForFinding) +
                   " nights that have both a score and the day's entries (so far " +
                   nights(mostPairs) + ").";
        return "No exploratory note yet: over these nights the entries did not vary enough to "
               "compare.";
    }
    const int tests = table.testCount();
    std::string finding;
    const auto& effects = table.effects();
    const auto effect = std::find_if(effects.begin(), effects.end(), [&](const EffectRow& row) {
        return row.key() == best->key();
    });
    if (effect != effects.end() && effect->slope)
        finding = effectSentence(*effect, variables);
    else
        finding = capitalized(std::string(exposurePhrase(best->exposure))) + " " +
                  lagPhrase(best->lagDays) + " and " + outcomePhraseOf(best->outcome, variables) +
                  ".";
    std::string numbers;
    if (best->stats.pearsonR)
        numbers = "r = " + formatNumber(*best->stats.pearsonR, 2);
    if (best->qValue) {
        const std::string q = formatPValue(*best->qValue);
        numbers += (numbers.empty() ? "" : ", ") + std::string("q") +
                   (q.front() == '<' ? " " : " = ") + q;
    }
    if (!numbers.empty()) {
        finding.pop_back(); // the full stop, to put the secondary figures inside the sentence
        finding += "; " + numbers + ".";
    }
    return "Exploratory: the largest of " + std::to_string(tests) +
           " links tested. " + finding + " As the largest of " + std::to_string(tests) +
           " tests it is likely overstated: a lead to test, not a result.";
}

std::string effectCaveat()
{
    return "One person's diary shows what went together, not what caused what. Nights are not "
           "independent; the interval allows for that.";
}

std::string beforeAfterCaveat()
{
    return "Two stretches of one diary differ in more than the change you made: natural ups and "
           "downs, the season and anything else that changed between them (other treatment, "
           "stress, sleep) can move the nights too.";
}

std::string regressionToMeanSentence(bool forProfessional)
{
    if (forProfessional)
        return "The 'before' period began during a worse spell than the 90 days before it; some "
               "improvement would be expected anyway (regression to the mean).";
    return "You started during a bad spell; some improvement would come anyway";
}

std::string interruptedTimeSeriesSentence(const Comparison& comparison,
                                          const VariableCatalogue& variables)
{
    const ComparisonSide& a = comparison.a;
    const ComparisonSide& b = comparison.b;
    const auto outcome = variables.outcome(comparison.outcome);
    const std::string name = outcomePhraseOf(comparison.outcome, variables);
    if (!a.mean || !b.mean)
        return "Not enough data to compare: " + name + " was recorded on " + nights(a.n) +
               " before (" + formatDate(a.from) + " to " + formatDate(a.to) + ") and on " +
               nights(b.n) + " after (" + formatDate(b.from) + " to " + formatDate(b.to) + ").";

    std::string sentence = "Your average " + name + " was " + formatNumber(*b.mean, 1) +
                           " over " + nights(b.n) + " after, against " + formatNumber(*a.mean, 1) +
                           " over " + nights(a.n) + " before";
    if (comparison.difference)
        sentence += ": " + withUnit(changeText(*comparison.difference, 1), outcome);
    if (comparison.hedgesG)
        sentence += " (Hedges g = " + formatNumber(*comparison.hedgesG, 2) + ")";
    sentence += ".";

    const InterruptedTimeSeries& its = comparison.its;
    const ItsCoefficient& level = its.levelChange;
    const ItsCoefficient& slope = its.slopeChange;
    if (level.estimate && level.ci95) {
        const int decimals = decimalsFor(*level.ci95);
        sentence += " Allowing for the trend before and for nights that run in stretches, " +
                    name + " changed by " + withUnit(changeText(*level.estimate, decimals), outcome) +
                    " when the after period began (95 % interval " +
                    withUnit(intervalChangeText(*level.ci95, decimals), outcome) + ")";
        if (slope.estimate && slope.ci95) {
            const int slopeDecimals = decimalsFor(*slope.ci95);
            sentence += ", and its daily trend by " + changeText(*slope.estimate, slopeDecimals) +
                        " per day (95 % interval " +
                        intervalChangeText(*slope.ci95, slopeDecimals) + ")";
        }
        sentence += ".";
    } else {
        sentence += " The time-series estimate, which allows for the trend and for nights that run "
                    "in stretches, needs at least " +
                    std::to_string(kMinimumPairsForFinding) + " nights in each period";
        if (its.note && *its.note != FigureNote::NotEnoughNights)
            sentence += " and varying nights (" + std::string(noteText(*its.note)) + ")";
        sentence += ".";
    }
    return sentence;
}

} // namespace quietlegs
