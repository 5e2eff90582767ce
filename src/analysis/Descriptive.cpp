#include "quietlegs/analysis/Descriptive.h"

#include <algorithm>
#include <boost/math/special_functions/gamma.hpp>
#include <cmath>
#include <numeric>

namespace quietlegs {

std::optional<double> mean(std::span<const double> values)
{
    if (values.empty())
        return std::nullopt;
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

std::optional<double> sampleStandardDeviation(std::span<const double> values)
{
    if (values.size() < 2)
        return std::nullopt;
    const double centre = *mean(values);
    double sumOfSquares = 0;
    for (const double value : values)
        sumOfSquares += (value - centre) * (value - centre);
    return std::sqrt(sumOfSquares / double(values.size() - 1));
}

std::vector<double> midRanks(std::span<const double> values)
{
    // Values sorted with their positions side by side: tied values share one rank, so their
    // order among themselves does not matter (and a contiguous sort is several times faster
    // than sorting indices that look the values up; the correlation table ranks 144 series).
    std::vector<std::pair<double, std::size_t>> order(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        order[i] = {values[i], i};
    std::sort(order.begin(), order.end());
    std::vector<double> ranks(values.size());
    std::size_t first = 0;
    while (first < order.size()) {
        std::size_t last = first;
        while (last + 1 < order.size() && order[last + 1].first == order[first].first)
            ++last;
        // Ranks first+1 .. last+1 share their mean.
        const double rank = (double(first + 1) + double(last + 1)) / 2.0;
        for (std::size_t i = first; i <= last; ++i)
            ranks[order[i].second] = rank;
        first = last + 1;
    }
    return ranks;
}

bool isConstant(std::span<const double> values)
{
    return std::all_of(values.begin(), values.end(),
                       [&](double value) { return value == values.front(); });
}

double hedgesCorrection(double m)
{
    // Gamma(m/2) / Gamma((m - 1)/2) overflows past m ~ 340 when taken apart; Boost's ratio does
    // not (and, unlike std::lgamma, writes no global, so worker threads may call it).
    return boost::math::tgamma_ratio(m / 2.0, (m - 1.0) / 2.0) / std::sqrt(m / 2.0);
}

std::optional<double> hedgesGExact(std::span<const double> before, std::span<const double> after)
{
    if (before.size() < 2 || after.size() < 2)
        return std::nullopt;
    const double na = double(before.size()), nb = double(after.size());
    const double sa = *sampleStandardDeviation(before), sb = *sampleStandardDeviation(after);
    const double m = na + nb - 2.0;
    const double pooled = std::sqrt(((na - 1.0) * sa * sa + (nb - 1.0) * sb * sb) / m);
    if (!(pooled > 0))
        return std::nullopt;
    return (*mean(after) - *mean(before)) / pooled * hedgesCorrection(m);
}

} // namespace quietlegs
