#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/Result.h"
#include "quietlegs/core/SleepDiary.h"

#include <optional>
#include <string>

namespace quietlegs {

inline constexpr int kSeverityMax = 10;
inline constexpr std::size_t kNotesMaxLength = 10000;

/// What a person enters for one night, before validation.
struct NightEntry
{
    Date date;                           // the evening the night starts
    std::optional<IrlsScore> irls;       // ten IRLS-style items, when scored
    std::optional<int> severity;         // quick 0..10 rating
    SleepDiaryTimes sleep;
    std::string notes;
    std::string timeZone; // IANA zone the sleep times are local times of; empty: the current zone
};

/// One validated night of the journal, keyed by its journal date.
class Night
{
public:
    static Result<Night> create(const NightEntry& entry);

    Date date() const { return m_date; }
    const std::optional<IrlsScore>& irls() const { return m_irls; }
    std::optional<int> irlsTotal() const;
    std::optional<int> severity() const { return m_severity; }
    const SleepDiary& sleep() const { return m_sleep; }
    std::optional<SleepMetrics> sleepMetrics() const { return m_sleep.metrics(); }
    const std::string& notes() const { return m_notes; }
    /// The zone the night's clock times were typed in (TimeZone::current() when logged).
    const TimeZone& timeZone() const { return m_timeZone; }

    friend bool operator==(const Night&, const Night&) = default;

private:
    Night() = default;
    Date m_date;
    std::optional<IrlsScore> m_irls;
    std::optional<int> m_severity;
    SleepDiary m_sleep;
    std::string m_notes;
    TimeZone m_timeZone;
};

} // namespace quietlegs
