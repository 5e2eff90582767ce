#include "quietlegs/analysis/Comparison.h"

#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/Descriptive.h"

#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <map>
#include <vector>

namespace quietlegs {
namespace {

/// Welch's unequal-variances t test of b against a (R `t.test(b, a)`).
void welchTest(std::span<const double> a, std::span<const double> b, TwoSampleTest& test)
{
    if (a.size() < 2 || b.size() < 2)
        return;
    const double na = double(a.size()), nb = double(b.size());
    const double va = std::pow(*sampleStandardDeviation(a), 2) / na;
    const double vb = std::pow(*sampleStandardDeviation(b), 2) / nb;
    const double se2 = va + vb;
    if (se2 <= 0) // R refuses: "data are essentially constant"
        return;
    test.welchT = (*mean(b) - *mean(a)) / std::sqrt(se2);
    test.welchDf = se2 * se2 / (va * va / (na - 1) + vb * vb / (nb - 1));
    test.welchP = twoSidedStudentP(*test.welchT, *test.welchDf);
}

/// Mann-Whitney U (Wilcoxon rank sum) of b against a with the normal approximation, tie and
/// continuity correction: R `wilcox.test(b, a, exact = FALSE, correct = TRUE)`.
void mannWhitneyTest(std::span<const double> a, std::span<const double> b, TwoSampleTest& test)
{
    if (a.empty() || b.empty())
        return;
    std::vector<double> pooled(b.begin(), b.end());
    pooled.insert(pooled.end(), a.begin(), a.end());
    const std::vector<double> ranks = midRanks(pooled);
    const double nb = double(b.size()), na = double(a.size()), n = na + nb;
    double rankSumB = 0;
    for (std::size_t i = 0; i < b.size(); ++i)
        rankSumB += ranks[i];
    const double w = rankSumB - nb * (nb + 1) / 2;
    test.mannWhitneyW = w;

    std::map<double, int> tieSizes;
    for (const double rank : ranks)
        ++tieSizes[rank];
    double tieTerm = 0;
    for (const auto& [rank, size] : tieSizes)
        tieTerm += double(size) * size * size - size;
    const double sigma = std::sqrt(nb * na / 12 * ((n + 1) - tieTerm / (n * (n - 1))));
    if (!(sigma > 0)) // every value tied: no ordering to test
        return;
    double z = w - nb * na / 2;
    const double correction = z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    test.mannWhitneyP = twoSidedNormalP(z);
}

/// Hedges' g as statistics-v1.md defines it (pooled sd, small-sample factor 1 - 3/(4N - 9)).
void hedgesG(std::span<const double> a, std::span<const double> b, TwoSampleTest& test)
{
    if (a.size() < 2 || b.size() < 2)
        return;
    const double na = double(a.size()), nb = double(b.size());
    const double sa = *sampleStandardDeviation(a), sb = *sampleStandardDeviation(b);
    const double pooled = std::sqrt(((na - 1) * sa * sa + (nb - 1) * sb * sb) / (na + nb - 2));
    if (!(pooled > 0))
        return;
    test.hedgesG = (*mean(b) - *mean(a)) / pooled * (1 - 3 / (4 * (na + nb) - 9));
}

std::vector<double> outcomeValues(const JournalSeries& series, Outcome outcome, Date from, Date to)
{
    std::vector<double> values;
    const DatedSeries& nights = series.outcome(outcome);
    for (auto it = nights.lowerBound(from); it != nights.end() && it->first <= to; ++it)
        values.push_back(it->second);
    return values;
}

} // namespace

ComparisonSide describeSample(std::span<const double> values, Date from, Date to)
{
    ComparisonSide side{from,
                        to,
                        static_cast<int>(values.size()),
                        mean(values),
                        sampleStandardDeviation(values),
                        std::nullopt};
    if (side.sd) {
        const boost::math::students_t distribution(double(side.n - 1));
        const double halfWidth =
            boost::math::quantile(distribution, 0.975) * *side.sd / std::sqrt(double(side.n));
        side.meanCi95 = Interval{*side.mean - halfWidth, *side.mean + halfWidth};
    }
    return side;
}

TwoSampleTest compareSamples(std::span<const double> a, std::span<const double> b)
{
    TwoSampleTest test;
    if (!a.empty() && !b.empty())
        test.difference = *mean(b) - *mean(a);
    welchTest(a, b, test);
    mannWhitneyTest(a, b, test);
    hedgesG(a, b, test);
    return test;
}

Comparison compareRanges(const JournalSeries& series, Outcome outcome, Date aFrom, Date aTo,
                         Date bFrom, Date bTo)
{
    const std::vector<double> a = outcomeValues(series, outcome, aFrom, aTo);
    const std::vector<double> b = outcomeValues(series, outcome, bFrom, bTo);
    return Comparison{outcome, describeSample(a, aFrom, aTo), describeSample(b, bFrom, bTo),
                      compareSamples(a, b)};
}

} // namespace quietlegs
