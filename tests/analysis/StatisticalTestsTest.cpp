#include "ReferenceValues.h"
#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/Correlation.h"
#include "quietlegs/analysis/MultipleTesting.h"

#include <cmath>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

void checkCorrelation(const Correlation& actual, const CorrelationReference& expected)
{
    CHECK(actual.n == expected.n);
    checkStatistic(actual.pearsonR, expected.r);
    if (expected.ciLow) {
        REQUIRE(actual.pearsonCi95.has_value());
        checkStatistic(actual.pearsonCi95->low, expected.ciLow);
        checkStatistic(actual.pearsonCi95->high, expected.ciHigh);
    } else {
        CHECK_FALSE(actual.pearsonCi95.has_value());
    }
    checkStatistic(actual.pearsonP, expected.p);
    checkStatistic(actual.spearmanRho, expected.rho);
    checkStatistic(actual.spearmanP, expected.rhoP);
}

void checkTwoSamples(const std::vector<double>& a, const std::vector<double>& b,
                     const TwoSampleReference& expected)
{
    const TwoSampleTest test = compareSamples(a, b);
    checkStatistic(mean(a), expected.meanA);
    checkStatistic(sampleStandardDeviation(a), expected.sdA);
    checkStatistic(mean(b), expected.meanB);
    checkStatistic(sampleStandardDeviation(b), expected.sdB);
    checkStatistic(test.difference, expected.difference);
    checkStatistic(test.welchT, expected.t);
    checkStatistic(test.welchDf, expected.df);
    checkStatistic(test.welchP, expected.p);
    checkStatistic(test.mannWhitneyW, expected.w);
    checkStatistic(test.mannWhitneyP, expected.mannWhitneyP);
    checkStatistic(test.hedgesG, expected.g);
}

} // namespace

TEST_CASE("mid-ranks give tied values the mean of their ranks, as R's rank()")
{
    const std::vector<double> values{4, 1, 4, 2, 4, 1};
    CHECK(midRanks(values) == std::vector<double>{5, 1.5, 5, 3, 5, 1.5});
    CHECK(midRanks(std::vector<double>{}).empty());
}

TEST_CASE("correlations with ties match R's cor.test and SciPy's spearmanr")
{
    checkCorrelation(correlate(std::vector<double>{1, 2, 2, 3, 4, 4, 4, 5, 6, 7},
                               std::vector<double>{2, 1, 3, 3, 5, 4, 6, 5, 7, 6}),
                     {10, 0.87157579364891946, 0.53619641300436993, 0.9692885068432926,
                      0.0010162870598175496, 0.89132154103116612, 0.00053426696422879786});
    checkCorrelation(correlate(std::vector<double>{300, 0, 150, 150, 0},
                               std::vector<double>{12, 20, 15, 16, 22}),
                     {5, -0.9711232450841949, -0.99816900963189314, -0.62046273595148105,
                      0.0058649768298936087, -0.94868329805051377, 0.013846832988859059});
    checkCorrelation(
        correlate(
            std::vector<double>{0.5, 1.25, 3.75, 2.0, 2.0, 0.0, 4.5, 1.0, 3.0, 2.5, 0.75, 5.0},
            std::vector<double>{7.1, 6.4, 4.9, 6.0, 5.2, 8.3, 4.4, 6.9, 5.5, 5.2, 7.7, 3.9}),
        {12, -0.94545076078519308, -0.9849323174471285, -0.81229922928224962,
         3.4697226404660608e-06, -0.9631578947368421, 5.0247780582551134e-07});
}

TEST_CASE("three pairs leave every statistic undefined, four give r, p and the Fisher interval")
{
    const Correlation three = correlate(std::vector<double>{1, 2, 4}, std::vector<double>{3, 1, 2});
    CHECK(three.n == 3);
    CHECK_FALSE(three.pearsonR);
    CHECK_FALSE(three.pearsonP);
    CHECK_FALSE(three.pearsonCi95);
    CHECK_FALSE(three.spearmanRho);
    CHECK_FALSE(three.spearmanP);
    checkCorrelation(
        correlate(std::vector<double>{0, 100, 200, 300}, std::vector<double>{20, 18, 15, 19}),
        {4, -0.35856858280031806, -0.98143709833108606, 0.91933608768913433, 0.64143141719968189,
         -0.40000000000000002, 0.59999999999999987});
}

