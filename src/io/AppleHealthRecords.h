#pragma once

// The records of an Apple Health export that QuietLegs uses, as the streaming reader collects
// them (private to the io layer; AppleHealthImport.cpp maps them to nights and days).

#include "quietlegs/io/ImportBatch.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace quietlegs {

/// A moment as the export writes it ("2024-01-02 23:10:30 +0100"): the real instant and the
/// UTC offset the phone's clock had.
struct OffsetTime
{
    std::int64_t utcSeconds = 0;
    int offsetMin = 0;
};

enum class SleepStage : std::uint8_t
{
    InBed,
    Asleep, // Asleep, AsleepUnspecified, AsleepCore, AsleepDeep, AsleepREM
    Awake
};

struct SleepRecord
{
    OffsetTime start;
    OffsetTime end;
    SleepStage stage = SleepStage::InBed;
    std::uint32_t source = 0; // index into AppleHealthRecords::sources
    std::uint32_t line = 0;
};

enum class Dietary : std::uint8_t
{
    Magnesium,
    Iron,
    Caffeine
};
inline constexpr std::size_t kDietaryKinds = 3;

/// One source's dietary records of one calendar day, summed as they stream by (a day's food
/// is kept per source so that one source can be taken and the others left).
struct DayFood
{
    std::array<double, kDietaryKinds> mg{};
    std::array<int, kDietaryKinds> records{};
    std::uint32_t firstLine = 0;
};

/// Records of one reason for skipping, counted, with the first line that had it.
struct SkippedCount
{
    long count = 0;
    std::uint32_t firstLine = 0;
};

struct AppleHealthRecords
{
    std::vector<std::string> sources; // sourceName, by index
    std::vector<SleepRecord> sleep;
    /// Keyed by (days since 1970-01-01 of the local calendar date, source index).
    std::map<std::pair<int, std::uint32_t>, DayFood> food;
    /// Records and elements not used, by type ("HKQuantityTypeIdentifierStepCount",
    /// "Workout").
    std::map<std::string, long> skippedTypes;
    /// Records of a used type that could not be used, by reason ("unit kcal, not mg").
    std::map<std::string, SkippedCount> skippedRecords;
    std::int64_t bytes = 0;
};

/// Hands the reader the next bytes of the file: writes at most `capacity` bytes to `buffer`
/// and returns how many (0 at the end), or an error.
using ChunkSource = std::function<Result<std::size_t>(char* buffer, std::size_t capacity)>;

/// Reads an export with expat, chunk by chunk: memory holds one chunk and the records used,
/// never the file. `totalBytes` (for progress) may be 0 when unknown. Refuses entity
/// declarations, XML that is not well formed (naming the line) and a root that is not
/// HealthData.
Result<AppleHealthRecords> readAppleHealthRecords(const ChunkSource& next, std::int64_t totalBytes,
                                                  const ImportProgress& progress);

} // namespace quietlegs
