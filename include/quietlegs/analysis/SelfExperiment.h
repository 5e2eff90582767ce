#pragma once

#include "quietlegs/analysis/Descriptive.h"
#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/Variables.h"
#include "quietlegs/core/ExperimentPlan.h"

#include <optional>
#include <span>
#include <string>

namespace quietlegs {

/// The randomized on/off self-experiment of statistics-v2.md section 5 (docs/self-experiment.md).

/// A design's p-values at or below this count as "detected" in the power simulation.
inline constexpr double kExperimentAlpha = 0.05;
/// Power is simulated with this many AR(1) series.
inline constexpr int kExperimentPowerSimulations = 2000;
/// The outcome's history that sets phi and SD for the power: its last this many nights...
inline constexpr int kPowerHistoryNights = 90;
/// ...and at least this many of them, else phi kDefaultPowerPhi and the outcome's default SD.
inline constexpr int kPowerMinimumNights = 28;
inline constexpr double kDefaultPowerPhi = 0.5;

/// The minimal important difference an experiment starts with (statistics-v2.md
/// "Vocabulary": irls_total 3, severity 1, sleep_efficiency 5).
double defaultExperimentMid(Outcome outcome);
/// The SD the power assumes without enough history: 2 MIDs (2 severity points, the value
/// statistics-v2.md names; the same multiple of the MID for the other outcomes).
double defaultExperimentSd(Outcome outcome);

/// Checks the plan's exposure and outcome ids and its design (errors name the field).
Status validateExperimentVariables(const ExperimentPlan& plan);

/// What the power figure assumed and what it came to.
struct ExperimentPower
{
    double power = 0; // share of simulated trials with p_randomization < 0.05
    double phi = kDefaultPowerPhi;
    double sd = 0;             // marginal SD of the simulated outcome
    int historyNights = 0;     // nights the phi and SD came from (0: defaults)
    bool fromHistory = false;
};

/// Power of `plan`'s design (blocks, block_days, washout_days, mid) for a given AR(1)
/// process: `simulations` series with the MID added to every analysed "on" night, each
/// judged by the exact randomization test. Deterministic (seeded by `seed`).
double simulateExperimentPower(const ExperimentPlan& plan, double phi, double sd,
                               int simulations = kExperimentPowerSimulations,
                               std::uint64_t seed = 0);
/// Power with phi and SD fitted (`y ~ day`, AR(1), ML) on the outcome's last 90 nights
/// before `asOf`; the defaults when there are fewer than 28 or the fit fails.
ExperimentPower experimentPower(const ExperimentPlan& plan, const DatedSeries& outcome, Date asOf,
                                int simulations = kExperimentPowerSimulations);

/// The share of all 2^P sign flips of `contributions` whose |sum| is at least |observed|
/// (minus `tolerance`): the exact randomization p when every block has the same number of
/// nights (meet in the middle: O(2^(P/2) P) instead of O(2^P)).
double exactFlipPValue(std::span<const double> contributions, double observed, double tolerance);

/// The result of statistics-v2.md section 5, by assignment (intention to treat).
struct ExperimentResult
{
    int nOn = 0; // analysed nights
    int nOff = 0;
    std::optional<double> meanOn;
    std::optional<double> meanOff;
    std::optional<double> difference; // on - off
    std::optional<double> pRandomization;
    std::optional<double> effect; // `on` in y ~ on + day, AR(1), ML
    std::optional<double> effectSe;
    std::optional<Interval> effectCi95;
    std::optional<double> effectP;
    std::optional<double> phi;
    std::optional<double> adherence;
    bool endedEarly = false;
    std::optional<std::string> endedEarlyAt;
    /// Why the effect is missing ("no variation", ...), empty when it is there.
    std::string effectNote;
};

/// True once the result may be shown: the last block has ended (today is after it) or the
/// experiment was ended early.
bool experimentResultVisible(const ExperimentPlan& plan, Date today);

/// The analysis over the analysed nights (each block's nights after its washout, up to the
/// day it was ended early): `outcome` by night date, `taken` the exposure per journal date
/// (> 0: taken). Adherence counts the days that followed the schedule: for an unblinded plan
/// the exposure logged on "on" days and not on "off" days, for a blinded plan the day's pack
/// logged as taken (plan.packsTaken; `taken` is not used). Nothing is hidden here; callers
/// check experimentResultVisible().
ExperimentResult analyseExperiment(const ExperimentPlan& plan, const DatedSeries& outcome,
                                   const DatedSeries& taken);
/// The same with the schedule given (`blocks` in date order, as experimentAssignments()
/// makes them from the seed), for reference data whose schedule was drawn elsewhere.
ExperimentResult analyseExperiment(const ExperimentPlan& plan,
                                   const std::vector<ExperimentBlock>& blocks,
                                   const DatedSeries& outcome, const DatedSeries& taken);
/// The same from a journal's series, with the plan's outcome and exposure (for magnesium_mg
/// the supplement magnesium: food is eaten on every day, on or off). Refused when the plan
/// names an unknown outcome or exposure.
Result<ExperimentResult> analyseExperiment(const ExperimentPlan& plan, const JournalSeries& series);

} // namespace quietlegs
