#include "quietlegs/analysis/Ar1Regression.h"

#include "quietlegs/analysis/Correlation.h"

#include <algorithm>
#include <array>
#include <boost/math/distributions/students_t.hpp>
#include <boost/math/tools/minima.hpp>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <limits>
#include <map>
#include <memory>
#include <numbers>
#include <optional>
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

/// phi at step k of the scan (the same expression the scan used before the table below).
double scanPhi(int k)
{
    const double step = 2 * kAr1PhiLimit / kPhiScanSteps;
    return -kAr1PhiLimit + k * step;
}

/// r = phi^d and log(1 - r^2) at every phi of the scan for gaps up to this many days: the
/// same for every fit, so computed once per process instead of 41 times per fit and gap
/// (issue 19: the table's 72 fits). The same calls with the same arguments: the same values.
constexpr int kScanTableGaps = 16;
struct ScanPowers
{
    double r[kPhiScanSteps + 1][kScanTableGaps + 1];
    double logOneMinusR2[kPhiScanSteps + 1][kScanTableGaps + 1];
};

const ScanPowers& scanPowers()
{
    static const ScanPowers table = [] {
        ScanPowers powers{};
        for (int k = 0; k <= kPhiScanSteps; ++k)
            for (int d = 1; d <= kScanTableGaps; ++d) {
                const double r = std::pow(scanPhi(k), d);
                powers.r[k][d] = r;
                powers.logOneMinusR2[k][d] = std::log1p(-r * r);
            }
        return powers;
    }();
    return table;
}

/// A pivot of the centred, scaled X'X below this (relative to 1, the scaled diagonal) is taken
/// as collinear predictors.
constexpr double kCollinearPivot = 1e-10;

/// Gaps up to this many days are found by index; longer ones (rare) by search.
constexpr int kDirectGaps = 64;

/// The sums over the observations that follow a gap of `days` days. The product of two
/// transformed columns is written around the differences, so nothing large cancels as phi
/// approaches 1: (u_i - r u_{i-1}) = (u_i - u_{i-1}) + (1 - r) u_{i-1}. The sums themselves
/// are kept together in Ar1Likelihood::m_sums from `offset`, in this order:
///   differences, per pair (u <= v): sum (u_i - u_{i-1})(v_i - v_{i-1})
///   mixed, per pair: sum (u_i - u_{i-1}) v_{i-1} + u_{i-1} (v_i - v_{i-1})
///   lagged, per pair: sum u_{i-1} v_{i-1}
///   step, per column: sum (v_i - v_{i-1})
///   previous, per column: sum v_{i-1}
struct GapSums
{
    int days = 0;
    int count = 0;
    std::size_t offset = 0;
};

/// The Cholesky factor of the transformed [1, predictors, y]' [1, predictors, y] at one phi.
struct Factor
{
    std::vector<double> upper; // row-major, size x size, upper triangle
    std::size_t size = 0;
    double logDeterminant = 0; // sum over i >= 2 of log(1 - phi^(2 d_i))
    double smallestPivot = 1;  // of the predictors' part, relative to its diagonal
    bool singular = false;     // the predictors' part is not positive definite

    double at(std::size_t row, std::size_t column) const { return upper[row * size + column]; }
    /// The residual sum of squares of the transformed fit.
    double rss() const { return at(size - 1, size - 1) * at(size - 1, size - 1); }
};

/// What fits y ~ x + day on the same days share (fitAr1RegressionsOnSameDays): the day column
/// and y standardised, each observation's gap slot (in the order Ar1Likelihood numbers them),
/// and per slot the sums of Ar1Likelihood::pairedSums3 that involve only day and y.
struct SharedDayAndY
{
    static constexpr std::size_t kSums = 13; // 3 differences, 3 mixed, 3 lagged, 2 step, 2 before
    std::size_t n = 0;
    double centreDay = 0, scaleDay = 1, centreY = 0, scaleY = 1;
    std::vector<double> day, y;        // standardised
    std::vector<int> gapDays;          // by slot
    std::vector<int> gapCount;         // by slot
    std::vector<std::uint32_t> slotOf; // by observation (from 1)
    std::vector<double> sums;          // kSums per slot
};