TEST_CASE("fewer than four pairs or a constant series leave every statistic undefined")
{
    const Correlation two = correlate(std::vector<double>{1, 2}, std::vector<double>{5, 3});
    CHECK(two.n == 2);
    CHECK_FALSE(two.pearsonR);
    CHECK_FALSE(two.spearmanRho);

    const Correlation none = correlate(std::vector<double>{}, std::vector<double>{});
    CHECK(none.n == 0);
    CHECK_FALSE(none.pearsonP);

    // Magnesium 0 every night (or 0.1 + 0.2 every night: still constant, not "nearly").
    for (const double value : {0.0, 0.1 + 0.2}) {
        const Correlation constant =
            correlate(std::vector<double>(6, value), std::vector<double>{12, 20, 15, 16, 22, 9});
        CHECK(constant.n == 6);
        CHECK_FALSE(constant.pearsonR);
        CHECK_FALSE(constant.pearsonCi95);
        CHECK_FALSE(constant.pearsonP);
        CHECK_FALSE(constant.spearmanRho);
        CHECK_FALSE(constant.spearmanP);
    }
    const Correlation constantOutcome =
        correlate(std::vector<double>{1, 2, 3, 4}, std::vector<double>(4, 7.0));
    CHECK_FALSE(constantOutcome.pearsonR);
}

TEST_CASE("a perfect correlation has r = +/-1 and p = 0, never NaN")
{
    // R: cor.test(1:6, 2 * (1:6) + 1) gives r = 1, interval [1, 1], p = 0.
    checkCorrelation(
        correlate(std::vector<double>{1, 2, 3, 4, 5, 6}, std::vector<double>{3, 5, 7, 9, 11, 13}),
        {6, 1, 1, 1, 0, 1, 0});
    // y = 0.7 - 3x in decimals that binary floating point cannot hold exactly. R gives
    // r = -1, p = 0; its rank correlation comes out as -0.99999999999999978 with
    // p = 4e-24 by rounding, which statistics-v1.md's "r = +/-1 gives p = 0" settles as -1, 0.
    checkCorrelation(correlate(std::vector<double>{0.1, 0.2, 0.3, 0.7, 1.1},
                               std::vector<double>{0.4, 0.1, -0.2, -1.4, -2.6}),
                     {5, -1, -1, -1, 0, -1, 0});
}

TEST_CASE("Benjamini-Hochberg q equals R's p.adjust(p, \"BH\") and skips undefined p")
{
    const std::vector<std::optional<double>> p{0.01, std::nullopt, 0.04,  0.03,         0.2,
                                               0.04, 0.5,          0.001, std::nullopt, 0.0205};
    const std::vector<std::optional<double>> expected{0.040000000000000001,
                                                      std::nullopt,
                                                      0.05333333333333333,
                                                      0.05333333333333333,
                                                      0.22857142857142856,
                                                      0.05333333333333333,
                                                      0.5,
                                                      0.0080000000000000002,
                                                      std::nullopt,
                                                      0.05333333333333333};
    const auto q = benjaminiHochberg(p);
    REQUIRE(q.size() == expected.size());
    for (std::size_t i = 0; i < q.size(); ++i)
        checkStatistic(q[i], expected[i]);
    CHECK(benjaminiHochberg(std::vector<std::optional<double>>{std::nullopt})[0] == std::nullopt);
    // q never exceeds 1.
    CHECK(*benjaminiHochberg(std::vector<std::optional<double>>{0.9, 0.95})[0] <= 1.0);
}

TEST_CASE("Welch and Mann-Whitney with ties match R's t.test(b, a) and wilcox.test(b, a)")
{
    checkTwoSamples({21, 19, 24, 21, 18, 23, 21, 20}, {15, 17, 21, 16, 15, 19, 14, 18, 17},
                    {8, 20.875, 1.9594095320493148, 9, 16.888888888888889, 2.2047927592204921,
                     -3.9861111111111107, -3.9467720127397423, 14.99912139431814,
                     0.0012921187947492099, 6.5, 0.0048811070236295289, -1.8069132465885558});
    checkTwoSamples({80.5, 77.2, 82.0, 79.9, 81.3}, {84.0, 85.5, 79.9, 86.1, 83.3, 84.7, 88.0},
                    {5, 80.180000000000007, 1.8458060569843175, 7, 84.5, 2.5396850198400567,
                     4.3199999999999932, 3.4122450239796445, 9.9737695113735541,
                     0.0066580802125210123, 31.5, 0.028074956885900258, 1.7432295232626194});
    checkTwoSamples({3, 4, 4, 5, 5, 5, 6, 7}, {4, 4, 5, 5, 5, 6, 6},
                    {8, 4.875, 1.2464234547582249, 7, 5, 0.81649658092772603, 0.125,
                     0.23234581088428424, 12.142361495871336, 0.82013946510531666, 30.5,
                     0.80854911297758125, 0.1099826711630124});
}

