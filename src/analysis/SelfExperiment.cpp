#include "quietlegs/analysis/SelfExperiment.h"

#include "quietlegs/analysis/Ar1Regression.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <numbers>
#include <random>

namespace quietlegs {
namespace {

/// Flips whose |difference| is within rounding of the observed one count as "at least as
/// extreme": sums of the same numbers in another order differ in the last bits.
constexpr double kTieTolerance = 1e-9;

/// Standard normal draws from the exactly specified mt19937_64 by Box-Muller, by hand:
/// std::normal_distribution differs between standard libraries, and the power must not.
class NormalDraws
{
public:
    explicit NormalDraws(std::uint64_t seed) : m_engine(seed) {}
    double next()
    {
        if (m_spare) {
            const double value = *m_spare;
            m_spare.reset();
            return value;
        }
        const double u1 = uniform();
        const double u2 = uniform();
        const double radius = std::sqrt(-2.0 * std::log(u1));
        m_spare = radius * std::sin(2.0 * std::numbers::pi * u2);
        return radius * std::cos(2.0 * std::numbers::pi * u2);
    }

private:
    double uniform() { return (double(m_engine() >> 11) + 0.5) * 0x1.0p-53; } // in (0, 1)
    std::mt19937_64 m_engine;
    std::optional<double> m_spare;
};

/// Sums of every sign pattern of `values` (2^size of them).
std::vector<double> signedSums(std::span<const double> values)
{
    std::vector<double> sums{0.0};
    for (const double value : values) {
        const std::size_t count = sums.size();
        sums.resize(2 * count);
        for (std::size_t i = 0; i < count; ++i) {
            sums[count + i] = sums[i] - value;
            sums[i] += value;
        }
    }
    return sums;
}

struct BlockNights
{
    double sum = 0;
    int n = 0;
};

bool analysed(const ExperimentPlan& plan, const ExperimentBlock& block, Date date)
{
    return date >= addDays(block.from, plan.washoutDays) && date <= block.to;
}

/// The last date whose night counts: the plan's end, or the day it was ended early.
Date lastAnalysedDate(const ExperimentPlan& plan)
{
    Date last = experimentEnd(plan);
    if (plan.endedEarlyAt)
        if (auto ended = parseDate(plan.endedEarlyAt->substr(0, 10)); ended && *ended < last)
            last = *ended;
    return last;
}

} // namespace

double defaultExperimentMid(Outcome outcome)
{
    switch (outcome) {
    case Outcome::IrlsTotal:
        return 3;
    case Outcome::Severity:
        return 1;
    case Outcome::SleepEfficiency:
        return 5;
    }
    return 1;
}

double defaultExperimentSd(Outcome outcome)
{
    return 2 * defaultExperimentMid(outcome);
}

Status validateExperimentVariables(const ExperimentPlan& plan)
{
    if (auto exposure = parseExposure(plan.exposure, "exposure"); !exposure)
        return exposure.error();
    if (auto outcome = parseOutcome(plan.outcome, "outcome"); !outcome)
        return outcome.error();
    return validateExperimentDesign(plan);
}

double exactFlipPValue(std::span<const double> contributions, double observed, double tolerance)
{
    // Meet in the middle: every sum is a + b with a from the first half's 2^h sign patterns
    // and b from the second's; with b sorted, two binary searches count the extreme ones.
    const std::size_t half = contributions.size() / 2;
    const std::vector<double> first = signedSums(contributions.first(half));
    std::vector<double> second = signedSums(contributions.subspan(half));
    std::sort(second.begin(), second.end());
    const double threshold = std::abs(observed) - tolerance;
    if (threshold <= 0)
        return 1.0;
    std::uint64_t hits = 0;
    for (const double a : first) {
        // a + b >= threshold, or a + b <= -threshold (disjoint: threshold > 0).
        hits += std::uint64_t(second.end() -
                              std::lower_bound(second.begin(), second.end(), threshold - a));
        hits += std::uint64_t(std::upper_bound(second.begin(), second.end(), -threshold - a) -
                              second.begin());
    }
    return double(hits) / (double(first.size()) * double(second.size()));
}

double simulateExperimentPower(const ExperimentPlan& plan, double phi, double sd, int simulations,
                               std::uint64_t seed)
{
    const int pairs = plan.blocks / 2;
    const int days = plan.blocks * plan.blockDays;
    const int analysedPerBlock = plan.blockDays - plan.washoutDays;
    const std::vector<ExperimentBlock> blocks = experimentAssignments(plan);
    NormalDraws normal(seed);
    const double innovationSd = sd * std::sqrt(std::max(0.0, 1 - phi * phi));
    std::vector<double> contributions(pairs);
    int detected = 0;
    for (int simulation = 0; simulation < simulations; ++simulation) {
        // Every block has the same analysed nights, so the difference of means is
        // sum over pairs of (first block's sum - second's) times +-1 / (pairs * nights):
        // flipping a pair flips the sign of its term.
        double error = sd * normal.next(); // stationary start
        std::fill(contributions.begin(), contributions.end(), 0.0);
        double observed = 0;
        for (int day = 0; day < days; ++day) {
            if (day > 0)
                error = phi * error + innovationSd * normal.next();
            const int block = day / plan.blockDays;
            if (day % plan.blockDays < plan.washoutDays)
                continue;
            const bool on = blocks[block].on;
            const double y = error + (on ? plan.mid : 0.0);
            contributions[block / 2] += (block % 2 == 0 ? y : -y);
            observed += on ? y : -y;
        }
        const double scale = double(pairs) * analysedPerBlock;
        const double p = exactFlipPValue(contributions, observed, kTieTolerance * scale);
        detected += p < kExperimentAlpha ? 1 : 0;
    }
    return simulations > 0 ? double(detected) / simulations : 0.0;
}

ExperimentPower experimentPower(const ExperimentPlan& plan, const DatedSeries& outcome, Date asOf,
                                int simulations)
{
    ExperimentPower power;
    const auto parsed = parseOutcome(plan.outcome);
    power.sd = defaultExperimentSd(parsed ? *parsed : Outcome::Severity);

    std::vector<int> days;
    std::vector<double> values;
    for (auto it = outcome.begin(); it != outcome.end() && it->first < asOf; ++it) {
        days.push_back(daysBetween(asOf, it->first));
        values.push_back(it->second);
    }
    const std::size_t keep = std::min<std::size_t>(values.size(), kPowerHistoryNights);
    days.erase(days.begin(), days.end() - keep);
    values.erase(values.begin(), values.end() - keep);
    if (int(keep) >= kPowerMinimumNights) {
        std::vector<std::vector<double>> trend{std::vector<double>(days.begin(), days.end())};
        if (auto fit = fitAr1Regression(days, values, trend); fit && fit->residualSd > 0) {
            power.phi = fit->phi;
            power.sd = fit->residualSd;
            power.historyNights = int(keep);
            power.fromHistory = true;
        }
    }
    power.power = simulateExperimentPower(plan, power.phi, power.sd, simulations, plan.seed);
    return power;
}

bool experimentResultVisible(const ExperimentPlan& plan, Date today)
{
    return plan.endedEarlyAt.has_value() || today > experimentEnd(plan);
}

ExperimentResult analyseExperiment(const ExperimentPlan& plan, const DatedSeries& outcome,
                                   const DatedSeries& taken)
{
    return analyseExperiment(plan, experimentAssignments(plan), outcome, taken);
}

ExperimentResult analyseExperiment(const ExperimentPlan& plan,
                                   const std::vector<ExperimentBlock>& blocks,
                                   const DatedSeries& outcome, const DatedSeries& taken)
{
    ExperimentResult result;
    result.endedEarly = plan.endedEarlyAt.has_value();
    result.endedEarlyAt = plan.endedEarlyAt;
    const Date last = lastAnalysedDate(plan);

    std::vector<BlockNights> perBlock(blocks.size());
    std::vector<int> days;
    std::vector<double> y, on, dayColumn;
    int followed = 0;
    for (const ExperimentBlock& block : blocks) {
        for (auto it = outcome.lowerBound(block.from);
             it != outcome.end() && it->first <= block.to && it->first <= last; ++it) {
            if (!analysed(plan, block, it->first))
                continue;
            BlockNights& nights = perBlock[block.block - 1];
            nights.sum += it->second;
            ++nights.n;
            const int day = daysBetween(plan.start, it->first);
            days.push_back(day);
            y.push_back(it->second);
            on.push_back(block.on ? 1.0 : 0.0);
            dayColumn.push_back(day);
            // Blinded, the person cannot know on from off: taking the day's pack is
            // following the schedule (the helper filled it with active or placebo).
            if (plan.blinded)
                followed += packTakenOn(plan, it->first) ? 1 : 0;
            else
                followed += (taken.at(it->first).value_or(0) > 0) == block.on ? 1 : 0;
        }
    }

    double sumOn = 0, sumOff = 0;
    for (const ExperimentBlock& block : blocks) {
        const BlockNights& nights = perBlock[block.block - 1];
        (block.on ? sumOn : sumOff) += nights.sum;
        (block.on ? result.nOn : result.nOff) += nights.n;
    }
    const int analysedNights = result.nOn + result.nOff;
    if (analysedNights > 0)
        result.adherence = double(followed) / analysedNights;
    if (result.nOn == 0 || result.nOff == 0)
        return result;
    result.meanOn = sumOn / result.nOn;
    result.meanOff = sumOff / result.nOff;
    result.difference = *result.meanOn - *result.meanOff;

    // Exact randomization test: all 2^(B/2) flips, walked in Gray-code order so that each
    // step swaps the conditions of one pair (O(1) per flip; 2^20 at most).
    const int pairs = plan.blocks / 2;
    BlockNights currentOn, currentOff;
    std::vector<char> firstOn(pairs);
    for (int pair = 0; pair < pairs; ++pair) {
        firstOn[pair] = blocks[2 * pair].on;
        const BlockNights& a = perBlock[2 * pair];
        const BlockNights& b = perBlock[2 * pair + 1];
        const BlockNights& onBlock = firstOn[pair] ? a : b;
        const BlockNights& offBlock = firstOn[pair] ? b : a;
        currentOn.sum += onBlock.sum;
        currentOn.n += onBlock.n;
        currentOff.sum += offBlock.sum;
        currentOff.n += offBlock.n;
    }
    const double threshold = std::abs(*result.difference) - kTieTolerance;
    const std::uint64_t flips = std::uint64_t(1) << pairs;
    std::uint64_t hits = 0;
    for (std::uint64_t step = 0; step < flips; ++step) {
        if (step > 0) {
            const int pair = std::countr_zero(step); // the bit the Gray code changes
            const BlockNights& a = perBlock[2 * pair];
            const BlockNights& b = perBlock[2 * pair + 1];
            const BlockNights& wasOn = firstOn[pair] ? a : b;
            const BlockNights& wasOff = firstOn[pair] ? b : a;
            currentOn.sum += wasOff.sum - wasOn.sum;
            currentOn.n += wasOff.n - wasOn.n;
            currentOff.sum += wasOn.sum - wasOff.sum;
            currentOff.n += wasOn.n - wasOff.n;
            firstOn[pair] = !firstOn[pair];
        }
        // A flip that leaves one condition without nights has no difference to compare.
        if (currentOn.n > 0 && currentOff.n > 0 &&
            std::abs(currentOn.sum / currentOn.n - currentOff.sum / currentOff.n) >= threshold)
            ++hits;
    }
    result.pRandomization = double(hits) / double(flips);

    if (auto fit = fitAr1Regression(days, y, {on, dayColumn})) {
        const Ar1Coefficient& effect = fit->coefficients.at(1);
        result.effect = effect.estimate;
        result.effectSe = effect.se;
        result.effectCi95 = effect.ci95;
        result.effectP = effect.p;
        result.phi = fit->phi;
    } else {
        result.effectNote = fit.error().rule;
    }
    return result;
}

Result<ExperimentResult> analyseExperiment(const ExperimentPlan& plan, const JournalSeries& series)
{
    auto outcome = parseOutcome(plan.outcome, "outcome");
    if (!outcome)
        return outcome.error();
    auto exposure = parseExposure(plan.exposure, "exposure");
    if (!exposure)
        return exposure.error();
    const DatedSeries& taken = *exposure == Exposure::MagnesiumMg ? series.supplementMagnesiumMg()
                                                                  : series.exposure(*exposure);
    return analyseExperiment(plan, series.outcome(*outcome), taken);
}

} // namespace quietlegs
