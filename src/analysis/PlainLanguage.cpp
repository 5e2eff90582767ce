#include "quietlegs/analysis/PlainLanguage.h"

#include "SmallHelpers.h"

#include "quietlegs/analysis/SelfExperiment.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>

namespace quietlegs {

using analysis_detail::capitalized;
using analysis_detail::meanOf;
using analysis_detail::nights;

namespace {

/// Below this a difference or a link is called "unlikely to be chance" in the sentences; a
/// reading aid only, the numbers are always shown.
constexpr double kConventionalAlpha = 0.05;

std::string pEquals(std::string_view name, double p)
{
    const std::string text = formatPValue(p);
    return std::string(name) + (text.front() == '<' ? " " : " = ") + text;
}

/// Means are shown to one decimal: scores are whole numbers, sleep efficiency a percentage.
constexpr int kMeanDecimals = 1;

std::string rangeText(Date from, Date to)
{
    return formatDate(from) + " to " + formatDate(to);
}

/// "lower (better)" / "higher (worse)" for a change of an outcome (the experiment's sentence).
std::string directionText(Outcome outcome, double difference)
{
    const bool higher = difference > 0;
    const bool better = higher == higherIsBetter(outcome);
    return std::string(higher ? "higher" : "lower") + (better ? " (better)" : " (worse)");
}

} // namespace

std::string formatNumber(double value, int decimals)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    std::string text = buffer;
    if (text.front() == '-' && text.find_first_not_of("-0.") == std::string::npos)
        text.erase(0, 1);
    return text;
}

std::string formatPValue(double p)
{
    if (p < 0.001)
        return "< 0.001";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2g", p);
    return buffer;
}

std::string effectSizeWord(double hedgesG)
{
    // Cohen J. Statistical Power Analysis for the Behavioral Sciences, 2nd ed., 1988.
    const double size = std::abs(hedgesG);
    if (size < 0.2)
        return "negligible";
    if (size < 0.5)
        return "small";
    if (size < 0.8)
        return "medium";
    return "large";
}

std::string lagPhrase(int lagDays)
{
    if (lagDays == 0)
        return "on the same day";
    if (lagDays == 1)
        return "the day before";
    return std::to_string(lagDays) + " days before";
}

std::string_view diaryCaveat()
{
    return "One person's diary shows what went together, not what caused what. Nights are not "
           "independent; the interval allows for that.";
}

std::string correlationCaveat(Exposure)
{
    return std::string(diaryCaveat());
}

std::string changeText(double change, int decimals)
{
    if (formatNumber(change, decimals) == formatNumber(0, decimals))
        return "no different";
    return formatNumber(std::abs(change), decimals) + (change < 0 ? " lower" : " higher");
}

std::string intervalText(Interval interval, int decimals)
{
    const double lo = std::min(interval.low, interval.high);
    const double hi = std::max(interval.low, interval.high);
    const auto magnitude = [&](double value) { return formatNumber(std::abs(value), decimals); };
    if (hi <= 0)
        return magnitude(hi) + " to " + magnitude(lo) + " lower";
    if (lo >= 0)
        return magnitude(lo) + " to " + magnitude(hi) + " higher";
    return magnitude(lo) + " lower to " + magnitude(hi) + " higher";
}

namespace {

/// Effects are shown to one decimal, or two when everything is below 1 (0.04 is not "0.0").
int effectDecimals(double estimate, Interval interval)
{
    const double largest =
        std::max({std::abs(estimate), std::abs(interval.low), std::abs(interval.high)});
    return largest >= 1 ? 1 : 2;
}

/// "1 point", "5 percentage points", "30 min".
std::string amountWithUnit(double amount, const std::string& unit, int decimals)
{
    std::string text = formatNumber(amount, decimals);
    if (unit.empty())
        return text;
    std::string shown = unit;
    if (text == formatNumber(1, decimals) && shown.size() > 1 && shown.back() == 's')
        shown.pop_back();
    return text + " " + shown;
}

/// The MID at the fewest decimals that show it exactly enough (1, 0.5, 2.25).
std::string midText(double mid, const std::string& unit)
{
    int decimals = 0;
    while (decimals < 3 && std::abs(std::stod(formatNumber(mid, decimals)) - mid) > 1e-9)
        ++decimals;
    return amountWithUnit(mid, unit, decimals);
}

std::string noteSentence(FigureNote note, int n)
{
    switch (note) {
    case FigureNote::NotEnoughNights:
        return "not enough nights yet (" + nights(n) + " with both; at least " +
               std::to_string(kMinimumPairsForFinding) + " are needed).";
    case FigureNote::TooFewIndependentNights:
        return "too few independent nights: the nights go in long runs, so these " + nights(n) +
               " count as three or fewer separate observations.";
    case FigureNote::NoVariation:
        return "no variation: one of them did not change over these " + nights(n) +
               ", apart from a steady drift.";
    case FigureNote::PhiAtBoundary:
        return "the nights follow each other so closely that the interval is unreliable.";
    }
    return {};
}

} // namespace

