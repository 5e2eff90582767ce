#include "quietlegs/core/EntrySource.h"

#include <array>
#include <string>

namespace quietlegs {
namespace {

constexpr std::array kEntrySources = {EntrySource::Manual, EntrySource::Cronometer,
                                      EntrySource::Fitbit, EntrySource::AppleHealth,
                                      EntrySource::Csv,    EntrySource::Demo};

} // namespace

std::string_view entrySourceId(EntrySource source)
{
    switch (source) {
    case EntrySource::Manual:
        return "manual";
    case EntrySource::Cronometer:
        return "cronometer";
    case EntrySource::Fitbit:
        return "fitbit";
    case EntrySource::AppleHealth:
        return "apple_health";
    case EntrySource::Csv:
        return "csv";
    case EntrySource::Demo:
        return "demo";
    }
    return "manual";
}

Result<EntrySource> parseEntrySource(std::string_view id, std::string_view field)
{
    for (EntrySource source : kEntrySources)
        if (entrySourceId(source) == id)
            return source;
    return Error{std::string(field), std::string(id),
                 "unknown source (use manual, cronometer, fitbit, apple_health, csv or demo)"};
}

bool isEntrySource(std::string_view id)
{
    return parseEntrySource(id).ok();
}

} // namespace quietlegs