/// Everything the fit needs, summed once in O(n columns^2): the columns (predictors, then y)
/// are centred and scaled as they are read, an exact reparametrisation beside the intercept
/// that keeps the Gram matrix well conditioned when a column is a day number in the tens of
/// thousands. Every phi then costs O(distinct gaps x columns^2), and no n-long array is kept.
class Ar1Likelihood
{
public:
    Ar1Likelihood(std::span<const int> days, std::span<const double> y,
                  std::span<const std::span<const double>> predictors)
        : m_n(y.size()), m_columns(predictors.size() + 1)
    {
        m_sources.reserve(m_columns);
        for (const std::span<const double> predictor : predictors)
            m_sources.push_back(predictor);
        m_sources.push_back(y);
        if (m_columns == 3) {
            // The effects' y ~ x + day: the three columns read in one pass each for the sums
            // and the squares, then standardised as pairedSums3 reads them, with no array of
            // them kept (issue 19). Each sum is the same additions in the same order as below.
            centreAndScale3();
            pairedSums3(days);
            return;
        }
        for (std::span<const double> source : m_sources) {
            double sum = 0;
            for (double v : source)
                sum += v;
            const double centre = sum / double(m_n);
            double squares = 0;
            for (double v : source)
                squares += (v - centre) * (v - centre);
            m_centre.push_back(centre);
            m_scale.push_back(std::sqrt(squares / double(m_n)));
        }
        // The standardised columns, row by row (observation i at i * m_columns). Every element
        // is written below, so the buffer is not zeroed first (ten years: 80 kB per fit).
        const auto values = std::make_unique_for_overwrite<double[]>(m_n * m_columns);
        for (std::size_t i = 0; i < m_n; ++i)
            read(i, {values.get() + i * m_columns, m_columns});
        m_first.assign(values.get(), values.get() + m_columns);
        // The effects' y ~ x + day (three columns) and the before/after's y ~ day + post +
        // post_day (four) have their loops unrolled: this pass over every night was most of a
        // fit, and of `stats` (issue 19). Three columns: pairedSums3, above.
        const std::span<const double> all(values.get(), m_n * m_columns);
        if (m_columns == 4)
            sumGaps<4>(days, all);
        else
            sumGaps<0>(days, all);
    }

    /// The likelihood of y ~ x + day over shared's days: the same sums as the constructor
    /// above with predictors {x, day column}, x's part summed here, the rest taken from
    /// `shared` (each sum the same additions in the same order).
    Ar1Likelihood(const SharedDayAndY& shared, std::span<const double> x,
                  std::span<const double> dayColumn, std::span<const double> y)
        : m_n(shared.n), m_columns(3)
    {
        m_sources = {x, dayColumn, y};
        double sum = 0;
        for (std::size_t i = 0; i < m_n; ++i)
            sum += x[i];
        const double centre = sum / double(m_n);
        double squares = 0;
        for (std::size_t i = 0; i < m_n; ++i)
            squares += (x[i] - centre) * (x[i] - centre);
        const double scale = std::sqrt(squares / double(m_n));
        m_centre = {centre, shared.centreDay, shared.centreY};
        m_scale = {scale, shared.scaleDay, shared.scaleY};
        double p0 = (x[0] - centre) / scale;
        m_first = {p0, shared.day[0], shared.y[0]};

        constexpr std::size_t kStride = 3 * 6 + 2 * 3;
        const std::size_t slots = shared.gapDays.size();
        m_gaps.resize(slots);
        m_sums.assign(slots * kStride, 0.0);
        for (std::size_t slot = 0; slot < slots; ++slot)
            m_gaps[slot] = GapSums{shared.gapDays[slot], shared.gapCount[slot], slot * kStride};
        const double* const day = shared.day.data();
        const double* const yy = shared.y.data();
        for (std::size_t i = 1; i < m_n;) {
            const std::uint32_t slot = shared.slotOf[i];
            double* const stored = m_sums.data() + std::size_t(slot) * kStride;
            // Lanes of pairedSums3: differences (0,0) (0,1) (0,2) at 0, 1, 2; mixed at 6, 7,
            // 8; lagged at 12, 13, 14; step and before of x at 18 and 21.
            double d00 = stored[0], d01 = stored[1], d02 = stored[2];
            double m00 = stored[6], m01 = stored[7], m02 = stored[8];
            double l00 = stored[12], l01 = stored[13], l02 = stored[14];
            double step0 = stored[18], before0 = stored[21];
            do {
                const double n0 = (x[i] - centre) / scale;
                const double du0 = n0 - p0;
                const double du1 = day[i] - day[i - 1], du2 = yy[i] - yy[i - 1];
                const double p1 = day[i - 1], p2 = yy[i - 1];
                d00 += du0 * du0;
                d01 += du0 * du1;
                d02 += du0 * du2;
                m00 += du0 * p0 + p0 * du0;
                m01 += du0 * p1 + p0 * du1;
                m02 += du0 * p2 + p0 * du2;
                l00 += p0 * p0;
                l01 += p0 * p1;
                l02 += p0 * p2;
                step0 += du0;
                before0 += p0;
                p0 = n0;
                ++i;
            } while (i < m_n && shared.slotOf[i] == slot);
            stored[0] = d00;
            stored[1] = d01;
            stored[2] = d02;
            stored[6] = m00;
            stored[7] = m01;
            stored[8] = m02;
            stored[12] = l00;
            stored[13] = l01;
            stored[14] = l02;
            stored[18] = step0;
            stored[21] = before0;
        }
        // The sums of day and y alone: (1,1) (1,2) (2,2) of each kind, their step and before.
        for (std::size_t slot = 0; slot < slots; ++slot) {
            const double* const from = shared.sums.data() + slot * SharedDayAndY::kSums;
            double* const to = m_sums.data() + slot * kStride;
            for (std::size_t k = 0; k < 3; ++k) {
                to[3 + k] = from[k];
                to[9 + k] = from[3 + k];
                to[15 + k] = from[6 + k];
            }
            to[19] = from[9];
            to[20] = from[10];
            to[22] = from[11];
            to[23] = from[12];
        }
    }