std::string effectSentence(const EffectRow& effect, const VariableCatalogue& variables)
{
    const auto exposure = variables.exposure(effect.exposure);
    const auto outcome = variables.outcome(effect.outcome);
    const std::string dose = exposure ? exposure->dosePhrase : effect.exposure;
    const double displayDose = exposure ? exposure->displayDose : 1;
    const std::string outcomeName = outcome ? outcome->phrase : effect.outcome;
    std::string lead = capitalized(dose);
    if (effect.lagDays > 0)
        lead += " " + lagPhrase(effect.lagDays);
    if (!effect.slope || !effect.slopeCi95)
        return lead + " and " + outcomeName + ": " +
               noteSentence(effect.note.value_or(FigureNote::NotEnoughNights), effect.n);
    const double change = *effect.slope * displayDose;
    const Interval interval{effect.slopeCi95->low * displayDose,
                            effect.slopeCi95->high * displayDose};
    const int decimals = effectDecimals(change, interval);
    std::string sentence = lead + ": " + outcomeName + " " + changeText(change, decimals) +
                           ", 95 % interval " + intervalText(interval, decimals) + " (" +
                           nights(effect.n) + ").";
    if (effect.note == FigureNote::PhiAtBoundary)
        sentence += " Careful: " + noteSentence(FigureNote::PhiAtBoundary, effect.n);
    return sentence;
}

std::string primarySentence(const PrimaryEffect& primary, const VariableCatalogue& variables)
{
    const EffectRow& effect = primary.effect;
    std::string sentence = "Your main question: " + effectSentence(effect, variables);
    if (!primary.verdict)
        return sentence;
    const auto outcome = variables.outcome(effect.outcome);
    const std::string mid = midText(primary.question.mid, outcome ? outcome->unit : "");
    switch (*primary.verdict) {
    case Verdict::BeyondMid:
        sentence += " The whole interval lies beyond the smallest change that matters (" + mid +
                    "): a change you would notice.";
        break;
    case Verdict::WithinMid:
        sentence += " The whole interval lies within the smallest change that matters (" + mid +
                    " either way): any effect is too small to notice.";
        break;
    case Verdict::Inconclusive:
        sentence += " The interval reaches both below and beyond the smallest change that "
                    "matters (" +
                    mid + "): not clear yet.";
        break;
    }
    if (effect.slopeP)
        sentence += " This question was chosen in advance, so its " + pEquals("p", *effect.slopeP) +
                    " needs no adjustment for the other comparisons.";
    return sentence + " " + std::string(diaryCaveat());
}

