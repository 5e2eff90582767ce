#include "quietlegs/analysis/EffectWording.h"

#include "SmallHelpers.h"

#include "quietlegs/analysis/PlainLanguage.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace quietlegs {

using analysis_detail::nights;

namespace {

/// A setting's number as a person typed it: "1", "0.5", "30".
std::string plainNumber(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%g", value);
    return buffer;
}

std::string outcomePhraseOf(std::string_view outcomeId, const VariableCatalogue& variables)
{
    const auto outcome = variables.outcome(outcomeId);
    return outcome ? outcome->phrase : std::string(outcomeId);
}

/// "1 point", "5 percentage points", "3 points".
std::string midText(double mid, const std::optional<OutcomeVariable>& outcome)
{
    std::string unit = outcome ? outcome->unit : std::string();
    if (mid == 1 && unit.size() > 1 && unit.back() == 's')
        unit.pop_back();
    return plainNumber(mid) + (unit.empty() ? "" : " " + unit);
}

/// Why an effect has no figure, in a few words.
std::string whyNoFigure(const EffectRow& effect)
{
    const FigureNote note = effect.note.value_or(
        effect.n < kMinimumPairsForFinding ? FigureNote::NotEnoughNights : FigureNote::NoVariation);
    if (note == FigureNote::NotEnoughNights)
        return "not enough nights yet (" + nights(effect.n) + " with both; at least " +
               std::to_string(kMinimumPairsForFinding) + " are needed)";
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
    // As effectSentence() rounds: one decimal, two when everything is below 1.
    const double largest =
        std::max({std::abs(dose.estimate), std::abs(dose.ci95.low), std::abs(dose.ci95.high)});
    dose.decimals = largest >= 1 ? 1 : 2;
    return dose;
}

std::string displayDoseText(const ExposureVariable& exposure)
{
    if (exposure.unit == kYesNoFactorUnit)
        return exposure.unit; // "yes vs no", not "1 yes vs no"
    std::string unit = exposure.unit;
    // "1 units" reads wrong; the catalogue's units are plurals ending in s ("units", "points").
    if (exposure.displayDose == 1 && unit.size() > 1 && unit.back() == 's')
        unit.pop_back();
    return plainNumber(exposure.displayDose) + (unit.empty() ? "" : " " + unit);
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
    return perDose ? intervalText(perDose->ci95, perDose->decimals) : std::string();
}

std::string primaryQuestionText(const PrimaryQuestion& question, const VariableCatalogue& variables,
                                bool forProfessional)
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
           midText(question.mid, outcome) + ".";
}

std::string verdictSentence(const PrimaryEffect& primary, const VariableCatalogue& variables,
                            bool forProfessional)
{
    const EffectRow& effect = primary.effect;
    if (!primary.verdict)
        return "No verdict yet: " + whyNoFigure(effect) + ".";
    const std::string mattersTo =
        forProfessional ? "the MID" : "the smallest change that matters to you";
    const auto outcome = variables.outcome(effect.outcome);
    const std::string mid = midText(primary.question.mid, outcome);
    const std::string outcomeText = outcomePhraseOf(effect.outcome, variables);
    std::string sentence = "Verdict: " + std::string(verdictText(*primary.verdict)) + ". ";
    switch (*primary.verdict) {
    case Verdict::BeyondMid: {
        const std::string side = isBetter(outcome, effect.slope.value_or(0)) ? "better" : "worse";
        sentence += "The whole interval lies beyond " + mattersTo + " (" + mid + "), on the " +
                    side + " side: over these nights, more went with " + outcomeText + " " + side +
                    " by more than that.";
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
    if (effect.slopeP) {
        const std::string p = formatPValue(*effect.slopeP);
        sentence += std::string(" Its own p") + (p.front() == '<' ? " " : " = ") + p +
                    ", not adjusted for the other links: this question was chosen in advance.";
    }
    return sentence;
}

std::string exploratoryNote(const CorrelationTable& table, const VariableCatalogue& variables)
{
    const auto best = table.strongestFinding();
    if (!best)
        return strongestFindingSentence(table); // why there is none yet
    const int tests = table.testCount();
    const auto& effects = table.effects();
    const auto effect = std::find_if(effects.begin(), effects.end(), [&](const EffectRow& row) {
        return row.key() == best->key();
    });
    std::string finding;
    if (effect != effects.end() && effect->slope)
        finding = effectSentence(*effect, variables);
    else
        finding = std::string(exposurePhrase(best->exposure)) + " " + lagPhrase(best->lagDays) +
                  " and " + outcomePhraseOf(best->outcome, variables) + ".";
    std::string numbers;
    if (best->stats.pearsonR)
        numbers = "r = " + formatNumber(*best->stats.pearsonR, 2);
    if (best->qValue) {
        const std::string q = formatPValue(*best->qValue);
        numbers +=
            (numbers.empty() ? "" : ", ") + std::string("q") + (q.front() == '<' ? " " : " = ") + q;
    }
    if (!numbers.empty() && !finding.empty() && finding.back() == '.') {
        finding.pop_back(); // r and q go inside the sentence, after the effect
        finding += "; " + numbers + ".";
    }
    return "Exploratory: the largest of " + std::to_string(tests) + " links tested. " + finding +
           " As the largest of " + std::to_string(tests) +
           " tests it is likely overstated: a lead to test, not a result.";
}

} // namespace quietlegs
