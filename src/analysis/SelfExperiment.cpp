#include "quietlegs/analysis/SelfExperiment.h"

#include "SeededRandom.h"
#include "quietlegs/analysis/Descriptive.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace quietlegs {
namespace {

/// Relabelings whose statistic is within rounding of the observed one count as "at least as
/// extreme" (floating-point sums of the same numbers in another order differ in the last bits).
constexpr double kTieTolerance = 1e-9;

/// Keeps the relabelings' random stream apart from the one that drew the schedule.
constexpr std::uint64_t kRelabelingSeedSalt = 0x9E3779B97F4A7C15ULL;

/// C(n, k) when it is at most `limit`, otherwise none.
std::optional<std::int64_t> binomialUpTo(int n, int k, std::int64_t limit)
{
    k = std::min(k, n - k);
    std::int64_t value = 1;
    // C(n, i) grows with i up to n / 2, so once past the limit it stays past it.
    for (int i = 0; i < k; ++i) {
        value = value * (n - i) / (i + 1); // exact: C(n, i) (n - i) is divisible by i + 1
        if (value > limit)
            return std::nullopt;
    }
    return value;
}

/// Difference of the mean of the ON blocks' means and the mean of the OFF blocks' means,
/// from the sum of the ON means (the total of all means is fixed).
double differenceOfMeans(double onSum, int onCount, double total, int count)
{
    return onSum / onCount - (total - onSum) / (count - onCount);
}

} // namespace

std::string_view randomizationMethodId(RandomizationMethod method)
{
    switch (method) {
    case RandomizationMethod::Exact:
        return "exact";
    case RandomizationMethod::MonteCarlo:
        return "monte_carlo";
    case RandomizationMethod::None:
        break;
    }
    return "none";
}

Result<ExperimentPlan> ExperimentPlan::create(Date start, int blockDays, int blockCount,
                                              std::uint64_t seed)
{
    if (!start.ok())
        return Error{"start", "", "is not a valid date"};
    if (blockDays < 1 || blockDays > kMaxExperimentBlockDays)
        return Error{"block_days", std::to_string(blockDays),
                     "must be between 1 and " + std::to_string(kMaxExperimentBlockDays)};
    if (blockCount < 2 || blockCount > kMaxExperimentBlocks || blockCount % 2 != 0)
        return Error{"blocks", std::to_string(blockCount),
                     "must be an even number between 2 and " +
                         std::to_string(kMaxExperimentBlocks) + " (half the blocks ON, half OFF)"};

    // Half ON, half OFF, shuffled: every balanced schedule is equally likely, which is what
    // the randomization test's reference set assumes.
    std::vector<char> labels(blockCount, 0);
    std::fill(labels.begin(), labels.begin() + blockCount / 2, 1);
    SeededRandom random(seed);
    random.shuffle(labels);

    ExperimentPlan plan;
    plan.m_blockDays = blockDays;
    plan.m_seed = seed;
    for (int i = 0; i < blockCount; ++i) {
        const Date first = addDays(start, i * blockDays);
        plan.m_blocks.push_back(
            ExperimentBlock{i, first, addDays(first, blockDays - 1), bool(labels[i])});
    }
    return plan;
}

std::optional<ExperimentBlock> ExperimentPlan::blockOf(Date date) const
{
    if (date < start() || date > end())
        return std::nullopt;
    return m_blocks[daysBetween(start(), date) / m_blockDays];
}

std::optional<double> ExperimentAdherence::onShare() const
{
    if (onDays == 0)
        return std::nullopt;
    return double(onDaysWithMagnesium) / onDays;
}

std::optional<double> ExperimentAdherence::offShare() const
{
    if (offDays == 0)
        return std::nullopt;
    return double(offDaysWithout) / offDays;
}

bool ExperimentAdherence::poor() const
{
    const auto below = [](std::optional<double> share) { return share && *share < kGoodAdherence; };
    return below(onShare()) || below(offShare());
}

ExperimentAdherence experimentAdherence(const ExperimentPlan& plan, const JournalSeries& series)
{
    ExperimentAdherence adherence;
    const DatedSeries& supplements = series.supplementMagnesiumMg();
    const auto& nights = series.nightDates();
    for (auto it = nights.lower_bound(plan.start()); it != nights.end() && *it <= plan.end();
         ++it) {
        // Every date with a night has a supplement value (0 when none was logged).
        const bool taken = supplements.at(*it).value_or(0) > 0;
        if (plan.blockOf(*it)->magnesiumOn) {
            ++adherence.onDays;
            adherence.onDaysWithMagnesium += taken ? 1 : 0;
        } else {
            ++adherence.offDays;
            adherence.offDaysWithout += taken ? 0 : 1;
        }
    }
    return adherence;
}

