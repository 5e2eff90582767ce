#include "quietlegs/analysis/Ar1Regression.h"

#include "quietlegs/analysis/Correlation.h"

#include <algorithm>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/tools/minima.hpp>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <numbers>
#include <string>

namespace quietlegs {
namespace {

// Statistics-v2 section 2: with r = phi^d for two observations d days apart, every column v
// is transformed as v'_1 = v_1, v'_i = (v_i - r v_{i-1}) / sqrt(1 - r^2), and ordinary least
// squares on the transformed columns is the generalised least squares fit. The sums of products
// of transformed columns depend on the data only through a few sums per distinct gap d, so a
// step of the phi search costs O(distinct gaps x columns^2) instead of O(n).

/// Brent stops when phi is known to about this much (statistics-v2.md: tolerance 1e-10).
constexpr int kBrentBits = 34; // Boost's tolerance is 2^(1 - bits) = 1.2e-10
constexpr std::uintmax_t kBrentMaxIterations = 500;
/// The profile likelihood is first evaluated at this many + 1 evenly spaced phi over the range.
constexpr int kPhiScanSteps = 40;

/// A pivot of the centred, scaled X'X below this (relative to 1, the scaled diagonal) is taken
/// as collinear predictors.
constexpr double kCollinearPivot = 1e-10;

/// Index of the pair (u, v), u <= v, in a packed upper triangle of `size` columns.
std::size_t packed(std::size_t u, std::size_t v, std::size_t size)
{
    if (u > v)
        std::swap(u, v);
    return u * size - u * (u - 1) / 2 + (v - u);
}

/// The sums over the observations that follow a gap of `days` days. The product of two
/// transformed columns is written around the differences, so nothing large cancels as phi
/// approaches 1: (u_i - r u_{i-1}) = (u_i - u_{i-1}) + (1 - r) u_{i-1}.
struct GapSums
{
    int days = 0;
    int count = 0;
    std::vector<double> differences; // per pair: sum (u_i - u_{i-1})(v_i - v_{i-1})
    std::vector<double> mixed;    // per pair: sum (u_i - u_{i-1}) v_{i-1} + u_{i-1} (v_i - v_{i-1})
    std::vector<double> lagged;   // per pair: sum u_{i-1} v_{i-1}
    std::vector<double> step;     // per column: sum (v_i - v_{i-1})
    std::vector<double> previous; // per column: sum v_{i-1}
};

/// Everything the profile likelihood needs, computed once: columns are the predictors and y,
/// centred and scaled (an exact reparametrisation beside the intercept, which keeps the Gram
/// matrix well conditioned when a column is a day number in the tens of thousands).
class ProfileLikelihood
{
public:
    ProfileLikelihood(std::span<const int> days, const std::vector<std::vector<double>>& columns)
        : m_n(int(days.size())), m_columns(columns.size())
    {
        const std::size_t pairs = m_columns * (m_columns + 1) / 2;
        m_first.resize(m_columns);
        for (std::size_t c = 0; c < m_columns; ++c)
            m_first[c] = columns[c][0];
        std::map<int, GapSums> byGap;
        for (std::size_t i = 1; i < days.size(); ++i) {
            GapSums& sums = byGap[days[i] - days[i - 1]];
            if (sums.count == 0) {
                sums.days = days[i] - days[i - 1];
                sums.differences.assign(pairs, 0.0);
                sums.mixed.assign(pairs, 0.0);
                sums.lagged.assign(pairs, 0.0);
                sums.step.assign(m_columns, 0.0);
                sums.previous.assign(m_columns, 0.0);
            }
            ++sums.count;
            for (std::size_t u = 0; u < m_columns; ++u) {
                const double du = columns[u][i] - columns[u][i - 1];
                const double pu = columns[u][i - 1];
                sums.step[u] += du;
                sums.previous[u] += pu;
                for (std::size_t v = u; v < m_columns; ++v) {
                    const double dv = columns[v][i] - columns[v][i - 1];
                    const double pv = columns[v][i - 1];
                    const std::size_t k = packed(u, v, m_columns);
                    sums.differences[k] += du * dv;
                    sums.mixed[k] += du * pv + pu * dv;
                    sums.lagged[k] += pu * pv;
                }
            }
        }
        for (auto& [gap, sums] : byGap)
            m_gaps.push_back(std::move(sums));
    }