std::string correlationSentence(const CorrelationRow& row)
{
    const std::string exposure = exposurePhrase(row.exposure);
    const std::string outcome = outcomePhrase(row.outcome);
    const std::string subject =
        capitalized(exposure) + " " + lagPhrase(row.lagDays) + " and " + outcome;
    if (row.tooFewNights())
        return subject + ": not enough nights yet (" + nights(row.stats.n) +
               " with both; at least " + std::to_string(kMinimumPairsForFinding) + " are needed).";
    if (!row.stats.pearsonR)
        return subject + ": not enough data (one of them did not vary over these " +
               nights(row.stats.n) + ").";

    const double r = *row.stats.pearsonR;
    std::string link;
    if (r > 0)
        link = "More " + exposure + " " + lagPhrase(row.lagDays) + " went with a higher " +
               outcomeDisplayName(row.outcome);
    else if (r < 0)
        link = "More " + exposure + " " + lagPhrase(row.lagDays) + " went with a lower " +
               outcomeDisplayName(row.outcome);
    else
        link = subject + " showed no link";
    std::string numbers = "r = " + formatNumber(r, 2);
    if (row.stats.pearsonCi95)
        numbers += ", 95% interval " + formatNumber(row.stats.pearsonCi95->low, 2) + " to " +
                   formatNumber(row.stats.pearsonCi95->high, 2);
    numbers += ", n = " + nights(row.stats.n);
    if (row.nEff)
        numbers += ", worth about " + formatNumber(*row.nEff, 0) + " independent";
    if (row.qValue)
        numbers += ", " + pEquals("q", *row.qValue);
    std::string sentence = "Exploratory: " + link + " (" + numbers + ").";
    if (row.note == FigureNote::TooFewIndependentNights)
        sentence += " There are " + noteSentence(*row.note, row.stats.n);
    else if (row.qValue && *row.qValue >= kConventionalAlpha)
        sentence += " With this many comparisons, a link this weak could easily be chance.";
    return sentence + " " + std::string(diaryCaveat());
}

std::string strongestFindingSentence(const CorrelationTable& table)
{
    if (const auto best = table.strongestFinding())
        return "Largest of " + std::to_string(table.testCount()) +
               " exploratory tests, so likely overstated: " + correlationSentence(*best);
    int mostPairs = 0;
    for (const CorrelationRow& row : table.rows())
        mostPairs = std::max(mostPairs, row.stats.n);
    if (mostPairs < kMinimumPairsForFinding)
        return "Not enough nights yet: a finding needs at least " +
               std::to_string(kMinimumPairsForFinding) +
               " nights that have both a score and the day's entries (so far " + nights(mostPairs) +
               ").";
    return "No finding yet: over these nights the entries did not vary enough to compare.";
}

std::string_view regressionToMeanSentence(Audience audience)
{
    if (audience == Audience::Report)
        return "The 'before' period began during a worse spell than the 90 days before it; some "
               "improvement would be expected anyway (regression to the mean).";
    return "You started during a bad spell; some improvement would come anyway";
}

std::string comparisonSentence(const Comparison& comparison, Audience audience)
{
    const ComparisonSide& a = comparison.a;
    const ComparisonSide& b = comparison.b;
    const auto outcome = outcomeVariable(comparison.outcome);
    const std::string name = outcomeDisplayName(comparison.outcome);
    const bool higherBetter = outcome && outcome->worse == WorseDirection::Lower;
    if (!a.mean || !b.mean)
        return "Not enough data to compare: the " + name + " was recorded on " + nights(a.n) +
               " in the first period (" + rangeText(a.from, a.to) + ") and on " + nights(b.n) +
               " in the second (" + rangeText(b.from, b.to) + ").";

    const int decimals = kMeanDecimals;
    const double difference = *comparison.difference;
    // The report speaks to a professional about the patient (issue 23), the app to the person.
    std::string sentence = std::string(audience == Audience::Report ? "The patient's average "
                                                                    : "Your average ") +
                           name + " was " + formatNumber(*b.mean, decimals) +
                           " over " + nights(b.n) + " from " + rangeText(b.from, b.to) +
                           ", against " + formatNumber(*a.mean, decimals) + " over " + nights(a.n) +
                           " from " + rangeText(a.from, a.to) + ": ";
    if (formatNumber(difference, decimals) == formatNumber(0, decimals))
        sentence += "about the same.";
    else
        sentence += formatNumber(std::abs(difference), decimals) + " " +
                    std::string(difference > 0 ? "higher" : "lower") +
                    ((difference > 0) == higherBetter ? " (better)" : " (worse)") + ".";
    if (comparison.hedgesG)
        sentence += " The size of the change is " + effectSizeWord(*comparison.hedgesG) +
                    " (Hedges g = " + formatNumber(*comparison.hedgesG, 2) + ").";

    const InterruptedTimeSeries& its = comparison.its;
    if (its.levelChange.estimate && its.levelChange.ci95) {
        const Interval interval = *its.levelChange.ci95;
        const int itsDecimals = effectDecimals(*its.levelChange.estimate, interval);
        sentence += " Allowing for the trend before and the way nights follow each other, the "
                    "level at the change was " +
                    changeText(*its.levelChange.estimate, itsDecimals) + " (95 % interval " +
                    intervalText(interval, itsDecimals) + ").";
        if (its.note == FigureNote::PhiAtBoundary)
            sentence += " Careful: " + noteSentence(FigureNote::PhiAtBoundary, its.n);
    } else if (its.note == FigureNote::NotEnoughNights) {
        sentence += " For an interval, each period needs at least " +
                    std::to_string(kMinimumPairsForFinding) + " nights with a score.";
    } else {
        sentence += " No interval: the " + name + " did not vary enough.";
    }
    sentence += " Two periods of one diary differ in more than one way: natural ups and downs, "
                "the season and anything else that changed (stress, other treatment) may explain "
                "the difference.";
    if (comparison.regressionToMeanRisk.value_or(false)) {
        std::string rtm(regressionToMeanSentence(audience));
        if (rtm.back() != '.')
            rtm += '.';
        sentence += " " + rtm;
    }
    return sentence + " " + std::string(diaryCaveat());
}