TEST_CASE("two constant samples have no t test or Hedges g but still a rank test")
{
    // R's t.test refuses ("data are essentially constant"); wilcox.test still answers.
    checkTwoSamples({5, 5, 5}, {7, 7, 7, 7},
                    {3, 5, 0, 4, 7, 0, 2, std::nullopt, std::nullopt, std::nullopt, 12,
                     0.024744672046398939, std::nullopt});
}

TEST_CASE("too few values leave the comparison's tests undefined")
{
    const TwoSampleTest empty = compareSamples(std::vector<double>{}, std::vector<double>{1, 2});
    CHECK_FALSE(empty.difference);
    CHECK_FALSE(empty.welchP);
    CHECK_FALSE(empty.mannWhitneyP);
    CHECK_FALSE(empty.hedgesG);

    const TwoSampleTest single = compareSamples(std::vector<double>{4}, std::vector<double>{1, 2});
    checkStatistic(single.difference, -2.5);
    CHECK_FALSE(single.welchT);
    CHECK_FALSE(single.hedgesG);
    CHECK(single.mannWhitneyP.has_value()); // ranks exist with one value per side

    const TwoSampleTest allTied = compareSamples(std::vector<double>{3, 3}, std::vector<double>{3});
    CHECK_FALSE(allTied.mannWhitneyP);
}

TEST_CASE("Hedges g follows statistics-v1.md's formula")
{
    // mean_a 2, s_a 1; mean_b 5, s_b 2; s_pooled = sqrt((2 * 1 + 2 * 4) / 4) = sqrt(2.5);
    // g = 3 / sqrt(2.5) * (1 - 3 / (4 * 6 - 9)) = 3 / sqrt(2.5) * 0.8.
    const TwoSampleTest test =
        compareSamples(std::vector<double>{1, 2, 3}, std::vector<double>{3, 5, 7});
    checkStatistic(test.hedgesG, 3 / std::sqrt(2.5) * 0.8);
}

TEST_CASE("the scatter plot's least-squares line matches R's lm")
{
    const auto line = leastSquaresLine(std::vector<double>{1, 2, 2, 3, 4, 4, 4, 5, 6, 7},
                                       std::vector<double>{2, 1, 3, 3, 5, 4, 6, 5, 7, 6});
    REQUIRE(line);
    checkStatistic(line->intercept, 0.78481012658227911);
    checkStatistic(line->slope, 0.89873417721518978);
    CHECK_FALSE(leastSquaresLine(std::vector<double>{3, 3, 3}, std::vector<double>{1, 2, 3}));
    CHECK_FALSE(leastSquaresLine(std::vector<double>{1}, std::vector<double>{1}));
}

TEST_CASE("each side's mean interval matches R's t.test(x)$conf.int")
{
    const Date day{std::chrono::year{2026}, std::chrono::month{1}, std::chrono::day{1}};
    const ComparisonSide a =
        describeSample(std::vector<double>{21, 19, 24, 21, 18, 23, 21, 20}, day, day);
    REQUIRE(a.meanCi95);
    checkStatistic(a.meanCi95->low, 19.23689263716609);
    checkStatistic(a.meanCi95->high, 22.51310736283391);
    const ComparisonSide b =
        describeSample(std::vector<double>{15, 17, 21, 16, 15, 19, 14, 18, 17}, day, day);
    REQUIRE(b.meanCi95);
    checkStatistic(b.meanCi95->low, 15.19413514887867);
    checkStatistic(b.meanCi95->high, 18.58364262889911);
    CHECK_FALSE(describeSample(std::vector<double>{4}, day, day).meanCi95);
}

} // namespace QUIETLEGS_TEST_FILE