    /// Residual sum of squares of the transformed fit (in the scaled units) and the sum of
    /// log(1 - phi^(2 d_i)) over i >= 2, at phi.
    struct Evaluation
    {
        double rss = 0;
        double logDeterminant = 0;
        double smallestPivot = 1; // of the predictors' part of the Cholesky factor, relative
    };

    Evaluation evaluate(double phi) const
    {
        // Gram matrix of [1, columns...] transformed; the last column is y.
        const std::size_t size = m_columns + 1;
        std::vector<double> gram(size * size, 0.0);
        auto at = [&](std::size_t u, std::size_t v) -> double& { return gram[u * size + v]; };
        at(0, 0) = 1.0;
        for (std::size_t u = 0; u < m_columns; ++u) {
            at(0, u + 1) = m_first[u];
            for (std::size_t v = u; v < m_columns; ++v)
                at(u + 1, v + 1) = m_first[u] * m_first[v];
        }
        Evaluation result;
        for (const GapSums& gap : m_gaps) {
            const double r = std::pow(phi, gap.days);
            const double oneMinusR = 1.0 - r;
            const double oneMinusR2 = (1.0 - r) * (1.0 + r);
            result.logDeterminant += gap.count * std::log1p(-r * r);
            // (1 - r)(v_i - r v_{i-1}) / (1 - r^2) for the intercept
            at(0, 0) += gap.count * oneMinusR / (1.0 + r);
            for (std::size_t u = 0; u < m_columns; ++u) {
                at(0, u + 1) += (gap.step[u] + oneMinusR * gap.previous[u]) / (1.0 + r);
                for (std::size_t v = u; v < m_columns; ++v) {
                    const std::size_t k = packed(u, v, m_columns);
                    at(u + 1, v + 1) += (gap.differences[k] + oneMinusR * gap.mixed[k] +
                                         oneMinusR * oneMinusR * gap.lagged[k]) /
                                        oneMinusR2;
                }
            }
        }
        // Cholesky of the upper triangle in place; the last pivot squared is the RSS.
        for (std::size_t j = 0; j < size; ++j) {
            const double original = at(j, j);
            double d = original;
            for (std::size_t k = 0; k < j; ++k)
                d -= at(k, j) * at(k, j);
            if (j + 1 < size) {
                result.smallestPivot = std::min(result.smallestPivot, d / original);
                if (!(d > 0)) {
                    result.rss = 0;
                    return result;
                }
            }
            const double pivot = std::sqrt(std::max(d, 0.0));
            at(j, j) = pivot;
            for (std::size_t i = j + 1; i < size; ++i) {
                double s = at(j, i);
                for (std::size_t k = 0; k < j; ++k)
                    s -= at(k, j) * at(k, i);
                at(j, i) = s / pivot;
            }
        }
        result.rss = at(size - 1, size - 1) * at(size - 1, size - 1);
        return result;
    }

