#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Result.h"

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace quietlegs {

/// A moment in real time, to the minute (UTC).
using Instant = std::chrono::sys_time<std::chrono::minutes>;

/// An IANA time zone of the tz database (the system's tzdata, read through Howard Hinnant's
/// date library): the zone a night's clock times are local times of, so that its durations
/// are real elapsed time across clock changes.
class TimeZone
{
public:
    /// Coordinated Universal Time (Etc/UTC).
    TimeZone() = default;

    /// The zone named `name` (`Europe/Berlin`), refused with `field` named when the tz
    /// database has no such zone.
    static Result<TimeZone> named(std::string_view name, std::string_view field = "time_zone");
    /// The zone clock times are typed in now: `TZ` when set, else the computer's zone.
    static Result<TimeZone> current();
    /// The zone a value of the `TZ` variable names (a leading ':' is dropped; empty is UTC, as
    /// the C library reads it); a POSIX rule string that names no zone is refused, naming TZ.
    /// No value: the computer's zone (/etc/localtime).
    static Result<TimeZone> fromTzVariable(std::optional<std::string_view> tz);

    /// The IANA name, e.g. `Europe/Berlin`.
    std::string name() const;

    /// The instant the local time `when` names in this zone. A time the clocks skip (spring
    /// forward) is refused, naming `field`; one they pass twice (fall back) takes the earlier
    /// offset unless that is before `notBefore` (the previous time of the night), then the
    /// later.
    Result<Instant> instantOf(LocalDateTime when, std::string_view field,
                              std::optional<Instant> notBefore = std::nullopt) const;
    /// The local time the clocks of this zone show at `instant` (for records that carry only
    /// a UTC offset, converted to a zone: interchange-v2 `time_zone`).
    LocalDateTime localTimeOf(Instant instant) const;

    friend bool operator==(const TimeZone& a, const TimeZone& b) { return a.m_zone == b.m_zone; }

private:
    explicit TimeZone(const void* zone) : m_zone(zone) {}
    // The tz database's date::time_zone, opaque here: declaring namespace date in this header
    // would put a global `date` beside every includer's own date() helpers. nullptr: UTC.
    const void* m_zone = nullptr;
};

} // namespace quietlegs