ExperimentResult analyseExperiment(const ExperimentPlan& plan, const JournalSeries& series,
                                   Outcome outcome, const ExperimentOptions& options)
{
    ExperimentResult result;
    result.outcome = outcome;
    const DatedSeries& nights = series.outcome(outcome);

    // The block is the unit: it is what was randomized, and nights within a block are not
    // independent (magnesium's effect, and RLS, carry over from one night to the next).
    std::vector<double> means; // of blocks with at least one scored night
    std::vector<char> labels;  // their ON/OFF label
    for (const ExperimentBlock& block : plan.blocks()) {
        std::vector<double> values;
        const Date first = addDays(block.first, std::max(0, options.washoutDays));
        for (auto it = nights.lowerBound(first); it != nights.end() && it->first <= block.last;
             ++it)
            values.push_back(it->second);
        result.blockMeans.push_back(mean(values));
        if (values.empty())
            continue;
        means.push_back(*mean(values));
        labels.push_back(block.magnesiumOn);
        (block.magnesiumOn ? result.blocksOn : result.blocksOff) += 1;
        (block.magnesiumOn ? result.nightsOn : result.nightsOff) += int(values.size());
    }

    std::vector<double> onMeans, offMeans;
    for (std::size_t i = 0; i < means.size(); ++i)
        (labels[i] ? onMeans : offMeans).push_back(means[i]);
    result.meanOn = mean(onMeans);
    result.meanOff = mean(offMeans);
    if (!result.meanOn || !result.meanOff)
        return result;
    result.difference = *result.meanOn - *result.meanOff;

    const int count = int(means.size());
    const int onCount = result.blocksOn;
    const double total = std::accumulate(means.begin(), means.end(), 0.0);
    const double observed = std::abs(*result.difference);
    const double threshold = observed - kTieTolerance * std::max(1.0, observed);
    auto atLeastAsExtreme = [&](double onSum) {
        return std::abs(differenceOfMeans(onSum, onCount, total, count)) >= threshold;
    };

    // Blocks without a scored night drop out; given how many ON blocks remain, every
    // arrangement of their labels was equally likely under the balanced design, so the
    // reference set is all C(count, onCount) labelings of the remaining blocks.
    if (const auto exactCount = binomialUpTo(count, onCount, kExactRelabelingLimit)) {
        std::int64_t hits = 0;
        std::vector<int> chosen(onCount);
        std::iota(chosen.begin(), chosen.end(), 0);
        while (true) {
            double onSum = 0;
            for (const int i : chosen)
                onSum += means[i];
            hits += atLeastAsExtreme(onSum) ? 1 : 0;
            // Next combination in lexicographic order.
            int i = onCount - 1;
            while (i >= 0 && chosen[i] == count - onCount + i)
                --i;
            if (i < 0)
                break;
            ++chosen[i];
            for (int j = i + 1; j < onCount; ++j)
                chosen[j] = chosen[j - 1] + 1;
        }
        result.method = RandomizationMethod::Exact;
        result.relabelings = *exactCount;
        result.pValue = double(hits) / double(*exactCount);
        return result;
    }

    // Too many to enumerate: random relabelings, counting the observed labeling as one of
    // them so that p is never 0 (Phipson & Smyth, Stat Appl Genet Mol Biol 2010;9:39).
    SeededRandom random(plan.seed() ^ kRelabelingSeedSalt);
    std::vector<char> shuffled = labels;
    std::int64_t hits = 0;
    for (std::int64_t draw = 0; draw < kRandomRelabelings; ++draw) {
        random.shuffle(shuffled);
        double onSum = 0;
        for (int i = 0; i < count; ++i)
            if (shuffled[i])
                onSum += means[i];
        hits += atLeastAsExtreme(onSum) ? 1 : 0;
    }
    result.method = RandomizationMethod::MonteCarlo;
    result.relabelings = kRandomRelabelings;
    result.pValue = double(1 + hits) / double(1 + kRandomRelabelings);
    return result;
}

} // namespace quietlegs