    /// The profile log-likelihood up to the constant that the scaling of y adds.
    double logLikelihood(double phi) const
    {
        const Evaluation e = evaluate(phi);
        // Predictors singular at this phi (never at the 0 the fit was checked at, but rounding
        // may): the least likely phi, so the search leaves it.
        if (!(e.rss > 0))
            return -std::numeric_limits<double>::infinity();
        return -0.5 * m_n * std::log(e.rss / m_n) - 0.5 * e.logDeterminant;
    }

private:
    int m_n;
    std::size_t m_columns; // predictors + y
    std::vector<double> m_first;
    std::vector<GapSums> m_gaps;
};

/// Centred and scaled copy of a column: (v - mean) / sd, sd > 0.
std::vector<double> standardised(std::span<const double> values, double& mean, double& scale)
{
    double sum = 0;
    for (double v : values)
        sum += v;
    mean = sum / double(values.size());
    double squares = 0;
    for (double v : values)
        squares += (v - mean) * (v - mean);
    scale = std::sqrt(squares / double(values.size()));
    std::vector<double> result(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        result[i] = (values[i] - mean) / scale;
    return result;
}

/// The fit at a given phi, on the original columns, by Householder QR of the transformed
/// n x p matrix (as gls does), so the coefficients are as accurate as R's.
Ar1Fit fitAtPhi(std::span<const int> days, std::span<const double> y,
                const std::vector<std::vector<double>>& predictors, double phi)
{
    const std::size_t n = y.size();
    const std::size_t p = predictors.size() + 1;
    // Column-major transformed X, then transformed y.
    std::vector<double> x(n * p);
    std::vector<double> ty(n);
    double logDeterminant = 0;
    auto column = [&](std::size_t c, std::size_t i) { return c == 0 ? 1.0 : predictors[c - 1][i]; };
    for (std::size_t c = 0; c < p; ++c)
        x[c * n] = column(c, 0);
    ty[0] = y[0];
    for (std::size_t i = 1; i < n; ++i) {
        const double r = std::pow(phi, days[i] - days[i - 1]);
        const double scale = 1.0 / std::sqrt((1.0 - r) * (1.0 + r));
        logDeterminant += std::log1p(-r * r);
        for (std::size_t c = 0; c < p; ++c)
            x[c * n + i] = (column(c, i) - r * column(c, i - 1)) * scale;
        ty[i] = (y[i] - r * y[i - 1]) * scale;
    }
    // Householder QR: x becomes R above the diagonal, ty becomes Q'y.
    std::vector<double> diagonal(p);
    for (std::size_t k = 0; k < p; ++k) {
        double* a = &x[k * n];
        double norm = 0;
        for (std::size_t i = k; i < n; ++i)
            norm += a[i] * a[i];
        norm = std::sqrt(norm);
        const double alpha = a[k] > 0 ? -norm : norm;
        // v = a[k..] - alpha e_k, stored in place; H = I - 2 v v' / v'v
        a[k] -= alpha;
        double vv = 0;
        for (std::size_t i = k; i < n; ++i)
            vv += a[i] * a[i];
        auto reflect = [&](double* b) {
            double dot = 0;
            for (std::size_t i = k; i < n; ++i)
                dot += a[i] * b[i];
            const double f = 2.0 * dot / vv;
            for (std::size_t i = k; i < n; ++i)
                b[i] -= f * a[i];
        };
        for (std::size_t c = k + 1; c < p; ++c)
            reflect(&x[c * n]);
        reflect(ty.data());
        diagonal[k] = alpha;
    }
    auto rAt = [&](std::size_t row, std::size_t col) {
        return row == col ? diagonal[row] : x[col * n + row];
    };
    // beta = R^-1 (Q'y)[0..p)
    std::vector<double> beta(p);
    for (std::size_t k = p; k-- > 0;) {
        double s = ty[k];
        for (std::size_t c = k + 1; c < p; ++c)
            s -= rAt(k, c) * beta[c];
        beta[k] = s / rAt(k, k);
    }
    double rss = 0;
    for (std::size_t i = p; i < n; ++i)
        rss += ty[i] * ty[i];
    // (X'X)^-1 = R^-1 R^-T
    std::vector<double> rInverse(p * p, 0.0); // row-major upper triangle
    for (std::size_t col = 0; col < p; ++col) {
        for (std::size_t row = col + 1; row-- > 0;) {
            double s = row == col ? 1.0 : 0.0;
            for (std::size_t k = row + 1; k <= col; ++k)
                s -= rAt(row, k) * rInverse[k * p + col];
            rInverse[row * p + col] = s / rAt(row, row);
        }
    }
    const int df = int(n) - int(p);
    const double sigma2 = rss / df;
    Ar1Fit fit;
    fit.phi = phi;
    fit.n = int(n);
    fit.parameters = int(p);
    fit.covariance.assign(p * p, 0.0);
    for (std::size_t a = 0; a < p; ++a)
        for (std::size_t b = 0; b < p; ++b) {
            double s = 0;
            for (std::size_t k = std::max(a, b); k < p; ++k)
                s += rInverse[a * p + k] * rInverse[b * p + k];
            fit.covariance[a * p + b] = s * sigma2;
        }
    const double critical = boost::math::quantile(boost::math::students_t(double(df)), 0.975);
    for (std::size_t k = 0; k < p; ++k) {
        Ar1Coefficient coefficient;
        coefficient.estimate = beta[k];
        coefficient.se = std::sqrt(fit.covariance[k * p + k]);
        coefficient.t = beta[k] / coefficient.se;
        coefficient.p = twoSidedStudentP(coefficient.t, double(df));
        coefficient.ci95 = {beta[k] - critical * coefficient.se,
                            beta[k] + critical * coefficient.se};
        fit.coefficients.push_back(coefficient);
    }
    const double nn = double(n);
    fit.logLikelihood =
        -0.5 * nn * (std::log(2.0 * std::numbers::pi * rss / nn) + 1.0) - 0.5 * logDeterminant;
    fit.residualSd = std::sqrt(rss / nn);
    fit.phiAtBoundary = std::abs(phi) >= kAr1BoundaryPhi;
    return fit;
}

Error refusal(std::string field, std::string value, std::string_view rule)
{
    return Error{std::move(field), std::move(value), std::string(rule)};
}

} // namespace

Result<Ar1Fit> fitAr1Regression(std::span<const int> days, std::span<const double> y,
                                const std::vector<std::vector<double>>& predictors)
{
    const std::size_t n = y.size();
    if (days.size() != n)
        return refusal("days", std::to_string(days.size()),
                       "must have one day per value of y (" + std::to_string(n) + ")");
    for (std::size_t j = 0; j < predictors.size(); ++j)
        if (predictors[j].size() != n)
            return refusal("predictors[" + std::to_string(j) + "]",
                           std::to_string(predictors[j].size()),
                           "must have one value per value of y (" + std::to_string(n) + ")");
    const std::size_t p = predictors.size() + 1;
    if (n < p + 2)
        return refusal("n", std::to_string(n), kAr1TooFewObservations);
    for (std::size_t i = 1; i < n; ++i)
        if (days[i] <= days[i - 1])
            return refusal("days[" + std::to_string(i) + "]", std::to_string(days[i]),
                           "must be after the day before it (" + std::to_string(days[i - 1]) + ")");
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(y[i]))
            return refusal("y[" + std::to_string(i) + "]", std::to_string(y[i]),
                           "must be a number");
        for (std::size_t j = 0; j < predictors.size(); ++j)
            if (!std::isfinite(predictors[j][i]))
                return refusal("predictors[" + std::to_string(j) + "][" + std::to_string(i) + "]",
                               std::to_string(predictors[j][i]), "must be a number");
    }
    if (isConstant(y))
        return refusal("y", "", kAr1NoVariation);
    for (std::size_t j = 0; j < predictors.size(); ++j)
        if (isConstant(predictors[j]))
            return refusal("predictors[" + std::to_string(j) + "]", "", kAr1NoVariation);

