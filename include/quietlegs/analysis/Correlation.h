#pragma once

#include "quietlegs/analysis/Descriptive.h"

#include <optional>
#include <span>

namespace quietlegs {

/// Pearson and Spearman correlation of n pairs with their p-values (statistics-v1.md
/// "Per pair of series"). An empty optional is a statistic that is undefined for the data.
struct Correlation
{
    int n = 0;
    std::optional<double> pearsonR;      // n >= 3 and neither series constant
    std::optional<Interval> pearsonCi95; // Fisher z interval, n >= 4 (R cor.test)
    std::optional<double> pearsonP;      // two-sided t test on n - 2 df; 0 when r = +/-1
    std::optional<double> spearmanRho;   // Pearson r of the mid-ranks
    std::optional<double> spearmanP;     // the same t approximation (SciPy spearmanr)
};

/// Correlates x[i] with y[i]; both spans must have the same length (a bug otherwise).
Correlation correlate(std::span<const double> x, std::span<const double> y);

/// correlate() for a caller that already has the mid-ranks of x and y (midRanks(x) and
/// midRanks(y), as the correlation table gets them by counting instead of sorting): the same
/// result without ranking again. All four spans must have the same length.
Correlation correlateRanked(std::span<const double> x, std::span<const double> y,
                            std::span<const double> rankX, std::span<const double> rankY);

/// The least-squares line y = intercept + slope x (R `lm(y ~ x)`), for the scatter plot.
struct LeastSquaresLine
{
    double intercept = 0;
    double slope = 0;
};

/// None below two points or when x does not vary.
std::optional<LeastSquaresLine> leastSquaresLine(std::span<const double> x,
                                                 std::span<const double> y);

/// Two-sided p of Student's t with `df` degrees of freedom (df may be fractional, Welch).
double twoSidedStudentP(double t, double df);
/// Two-sided p of a standard normal deviate.
double twoSidedNormalP(double z);

} // namespace quietlegs
