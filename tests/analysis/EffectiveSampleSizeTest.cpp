#include "quietlegs/analysis/EffectiveSampleSize.h"

#include "RFixtures.h"

#include <cmath>
#include <string>
#include <thread>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("autocorrelations with missing nights match R's acf(na.action = na.pass)")
{
    const nlohmann::json fixture = readFixture("acf-na-pass.json");
    REQUIRE(fixture["acfs"].size() >= 5);
    for (const auto& expected : fixture["acfs"]) {
        INFO(expected["name"].get<std::string>());
        const std::vector<std::optional<double>> series = optionalNumbers(expected["series"]);
        const std::vector<std::optional<double>> reference = optionalNumbers(expected["acf"]);
        const std::vector<double> acf =
            naPassAutocorrelations(series, expected["lag_max"].get<int>());
        // R caps lag.max at the series' length - 1.
        REQUIRE(acf.size() == reference.size());
        for (std::size_t k = 0; k < acf.size(); ++k) {
            INFO("lag " << k);
            // A lag with no pairs is NA in R and counts as 0 (statistics-v2.md section 1).
            CHECK_AGREES(acf[k], reference[k].value_or(0.0), kFixtureTolerance);
        }
    }
}

TEST_CASE("a series without variation or values has no autocorrelations")
{
    const std::vector<std::optional<double>> flat{3.0, std::nullopt, 3.0, 3.0};
    CHECK(naPassAutocorrelations(flat, 2).empty());
    const std::vector<std::optional<double>> missing(5);
    CHECK(naPassAutocorrelations(missing, 2).empty());
    CHECK(naPassAutocorrelations(std::vector<std::optional<double>>{}, 2).empty());
}

TEST_CASE("the effective number of pairs and the corrected correlation match R")
{
    const nlohmann::json fixture = readFixture("effective-sample-size.json");
    bool sawClamp = false, sawShrink = false;
    for (const auto& expected : fixture["pairs"]) {
        INFO(expected["name"].get<std::string>());
        const std::vector<std::optional<double>> x = optionalNumbers(expected["x"]);
        const std::vector<std::optional<double>> y = optionalNumbers(expected["y"]);
        const int n = expected["n"].get<int>();
        const std::optional<double> nEff = effectiveSampleSize(x, y);
        REQUIRE(nEff.has_value());
        CHECK_AGREES(*nEff, expected["n_eff"].get<double>(), kFixtureTolerance);
        if (expected["clamped"].get<bool>()) {
            CHECK(*nEff == n);
            sawClamp = true;
        } else {
            CHECK(*nEff < n);
            sawShrink = true;
        }

        const auto pearson =
            correctedCorrelationInference(expected["pearson_r"].get<double>(), n, nEff);
        const auto spearman =
            correctedCorrelationInference(expected["spearman_rho"].get<double>(), n, nEff);
        const std::optional<double> p = optionalNumber(expected["pearson_p"]);
        if (!p) {
            CHECK_FALSE(pearson.p);
            CHECK_FALSE(pearson.ci95);
            continue;
        }
        REQUIRE(pearson.p);
        REQUIRE(pearson.ci95);
        REQUIRE(spearman.p);
        CHECK_AGREES(*pearson.p, *p, kFixtureTolerance);
        CHECK_AGREES(*spearman.p, expected["spearman_p"].get<double>(), kFixtureTolerance);
        CHECK_AGREES(pearson.ci95->low, expected["pearson_ci_low"].get<double>(),
                     kFixtureTolerance);
        CHECK_AGREES(pearson.ci95->high, expected["pearson_ci_high"].get<double>(),
                     kFixtureTolerance);
        // Fewer independent pairs than pairs can only weaken the evidence.
        if (*nEff < n)
            CHECK(*pearson.p > expected["naive_p"].get<double>());
    }
    CHECK(sawClamp);
    CHECK(sawShrink);
}

TEST_CASE("a day counts for the effective N only when both series have a value")
{
    const nlohmann::json fixture = readFixture("effective-sample-size.json");
    const auto& expected = fixture["pairs"][0];
    std::vector<std::optional<double>> x = optionalNumbers(expected["x"]);
    std::vector<std::optional<double>> y = optionalNumbers(expected["y"]);
    // Fill x where only y is missing: the pair is still incomplete there.
    for (std::size_t i = 0; i < x.size(); ++i)
        if (!x[i] && y[i])
            x[i] = 1000.0;
        else if (x[i] && !y[i])
            x[i] = -1000.0;
    const std::optional<double> nEff = effectiveSampleSize(x, y);
    REQUIRE(nEff);
    CHECK_AGREES(*nEff, expected["n_eff"].get<double>(), kFixtureTolerance);
}

TEST_CASE("fewer than 14 pairs or a constant series have no effective N")
{
    std::vector<std::optional<double>> x, y;
    for (int i = 0; i < 13; ++i) {
        x.push_back(i % 3);
        y.push_back(i % 4);
    }
    CHECK_FALSE(effectiveSampleSize(x, y));
    x.push_back(1.0);
    y.push_back(2.0);
    CHECK(effectiveSampleSize(x, y)); // 14 pairs
    x.push_back(std::nullopt);
    y.push_back(5.0);
    CHECK(effectiveSampleSize(x, y)); // still 14 pairs: the last day is incomplete
    const std::vector<std::optional<double>> flat(x.size(), 2.0);
    CHECK_FALSE(effectiveSampleSize(x, flat));
}

