#include "quietlegs/analysis/PlainLanguage.h"

#include "quietlegs/analysis/SelfExperiment.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace quietlegs {
namespace {

/// Below this a difference or a link is called "unlikely to be chance" in the sentences; a
/// reading aid only, the numbers are always shown.
constexpr double kConventionalAlpha = 0.05;

std::string pEquals(std::string_view name, double p)
{
    const std::string text = formatPValue(p);
    return std::string(name) + (text.front() == '<' ? " " : " = ") + text;
}

std::string capitalized(std::string text)
{
    if (!text.empty() && text.front() >= 'a' && text.front() <= 'z')
        text.front() = char(text.front() - 'a' + 'A');
    return text;
}

std::string nights(int n)
{
    return std::to_string(n) + (n == 1 ? " night" : " nights");
}

/// Means are shown to one decimal: scores are whole numbers, sleep efficiency a percentage.
constexpr int kMeanDecimals = 1;

std::string rangeText(Date from, Date to)
{
    return formatDate(from) + " to " + formatDate(to);
}

/// "lower (better)" / "higher (worse)" for a change of an outcome.
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

std::string correlationCaveat(Exposure exposure)
{
    return "A correlation in one person's diary is not proof that " +
           std::string(exposurePhrase(exposure)) + " caused the change.";
}

std::string correlationSentence(const CorrelationRow& row)
{
    const std::string subject = capitalized(std::string(exposurePhrase(row.exposure))) + " " +
                                lagPhrase(row.lagDays) + " and " +
                                std::string(outcomePhrase(row.outcome));
    if (row.tooFewNights())
        return subject + ": not enough nights yet (" + nights(row.stats.n) +
               " with both; at least " + std::to_string(kMinimumPairsForFinding) + " are needed).";
    if (!row.stats.pearsonR)
        return subject + ": not enough data (one of them did not vary over these " +
               nights(row.stats.n) + ").";

    const double r = *row.stats.pearsonR;
    std::string link;
    if (r > 0)
        link = "More " + std::string(exposurePhrase(row.exposure)) + " " + lagPhrase(row.lagDays) +
               " went with a higher " + std::string(outcomeDisplayName(row.outcome));
    else if (r < 0)
        link = "More " + std::string(exposurePhrase(row.exposure)) + " " + lagPhrase(row.lagDays) +
               " went with a lower " + std::string(outcomeDisplayName(row.outcome));
    else
        link = subject + " showed no link";
    std::string numbers = "r = " + formatNumber(r, 2);
    if (row.stats.pearsonCi95)
        numbers += ", 95% interval " + formatNumber(row.stats.pearsonCi95->low, 2) + " to " +
                   formatNumber(row.stats.pearsonCi95->high, 2);
    numbers += ", n = " + nights(row.stats.n);
    if (row.qValue)
        numbers += ", " + pEquals("q", *row.qValue);
    std::string sentence = link + " (" + numbers + ").";
    if (row.qValue && *row.qValue >= kConventionalAlpha)
        sentence += " With this many comparisons, a link this weak could easily be chance.";
    return sentence + " " + correlationCaveat(row.exposure);
}

std::string strongestFindingSentence(const CorrelationTable& table)
{
    if (const auto best = table.strongestFinding())
        return "Strongest finding: " + correlationSentence(*best);
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

std::string comparisonSentence(const Comparison& comparison)
{
    const Outcome outcome = comparison.outcome;
    const ComparisonSide& a = comparison.a;
    const ComparisonSide& b = comparison.b;
    const std::string name(outcomeDisplayName(outcome));
    if (!a.mean || !b.mean)
        return "Not enough data to compare: the " + name + " was recorded on " + nights(a.n) +
               " in the first period (" + rangeText(a.from, a.to) + ") and on " + nights(b.n) +
               " in the second (" + rangeText(b.from, b.to) + ").";

    const int decimals = kMeanDecimals;
    const TwoSampleTest& test = comparison.test;
    const double difference = *test.difference;
    std::string sentence = "Your average " + name + " was " + formatNumber(*b.mean, decimals) +
                           " over " + nights(b.n) + " from " + rangeText(b.from, b.to) +
                           ", against " + formatNumber(*a.mean, decimals) + " over " + nights(a.n) +
                           " from " + rangeText(a.from, a.to) + ": ";
    if (formatNumber(difference, decimals) == formatNumber(0, decimals))
        sentence += "about the same.";
    else
        sentence += formatNumber(std::abs(difference), decimals) + " " +
                    directionText(outcome, difference) + ".";

    if (test.welchP) {
        std::string tests = pEquals("Welch test p", *test.welchP);
        if (test.mannWhitneyP)
            tests += ", " + pEquals("Mann-Whitney p", *test.mannWhitneyP);
        if (*test.welchP < kConventionalAlpha)
            sentence += " A difference this large would be unlikely if nothing had changed (" +
                        tests + ").";
        else
            sentence += " A difference this size could easily be chance (" + tests + ").";
    } else {
        sentence += " There are too few nights, or too little variation, for a test.";
    }
    if (test.hedgesG)
        sentence += " The size of the change is " + effectSizeWord(*test.hedgesG) +
                    " (Hedges g = " + formatNumber(*test.hedgesG, 2) + ").";
    if (a.n < kMinimumPairsForFinding || b.n < kMinimumPairsForFinding)
        sentence += " With fewer than " + std::to_string(kMinimumPairsForFinding) +
                    " nights in a period, take this as a first impression only.";
    return sentence +
           " This compares two periods of one diary: anything else that changed between them "
           "(season, stress, other treatment) may explain the difference.";
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