    Factor factor(double phi) const
    {
        Factor f;
        f.size = m_columns + 1;
        f.upper.assign(f.size * f.size, 0.0);
        const FactorFigures figures = m_columns == 3 ? factorInto<3>(phi, f.upper.data())
                                                     : factorInto<0>(phi, f.upper.data());
        f.logDeterminant = figures.logDeterminant;
        f.smallestPivot = figures.smallestPivot;
        f.singular = figures.singular;
        return f;
    }

    /// The profile log-likelihood up to the constant that the scaling of y adds; at phi =
    /// scanPhi(scanStep) when scanStep >= 0.
    double logLikelihood(double phi, int scanStep = -1) const
    {
        if (m_columns == 3) {
            // The effects' fits: factor() in a local array, its loops unrolled (issue 19: the
            // phi search asks this about 50 times per fit).
            std::array<double, 16> upper{};
            const FactorFigures f = factorInto<3>(phi, upper.data(), scanStep);
            const double rss = upper[15] * upper[15];
            if (f.singular || !(rss > 0))
                return -std::numeric_limits<double>::infinity();
            return -0.5 * double(m_n) * std::log(rss / double(m_n)) - 0.5 * f.logDeterminant;
        }
        const Factor f = factor(phi);
        // Predictors singular at this phi (never at the 0 the fit was checked at, but rounding
        // may): the least likely phi, so the search leaves it.
        if (f.singular || !(f.rss() > 0))
            return -std::numeric_limits<double>::infinity();
        return -0.5 * double(m_n) * std::log(f.rss() / double(m_n)) - 0.5 * f.logDeterminant;
    }

