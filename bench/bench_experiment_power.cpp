// The power of the default randomized on/off experiment (statistics-v2.md section 5): 12
// blocks of 7 days, 2 washout days, a 1-point severity effect, AR(1) nights with phi 0.5
// and SD 2, judged by the exact randomization test at p < 0.05 (docs/self-experiment.md).
#include "quietlegs/analysis/SelfExperiment.h"

#include <chrono>
#include <cstdio>

int main()
{
    using namespace quietlegs;
    ExperimentPlan plan;
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 200;
    plan.mid = 1;
    plan.seed = 20261207;
    const auto started = std::chrono::steady_clock::now();
    const double power = simulateExperimentPower(plan, kDefaultPowerPhi, 2.0,
                                                 kExperimentPowerSimulations, plan.seed);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
            .count();
    std::printf("experiment power, 12 x 7 days, washout 2, severity effect 1, phi 0.5, SD 2 "
                "(%d simulations): %.3f (%.0f ms)\n",
                kExperimentPowerSimulations, power, ms);
    return 0;
}
