#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/PrimaryQuestion.h"

#include <string>
#include <vector>

namespace quietlegs {

/// One plain-language card of Insights (issue 24): an exposure's effect on the primary
/// question's outcome, in the words of effectSentence().
struct InsightCard
{
    RelationKey relation; // the table row the card speaks of
    std::string title;    // the exposure's display name, "Iron (mg)"
    std::string sentence; // effectSentence() of that row
};

/// The cards that follow the primary question's own: one per other exposure whose effect on
/// the primary outcome, at the primary question's lag, could be estimated in `table` (enough
/// nights and some variation: an exposure the person does not record says nothing). In the
/// catalogue's order, never sorted by size: ranking the largest of many estimates first would
/// overstate it (statistics-v2.md section 3).
std::vector<InsightCard> exposureCards(const CorrelationTable& table,
                                       const VariableCatalogue& variables,
                                       const PrimaryQuestion& question);

} // namespace quietlegs
