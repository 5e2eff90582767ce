#include "quietlegs/analysis/TrendFigures.h"

#include <boost/math/distributions/students_t.hpp>

#include <cmath>
#include <stdexcept>

namespace quietlegs {

DatedSeries movingAverage(const DatedSeries& series, Date from, Date to, int windowDays,
                          int minimumValues)
{
    DatedSeries result;
    if (windowDays < 1 || to < from)
        return result;
    const Date windowStart = addDays(from, -(windowDays - 1));
    // A running sum over the defined dates in the window, so 10 years cost one pass.
    auto head = series.lowerBound(windowStart);
    auto tail = head;
    double sum = 0;
    int count = 0;
    for (Date date = from; date <= to; date = addDays(date, 1)) {
        while (head != series.end() && head->first <= date) {
            sum += head->second;
            ++count;
            ++head;
        }
        const Date oldest = addDays(date, -(windowDays - 1));
        while (tail != head && tail->first < oldest) {
            sum -= tail->second;
            --count;
            ++tail;
        }
        if (count >= minimumValues && count > 0)
            result.set(date, sum / count);
    }
    return result;
}

std::optional<LeastSquaresLine> leastSquaresLine(std::span<const double> x,
                                                 std::span<const double> y)
{
    if (x.size() != y.size())
        throw std::logic_error("leastSquaresLine: series of different lengths");
    if (x.size() < 2 || isConstant(x))
        return std::nullopt;
    const double meanX = *mean(x);
    const double meanY = *mean(y);
    double sxx = 0;
    double sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - meanX) * (x[i] - meanX);
        sxy += (x[i] - meanX) * (y[i] - meanY);
    }
    const double slope = sxy / sxx;
    return LeastSquaresLine{meanY - slope * meanX, slope};
}

std::optional<Interval> meanInterval95(int n, double mean, double sd)
{
    if (n < 2 || !std::isfinite(mean) || !std::isfinite(sd))
        return std::nullopt;
    const boost::math::students_t distribution(n - 1);
    const double t = boost::math::quantile(boost::math::complement(distribution, 0.025));
    const double halfWidth = t * sd / std::sqrt(double(n));
    return Interval{mean - halfWidth, mean + halfWidth};
}

std::optional<Interval> meanInterval95(const ComparisonSide& side)
{
    if (!side.mean || !side.sd)
        return std::nullopt;
    return meanInterval95(side.n, *side.mean, *side.sd);
}

} // namespace quietlegs
