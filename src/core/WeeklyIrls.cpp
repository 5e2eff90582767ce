#include "quietlegs/core/WeeklyIrls.h"

#include <array>

namespace quietlegs {

Result<WeeklyIrls> WeeklyIrls::create(const WeeklyIrlsEntry& entry)
{
    if (!entry.weekEnding.ok())
        return Error{"week_ending", "", "no such calendar date"};
    auto irls = IrlsScore::fromItems(entry.irlsItems);
    if (!irls)
        return irls.error();
    if (!isEntrySource(entry.source))
        return Error{"source", entry.source,
                     "must be manual, cronometer, fitbit, apple_health, csv or demo"};
    if (entry.sourceName.size() > 200)
        return Error{"source_name", std::to_string(entry.sourceName.size()) + " characters",
                     "is limited to 200 characters"};
    WeeklyIrls week(entry.weekEnding, *irls);
    week.m_source = entry.source;
    week.m_sourceName = entry.sourceName;
    return week;
}

Date weekEndingOf(Date date, WeekStart start)
{
    // An ISO week runs Monday..Sunday; a Sunday week starts the day before its Monday's.
    if (start == WeekStart::Sunday)
        return addDays(mondayOfWeek(addDays(date, 1)), 5);
    return addDays(mondayOfWeek(date), 6);
}

} // namespace quietlegs
