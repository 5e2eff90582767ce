#pragma once

#include "quietlegs/core/DailyFactors.h"
#include "quietlegs/core/ExperimentPlan.h"
#include "quietlegs/core/FactorDefinition.h"
#include "quietlegs/core/Intake.h"
#include "quietlegs/core/JournalSettings.h"
#include "quietlegs/core/LabResult.h"
#include "quietlegs/core/Medicine.h"
#include "quietlegs/core/Night.h"
#include "quietlegs/core/WeeklyIrls.h"

#include <vector>

namespace quietlegs {

/// Everything a journal holds for a period, as validated domain values. What storage
/// loads, what importers produce and exporters and the statistics consume.
struct JournalRecords
{
    std::vector<Night> nights;
    std::vector<Intake> intakes;
    std::vector<DailyFactors> daily;
    std::vector<LabResult> labs;
    /// The journal's settings (not dated: a range does not limit them). Merging writes the
    /// ones that are set and leaves the others as the journal has them.
    JournalSettings settings;
    /// Saved self-experiment plans (all of them, whatever the period): exported and imported
    /// with the journal; merging never changes a known plan's fixed fields.
    std::vector<ExperimentPlan> experiments;
    /// Weekly IRLS check-ins whose week_ending is in the period, by week_ending. Merged by
    /// week_ending and counted in the merge summary, but not in size() (nightly entries only).
    std::vector<WeeklyIrls> weeks;
    /// The person's own factors (all of them, whatever the period) and their values by date
    /// (interchange-v2.md "User-defined factors"); a value's name is defined here or in the
    /// journal it is merged into.
    std::vector<FactorDefinition> factors;
    std::vector<FactorValue> factorValues;

    /// RLS medicine doses (interchange-v2 `meds`), in time order.
    std::vector<MedicineDose> meds;

    /// Dated entries only; settings and factor definitions are not counted.
    std::size_t size() const
    {
        return nights.size() + intakes.size() + daily.size() + labs.size() + factorValues.size() +
               meds.size();
    }
    bool empty() const { return size() == 0; }
};

} // namespace quietlegs
