#pragma once

#include "quietlegs/analysis/Descriptive.h"
#include "quietlegs/core/Result.h"

#include <span>
#include <string_view>
#include <vector>

namespace quietlegs {

/// One coefficient of an AR(1) regression, as R's `summary(gls)$tTable` and
/// `intervals(gls, which = "coef")` give it.
struct Ar1Coefficient
{
    double estimate = 0;
    double se = 0; // sqrt(diag((X'X)^-1) RSS / (n - p)), X transformed at the fitted phi
    double t = 0;  // estimate / se
    double p = 1;  // two-sided, Student's t on n - p df
    Interval ci95; // estimate +/- qt(0.975, n - p) se
};

/// A linear regression with AR(1) errors on a daily grid with gaps, fitted by maximum
/// likelihood (statistics-v2.md section 2): exactly R's
/// `gls(y ~ x1 + x2 ..., correlation = corAR1(form = ~ day), method = "ML")`.
struct Ar1Fit
{
    /// The intercept first, then one per predictor in the order given.
    std::vector<Ar1Coefficient> coefficients;
    /// Covariance of the coefficients (parameters x parameters, row-major), for a fitted
    /// line's interval band: (X'X)^-1 RSS / (n - p).
    std::vector<double> covariance;
    double phi = 0;           // correlation of two nights one day apart; d days apart: phi^d
    int n = 0;                // observations
    int parameters = 0;       // p: intercept + predictors
    double logLikelihood = 0; // R `logLik(fit)` (ML)
    double residualSd = 0;    // R `fit$sigma`: sqrt(RSS / n), the ML estimate
    /// |phi| >= kAr1BoundaryPhi: the series hardly varies apart from a drift; figures are given
    /// but the caller shows the note "phi at the boundary".
    bool phiAtBoundary = false;
};

/// phi is searched in (-kAr1PhiLimit, kAr1PhiLimit)...
inline constexpr double kAr1PhiLimit = 0.999;
/// ...and a fit whose |phi| reaches this is flagged `phiAtBoundary`.
inline constexpr double kAr1BoundaryPhi = 0.998;

/// Error::rule of a fit refused because y or a predictor does not vary (statistics-v2.md's
/// note "no variation"); Error::field names "y" or "predictors[i]".
inline constexpr std::string_view kAr1NoVariation = "no variation";
/// Error::rule of a fit refused for fewer than parameters + 2 observations.
inline constexpr std::string_view kAr1TooFewObservations = "too few observations for the model";
/// Error::rule of a fit whose predictors are collinear (X'X singular though each varies).
inline constexpr std::string_view kAr1Collinear = "predictors are collinear";

/// Fits y on an intercept and `predictors` (one column per predictor, each of y's size) with
/// AR(1) errors, maximising the profile likelihood over phi by Brent's method (tolerance
/// 1e-10). `days` are the observations' day numbers, strictly increasing; gaps are allowed.
/// Costs O(n p^2) once, then O(distinct gaps x p^2) per phi step; no n x n matrix.
/// Refused (Error naming the field): sizes that differ, days not strictly increasing, fewer
/// than p + 2 observations, a value that is not a finite number, y or a predictor constant,
/// collinear predictors, y an exact function of the predictors.
Result<Ar1Fit> fitAr1Regression(std::span<const int> days, std::span<const double> y,
                                const std::vector<std::vector<double>>& predictors);
/// The same fit over columns the caller keeps (no copies: the correlation table's 72 fits).
Result<Ar1Fit> fitAr1RegressionColumns(std::span<const int> days, std::span<const double> y,
                                       std::span<const std::span<const double>> predictors);
/// fitAr1RegressionColumns(days, y, {x, dayColumn}) for each x of `xs`, in order, bit for
/// bit, with the work on dayColumn and y (centring, scaling, their sums per gap between
/// nights) done once for all: the correlation table's exposures paired on the same nights.
std::vector<Result<Ar1Fit>>
fitAr1RegressionsOnSameDays(std::span<const int> days, std::span<const double> y,
                            std::span<const double> dayColumn,
                            std::span<const std::span<const double>> xs);

} // namespace quietlegs
