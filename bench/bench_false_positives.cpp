// How often statistics v1 and v2 are fooled by chance (docs/statistics.md, issue 19): simulated
// journals with no true effect, AR(1) symptoms and exposures, and the share of them in which
// each figure comes out below p = 0.05. Honest inference stays near 5 %. Also times the AR(1)
// fit and the effective N on a ten-year series. Prints figures; it is not a test.
//
//   bench_false_positives [--journals N] [--seed S]     (default 500 journals, seed 1)
#include "quietlegs/analysis/Ar1Regression.h"
#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/EffectiveSampleSize.h"

#include "BestOf.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace quietlegs;

namespace {

constexpr int kJournalDays = 365;
constexpr double kMissingShare = 0.10;
constexpr int kPeriodNights = 60; // each side of the before/after comparison

/// A stationary AR(1) series of `days` values with lag-1 correlation phi, mean and sd.
std::vector<double> ar1Series(std::mt19937_64& random, int days, double phi, double mean, double sd)
{
    std::normal_distribution<double> normal;
    const double innovationSd = sd * std::sqrt(1 - phi * phi);
    std::vector<double> values(static_cast<std::size_t>(days));
    double e = sd * normal(random);
    for (int i = 0; i < days; ++i) {
        if (i > 0)
            e = phi * e + innovationSd * normal(random);
        values[std::size_t(i)] = mean + e;
    }
    return values;
}

/// One figure's tally: how many journals gave it, and how many of those had p < 0.05.
struct Tally
{
    int defined = 0;
    int below = 0;

    void add(std::optional<double> p)
    {
        if (!p)
            return;
        ++defined;
        if (*p < 0.05)
            ++below;
    }
    double share() const { return defined ? double(below) / defined : 0.0; }
    /// Monte Carlo standard error of the share.
    double standardError() const
    {
        return defined ? std::sqrt(share() * (1 - share()) / defined) : 0.0;
    }
};

struct Tallies
{
    Tally naiveCorrelation, correctedCorrelation, ar1Slope, welch, itsLevel;
};

/// One simulated journal: a year of nights, about 10 % of them missing (no entry at all), a
/// daily exposure (e.g. magnesium in mg) and a nightly severity, independent of each other.
void simulateJournal(std::mt19937_64& random, Tallies& tallies)
{
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const double phiX = 0.5 + 0.2 * uniform(random);
    const double phiY = 0.5 + 0.2 * uniform(random);
    const std::vector<double> exposure = ar1Series(random, kJournalDays, phiX, 300, 100);
    const std::vector<double> severity = ar1Series(random, kJournalDays, phiY, 5, 2);
    std::vector<bool> present(static_cast<std::size_t>(kJournalDays));
    for (auto&& day : present)
        day = uniform(random) >= kMissingShare;

    std::vector<int> days;
    std::vector<double> x, y, dayColumn;
    std::vector<std::optional<double>> gridX(static_cast<std::size_t>(kJournalDays));
    std::vector<std::optional<double>> gridY(static_cast<std::size_t>(kJournalDays));
    for (int d = 0; d < kJournalDays; ++d) {
        if (!present[std::size_t(d)])
            continue;
        days.push_back(d);
        dayColumn.push_back(d);
        x.push_back(exposure[std::size_t(d)]);
        y.push_back(severity[std::size_t(d)]);
        gridX[std::size_t(d)] = exposure[std::size_t(d)];
        gridY[std::size_t(d)] = severity[std::size_t(d)];
    }

    // Correlation: v1's naive p, v2's p with the effective N.
    const Correlation v1 = correlate(x, y);
    tallies.naiveCorrelation.add(v1.pearsonP);
    const std::optional<double> nEff = effectiveSampleSize(gridX, gridY);
    tallies.correctedCorrelation.add(
        correctedCorrelationInference(v1.pearsonR, int(x.size()), nEff).p);

    // Effect: the slope of y ~ x + day with AR(1) errors.
    const Result<Ar1Fit> effect = fitAr1Regression(days, y, {x, dayColumn});
    tallies.ar1Slope.add(effect ? std::optional<double>(effect->coefficients[1].p) : std::nullopt);

    // Before/after: two 60-night periods, A = the 60 days from day 120, B the 60 after it.
    const int aFrom = 120, bFrom = aFrom + kPeriodNights, bTo = bFrom + kPeriodNights - 1;
    std::vector<double> a, b;
    std::vector<int> itsDays;
    std::vector<double> itsY, itsDay, post, postDay;
    for (std::size_t i = 0; i < days.size(); ++i) {
        const int d = days[i];
        if (d < aFrom || d > bTo)
            continue;
        const bool after = d >= bFrom;
        (after ? b : a).push_back(y[i]);
        itsDays.push_back(d);
        itsY.push_back(y[i]);
        itsDay.push_back(d);
        post.push_back(after ? 1.0 : 0.0);
        postDay.push_back(after ? double(d - bFrom) : 0.0);
    }
    tallies.welch.add(compareSamples(a, b).welchP);
    const Result<Ar1Fit> its = fitAr1Regression(itsDays, itsY, {itsDay, post, postDay});
    tallies.itsLevel.add(its ? std::optional<double>(its->coefficients[2].p) : std::nullopt);
}

/// The AR(1) fit and the effective N on ten years of nights, 10 % missing.
void timeTenYears()
{
    constexpr int kDays = 3650;
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const std::vector<double> exposure = ar1Series(random, kDays, 0.6, 300, 100);
    const std::vector<double> severity = ar1Series(random, kDays, 0.6, 5, 2);
    std::vector<int> days;
    std::vector<double> x, y, dayColumn;
    std::vector<std::optional<double>> gridX(kDays), gridY(kDays);
    for (int d = 0; d < kDays; ++d) {
        if (uniform(random) < kMissingShare)
            continue;
        days.push_back(d);
        dayColumn.push_back(d);
        x.push_back(exposure[std::size_t(d)]);
        y.push_back(severity[std::size_t(d)]);
        gridX[std::size_t(d)] = x.back();
        gridY[std::size_t(d)] = y.back();
    }
    double phi = 0, nEff = 0;
    const double fit = millisecondsOf([&] {
        phi = fitAr1Regression(days, y, {x, dayColumn})->phi;
    });
    const double effective = millisecondsOf([&] { nEff = *effectiveSampleSize(gridX, gridY); });
    std::printf("speed, %d-day grid, %zu nights (best of 5):\n", kDays, days.size());
    std::printf("  fitAr1Regression y ~ x + day      %8.2f ms  (phi %.3f)\n", fit, phi);
    std::printf("  effectiveSampleSize, J = %4zu     %8.2f ms  (n_eff %.1f)\n", days.size() / 5,
                effective, nEff);
}

} // namespace

