#pragma once

#include "quietlegs/core/Regimen.h"
#include "quietlegs/core/Dates.h"

#include <string>
#include <vector>

namespace quietlegs {

/// A period the person named to compare with the others (e.g. "before supplements").
struct NamedPeriod
{
    std::string name; // UTF-8, 1 to kNamedPeriodMaxName bytes
    Date from;
    Date to;

    friend bool operator==(const NamedPeriod&, const NamedPeriod&) = default;
};

/// At most this many named periods in one report's comparison table.
inline constexpr std::size_t kMaxNamedPeriods = 6;
inline constexpr std::size_t kNamedPeriodMaxName = 60;
/// A suggested period is at least this long: a few nights say nothing about a regimen.
inline constexpr int kSuggestedPeriodMinDays = 7;

/// Periods to compare, suggested from the regimens of [from, to] (issue 23: "before supplements
/// / magnesium / magnesium + iron"): the period cut wherever a product starts or stops, each
/// part named by the products taken through it ("No supplement or medicine" when none), parts
/// shorter than kSuggestedPeriodMinDays left out, and at most kMaxNamedPeriods (the longest,
/// in date order). A dose change does not cut: the product is the same.
std::vector<NamedPeriod> suggestedPeriods(const std::vector<Regimen>& regimens, Date from, Date to);

} // namespace quietlegs
