#pragma once

#include "quietlegs/core/JournalRecords.h"

#include <optional>
#include <vector>

namespace quietlegs {

/// One of the person's own factors over a period, as the report lists it: on how many days it
/// was logged, and its mean (a number) or the days answered "yes" (yes/no).
struct FactorSummary
{
    FactorDefinition factor;
    int daysLogged = 0;
    std::optional<double> mean; // number factors with a day logged
    int daysYes = 0;            // yes/no factors
};

/// Every defined factor (in the records' order) over the journal dates from..to.
std::vector<FactorSummary> summarizeFactors(const JournalRecords& records, Date from, Date to);

} // namespace quietlegs
