#pragma once

#include "quietlegs/analysis/CorrelationTable.h"

#include <optional>
#include <span>

namespace quietlegs {

/// The fitted effect drawn over a scatter of its pairs: the AR(1) regression's slope through
/// the centre of the nights (mean exposure, mean outcome), and the band its 95 % interval
/// sweeps out around that centre (statistics-v2.md section 2: "a scatter or effect plot shows
/// the fitted line with its interval band").
struct EffectLine
{
    double centreX = 0;
    double centreY = 0;
    double slope = 0;
    Interval slopeCi95;

    double at(double x) const { return centreY + slope * (x - centreX); }
    /// The band at x: the lower and upper of the lines whose slopes span the interval.
    Interval bandAt(double x) const;
};

/// The line of `effect` over `pairs` (the pairs of the same relation and nights); none when the
/// effect is null or there are no pairs.
std::optional<EffectLine> effectLine(std::span<const LaggedPair> pairs, const EffectRow& effect);

} // namespace quietlegs
