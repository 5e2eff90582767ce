#pragma once

#include "quietlegs/analysis/JournalSeries.h"
#include "quietlegs/analysis/Variables.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace quietlegs {

inline constexpr int kMaxExperimentBlockDays = 90;
inline constexpr int kMaxExperimentBlocks = 100;
/// Up to this many balanced relabelings the randomization test enumerates them all;
/// above it draws this many at random (docs/statistics.md "On/off self-experiment").
inline constexpr std::int64_t kExactRelabelingLimit = 10000;
inline constexpr std::int64_t kRandomRelabelings = 10000;

/// One block of consecutive days of a self-experiment, magnesium ON or OFF throughout.
struct ExperimentBlock
{
    int index = 0; // 0-based, in date order
    Date first;
    Date last;
    bool magnesiumOn = false;
};

/// A balanced random schedule of magnesium ON/OFF blocks: half the blocks ON, chosen
/// uniformly among all such schedules by a seeded mt19937_64, so a seed always gives the
/// same schedule on every platform.
class ExperimentPlan
{
public:
    /// `blockCount` must be even (2..100) and `blockDays` 1..90; errors name the field.
    static Result<ExperimentPlan> create(Date start, int blockDays, int blockCount,
                                         std::uint64_t seed);

    Date start() const { return m_blocks.front().first; }
    Date end() const { return m_blocks.back().last; }
    int blockDays() const { return m_blockDays; }
    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    std::uint64_t seed() const { return m_seed; }
    const std::vector<ExperimentBlock>& blocks() const { return m_blocks; }
    /// The block a date falls in; none outside the experiment.
    std::optional<ExperimentBlock> blockOf(Date date) const;

private:
    ExperimentPlan() = default;
    std::vector<ExperimentBlock> m_blocks;
    int m_blockDays = 0;
    std::uint64_t m_seed = 0;
};

/// How the randomization test's p-value was obtained.
enum class RandomizationMethod
{
    None,       // not computable: no scored night in an ON or an OFF block
    Exact,      // all balanced relabelings enumerated
    MonteCarlo, // kRandomRelabelings random relabelings, p = (1 + hits) / (1 + draws)
};
std::string_view randomizationMethodId(RandomizationMethod method); // "exact", ...

/// What the analysis of an experiment may leave out.
struct ExperimentOptions
{
    /// Nights in the first `washoutDays` days of each block are not used, so that the
    /// previous block's magnesium has time to wear off (0: use every night).
    int washoutDays = 0;
};

/// ON against OFF for one outcome: block means, their difference and the randomization test.
struct ExperimentResult
{
    Outcome outcome = Outcome::IrlsTotal;
    std::vector<std::optional<double>> blockMeans; // per block; empty without a scored night
    int blocksOn = 0;                              // ON blocks with at least one scored night
    int blocksOff = 0;
    int nightsOn = 0; // scored nights used
    int nightsOff = 0;
    std::optional<double> meanOn; // mean of the ON blocks' means
    std::optional<double> meanOff;
    std::optional<double> difference; // meanOn - meanOff
    std::optional<double> pValue;     // two-sided
    RandomizationMethod method = RandomizationMethod::None;
    std::int64_t relabelings = 0; // labelings compared (all of them when exact)
};

/// Below this share of a side's logged days following the schedule, the ON/OFF result says
/// more about the schedule than about the magnesium actually taken (docs/statistics.md).
inline constexpr double kGoodAdherence = 0.8;

/// How closely the logged days followed the schedule: for each date of the plan with a night
/// entry, whether a magnesium supplement (by mouth; not food, not topical) was logged for
/// that journal date. ON days should have one, OFF days none.
struct ExperimentAdherence
{
    int onDays = 0;              // ON days with a night logged
    int onDaysWithMagnesium = 0; // ...and a magnesium supplement logged
    int offDays = 0;             // OFF days with a night logged
    int offDaysWithout = 0;      // ...and no magnesium supplement logged
    /// Share of ON (OFF) days that followed the schedule; none without such days.
    std::optional<double> onShare() const;
    std::optional<double> offShare() const;
    /// True when either side's share is below kGoodAdherence.
    bool poor() const;
};

/// Counts, over the plan's dates with a night entry (washout days included: the schedule
/// holds for them too), which followed the ON/OFF schedule.
ExperimentAdherence experimentAdherence(const ExperimentPlan& plan, const JournalSeries& series);

/// Analyses the experiment's nights for an outcome with a randomization test over the block
/// labels (docs/statistics.md). Deterministic: random relabelings use the plan's seed.
ExperimentResult analyseExperiment(const ExperimentPlan& plan, const JournalSeries& series,
                                   Outcome outcome, const ExperimentOptions& options = {});

} // namespace quietlegs