int main(int argc, char** argv)
{
    int journals = 500;
    unsigned long long seed = 1;
    for (int i = 1; i < argc; ++i) {
        const std::string option = argv[i];
        if ((option == "--journals" || option == "--seed") && i + 1 < argc) {
            const long long value = std::atoll(argv[++i]);
            if (value < 1) {
                std::fprintf(stderr, "bench_false_positives: %s must be a positive number\n",
                             option.c_str());
                return 2;
            }
            if (option == "--journals")
                journals = int(value);
            else
                seed = static_cast<unsigned long long>(value);
        } else {
            std::fprintf(stderr, "usage: bench_false_positives [--journals N] [--seed S]\n");
            return 2;
        }
    }

    timeTenYears();

    std::mt19937_64 random(seed);
    Tallies tallies;
    const auto start = std::chrono::steady_clock::now();
    for (int j = 0; j < journals; ++j)
        simulateJournal(random, tallies);
    const std::chrono::duration<double> took = std::chrono::steady_clock::now() - start;

    std::printf("\n%d simulated journals with no true effect (seed %llu, %.1f s): %d nights, "
                "%.0f %% missing,\nAR(1) symptoms and exposures with phi 0.5-0.7. Share of "
                "journals with p < 0.05\n(should be 5 %%; +/- is the simulation's standard "
                "error):\n\n",
                journals, seed, took.count(), kJournalDays, kMissingShare * 100);
    std::printf("| figure | version | p < 0.05 | journals |\n");
    std::printf("| --- | --- | --- | --- |\n");
    auto row = [](const char* figure, const char* version, const Tally& tally) {
        std::printf("| %s | %s | %.1f %% +/- %.1f | %d |\n", figure, version, 100 * tally.share(),
                    100 * tally.standardError(), tally.defined);
    };
    row("correlation, naive p (n - 2 df)", "v1", tallies.naiveCorrelation);
    row("correlation, p with effective N", "v2", tallies.correctedCorrelation);
    row("effect: AR(1) slope of y ~ x + day", "v2", tallies.ar1Slope);
    row("before/after, Welch t-test (60 + 60 nights)", "v1", tallies.welch);
    row("before/after, ITS level change (AR(1))", "v2", tallies.itsLevel);
    return 0;
}
