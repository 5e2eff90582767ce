#include "quietlegs/core/JournalDay.h"

namespace quietlegs {

Date journalDateOf(LocalDateTime when, std::chrono::minutes boundary)
{
    return dateOf(when - boundary);
}

Date nightToLog(LocalDateTime now, std::chrono::minutes boundary)
{
    const Date journalDate = journalDateOf(now, boundary);
    if (timeOfDay(now) < boundary || timeOfDay(now) >= kEveningStart)
        return journalDate;
    return addDays(journalDate, -1);
}

} // namespace quietlegs
