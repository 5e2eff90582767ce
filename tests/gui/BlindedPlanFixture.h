#pragma once
// A saved, blinded magnesium-on-severity plan as the GUI tests need one (issue 19's packs):
// the same pre-registration fields everywhere, only its start (and so its packs) differs.
#include "quietlegs/core/ExperimentPlan.h"

namespace quietlegs {

inline ExperimentPlan blindedMagnesiumPlan(Date start, std::uint64_t seed = 4)
{
    ExperimentPlan plan;
    plan.id = "5b4c2f8e-1d3a-4c6b-9e7f-0a1b2c3d4e5f";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 300;
    plan.seed = seed;
    plan.start = start;
    plan.blinded = true;
    plan.savedAt = "2026-01-01T10:00:00Z";
    return plan;
}

} // namespace quietlegs
