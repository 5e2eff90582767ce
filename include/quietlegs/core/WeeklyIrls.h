#pragma once

#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/Dates.h"
#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/JournalSettings.h"
#include "quietlegs/core/Result.h"

#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// What a person enters for one weekly check-in, before validation.
struct WeeklyIrlsEntry
{
    Date weekEnding;            // the week's last day: the items recall the seven days to it
    std::vector<int> irlsItems; // ten scores 0..4
    std::string source = "manual";
    std::string sourceName; // empty: none
};

/// One weekly IRLS-style check-in (interchange-v2.md "Weekly IRLS"), keyed by week_ending. The
/// IRLS recalls the past week (domain.md), so this, not the night, is where its ten areas live.
class WeeklyIrls
{
public:
    static Result<WeeklyIrls> create(const WeeklyIrlsEntry& entry);

    Date weekEnding() const { return m_weekEnding; }
    const IrlsScore& irls() const { return m_irls; }
    int total() const { return m_irls.total(); }
    IrlsBand band() const { return m_irls.band(); }
    const std::string& source() const { return m_source; }
    const std::string& sourceName() const { return m_sourceName; }

    friend bool operator==(const WeeklyIrls&, const WeeklyIrls&) = default;

private:
    WeeklyIrls(Date weekEnding, IrlsScore irls) : m_weekEnding(weekEnding), m_irls(irls) {}
    Date m_weekEnding;
    IrlsScore m_irls;
    std::string m_source;
    std::string m_sourceName;
};


/// The last day of the week holding `date` when weeks start on `start` (Monday weeks end on
/// Sunday, Sunday weeks on Saturday): the week_ending a check-in of that week is keyed by.
Date weekEndingOf(Date date, WeekStart start);

} // namespace quietlegs
