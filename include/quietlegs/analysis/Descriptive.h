#pragma once

#include <optional>
#include <span>
#include <vector>

namespace quietlegs {

/// A closed interval of real numbers, e.g. a 95% confidence interval.
struct Interval
{
    double low = 0;
    double high = 0;

    friend bool operator==(const Interval&, const Interval&) = default;
};

/// Arithmetic mean; none for no values.
std::optional<double> mean(std::span<const double> values);
/// Sample standard deviation (divisor n - 1); none below two values.
std::optional<double> sampleStandardDeviation(std::span<const double> values);
/// Ranks 1..n, ties getting the mean of the ranks they span (R `rank()`, SciPy `rankdata`).
std::vector<double> midRanks(std::span<const double> values);
/// True when every value equals the first (no variance); true for no values.
bool isConstant(std::span<const double> values);

/// The exact small-sample correction of Hedges' g (statistics-v2.md section 4):
/// J(m) = Gamma(m/2) / (sqrt(m/2) Gamma((m - 1)/2)), m = n_a + n_b - 2 >= 2 (as a ratio, so it
/// holds for any m).
double hedgesCorrection(double m);
/// Hedges' g of `after` against `before`: (mean_after - mean_before) / pooled sd * J(m) with the
/// exact J; none when either side has fewer than two values or the pooled sd is 0.
std::optional<double> hedgesGExact(std::span<const double> before, std::span<const double> after);

} // namespace quietlegs
