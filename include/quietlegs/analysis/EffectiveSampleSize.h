#pragma once

#include "quietlegs/analysis/Descriptive.h"

#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace quietlegs {

/// Every inference of statistics-v2 (n_eff, corrected p and intervals, effects, q) needs at
/// least this many complete pairs; below it people see "not enough nights yet".
inline constexpr int kMinimumInferencePairs = 14;

/// R's `acf(x, lag.max = maxLag, plot = FALSE, na.action = na.pass, demean = TRUE)$acf` of a
/// series on a daily grid (empty optional = NA): element k is the autocorrelation at lag k
/// (element 0 is 1). As R's C code: demeaned by the mean of the defined values; the lag-k sum
/// over pairs both defined is divided by (pairs + k), then by lag 0's, clamped to [-1, 1]. A lag
/// with no pairs (NA in R) is 0 here, as statistics-v2.md counts it. maxLag is capped at
/// size - 1 as R does. Empty when no value is defined or the defined values are all equal (no
/// variance). Computed by FFT cross-correlation (FFTW), O(size log size).
std::vector<double> naPassAutocorrelations(std::span<const std::optional<double>> series,
                                           int maxLag);

/// The effective number of pairs of Pyper & Peterman (1998) (statistics-v2.md section 1):
/// 1 / n_eff = 1/n + (2/n) sum_{j=1..J} ((n - j) / n) rho_x(j) rho_y(j), J = floor(n / 5),
/// rho the na.pass autocorrelations of x and y on the pair's daily grid (first to last complete
/// pair; days outside it would change nothing); n_eff = n when the sum
/// is not positive. x and y are the grid's days (same size), missing wherever the pair is
/// incomplete (a day where only one is defined counts as missing in both); n is the number of
/// complete pairs. None when n < kMinimumInferencePairs or either series does not vary.
std::optional<double> effectiveSampleSize(std::span<const std::optional<double>> x,
                                          std::span<const std::optional<double>> y);

/// effectiveSampleSize() for the many rows of a table, bit for bit, doing each transform only
/// once: rows whose pairs fall on the same days share the FFT of their mask (the pair counts
/// per lag), and a series already transformed on that mask is not transformed again. The
/// caller names each series by a key (an exposure at a lag, an outcome) and promises that equal
/// keys have equal values wherever a mask they are given with is set. Not thread-safe: one per
/// thread. Issue 19: the table's 72 rows made 216 transforms (each way) for 88 distinct ones.
class EffectiveSampleSizes
{
public:
    EffectiveSampleSizes();
    ~EffectiveSampleSizes();
    EffectiveSampleSizes(const EffectiveSampleSizes&) = delete;
    EffectiveSampleSizes& operator=(const EffectiveSampleSizes&) = delete;

    /// effectiveSampleSize(x, y), with xKey naming x's values and yKey y's (x and y keys are
    /// apart: an x key never matches a y key).
    std::optional<double> compute(std::span<const std::optional<double>> x,
                                  std::span<const std::optional<double>> y, int xKey, int yKey);
    /// compute() of the grid of `gridSize` days from days.front() on which x[i] and y[i] are
    /// defined on day days[i] (strictly ascending) and nothing else is, bit for bit, without
    /// building that grid (the correlation table's rows: issue 19). Here a mask is also told
    /// apart by its first day.
    std::optional<double> computePairs(std::span<const int> days, std::span<const double> x,
                                       std::span<const double> y, std::size_t gridSize, int xKey,
                                       int yKey);

private:
    struct State;
    std::unique_ptr<State> m_state;
};

/// A correlation's inference with n_eff in place of n (statistics-v2.md section 1).
struct CorrectedCorrelationInference
{
    std::optional<double> p;      // two-sided, t = r sqrt((n_eff - 2) / (1 - r^2)), n_eff - 2 df
    std::optional<Interval> ci95; // tanh(atanh(r) +/- 1.959964 / sqrt(n_eff - 3))
};

/// The corrected p and interval of a correlation coefficient r (Pearson r, or Spearman rho for
/// the p alone) over n complete pairs with effective size nEff. Both null when r or nEff is
/// undefined, n < kMinimumInferencePairs or nEff <= 3 ("too few independent nights").
CorrectedCorrelationInference correctedCorrelationInference(std::optional<double> r, int n,
                                                            std::optional<double> nEff);

} // namespace quietlegs
