#pragma once

#include "quietlegs/analysis/Descriptive.h"
#include "quietlegs/analysis/FigureNote.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/Variables.h"
#include "quietlegs/core/Dates.h"

#include <optional>
#include <span>
#include <string>

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
    /// the before/after chart; n >= 2. Not part of the statistics JSON document.
    std::optional<Interval> meanCi95;
};

/// Two samples A (before) and B (after) compared as statistics-v1 did, treating nights as
/// independent. v2 shows none of its tests (they assume independent nights); kept for the
/// simulation that measures how often they are fooled (bench/).
struct TwoSampleTest
{
    std::optional<double> difference; // mean_b - mean_a
    std::optional<double> welchT;     // both n >= 2 and not both constant
    std::optional<double> welchDf;
    std::optional<double> welchP;
    std::optional<double> mannWhitneyW; // R's W: rank sum of B minus n_b (n_b + 1) / 2
    std::optional<double> mannWhitneyP; // normal approximation, tie and continuity corrected
    std::optional<double> hedgesG;      // v1's approximate small-sample factor
};

/// Runs every v1 test of the before/after comparison on two samples.
TwoSampleTest compareSamples(std::span<const double> a, std::span<const double> b);

/// One coefficient of the interrupted time series: estimate, se, 95% interval, two-sided p.
struct ItsCoefficient
{
    std::optional<double> estimate;
    std::optional<double> se;
    std::optional<Interval> ci95;
    std::optional<double> p;
};

/// The interrupted time series of statistics-v2.md section 4: y ~ day + post + post_day with
/// AR(1) errors (ML) over the nights of A and B. Figures are null when either period has fewer
/// than 14 nights (note "not enough nights yet") or the fit is undefined (note says why).
struct InterruptedTimeSeries
{
    int n = 0; // nights in A and B with the outcome
    std::optional<double> phi;
    ItsCoefficient levelChange; // post: the jump at B_FROM
    ItsCoefficient slopeChange; // post_day: the change of the daily trend
    std::optional<FigureNote> note;
};

/// A before/after comparison of one outcome between two date ranges of the journal
/// (statistics-v2.md section 4).
struct Comparison
{
    std::string outcome; // catalogue id
    ComparisonSide a;
    ComparisonSide b;
    std::optional<double> difference; // descriptive: mean_b - mean_a
    std::optional<double> hedgesG;    // descriptive: exact small-sample correction J
    InterruptedTimeSeries its;
    /// True when A's mean is worse than the 90 days before A_FROM by more than half their SD
    /// (in the outcome's worse direction); null with fewer than 14 nights in those 90 days.
    std::optional<bool> regressionToMeanRisk;
};

/// n, mean, sd and the mean's interval of one sample.
ComparisonSide describeSample(std::span<const double> values, Date from, Date to);

/// Compares the outcome's nights in [aFrom, aTo] (A, before) with those in [bFrom, bTo] (B).
/// Fails, naming `--compare`, when a period ends before it starts or B does not start after A
/// ends (overlapping or reversed periods).
Result<Comparison> compareRanges(const JournalSeries& series, std::string_view outcome, Date aFrom,
                                 Date aTo, Date bFrom, Date bTo);

} // namespace quietlegs
