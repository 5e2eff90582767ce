#include "quietlegs/analysis/Ar1Regression.h"

#include "RFixtures.h"

#include <cmath>
#include <span>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

struct FitInput
{
    std::string name;
    std::vector<int> days;
    std::vector<double> y;
    std::vector<std::vector<double>> predictors;
};

FitInput inputOf(const nlohmann::json& fixture)
{
    FitInput input;
    input.name = fixture["name"].get<std::string>();
    input.days = fixture["days"].get<std::vector<int>>();
    input.y = fixture["y"].get<std::vector<double>>();
    input.predictors = fixture["predictors"].get<std::vector<std::vector<double>>>();
    return input;
}

/// Every figure of the fit against one of R's (`ml` or `gls`), to `tolerance`.
void checkFit(const Ar1Fit& fit, const nlohmann::json& expected, double tolerance)
{
    CHECK_AGREES(fit.phi, expected["phi"].get<double>(), tolerance);
    CHECK_AGREES(fit.logLikelihood, expected["log_likelihood"].get<double>(), tolerance);
    CHECK_AGREES(fit.residualSd, expected["sigma"].get<double>(), tolerance);
    const auto& coefficients = expected["coefficients"];
    REQUIRE(fit.coefficients.size() == coefficients.size());
    for (std::size_t k = 0; k < coefficients.size(); ++k) {
        INFO("coefficient " << coefficients[k]["name"].get<std::string>());
        const Ar1Coefficient& c = fit.coefficients[k];
        const auto& r = coefficients[k];
        CHECK_AGREES(c.estimate, r["estimate"].get<double>(), tolerance);
        CHECK_AGREES(c.se, r["se"].get<double>(), tolerance);
        CHECK_AGREES(c.t, r["t"].get<double>(), tolerance);
        // A p-value's relative error grows with |t| (d log p / dt ~ t): tolerance per unit of t.
        CHECK_AGREES(c.p, r["p"].get<double>(), tolerance * std::max(1.0, std::abs(c.t)));
        CHECK_AGREES(c.ci95.low, r["ci_low"].get<double>(), tolerance);
        CHECK_AGREES(c.ci95.high, r["ci_high"].get<double>(), tolerance);
        CHECK_AGREES(std::sqrt(fit.covariance[k * fit.coefficients.size() + k]), c.se, 1e-12);
    }
}

} // namespace

TEST_CASE("AR(1) regressions with gaps match R's gls(corAR1(form = ~ day), method = \"ML\")")
{
    const nlohmann::json fixture = readFixture("ar1-regressions.json");
    REQUIRE(fixture["fits"].size() >= 10);
    for (const auto& expected : fixture["fits"]) {
        const FitInput input = inputOf(expected);
        INFO(input.name << " (" << expected["formula"].get<std::string>() << ")");
        const Result<Ar1Fit> fit = fitAr1Regression(input.days, input.y, input.predictors);
        REQUIRE(fit.ok());
        CHECK(fit->n == int(input.y.size()));
        CHECK(fit->parameters == int(input.predictors.size()) + 1);
        // At the maximum of the profile likelihood on (-0.999, 0.999): every figure to 1e-6.
        // Any search knows phi only to ~1e-7 (the likelihood is flat at its top), and close to
        // +/-1 the figures change by ~1e-5 for each 1e-8 of phi: there, to 1e-4.
        const double mlPhi = expected["ml"]["phi"].get<double>();
        const bool boundary = std::abs(mlPhi) >= kAr1BoundaryPhi;
        CHECK_AGREES(fit->phi, mlPhi, kFixtureTolerance);
        checkFit(*fit, expected["ml"],
                 std::abs(mlPhi) < 0.99 ? kFixtureTolerance : kPhiSearchTolerance);
        // gls as people run it, whose own optimiser stops a little earlier (and is free to go
        // beyond -0.999 or 0.999, where it cannot be compared).
        if (std::abs(expected["gls"]["phi"].get<double>()) < kAr1PhiLimit)
            checkFit(*fit, expected["gls"], kPhiSearchTolerance);
        CHECK(fit->phiAtBoundary == boundary);
    }
}

