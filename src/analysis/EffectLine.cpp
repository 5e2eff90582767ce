#include "quietlegs/analysis/EffectLine.h"

#include <algorithm>

namespace quietlegs {

Interval EffectLine::bandAt(double x) const
{
    const double a = centreY + slopeCi95.low * (x - centreX);
    const double b = centreY + slopeCi95.high * (x - centreX);
    return {std::min(a, b), std::max(a, b)};
}

std::optional<EffectLine> effectLine(std::span<const LaggedPair> pairs, const EffectRow& effect)
{
    if (!effect.slope || !effect.slopeCi95 || pairs.empty())
        return std::nullopt;
    double sumX = 0;
    double sumY = 0;
    for (const LaggedPair& pair : pairs) {
        sumX += pair.exposure;
        sumY += pair.outcome;
    }
    const double n = double(pairs.size());
    // The time trend averages out at the centre of the nights, so the line passes through the
    // means; the slope is the regression's, which allows for the trend and for runs of nights.
    return EffectLine{sumX / n, sumY / n, *effect.slope, *effect.slopeCi95};
}

} // namespace quietlegs
