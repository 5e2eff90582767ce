#include "quietlegs/analysis/Comparison.h"

#include "quietlegs/analysis/Ar1Regression.h"
#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/CorrelationTable.h"
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

/// Hedges' g as statistics-v1.md defined it (pooled sd, small-sample factor 1 - 3/(4N - 9)).
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

/// The outcome's nights in [from, to]: their day numbers and values, by date.
struct Nights
{
    std::vector<int> days;
    std::vector<double> values;
};

Nights outcomeNights(const DatedSeries& nights, Date from, Date to)
{
    Nights out;
    for (auto it = nights.lowerBound(from); it != nights.end() && it->first <= to; ++it) {
        out.days.push_back(dayNumber(it->first));
        out.values.push_back(it->second);
    }
    return out;
}

ItsCoefficient coefficientOf(const Ar1Coefficient& c)
{
    return ItsCoefficient{c.estimate, c.se, c.ci95, c.p};
}

/// y ~ day + post + post_day with AR(1) errors over A and B (statistics-v2.md section 4).
InterruptedTimeSeries interruptedTimeSeries(const Nights& a, const Nights& b, Date bFrom)
{
    InterruptedTimeSeries its;
    its.n = int(a.days.size() + b.days.size());
    if (a.days.size() < std::size_t(kMinimumPairsForFinding) ||
        b.days.size() < std::size_t(kMinimumPairsForFinding)) {
        its.note = FigureNote::NotEnoughNights;
        return its;
    }
    std::vector<int> days = a.days;
    days.insert(days.end(), b.days.begin(), b.days.end());
    std::vector<double> y = a.values;
    y.insert(y.end(), b.values.begin(), b.values.end());
    // Days counted from B_FROM: post and post_day mean what the spec says, and the day column
    // only moves the intercept.
    const int start = dayNumber(bFrom);
    std::vector<std::vector<double>> predictors(3, std::vector<double>(days.size()));
    for (std::size_t i = 0; i < days.size(); ++i) {
        const bool post = i >= a.days.size();
        predictors[0][i] = double(days[i] - start);
        predictors[1][i] = post ? 1 : 0;
        predictors[2][i] = post ? double(days[i] - start) : 0;
    }
    const auto fit = fitAr1Regression(days, y, predictors);
    if (!fit) {
        its.note = FigureNote::NoVariation;
        return its;
    }
    its.phi = fit->phi;
    its.levelChange = coefficientOf(fit->coefficients[2]);
    its.slopeChange = coefficientOf(fit->coefficients[3]);
    if (fit->phiAtBoundary)
        its.note = FigureNote::PhiAtBoundary;
    return its;
}

/// The 90 days before A_FROM against A (statistics-v2.md section 4; Barnett et al. 2005).
constexpr int kBaselineDays = 90;

std::optional<bool> regressionToMeanRisk(const DatedSeries& nights, const OutcomeVariable& outcome,
                                         const Nights& a, Date aFrom)
{
    const Nights baseline = outcomeNights(nights, addDays(aFrom, -kBaselineDays), addDays(aFrom, -1));
    if (baseline.values.size() < std::size_t(kMinimumPairsForFinding) || a.values.empty())
        return std::nullopt;
    const double baselineMean = *mean(baseline.values);
    const double baselineSd = *sampleStandardDeviation(baseline.values);
    const double worseBy = outcome.worse == WorseDirection::Higher ? *mean(a.values) - baselineMean
                                                                   : baselineMean - *mean(a.values);
    return worseBy > baselineSd / 2;
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

Result<Comparison> compareRanges(const JournalSeries& series, std::string_view outcome, Date aFrom,
                                 Date aTo, Date bFrom, Date bTo)
{
    const std::string periods =
        formatDate(aFrom) + ":" + formatDate(aTo) + "," + formatDate(bFrom) + ":" + formatDate(bTo);
    if (aTo < aFrom || bTo < bFrom)
        return Error{"--compare", periods, "a period ends before it starts"};
    if (!(aTo < bFrom))
        return Error{"--compare", periods,
                     "the periods overlap or are reversed: A must end before B starts"};
    auto variable = outcomeVariable(outcome, "--outcome");
    if (!variable)
        return variable.error();
    static const DatedSeries kNoNights;
    const DatedSeries* found = series.outcomeSeries(outcome);
    const DatedSeries& nights = found ? *found : kNoNights;
    const Nights a = outcomeNights(nights, aFrom, aTo);
    const Nights b = outcomeNights(nights, bFrom, bTo);

    Comparison comparison;
    comparison.outcome = variable->id;
    comparison.a = describeSample(a.values, aFrom, aTo);
    comparison.b = describeSample(b.values, bFrom, bTo);
    if (comparison.a.mean && comparison.b.mean)
        comparison.difference = *comparison.b.mean - *comparison.a.mean;
    comparison.hedgesG = hedgesGExact(a.values, b.values);
    comparison.its = interruptedTimeSeries(a, b, bFrom);
    comparison.regressionToMeanRisk = regressionToMeanRisk(nights, *variable, a, aFrom);
    return comparison;
}

} // namespace quietlegs
