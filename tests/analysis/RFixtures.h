#pragma once

// The statistics-v2 reference fixtures, computed with R by scripts/r-fixtures (nlme::gls, acf,
// p.adjust) and committed under tests/data/statistics/; the tests never run R.

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace quietlegs::test {

/// Figures computed directly from the data agree with R to this...
inline constexpr double kFixtureTolerance = 1e-6;
/// ...and figures that come out of a search for phi (two optimisers) to this.
inline constexpr double kPhiSearchTolerance = 1e-4;

inline nlohmann::json readFixture(const std::string& name)
{
    std::ifstream file(std::string(QUIETLEGS_TEST_DATA) + "/statistics/" + name);
    REQUIRE(file.good());
    return nlohmann::json::parse(file);
}

/// A number or null (R's NA).
inline std::optional<double> optionalNumber(const nlohmann::json& value)
{
    if (value.is_null())
        return std::nullopt;
    return value.get<double>();
}

inline std::vector<std::optional<double>> optionalNumbers(const nlohmann::json& values)
{
    std::vector<std::optional<double>> result;
    for (const auto& value : values)
        result.push_back(optionalNumber(value));
    return result;
}

/// Relative agreement, with an absolute floor for figures that are zero up to rounding (an
/// autocorrelation of 1e-17 in R may be -1e-17 here).
inline bool agrees(double actual, double expected, double tolerance)
{
    return std::abs(actual - expected) <= tolerance * std::max(std::abs(expected), 1e-9);
}

#define CHECK_AGREES(actual, expected, tolerance)                                                  \
    do {                                                                                           \
        const double checkActual = (actual);                                                       \
        const double checkExpected = (expected);                                                   \
        INFO(#actual " = " << checkActual << ", R: " << checkExpected);                            \
        CHECK(::quietlegs::test::agrees(checkActual, checkExpected, (tolerance)));                 \
    } while (false)

} // namespace quietlegs::test