TEST_CASE("alternating nights drive phi to the boundary and the fit says so")
{
    const nlohmann::json fixture = readFixture("ar1-regressions.json");
    bool found = false;
    for (const auto& expected : fixture["fits"]) {
        if (expected["name"] != "alternating nights, phi at the boundary")
            continue;
        found = true;
        const FitInput input = inputOf(expected);
        const Result<Ar1Fit> fit = fitAr1Regression(input.days, input.y, input.predictors);
        REQUIRE(fit.ok());
        CHECK(fit->phiAtBoundary);
        CHECK(fit->phi < -kAr1BoundaryPhi);
        CHECK(fit->phi > -kAr1PhiLimit);
    }
    CHECK(found);
}

TEST_CASE("moving the day numbers changes only the intercept of an AR(1) fit")
{
    const nlohmann::json fixture = readFixture("ar1-regressions.json");
    const FitInput input = inputOf(fixture["fits"][0]);
    REQUIRE(input.predictors.size() == 2); // x, day
    FitInput shifted = input;
    for (int& day : shifted.days)
        day += 20000;
    for (double& day : shifted.predictors[1])
        day += 20000;
    const Result<Ar1Fit> a = fitAr1Regression(input.days, input.y, input.predictors);
    const Result<Ar1Fit> b = fitAr1Regression(shifted.days, shifted.y, shifted.predictors);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK_AGREES(b->phi, a->phi, 1e-8);
    for (std::size_t k = 1; k < 3; ++k) {
        CHECK_AGREES(b->coefficients[k].estimate, a->coefficients[k].estimate, 1e-7);
        CHECK_AGREES(b->coefficients[k].se, a->coefficients[k].se, 1e-7);
    }
    CHECK_FALSE(agrees(b->coefficients[0].estimate, a->coefficients[0].estimate, 1e-3));
}

TEST_CASE("an AR(1) fit is refused with a reason naming the field, never NaN")
{
    const std::vector<int> days{1, 2, 3, 5, 6, 7, 9, 10};
    const std::vector<double> y{4, 6, 5, 7, 3, 5, 6, 4};
    const std::vector<double> x{1, 0, 2, 1, 0, 3, 1, 2};
    const std::vector<double> day(days.begin(), days.end());

    SECTION("days not increasing")
    {
        std::vector<int> unordered = days;
        std::swap(unordered[3], unordered[4]);
        const auto fit = fitAr1Regression(unordered, y, {x});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().field == "days[4]");
        std::vector<int> repeated = days;
        repeated[2] = repeated[1];
        CHECK(fitAr1Regression(repeated, y, {x}).error().field == "days[2]");
    }
    SECTION("y does not vary")
    {
        const std::vector<double> flat(y.size(), 5.0);
        const auto fit = fitAr1Regression(days, flat, {x});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().field == "y");
        CHECK(fit.error().rule == kAr1NoVariation);
    }
    SECTION("a predictor does not vary")
    {
        const std::vector<double> flat(y.size(), 100.0);
        const auto fit = fitAr1Regression(days, y, {x, flat});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().field == "predictors[1]");
        CHECK(fit.error().rule == kAr1NoVariation);
    }
    SECTION("predictors that are one another's multiples")
    {
        std::vector<double> twice = x;
        for (double& v : twice)
            v = 2 * v + 1;
        const auto fit = fitAr1Regression(days, y, {x, twice});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().rule == kAr1Collinear);
    }
    SECTION("fewer observations than parameters + 2")
    {
        const std::span<const int> fourDays(days.data(), 4);
        const std::span<const double> fourY(y.data(), 4);
        const std::vector<double> fourX(x.begin(), x.begin() + 4);
        const std::vector<double> fourDay(day.begin(), day.begin() + 4);
        const auto fit = fitAr1Regression(fourDays, fourY, {fourX, fourDay});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().rule == kAr1TooFewObservations);
        CHECK(fitAr1Regression(fourDays, fourY, {fourDay}).ok()); // n = p + 2 is enough
    }
    SECTION("sizes that differ")
    {
        const std::vector<double> shortX(x.begin(), x.end() - 1);
        const auto fit = fitAr1Regression(days, y, {shortX});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().field == "predictors[0]");
    }
    SECTION("a value that is not a number")
    {
        std::vector<double> broken = x;
        broken[5] = std::nan("");
        const auto fit = fitAr1Regression(days, y, {broken});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().field == "predictors[0][5]");
        std::vector<double> infinite = y;
        infinite[0] = INFINITY;
        CHECK(fitAr1Regression(days, infinite, {x}).error().field == "y[0]");
    }
    SECTION("an exact fit leaves no residual variation")
    {
        std::vector<double> exact = x;
        for (double& v : exact)
            v = 3 * v - 2;
        const auto fit = fitAr1Regression(days, exact, {x});
        REQUIRE_FALSE(fit.ok());
        CHECK(fit.error().field == "y");
    }
    SECTION("and a valid series gives finite figures")
    {
        const auto fit = fitAr1Regression(days, y, {x, day});
        REQUIRE(fit.ok());
        for (const Ar1Coefficient& c : fit->coefficients) {
            CHECK(std::isfinite(c.estimate));
            CHECK(std::isfinite(c.se));
            CHECK(std::isfinite(c.p));
        }
        CHECK(std::abs(fit->phi) < kAr1PhiLimit);
    }
}

