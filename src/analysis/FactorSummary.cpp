#include "quietlegs/analysis/FactorSummary.h"

namespace quietlegs {

std::vector<FactorSummary> summarizeFactors(const JournalRecords& records, Date from, Date to)
{
    std::vector<FactorSummary> summaries;
    for (const FactorDefinition& factor : records.factors) {
        FactorSummary summary{factor, 0, std::nullopt, 0};
        double sum = 0;
        for (const FactorValue& value : records.factorValues) {
            if (value.date() < from || value.date() > to ||
                !sameFactorName(value.name(), factor.name()))
                continue;
            ++summary.daysLogged;
            sum += value.value();
            if (value.value() == 1)
                ++summary.daysYes;
        }
        if (factor.kind() == FactorKind::Number && summary.daysLogged > 0)
            summary.mean = sum / summary.daysLogged;
        if (factor.kind() == FactorKind::Number)
            summary.daysYes = 0;
        summaries.push_back(summary);
    }
    return summaries;
}

} // namespace quietlegs
