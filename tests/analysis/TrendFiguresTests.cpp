#include "quietlegs/analysis/TrendFigures.h"

#include <catch2/catch.hpp>

#include <vector>

using namespace quietlegs;

namespace {
Date day(int d) { return addDays(Date{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{1}}, d); }
} // namespace

TEST_CASE("moving average uses the values of the seven days ending at each date")
{
    DatedSeries series;
    for (int d = 0; d < 10; ++d)
        series.set(day(d), d); // 0, 1, ..., 9
    const DatedSeries average = movingAverage(series, day(0), day(9));
    // Fewer than four values in the window: not defined yet.
    CHECK_FALSE(average.isDefined(day(2)));
    CHECK(average.at(day(3)).value() == Approx((0 + 1 + 2 + 3) / 4.0).epsilon(1e-12));
    CHECK(average.at(day(6)).value() == Approx(3.0).epsilon(1e-12));
    CHECK(average.at(day(9)).value() == Approx(6.0).epsilon(1e-12)); // 3..9
}

TEST_CASE("moving average skips missing days instead of counting them as zero")
{
    DatedSeries series;
    for (const int d : {0, 1, 2, 5, 6, 13})
        series.set(day(d), 10.0 * d);
    const DatedSeries average = movingAverage(series, day(4), day(13));
    // day 6: days 0..6 hold 0, 10, 20, 50, 60 -> mean 28
    CHECK(average.at(day(6)).value() == Approx(28.0).epsilon(1e-12));
    // day 8: days 2..8 hold 20, 50, 60 -> only three values, not enough
    CHECK_FALSE(average.isDefined(day(8)));
    CHECK_FALSE(average.isDefined(day(13)));
    CHECK_FALSE(average.isDefined(day(3))); // before the range asked for
}

TEST_CASE("least-squares line matches R's lm and refuses a constant x")
{
    // R: coef(lm(y ~ x)) -> 0.076229508196722792, 1.975409836065573632
    const std::vector<double> x{1, 2, 3, 4, 5.5};
    const std::vector<double> y{2.1, 3.9, 6.2, 7.8, 11.0};
    const auto line = leastSquaresLine(x, y);
    REQUIRE(line);
    CHECK(line->intercept == Approx(0.076229508196722792).epsilon(1e-9));
    CHECK(line->slope == Approx(1.975409836065573632).epsilon(1e-9));
    CHECK(line->at(2.0) == Approx(0.076229508196722792 + 2 * 1.975409836065573632).epsilon(1e-9));

    const std::vector<double> constant{3, 3, 3};
    const std::vector<double> any{1, 2, 3};
    CHECK_FALSE(leastSquaresLine(constant, any));
    CHECK_FALSE(leastSquaresLine(std::vector<double>{1}, std::vector<double>{2}));
}

TEST_CASE("the interval of a mean is R's one-sample t interval")
{
    // R: t.test(c(21, 18, 25, 19, 23, 20))$conf.int -> 18.263406660913887 23.736593339086113
    const std::vector<double> values{21, 18, 25, 19, 23, 20};
    const auto interval = meanInterval95(6, *mean(values), *sampleStandardDeviation(values));
    REQUIRE(interval);
    CHECK(interval->low == Approx(18.263406660913887).epsilon(1e-9));
    CHECK(interval->high == Approx(23.736593339086113).epsilon(1e-9));

    ComparisonSide single;
    single.n = 1;
    single.mean = 4.0;
    CHECK_FALSE(meanInterval95(single));
}