    /// Every figure of the fit at phi, back in the columns' own units.
    Ar1Fit fit(const Factor& f, double phi) const
    {
        const std::size_t p = m_columns; // intercept + predictors
        const double n = double(m_n);
        // b = U^-1 (U's last column): the coefficients on the standardised columns.
        std::vector<double> b(p);
        for (std::size_t k = p; k-- > 0;) {
            double s = f.at(k, p);
            for (std::size_t c = k + 1; c < p; ++c)
                s -= f.at(k, c) * b[c];
            b[k] = s / f.at(k, k);
        }
        // (X'X)^-1 = U^-1 U^-T, U^-1 upper triangular.
        std::vector<double> inverse(p * p, 0.0);
        for (std::size_t column = 0; column < p; ++column)
            for (std::size_t row = column + 1; row-- > 0;) {
                double s = row == column ? 1.0 : 0.0;
                for (std::size_t k = row + 1; k <= column; ++k)
                    s -= f.at(row, k) * inverse[k * p + column];
                inverse[row * p + column] = s / f.at(row, row);
            }
        const double yScale = m_scale.back();
        const double rss = f.rss() * yScale * yScale;
        const double df = n - double(p);
        // Back to the original columns: theta = T b (+ y's centre in the intercept), with
        // T[0][0] = sy, T[0][j] = -sy centre_j / scale_j, T[j][j] = sy / scale_j.
        std::vector<double> t(p * p, 0.0);
        t[0] = yScale;
        for (std::size_t j = 1; j < p; ++j) {
            t[j] = -yScale * m_centre[j - 1] / m_scale[j - 1];
            t[j * p + j] = yScale / m_scale[j - 1];
        }
        std::vector<double> covariance(p * p, 0.0); // of b: U^-1 U^-T RSS_b / df
        for (std::size_t a = 0; a < p; ++a)
            for (std::size_t c = 0; c < p; ++c) {
                double s = 0;
                for (std::size_t k = std::max(a, c); k < p; ++k)
                    s += inverse[a * p + k] * inverse[c * p + k];
                covariance[a * p + c] = s * f.rss() / df;
            }
        Ar1Fit fit;
        fit.phi = phi;
        fit.n = int(m_n);
        fit.parameters = int(p);
        fit.covariance.assign(p * p, 0.0);
        for (std::size_t a = 0; a < p; ++a)
            for (std::size_t c = 0; c < p; ++c) {
                double s = 0;
                for (std::size_t k = 0; k < p; ++k)
                    for (std::size_t l = 0; l < p; ++l)
                        s += t[a * p + k] * covariance[k * p + l] * t[c * p + l];
                fit.covariance[a * p + c] = s;
            }
        const double critical = boost::math::quantile(boost::math::students_t(df), 0.975);
        for (std::size_t k = 0; k < p; ++k) {
            double estimate = k == 0 ? m_centre.back() : 0.0;
            for (std::size_t l = 0; l < p; ++l)
                estimate += t[k * p + l] * b[l];
            Ar1Coefficient coefficient;
            coefficient.estimate = estimate;
            coefficient.se = std::sqrt(fit.covariance[k * p + k]);
            coefficient.t = estimate / coefficient.se;
            coefficient.p = twoSidedStudentP(coefficient.t, df);
            coefficient.ci95 = {estimate - critical * coefficient.se,
                                estimate + critical * coefficient.se};
            fit.coefficients.push_back(coefficient);
        }
        fit.logLikelihood =
            -0.5 * n * (std::log(2.0 * std::numbers::pi * rss / n) + 1.0) - 0.5 * f.logDeterminant;
        fit.residualSd = std::sqrt(rss / n);
        fit.phiAtBoundary = std::abs(phi) >= kAr1BoundaryPhi;
        return fit;
    }

private:
    struct FactorFigures
    {
        double logDeterminant = 0;
        double smallestPivot = 1;
        bool singular = false;
    };

