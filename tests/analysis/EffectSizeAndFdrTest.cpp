#include "RFixtures.h"
#include "quietlegs/analysis/Descriptive.h"
#include "quietlegs/analysis/MultipleTesting.h"

#include <cmath>
#include <numbers>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("Benjamini-Hochberg over p-values with ties and nulls matches R's p.adjust(\"BH\")")
{
    const nlohmann::json fixture = readFixture("benjamini-hochberg.json");
    for (const auto& expected : fixture["cases"]) {
        INFO(expected["name"].get<std::string>());
        const std::vector<std::optional<double>> p = optionalNumbers(expected["p"]);
        const std::vector<std::optional<double>> reference = optionalNumbers(expected["q"]);
        const std::vector<std::optional<double>> q = benjaminiHochberg(p);
        REQUIRE(q.size() == reference.size());
        for (std::size_t i = 0; i < q.size(); ++i) {
            INFO("p[" << i << "]");
            REQUIRE(q[i].has_value() == reference[i].has_value());
            if (q[i])
                CHECK_AGREES(*q[i], *reference[i], 1e-12);
        }
    }
}

TEST_CASE("Hedges g with the exact small-sample correction matches R's gamma functions")
{
    const nlohmann::json fixture = readFixture("hedges-g.json");
    for (const auto& expected : fixture["cases"]) {
        INFO(expected["name"].get<std::string>());
        const auto a = expected["a"].get<std::vector<double>>();
        const auto b = expected["b"].get<std::vector<double>>();
        CHECK_AGREES(hedgesCorrection(expected["m"].get<double>()), expected["j"].get<double>(),
                     1e-12);
        const std::optional<double> g = hedgesGExact(a, b);
        REQUIRE(g);
        CHECK_AGREES(*g, expected["g"].get<double>(), 1e-12);
    }
}

TEST_CASE("the exact Hedges correction is close to v1's approximation for large samples only")
{
    // J(m) ~ 1 - 3 / (4m - 1): close at m = 200, apart at m = 2, where J = 1 / sqrt(pi).
    CHECK(hedgesCorrection(200) == Approx(1 - 3.0 / 799).epsilon(1e-5));
    CHECK(hedgesCorrection(2) == Approx(1 / std::sqrt(std::numbers::pi)).epsilon(1e-14));
    CHECK(std::abs(hedgesCorrection(2) - (1 - 3.0 / 7)) > 0.005);
    CHECK(hedgesCorrection(1e6) == Approx(1.0).epsilon(1e-6));
}

TEST_CASE("Hedges g needs two nights a side and some spread")
{
    CHECK_FALSE(hedgesGExact(std::vector<double>{5}, std::vector<double>{4, 6}));
    CHECK_FALSE(hedgesGExact(std::vector<double>{5, 5}, std::vector<double>{4, 4}));
    CHECK(hedgesGExact(std::vector<double>{5, 5}, std::vector<double>{4, 6}));
}

} // namespace QUIETLEGS_TEST_FILE