TEST_CASE("fits of several exposures on the same nights are bit for bit the fits made one by one")
{
    // Nights with gaps of 1, 2, 3 and 9 days; three exposures, one of them constant (refused),
    // one with a value that is not a number (refused, naming it), and two that fit.
    std::vector<int> days;
    std::vector<double> y, dayColumn;
    for (int i = 0, day = 20000; i < 150; ++i) {
        days.push_back(day);
        dayColumn.push_back(double(day - 20000));
        y.push_back(std::sin(i * 0.7) * 3.0 + (i % 5) * 0.4 + i * 0.01);
        day += i % 11 == 0 ? 9 : 1 + i % 3;
    }
    std::vector<double> first(days.size()), second(days.size()), constant(days.size(), 2.5);
    for (std::size_t i = 0; i < days.size(); ++i) {
        first[i] = std::cos(double(i) * 0.31) * 100.0 + double(i % 7) * 12.0;
        second[i] = double((i * 37) % 23) - 0.5 * std::sin(double(i));
    }
    std::vector<double> broken = second;
    broken[7] = NAN;
    const std::vector<std::span<const double>> xs{first, constant, broken, second, first};
    const auto together = fitAr1RegressionsOnSameDays(days, y, dayColumn, xs);
    REQUIRE(together.size() == xs.size());
    for (std::size_t j = 0; j < xs.size(); ++j) {
        INFO("exposure " << j);
        const std::span<const double> predictors[] = {xs[j], dayColumn};
        const auto alone = fitAr1RegressionColumns(days, y, predictors);
        REQUIRE(together[j].ok() == alone.ok());
        if (!alone.ok()) {
            CHECK(together[j].error().field == alone.error().field);
            CHECK(together[j].error().rule == alone.error().rule);
            continue;
        }
        // The same operations on the same values: no tolerance.
        CHECK(together[j]->phi == alone->phi);
        CHECK(together[j]->logLikelihood == alone->logLikelihood);
        CHECK(together[j]->residualSd == alone->residualSd);
        CHECK(together[j]->covariance == alone->covariance);
        REQUIRE(together[j]->coefficients.size() == alone->coefficients.size());
        for (std::size_t k = 0; k < alone->coefficients.size(); ++k) {
            CHECK(together[j]->coefficients[k].estimate == alone->coefficients[k].estimate);
            CHECK(together[j]->coefficients[k].se == alone->coefficients[k].se);
            CHECK(together[j]->coefficients[k].p == alone->coefficients[k].p);
        }
    }
    CHECK_FALSE(together[1].ok());
    CHECK(together[2].error().field == "predictors[0][7]");
    CHECK(together[3].ok());
}

} // namespace QUIETLEGS_TEST_FILE