    /// Factor's matrix into `upper` ((columns + 1)^2 zeros), and its other figures. `Columns`
    /// is m_columns, or 0 for any count.
    template <std::size_t Columns>
    FactorFigures factorInto(double phi, double* upper, int scanStep = -1) const
    {
        const ScanPowers* const scan = scanStep >= 0 ? &scanPowers() : nullptr;
        // Gram matrix of [1, columns...] transformed; the last column is y.
        const std::size_t columns = Columns ? Columns : m_columns;
        const std::size_t size = columns + 1;
        FactorFigures f;
        auto at = [&](std::size_t u, std::size_t v) -> double& { return upper[u * size + v]; };
        at(0, 0) = 1.0;
        for (std::size_t u = 0; u < columns; ++u) {
            at(0, u + 1) = m_first[u];
            for (std::size_t v = u; v < columns; ++v)
                at(u + 1, v + 1) = m_first[u] * m_first[v];
        }
        const std::size_t pairs = columns * (columns + 1) / 2;
        for (const GapSums& gap : m_gaps) {
            const double* differences = m_sums.data() + gap.offset;
            const double* mixed = differences + pairs;
            const double* lagged = mixed + pairs;
            const double* step = lagged + pairs;
            const double* previous = step + columns;
            const bool tabled = scan && gap.days <= kScanTableGaps;
            const double r = tabled ? scan->r[scanStep][gap.days] : std::pow(phi, gap.days);
            const double oneMinusR = 1.0 - r;
            const double oneMinusR2 = (1.0 - r) * (1.0 + r);
            f.logDeterminant +=
                gap.count * (tabled ? scan->logOneMinusR2[scanStep][gap.days] : std::log1p(-r * r));
            // (1 - r)(v_i - r v_{i-1}) / (1 - r^2) for the intercept
            at(0, 0) += gap.count * oneMinusR / (1.0 + r);
            std::size_t k = 0; // the pair (u, v) in a packed upper triangle, v running fastest
#pragma GCC unroll 8
            for (std::size_t u = 0; u < columns; ++u) {
                at(0, u + 1) += (step[u] + oneMinusR * previous[u]) / (1.0 + r);
#pragma GCC unroll 8
                for (std::size_t v = u; v < columns; ++v, ++k)
                    at(u + 1, v + 1) += (differences[k] + oneMinusR * mixed[k] +
                                         oneMinusR * oneMinusR * lagged[k]) /
                                        oneMinusR2;
            }
        }
        // Cholesky in place (upper): U'U = Gram. The last pivot is sqrt(RSS).
        for (std::size_t j = 0; j < size; ++j) {
            const double original = at(j, j);
            double d = original;
            for (std::size_t k = 0; k < j; ++k)
                d -= at(k, j) * at(k, j);
            if (j + 1 < size) {
                f.smallestPivot = std::min(f.smallestPivot, d / original);
                if (!(d > 0)) {
                    f.singular = true;
                    return f;
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
        return f;
    }

    /// Sums the products of consecutive observations per distinct gap (GapSums), each sum in
    /// observation order. `Columns` is m_columns, or 0 for any count. A run of observations
    /// with the same gap (most nights follow a night) is summed in local accumulators, loaded
    /// from and stored back to m_sums around the run: the same additions in the same order.
    template <std::size_t Columns>
    void sumGaps(std::span<const int> days, std::span<const double> values)
    {
        const std::size_t columns = Columns ? Columns : m_columns;
        const std::size_t pairs = columns * (columns + 1) / 2;
        const std::size_t stride = 3 * pairs + 2 * columns;
        constexpr std::size_t kFixedStride =
            Columns ? 3 * (Columns * (Columns + 1) / 2) + 2 * Columns : 1;
        std::vector<double> anyStride(Columns ? 0 : stride);
        double fixedStride[kFixedStride];
        double* const local = Columns ? fixedStride : anyStride.data();
        std::vector<int> direct(kDirectGaps + 1, -1);
        std::map<int, int> longer;
        for (std::size_t i = 1; i < m_n;) {
            const int gap = days[i] - days[i - 1];
            int& slot = gap <= kDirectGaps ? direct[std::size_t(gap)]
                                           : longer.try_emplace(gap, -1).first->second;
            if (slot < 0) {
                slot = int(m_gaps.size());
                m_gaps.push_back(GapSums{gap, 0, m_sums.size()});
                m_sums.resize(m_sums.size() + stride, 0.0);
            }
            GapSums& sums = m_gaps[std::size_t(slot)];
            double* const stored = m_sums.data() + sums.offset;
            std::copy(stored, stored + stride, local);
            double* const differences = local;
            double* const mixed = differences + pairs;
            double* const lagged = mixed + pairs;
            double* const step = lagged + pairs;
            double* const before = step + columns;
            do {
                const double* const now = values.data() + i * columns;
                const double* const then = now - columns;
                std::size_t k = 0; // the pair (u, v) in a packed upper triangle, v running fastest
#pragma GCC unroll 8
                for (std::size_t u = 0; u < columns; ++u) {
                    const double du = now[u] - then[u];
                    const double pu = then[u];
                    step[u] += du;
                    before[u] += pu;
#pragma GCC unroll 8
                    for (std::size_t v = u; v < columns; ++v, ++k) {
                        const double dv = now[v] - then[v];
                        const double pv = then[v];
                        differences[k] += du * dv;
                        mixed[k] += du * pv + pu * dv;
                        lagged[k] += pu * pv;
                    }
                }
                ++sums.count;
                ++i;
            } while (i < m_n && days[i] - days[i - 1] == gap);
            std::copy(local, local + stride, stored);
        }
    }

    /// sumGaps<3>, the same sums in the same order, with two sums in each vector register
    /// (issue 19: a third of the instructions of `stats` went here). Each lane is one of
    /// sumGaps' accumulators and gets the same additions of the same products, so every sum is
    /// the same to the last bit. Lanes, in GapSums' packed order (u, v): (0,0) (0,1) | (0,2)
    /// (1,1) | (1,2) (2,2).
    void centreAndScale3()
    {
        const double* const a = m_sources[0].data();
        const double* const b = m_sources[1].data();
        const double* const c = m_sources[2].data();
        double sumA = 0, sumB = 0, sumC = 0;
        for (std::size_t i = 0; i < m_n; ++i) {
            sumA += a[i];
            sumB += b[i];
            sumC += c[i];
        }
        const double centreA = sumA / double(m_n), centreB = sumB / double(m_n),
                     centreC = sumC / double(m_n);
        double squaresA = 0, squaresB = 0, squaresC = 0;
        for (std::size_t i = 0; i < m_n; ++i) {
            squaresA += (a[i] - centreA) * (a[i] - centreA);
            squaresB += (b[i] - centreB) * (b[i] - centreB);
            squaresC += (c[i] - centreC) * (c[i] - centreC);
        }
        m_centre = {centreA, centreB, centreC};
        m_scale = {std::sqrt(squaresA / double(m_n)), std::sqrt(squaresB / double(m_n)),
                   std::sqrt(squaresC / double(m_n))};
    }

    void pairedSums3(std::span<const int> days)
    {
        using Two = double __attribute__((vector_size(16)));
        constexpr std::size_t kColumns = 3;
        constexpr std::size_t kStride = 3 * 6 + 2 * kColumns;
        // Observation i standardised as read() does.
        const double* const a = m_sources[0].data();
        const double* const b = m_sources[1].data();
        const double* const c = m_sources[2].data();
        const double centreA = m_centre[0], centreB = m_centre[1], centreC = m_centre[2];
        const double scaleA = m_scale[0], scaleB = m_scale[1], scaleC = m_scale[2];
        double p0 = (a[0] - centreA) / scaleA, p1 = (b[0] - centreB) / scaleB,
               p2 = (c[0] - centreC) / scaleC;
        m_first = {p0, p1, p2};
        std::array<int, kDirectGaps + 1> direct;
        direct.fill(-1);
        std::map<int, int> longer;
        for (std::size_t i = 1; i < m_n;) {
            const int gap = days[i] - days[i - 1];
            int& slot = gap <= kDirectGaps ? direct[std::size_t(gap)]
                                           : longer.try_emplace(gap, -1).first->second;
            if (slot < 0) {
                slot = int(m_gaps.size());
                m_gaps.push_back(GapSums{gap, 0, m_sums.size()});
                m_sums.resize(m_sums.size() + kStride, 0.0);
            }
            GapSums& sums = m_gaps[std::size_t(slot)];
            double* const stored = m_sums.data() + sums.offset;
            // differences (0..5), mixed (6..11), lagged (12..17), step (18..20), before (21..23)
            Two d0{stored[0], stored[1]}, d1{stored[2], stored[3]}, d2{stored[4], stored[5]};
            Two m0{stored[6], stored[7]}, m1{stored[8], stored[9]}, m2{stored[10], stored[11]};
            Two l0{stored[12], stored[13]}, l1{stored[14], stored[15]}, l2{stored[16], stored[17]};
            Two step01{stored[18], stored[19]}, before01{stored[21], stored[22]};
            double step2 = stored[20], before2 = stored[23];
            int count = 0;
            do {
                const double n0 = (a[i] - centreA) / scaleA, n1 = (b[i] - centreB) / scaleB,
                             n2 = (c[i] - centreC) / scaleC;
                const double du0 = n0 - p0, du1 = n1 - p1, du2 = n2 - p2;
                const Two du01{du0, du1};
                const Two dU0{du0, du0}, dV0 = du01;
                const Two dU1 = du01, dV1{du2, du1};
                const Two dU2{du1, du2}, dV2{du2, du2};
                const Two p01{p0, p1};
                const Two pU0{p0, p0}, pV0 = p01;
                const Two pU1 = p01, pV1{p2, p1};
                const Two pU2{p1, p2}, pV2{p2, p2};
                d0 += dU0 * dV0;
                d1 += dU1 * dV1;
                d2 += dU2 * dV2;
                m0 += dU0 * pV0 + pU0 * dV0;
                m1 += dU1 * pV1 + pU1 * dV1;
                m2 += dU2 * pV2 + pU2 * dV2;
                l0 += pU0 * pV0;
                l1 += pU1 * pV1;
                l2 += pU2 * pV2;
                step01 += du01;
                step2 += du2;
                before01 += p01;
                before2 += p2;
                p0 = n0;
                p1 = n1;
                p2 = n2;
                ++count;
                ++i;
            } while (i < m_n && days[i] - days[i - 1] == gap);
            sums.count += count;
            const Two back[] = {d0, d1, d2, m0, m1, m2, l0, l1, l2};
            for (std::size_t k = 0; k < 9; ++k) {
                stored[2 * k] = back[k][0];
                stored[2 * k + 1] = back[k][1];
            }
            stored[18] = step01[0];
            stored[19] = step01[1];
            stored[20] = step2;
            stored[21] = before01[0];
            stored[22] = before01[1];
            stored[23] = before2;
        }
    }

    /// Observation i of every column, standardised.
    void read(std::size_t i, std::span<double> values) const
    {
        for (std::size_t c = 0; c < m_columns; ++c)
            values[c] = (m_sources[c][i] - m_centre[c]) / m_scale[c];
    }

    std::size_t m_n;
    std::size_t m_columns; // predictors + y
    std::vector<std::span<const double>> m_sources;
    std::vector<double> m_centre, m_scale;
    std::vector<double> m_first;
    std::vector<GapSums> m_gaps;
    std::vector<double> m_sums; // GapSums::offset
};

Error refusal(std::string field, std::string value, std::string_view rule)
{
    return Error{std::move(field), std::move(value), std::string(rule)};
}

} // namespace

Result<Ar1Fit> fitAr1Regression(std::span<const int> days, std::span<const double> y,
                                const std::vector<std::vector<double>>& predictors)
{
    std::vector<std::span<const double>> columns(predictors.begin(), predictors.end());
    return fitAr1RegressionColumns(days, y, columns);
}

namespace {

/// The checks of fitAr1RegressionColumns() before any sum: the error it refuses the columns
/// with, if any.
std::optional<Error> refusedColumns(std::span<const int> days, std::span<const double> y,
                                    std::span<const std::span<const double>> predictors)
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
    // Every column checked on its own first; only a column with a value that is not a number
    // sends the fit through the loop below, which names the first such value.
    const auto allFinite = [](std::span<const double> column) {
        bool finite = true;
        for (const double v : column)
            finite &= std::isfinite(v);
        return finite;
    };
    bool finite = allFinite(y);
    for (const std::span<const double> predictor : predictors)
        finite = finite && allFinite(predictor);
    for (std::size_t i = 0; i < n && !finite; ++i) {
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
    return std::nullopt;
}

/// The fit from its sums: the collinearity checks, the phi search and the figures at its
/// maximum.
Result<Ar1Fit> fitLikelihood(const Ar1Likelihood& likelihood, std::size_t n)
{
    const Factor independent = likelihood.factor(0.0);
    if (independent.singular || independent.smallestPivot < kCollinearPivot)
        return refusal("predictors", "", kAr1Collinear);
    // y on the standardised scale has sum of squares n; a fit this exact leaves no residual
    // variation to estimate phi or any standard error from.
    if (!(independent.rss() > 1e-24 * double(n)))
        return refusal("y", "", kAr1NoVariation);

    // Brent finds a maximum inside its bracket; a coarse scan first makes it the highest one
    // should the profile likelihood have two (it rarely does: each step costs microseconds).
    double low = -kAr1PhiLimit, high = kAr1PhiLimit;
    {
        const double step = 2 * kAr1PhiLimit / kPhiScanSteps;
        int best = 0;
        double bestLikelihood = -std::numeric_limits<double>::infinity();
        for (int k = 0; k <= kPhiScanSteps; ++k) {
            const double value = likelihood.logLikelihood(scanPhi(k), k);
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
    const Factor atMaximum = likelihood.factor(phi);
    if (atMaximum.singular)
        return refusal("predictors", "", kAr1Collinear);
    return likelihood.fit(atMaximum, phi);
}

/// SharedDayAndY of columns that passed refusedColumns(): centred and scaled as
/// Ar1Likelihood::centreAndScale3 does, gap slots as its pairedSums3 numbers them.
SharedDayAndY shareDayAndY(std::span<const int> days, std::span<const double> dayColumn,
                           std::span<const double> y)
{
    SharedDayAndY shared;
    const std::size_t n = y.size();
    shared.n = n;
    double sumDay = 0, sumY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sumDay += dayColumn[i];
        sumY += y[i];
    }
    shared.centreDay = sumDay / double(n);
    shared.centreY = sumY / double(n);
    double squaresDay = 0, squaresY = 0;
    for (std::size_t i = 0; i < n; ++i) {
        squaresDay += (dayColumn[i] - shared.centreDay) * (dayColumn[i] - shared.centreDay);
        squaresY += (y[i] - shared.centreY) * (y[i] - shared.centreY);
    }
    shared.scaleDay = std::sqrt(squaresDay / double(n));
    shared.scaleY = std::sqrt(squaresY / double(n));
    shared.day.resize(n);
    shared.y.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        shared.day[i] = (dayColumn[i] - shared.centreDay) / shared.scaleDay;
        shared.y[i] = (y[i] - shared.centreY) / shared.scaleY;
    }
    shared.slotOf.assign(n, 0);
    std::array<int, kDirectGaps + 1> direct;
    direct.fill(-1);
    std::map<int, int> longer;
    constexpr std::size_t kSums = SharedDayAndY::kSums;
    for (std::size_t i = 1; i < n;) {
        const int gap = days[i] - days[i - 1];
        int& slot = gap <= kDirectGaps ? direct[std::size_t(gap)]
                                       : longer.try_emplace(gap, -1).first->second;
        if (slot < 0) {
            slot = int(shared.gapDays.size());
            shared.gapDays.push_back(gap);
            shared.gapCount.push_back(0);
            shared.sums.resize(shared.sums.size() + kSums, 0.0);
        }
        double* const stored = shared.sums.data() + std::size_t(slot) * kSums;
        // (1,1) (1,2) (2,2) of differences, mixed, lagged; step and before of day and y.
        double d11 = stored[0], d12 = stored[1], d22 = stored[2];
        double m11 = stored[3], m12 = stored[4], m22 = stored[5];
        double l11 = stored[6], l12 = stored[7], l22 = stored[8];
        double step1 = stored[9], step2 = stored[10], before1 = stored[11], before2 = stored[12];
        int count = 0;
        do {
            shared.slotOf[i] = std::uint32_t(slot);
            const double du1 = shared.day[i] - shared.day[i - 1];
            const double du2 = shared.y[i] - shared.y[i - 1];
            const double p1 = shared.day[i - 1], p2 = shared.y[i - 1];
            d11 += du1 * du1;
            d12 += du1 * du2;
            d22 += du2 * du2;
            m11 += du1 * p1 + p1 * du1;
            m12 += du1 * p2 + p1 * du2;
            m22 += du2 * p2 + p2 * du2;
            l11 += p1 * p1;
            l12 += p1 * p2;
            l22 += p2 * p2;
            step1 += du1;
            step2 += du2;
            before1 += p1;
            before2 += p2;
            ++count;
            ++i;
        } while (i < n && days[i] - days[i - 1] == gap);
        shared.gapCount[std::size_t(slot)] += count;
        const double back[] = {d11, d12, d22,   m11,   m12,     m22,    l11,
                               l12, l22, step1, step2, before1, before2};
        std::copy(std::begin(back), std::end(back), stored);
    }
    return shared;
}

} // namespace

Result<Ar1Fit> fitAr1RegressionColumns(std::span<const int> days, std::span<const double> y,
                                       std::span<const std::span<const double>> predictors)
{
    if (auto refused = refusedColumns(days, y, predictors))
        return *refused;
    const Ar1Likelihood likelihood(days, y, predictors);
    return fitLikelihood(likelihood, y.size());
}

std::vector<Result<Ar1Fit>> fitAr1RegressionsOnSameDays(std::span<const int> days,
                                                        std::span<const double> y,
                                                        std::span<const double> dayColumn,
                                                        std::span<const std::span<const double>> xs)
{
    std::vector<Result<Ar1Fit>> fits;
    fits.reserve(xs.size());
    std::optional<SharedDayAndY> shared;
    for (const std::span<const double> x : xs) {
        const std::span<const double> predictors[] = {x, dayColumn};
        // Once a fit has passed every check, the days, y and the day column are known to pass
        // theirs: a later x needs only its own (the full checks name the error of one that
        // fails them).
        const bool passes =
            shared && x.size() == y.size() &&
            std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); }) &&
            !isConstant(x);
        if (!passes) {
            if (auto refused = refusedColumns(days, y, predictors)) {
                fits.emplace_back(std::move(*refused));
                continue;
            }
        }
        if (!shared)
            shared = shareDayAndY(days, dayColumn, y);
        const Ar1Likelihood likelihood(*shared, x, dayColumn, y);
        fits.push_back(fitLikelihood(likelihood, y.size()));
    }
    return fits;
}

} // namespace quietlegs
