#include "quietlegs/analysis/Correlation.h"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace quietlegs {
namespace {

/// |r| this close to 1 is taken as exactly +/-1: perfectly linear data whose r came out a few
/// units in the last place short of 1 by rounding (statistics-v1.md: r = +/-1 gives p = 0).
constexpr double kPerfectCorrelationTolerance = 64 * std::numeric_limits<double>::epsilon();

/// Sample Pearson r of two non-constant series of equal length >= 2, two-pass for accuracy.
double pearsonR(std::span<const double> x, std::span<const double> y)
{
    // Both means in one pass: each sum the same additions in the same order as mean()'s.
    double sumX = 0, sumY = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sumX += x[i];
        sumY += y[i];
    }
    const double mx = sumX / double(x.size());
    const double my = sumY / double(y.size());
    double sxx = 0, syy = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        const double dx = x[i] - mx;
        const double dy = y[i] - my;
        sxx += dx * dx;
        syy += dy * dy;
        sxy += dx * dy;
    }
    double r = sxy / (std::sqrt(sxx) * std::sqrt(syy));
    r = std::clamp(r, -1.0, 1.0);
    if (1.0 - std::abs(r) <= kPerfectCorrelationTolerance)
        r = r > 0 ? 1.0 : -1.0;
    return r;
}

/// Two-sided p of a correlation coefficient by t = r sqrt(df / (1 - r^2)) (R cor.test,
/// SciPy spearmanr).
double correlationP(double r, int n)
{
    if (std::abs(r) == 1.0)
        return 0.0;
    const double df = n - 2;
    const double t = r * std::sqrt(df / ((1.0 - r) * (1.0 + r)));
    return twoSidedStudentP(t, df);
}

} // namespace

double twoSidedStudentP(double t, double df)
{
    if (!std::isfinite(t))
        return std::isnan(t) ? std::numeric_limits<double>::quiet_NaN() : 0.0;
    const boost::math::students_t distribution(df);
    return std::min(1.0,
                    2.0 * boost::math::cdf(boost::math::complement(distribution, std::abs(t))));
}

double twoSidedNormalP(double z)
{
    if (!std::isfinite(z))
        return std::isnan(z) ? std::numeric_limits<double>::quiet_NaN() : 0.0;
    const boost::math::normal distribution;
    return std::min(1.0,
                    2.0 * boost::math::cdf(boost::math::complement(distribution, std::abs(z))));
}

std::optional<LeastSquaresLine> leastSquaresLine(std::span<const double> x,
                                                 std::span<const double> y)
{
    if (x.size() != y.size())
        throw std::logic_error("leastSquaresLine: series of different lengths");
    if (x.size() < 2 || isConstant(x))
        return std::nullopt;
    const double mx = *mean(x);
    const double my = *mean(y);
    double sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    const double slope = sxy / sxx;
    return LeastSquaresLine{my - slope * mx, slope};
}

namespace {

/// Pearson's part of correlate(): n, r, its interval and p. False when the rest is undefined.
bool pearsonPart(std::span<const double> x, std::span<const double> y, Correlation& result)
{
    if (x.size() != y.size())
        throw std::logic_error("correlate: series of different lengths");
    result.n = static_cast<int>(x.size());
    // statistics-v1.md: with fewer than four pairs every statistic is undefined (null), so a
    // table never shows an r without its interval.
    if (result.n < 4 || isConstant(x) || isConstant(y))
        return false;

    const double r = pearsonR(x, y);
    result.pearsonR = r;
    result.pearsonP = correlationP(r, result.n);
    {
        // Fisher z interval with the exact normal quantile, as R's cor.test
        // (qnorm(0.975) = 1.959963984540054; statistics-v1.md rounds it to 1.959964).
        static const double kZ975 = boost::math::quantile(boost::math::normal(), 0.975);
        const double z = std::atanh(r);
        const double halfWidth = kZ975 / std::sqrt(double(result.n - 3));
        result.pearsonCi95 = Interval{std::tanh(z - halfWidth), std::tanh(z + halfWidth)};
    }
    return true;
}

void spearmanPart(std::span<const double> rankX, std::span<const double> rankY,
                  Correlation& result)
{
    const double rho = pearsonR(rankX, rankY);
    result.spearmanRho = rho;
    result.spearmanP = correlationP(rho, result.n);
}

} // namespace

Correlation correlate(std::span<const double> x, std::span<const double> y)
{
    Correlation result;
    if (!pearsonPart(x, y, result))
        return result;
    spearmanPart(midRanks(x), midRanks(y), result);
    return result;
}

Correlation correlateRanked(std::span<const double> x, std::span<const double> y,
                            std::span<const double> rankX, std::span<const double> rankY)
{
    if (rankX.size() != x.size() || rankY.size() != y.size())
        throw std::logic_error("correlateRanked: ranks of different lengths");
    Correlation result;
    if (!pearsonPart(x, y, result))
        return result;
    spearmanPart(rankX, rankY, result);
    return result;
}

} // namespace quietlegs