std::string experimentSentence(const ExperimentPlan& plan, const ExperimentResult& result)
{
    const auto outcome = parseOutcome(plan.outcome);
    const auto exposure = parseExposure(plan.exposure);
    if (!outcome || !exposure)
        return "This plan names an outcome or exposure this version does not know.";
    const std::string name(outcomeDisplayName(*outcome));
    const std::string taken(exposurePhrase(*exposure));
    if (!result.difference)
        return "Not enough data: the experiment needs a scored night (" + name +
               ") after the washout in at least one \"on\" block and one \"off\" block.";
    const int decimals = kMeanDecimals;
    std::string sentence = "On \"on\" days (" + nights(result.nOn) + ") your average " + name +
                           " was " + formatNumber(*result.meanOn, decimals) + ", against " +
                           formatNumber(*result.meanOff, decimals) + " on \"off\" days (" +
                           nights(result.nOff) + "): ";
    if (formatNumber(*result.difference, decimals) == formatNumber(0, decimals))
        sentence += "about the same.";
    else
        sentence += formatNumber(std::abs(*result.difference), decimals) + " " +
                    directionText(*outcome, *result.difference) + " with " + taken + ".";
    if (result.effect && result.effectCi95) {
        const double lo = result.effectCi95->low, hi = result.effectCi95->high;
        sentence += " Allowing for the nights' ups and downs, the effect is " +
                    formatNumber(*result.effect, 2) + " (95 % interval " + formatNumber(lo, 2) +
                    " to " + formatNumber(hi, 2) + "); ";
        if (lo > plan.mid || hi < -plan.mid)
            sentence += "the whole interval lies beyond your smallest important difference (" +
                        formatNumber(plan.mid, 2) + ").";
        else if (-plan.mid < lo && hi < plan.mid)
            sentence += "the whole interval lies within your smallest important difference (" +
                        formatNumber(plan.mid, 2) + "): any effect is too small to matter.";
        else
            sentence += "the interval reaches across your smallest important difference (" +
                        formatNumber(plan.mid, 2) + "), so this is inconclusive.";
    }
    if (result.pRandomization)
        sentence += " Of all " + std::to_string(std::uint64_t(1) << (plan.blocks / 2)) +
                    " ways the pairs of blocks could have been assigned, a share of " +
                    formatPValue(*result.pRandomization) +
                    " gives a difference at least this large (the randomization test's p).";
    if (result.adherence) {
        sentence += " " + formatNumber(*result.adherence * 100, 0) +
                    " % of the analysed days followed the schedule";
        sentence += *result.adherence < kGoodAdherence
                        ? ", so the result compares the schedule more than what you took."
                        : ".";
    }
    if (result.endedEarly)
        sentence += " The experiment was ended early" +
                    (result.endedEarlyAt ? " (" + *result.endedEarlyAt + ")" : std::string()) +
                    ", so it has fewer nights than planned.";
    sentence += " A randomized experiment is the only design that supports \"it helped me\", and "
                "only for the outcome fixed before it began (" +
                name + ").";
    if (!plan.blinded)
        sentence += " You knew which days were \"on\": the result can still reflect expectation.";
    return sentence;
}

} // namespace quietlegs