TEST_CASE("the corrected inference is null below 14 pairs and at 3 or fewer independent nights")
{
    CHECK_FALSE(correctedCorrelationInference(0.4, 13, 13.0).p);
    CHECK_FALSE(correctedCorrelationInference(0.4, 40, 3.0).p);
    CHECK_FALSE(correctedCorrelationInference(0.4, 40, 3.0).ci95);
    CHECK_FALSE(correctedCorrelationInference(std::nullopt, 40, 20.0).p);
    CHECK_FALSE(correctedCorrelationInference(0.4, 40, std::nullopt).p);
    const auto justOver = correctedCorrelationInference(0.4, 40, 3.01);
    REQUIRE(justOver.p);
    REQUIRE(justOver.ci95);
    CHECK(std::isfinite(justOver.ci95->low));
    // Non-integer df, R: 2 * pt(-abs(0.4 * sqrt(1.01 / 0.84)), 1.01)
    CHECK_AGREES(*justOver.p, 0.73628453219828782, kFixtureTolerance);
    const auto perfect = correctedCorrelationInference(-1.0, 20, 8.5);
    REQUIRE(perfect.p);
    CHECK(*perfect.p == 0.0);
    CHECK(perfect.ci95->low == -1.0);
    CHECK(perfect.ci95->high == -1.0);
}

TEST_CASE("the effective N may be computed on several threads at once")
{
    // The Insights table is computed on a worker thread while the report or the CLI may run
    // another: FFTW plans are made under a lock, and transforms of every size run in parallel.
    const nlohmann::json fixture = readFixture("effective-sample-size.json");
    std::vector<std::vector<std::optional<double>>> xs, ys;
    std::vector<double> expected;
    for (const auto& pair : fixture["pairs"]) {
        xs.push_back(optionalNumbers(pair["x"]));
        ys.push_back(optionalNumbers(pair["y"]));
        expected.push_back(pair["n_eff"].get<double>());
    }
    std::vector<std::vector<double>> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            for (int round = 0; round < 20; ++round)
                for (std::size_t k = 0; k < xs.size(); ++k) {
                    // Each thread pads the grid differently, so it asks for plans of new sizes.
                    std::vector<std::optional<double>> x = xs[k], y = ys[k];
                    x.resize(x.size() + t * 37 + std::size_t(round), std::nullopt);
                    y.resize(x.size(), std::nullopt);
                    results[t].push_back(effectiveSampleSize(x, y).value_or(-1));
                }
        });
    for (std::thread& thread : threads)
        thread.join();
    for (const std::vector<double>& result : results) {
        REQUIRE(result.size() == 20 * expected.size());
        for (std::size_t i = 0; i < result.size(); ++i)
            CHECK_AGREES(result[i], expected[i % expected.size()], kFixtureTolerance);
    }
}

TEST_CASE("rows that share masks and series get the effective N bit for bit as computed alone")
{
    // Two masks (every third day missing, or every fifth), two x series and two y series named
    // by keys, asked in an order that reuses a mask, then an x, then a y, and computes others.
    const std::size_t days = 400;
    const auto series = [&](int seed, int missingEvery) {
        std::vector<std::optional<double>> values(days);
        for (std::size_t i = 0; i < days; ++i)
            if ((i + 1) % std::size_t(missingEvery) != 0)
                values[i] = std::sin(double(i) * 0.37 * seed) * 10.0 + double(i % 7) * seed;
        return values;
    };
    struct Ask
    {
        int xSeed, ySeed, missingEvery;
    };
    const std::vector<Ask> asks{{1, 2, 3}, {3, 2, 3}, {1, 4, 3}, {1, 2, 5},
                                {3, 4, 5}, {3, 2, 3}, {1, 2, 3}, {3, 4, 3}};
    EffectiveSampleSizes sizes;
    for (const Ask& ask : asks) {
        INFO("x " << ask.xSeed << ", y " << ask.ySeed << ", missing every " << ask.missingEvery);
        const auto x = series(ask.xSeed, ask.missingEvery);
        const auto y = series(ask.ySeed, ask.missingEvery);
        // An x key names x's values on a mask; the mask itself is compared.
        const std::optional<double> alone = effectiveSampleSize(x, y);
        const std::optional<double> shared = sizes.compute(x, y, ask.xSeed, ask.ySeed);
        REQUIRE(alone.has_value());
        REQUIRE(shared.has_value());
        CHECK(*shared == *alone); // the same operations on the same values: no tolerance
    }
    // Below 14 pairs and without variation: none, as alone.
    std::vector<std::optional<double>> few(days), constant(days, 2.0);
    for (std::size_t i = 0; i < 13; ++i)
        few[i] = double(i);
    CHECK_FALSE(sizes.compute(few, few, 9, 9).has_value());
    CHECK_FALSE(sizes.compute(series(1, 3), constant, 1, 8).has_value());
    CHECK_FALSE(effectiveSampleSize(series(1, 3), constant).has_value());
}

} // namespace QUIETLEGS_TEST_FILE
