#include "quietlegs/core/Night.h"

#include "quietlegs/core/JournalDay.h"

namespace quietlegs {

Result<Night> Night::create(const NightEntry& entry)
{
    if (!entry.date.ok())
        return Error{"date", "", "no such calendar date"};
    if (entry.severity && (*entry.severity < 0 || *entry.severity > kSeverityMax))
        return Error{"severity", std::to_string(*entry.severity), "must be between 0 and 10"};
    if (entry.notes.size() > kNotesMaxLength)
        return Error{"notes", std::to_string(entry.notes.size()) + " characters",
                     "notes are limited to 10000 characters"};

    auto diary = SleepDiary::create(entry.sleep);
    if (!diary)
        return diary.error();
    if (auto first = diary->firstTime(); first && journalDateOf(*first) != entry.date)
        return Error{"into_bed", formatLocalDateTime(*first),
                     "the night of " + formatDate(entry.date) + " starts between 04:00 that day and "
                         "04:00 the next"};

    Night night;
    night.m_date = entry.date;
    night.m_irls = entry.irls;
    night.m_severity = entry.severity;
    night.m_sleep = std::move(diary).value();
    night.m_notes = entry.notes;
    return night;
}

std::optional<int> Night::irlsTotal() const
{
    if (!m_irls)
        return std::nullopt;
    return m_irls->total();
}

} // namespace quietlegs