    std::vector<std::vector<double>> columns;
    double centre = 0, scale = 1;
    for (const std::vector<double>& predictor : predictors)
        columns.push_back(standardised(predictor, centre, scale));
    columns.push_back(standardised(y, centre, scale));
    const ProfileLikelihood likelihood(days, columns);

    const ProfileLikelihood::Evaluation independent = likelihood.evaluate(0.0);
    if (independent.smallestPivot < kCollinearPivot)
        return refusal("predictors", "", kAr1Collinear);
    // y on the standardised scale has sum of squares n; a fit this exact leaves no residual
    // variation to estimate phi or any standard error from.
    if (!(independent.rss > 1e-24 * double(n)))
        return refusal("y", "", kAr1NoVariation);

    // Brent finds a maximum inside its bracket; a coarse scan first makes it the highest one
    // should the profile likelihood have two (it rarely does: each step costs microseconds).
    double low = -kAr1PhiLimit, high = kAr1PhiLimit;
    {
        const double step = 2 * kAr1PhiLimit / kPhiScanSteps;
        int best = 0;
        double bestLikelihood = -std::numeric_limits<double>::infinity();
        for (int k = 0; k <= kPhiScanSteps; ++k) {
            const double value = likelihood.logLikelihood(-kAr1PhiLimit + k * step);
            if (value > bestLikelihood) {
                bestLikelihood = value;
                best = k;
            }
        }
        low = best > 0 ? -kAr1PhiLimit + (best - 1) * step : -kAr1PhiLimit;
        high = best < kPhiScanSteps ? -kAr1PhiLimit + (best + 1) * step : kAr1PhiLimit;
    }
    std::uintmax_t iterations = kBrentMaxIterations;
    const auto [phi, negativeLogLikelihood] = boost::math::tools::brent_find_minima(
        [&](double candidate) { return -likelihood.logLikelihood(candidate); }, low, high,
        kBrentBits, iterations);
    (void)negativeLogLikelihood;
    return fitAtPhi(days, y, predictors, phi);
}

} // namespace quietlegs
