#pragma once

#include "quietlegs/core/Regimen.h"
#include "quietlegs/core/Dates.h"

#include <set>
#include <string>
#include <vector>

namespace quietlegs {

/// A period the person named to compare with the others (e.g. "before supplements").
struct NamedPeriod
{
    std::string name; // UTF-8, 1 to kNamedPeriodMaxName characters
    Date from;
    Date to;

    friend bool operator==(const NamedPeriod&, const NamedPeriod&) = default;
};

/// At most this many named periods in one report's comparison table.
inline constexpr std::size_t kMaxNamedPeriods = 6;
inline constexpr std::size_t kNamedPeriodMaxName = 60;
/// Why `period` cannot be compared (its name empty or longer than kNamedPeriodMaxName
/// characters, or it ends before it starts), in words that follow the period's name or row;
/// empty when it can. The one rule for the CLI's --period, the app's rows and the report.
std::string namedPeriodProblem(const NamedPeriod& period);

/// A suggested period is at least this long: a few nights say nothing about a regimen.
inline constexpr int kSuggestedPeriodMinDays = 7;

/// A product taken with breaks of up to this many days counts as taken throughout when
/// periods are suggested (a regimen already bridges 3 days; a week away is still "on it").
inline constexpr int kSuggestedPeriodMaxBreakDays = 7;

/// Periods to compare, suggested from the regimens of [from, to] (issue 23: "before supplements
/// / magnesium / magnesium + iron"). Each product by mouth (or patch or infusion) taken for at
/// least kSuggestedPeriodMinDays, with breaks of up to kSuggestedPeriodMaxBreakDays bridged,
/// is "on" from its first to its last dose; the period is cut wherever such a product starts
/// or stops, each part named by the products on through it ("No supplement or medicine" when
/// none; Regimen::name, in alphabetical order), parts shorter than kSuggestedPeriodMinDays left out,
/// and at most kMaxNamedPeriods kept (the longest, in date order). `skipped` products (those
/// put on the skin: a bath now and then is no regimen to compare) never cut. A dose change
/// does not cut: the product is the same.
std::vector<NamedPeriod> suggestedPeriods(const std::vector<Regimen>& regimens, Date from, Date to,
                                          const std::set<std::string>& skipped = {});

} // namespace quietlegs
