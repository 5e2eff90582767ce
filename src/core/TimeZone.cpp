#include "quietlegs/core/TimeZone.h"

#include <cstdlib>
#include <date/tz.h>
#include <exception>
#include <string>

namespace quietlegs {
namespace {

const date::time_zone* zoneOf(const void* zone)
{
    return static_cast<const date::time_zone*>(zone);
}

/// date::locate_zone, without its exception: nullptr when the database has no such zone.
const date::time_zone* findZone(std::string_view name)
{
    // "localtime" is the system's link to /etc/localtime, not a zone anyone could share.
    if (name.empty() || name == "localtime")
        return nullptr;
    try {
        return date::locate_zone(name);
    } catch (const std::exception&) {
        return nullptr;
    }
}

/// The computer's zone, read once: /etc/localtime's target. Where it cannot be read (a
/// container without one) the C library uses UTC, and so does QuietLegs.
const date::time_zone* computersZone()
{
    static const date::time_zone* const zone = []() -> const date::time_zone* {
        try {
            return date::current_zone();
        } catch (const std::exception&) {
            return findZone("Etc/UTC");
        }
    }();
    return zone;
}

/// A path into the tz database (TZ=:/usr/share/zoneinfo/Europe/Berlin) names its zone.
std::string_view zoneNameOfPath(std::string_view value)
{
    constexpr std::string_view kZoneInfo = "/zoneinfo/";
    if (value.empty() || value.front() != '/')
        return value;
    const auto at = value.rfind(kZoneInfo);
    return at == std::string_view::npos ? value : value.substr(at + kZoneInfo.size());
}

/// Local times of one zone that map to one instant each, all through the same offset.
struct UniqueOffset
{
    const void* zone = nullptr; // nothing kept yet
    LocalDateTime from;
    LocalDateTime to;
    std::chrono::minutes offset{0};
};

/// The local times of `info`'s interval that only it can give: two days in from each end. A
/// local time another interval also gives (fall back), or none gives (spring forward), lies
/// within the difference of two offsets of its clock change from that change, and no two
/// offsets of the tz database are two days apart (even the local mean times of old entries
/// stay within -16 h to +16 h).
UniqueOffset uniqueOffset(const void* zone, const date::sys_info& info)
{
    using std::chrono::minutes;
    constexpr std::chrono::hours kMargin{48};
    const minutes offset = std::chrono::duration_cast<minutes>(info.offset);
    // The first and the last interval reach the library's ends of time, in seconds: in
    // minutes, two days more or less cannot overflow.
    const auto local = [&](date::sys_seconds at) {
        return LocalDateTime{std::chrono::duration_cast<minutes>(at.time_since_epoch()) + offset};
    };
    return {zone, local(info.begin) + kMargin, local(info.end) - kMargin, offset};
}

} // namespace

Result<TimeZone> TimeZone::named(std::string_view name, std::string_view field)
{
    // Every stored night names its zone, nearly always the same one: the last zone found is
    // kept per thread (the database's zones live as long as the program). Looking it up for
    // each night was a tenth of reading them (issue 19).
    thread_local std::string lastName;
    thread_local const date::time_zone* lastZone = nullptr;
    if (lastZone && name == lastName)
        return TimeZone(lastZone);
    const date::time_zone* zone = findZone(name);
    if (!zone)
        return Error{std::string(field), std::string(name),
                     "no such time zone (an IANA name such as Europe/Berlin)"};
    lastName = name;
    lastZone = zone;
    return TimeZone(zone);
}

Result<TimeZone> TimeZone::fromTzVariable(std::optional<std::string_view> tz)
{
    if (!tz) {
        if (const date::time_zone* zone = computersZone())
            return TimeZone(zone);
        return TimeZone();
    }
    std::string_view value = *tz;
    if (!value.empty() && value.front() == ':')
        value.remove_prefix(1);
    if (value.empty())
        return TimeZone();
    const date::time_zone* zone = findZone(zoneNameOfPath(value));
    if (!zone)
        return Error{"TZ", std::string(*tz),
                     "names no time zone of the tz database; set TZ to a zone name such as "
                     "Europe/Berlin, or unset it to use the computer's zone"};
    return TimeZone(zone);
}

Result<TimeZone> TimeZone::current()
{
    const char* tz = std::getenv("TZ");
    // The night form and every stored night ask this; the last answer is kept per thread
    // while TZ stays the same.
    thread_local std::optional<std::string> lastTz;
    thread_local bool lastUnset = false;
    thread_local std::optional<Result<TimeZone>> lastZone;
    if (lastZone && (tz ? (!lastUnset && lastTz == tz) : lastUnset))
        return *lastZone;
    lastZone = fromTzVariable(tz ? std::optional<std::string_view>(tz) : std::nullopt);
    lastUnset = tz == nullptr;
    lastTz = tz ? std::optional<std::string>(tz) : std::nullopt;
    return *lastZone;
}

std::string TimeZone::name() const
{
    return m_zone ? std::string(zoneOf(m_zone)->name()) : std::string("Etc/UTC");
}

Result<Instant> TimeZone::instantOf(LocalDateTime when, std::string_view field,
                                    std::optional<Instant> notBefore) const
{
    using std::chrono::minutes;
    if (!m_zone)
        return Instant{when.time_since_epoch()};
    // Reading a journal converts four clock times per night, nearly all between the same two
    // clock changes: the last offset is kept per thread with the local times it alone covers
    // (the tz database's lookup was a sixth of reading a night, issue 19).
    thread_local UniqueOffset last;
    if (last.zone == m_zone && when >= last.from && when < last.to)
        return Instant{when.time_since_epoch() - last.offset};
    const date::local_time<minutes> local{when.time_since_epoch()};
    const date::local_info info = zoneOf(m_zone)->get_info(local);
    // Offsets are whole minutes in every zone since 1972.
    auto instantAt = [&](const date::sys_info& offset) {
        return Instant{when.time_since_epoch() -
                       std::chrono::duration_cast<minutes>(offset.offset)};
    };
    switch (info.result) {
    case date::local_info::unique:
        last = uniqueOffset(m_zone, info.first);
        return instantAt(info.first);
    case date::local_info::nonexistent:
        return Error{std::string(field), formatLocalDateTime(when),
                     "this time does not exist in " + name() +
                         " (the clocks were put forward past it)"};
    case date::local_info::ambiguous:
    default: {
        const Instant earlier = instantAt(info.first);
        if (notBefore && earlier < *notBefore)
            return instantAt(info.second);
        return earlier;
    }
    }
}

LocalDateTime TimeZone::localTimeOf(Instant instant) const
{
    using std::chrono::minutes;
    if (!m_zone)
        return LocalDateTime{instant.time_since_epoch()};
    const date::sys_info info =
        zoneOf(m_zone)->get_info(date::sys_time<minutes>{instant.time_since_epoch()});
    return LocalDateTime{instant.time_since_epoch() +
                         std::chrono::duration_cast<minutes>(info.offset)};
}

} // namespace quietlegs
