#pragma once

// Helpers shared by the analysis tests. Reference values come from R and SciPy
// (tests/analysis/reference/reference.R and check_scipy.py); the tests never run them.

#include <catch2/catch.hpp>
#include <optional>

namespace quietlegs::test {

inline constexpr double kRelativeTolerance = 1e-9;

/// A statistic equals its reference to 1e-9 relative; an undefined reference must be undefined.
inline void checkStatistic(const std::optional<double>& actual,
                           const std::optional<double>& expected)
{
    if (!expected) {
        CHECK_FALSE(actual.has_value());
        return;
    }
    REQUIRE(actual.has_value());
    if (*expected == 0)
        CHECK(*actual == 0);
    else
        CHECK(*actual == Approx(*expected).epsilon(kRelativeTolerance));
}

/// One row of reference.R's correlation output.
struct CorrelationReference
{
    int n;
    std::optional<double> r, ciLow, ciHigh, p, rho, rhoP;
};

/// One row of reference.R's two-sample output.
struct TwoSampleReference
{
    int na;
    std::optional<double> meanA, sdA;
    int nb;
    std::optional<double> meanB, sdB, difference, t, df, p, w, mannWhitneyP, g;
};

} // namespace quietlegs::test
