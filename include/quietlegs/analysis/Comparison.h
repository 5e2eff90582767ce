#pragma once

#include "quietlegs/analysis/Descriptive.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/Variables.h"
#include "quietlegs/core/Dates.h"

#include <optional>
#include <span>

namespace quietlegs {

/// One side of a comparison: its date range and the outcome's n, mean and sample sd.
struct ComparisonSide
{
    Date from;
    Date to;
    int n = 0;
    std::optional<double> mean; // n >= 1
    std::optional<double> sd;   // n >= 2, divisor n - 1
    /// 95% t interval of the mean, mean +/- t(0.975, n - 1) sd / sqrt(n) (R `t.test(x)`), for
    /// the before/after chart; n >= 2. Not part of the statistics-v1 JSON document.
    std::optional<Interval> meanCi95;
};

/// Two samples A (before) and B (after) compared (statistics-v1.md "Before/after comparison").
/// Every test statistic is B against A, as R's `t.test(b, a)` and `wilcox.test(b, a)`.
struct TwoSampleTest
{
    std::optional<double> difference; // mean_b - mean_a
    std::optional<double> welchT;     // both n >= 2 and not both constant
    std::optional<double> welchDf;
    std::optional<double> welchP;
    std::optional<double> mannWhitneyW; // R's W: rank sum of B minus n_b (n_b + 1) / 2
    std::optional<double> mannWhitneyP; // normal approximation, tie and continuity corrected
    std::optional<double> hedgesG;      // both n >= 2 and pooled sd > 0
};

/// Runs every test of the before/after comparison on two samples.
TwoSampleTest compareSamples(std::span<const double> a, std::span<const double> b);

/// A before/after comparison of one outcome between two date ranges of the journal.
struct Comparison
{
    Outcome outcome = Outcome::IrlsTotal;
    ComparisonSide a;
    ComparisonSide b;
    TwoSampleTest test;
};

/// n, mean, sd and the mean's interval of one sample.
ComparisonSide describeSample(std::span<const double> values, Date from, Date to);

/// Compares the outcome's nights in [aFrom, aTo] (A, before) with those in [bFrom, bTo] (B).
Comparison compareRanges(const JournalSeries& series, Outcome outcome, Date aFrom, Date aTo,
                         Date bFrom, Date bTo);

} // namespace quietlegs
