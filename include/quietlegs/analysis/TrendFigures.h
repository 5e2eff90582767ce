#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/DatedSeries.h"
#include "quietlegs/analysis/Descriptive.h"

#include <optional>
#include <span>

namespace quietlegs {

// Figures the Trends and Insights views draw that statistics-v1.md does not list: the moving
// average of the daily view, the least-squares line of a scatter plot and the interval of a
// mean in the before/after chart. Here so that the GUI computes no number itself.

inline constexpr int kMovingAverageDays = 7;
/// A moving average needs more than half its window defined, so that one lonely night does
/// not pass for a week's average.
inline constexpr int kMovingAverageMinimumValues = 4;

/// The trailing moving average for every date in [from, to]: the mean of the values defined
/// on the `windowDays` dates ending at that date, defined only where at least
/// `minimumValues` of them are. Values before `from` count for the first dates.
DatedSeries movingAverage(const DatedSeries& series, Date from, Date to,
                          int windowDays = kMovingAverageDays,
                          int minimumValues = kMovingAverageMinimumValues);

/// y = intercept + slope * x, the ordinary least-squares line of y on x.
struct LeastSquaresLine
{
    double intercept = 0;
    double slope = 0;

    double at(double x) const { return intercept + slope * x; }
};

/// The least-squares line through (x[i], y[i]); none below two pairs or when x is constant.
/// Both spans must have the same length (a bug otherwise).
std::optional<LeastSquaresLine> leastSquaresLine(std::span<const double> x,
                                                 std::span<const double> y);

/// The 95% confidence interval of a mean from n, mean and sample sd: mean +/- t(0.975, n - 1)
/// * sd / sqrt(n) (R's `t.test(x)$conf.int`). None below two values.
std::optional<Interval> meanInterval95(int n, double mean, double sd);
/// The same for one side of a before/after comparison.
std::optional<Interval> meanInterval95(const ComparisonSide& side);

} // namespace quietlegs
