#pragma once

#include "quietlegs/core/TimeZone.h"
#include "quietlegs/io/ImportBatch.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace quietlegs {

/// Label of the food intakes an Apple Health import writes; re-imports replace exactly these.
inline constexpr std::string_view kAppleHealthLabel = "Apple Health";

/// How an Apple Health import chooses among sources, and the zone it runs in.
struct AppleHealthOptions
{
    /// The `sourceName` whose sleep each night is taken from when it recorded that night, and
    /// the one for each day's food (magnesium and iron) and, separately, its caffeine; empty:
    /// on each night or day the source with the most records.
    ImportSourceChoice sources;
    /// The importing computer's zone (interchange-v2 `time_zone`); none: TimeZone::current().
    std::optional<TimeZone> computerZone;
};

/// Apple Health's `export.xml`, read as a stream with expat in bounded memory (exports run to
/// gigabytes): only top-level `Record` elements of these types are used, everything else is
/// skipped and counted by type:
///  - HKCategoryTypeIdentifierSleepAnalysis (InBed, Asleep, AsleepUnspecified, AsleepCore,
///    AsleepDeep, AsleepREM, Awake): each source's records that follow each other by less
///    than two hours make one night, mapped like the Fitbit importer: into bed = lights out =
///    the first InBed start (the first Asleep start when there is no InBed, or when sleep
///    began earlier); minutes to fall asleep = first Asleep start - lights out; final wake =
///    end of the last Asleep; out of bed = the later of the last InBed end and final wake;
///    awakenings = the Awake intervals between the first Asleep start and final wake, WASO
///    their minutes; the night's date by the journal-day rule on lights out.
///  - HKQuantityTypeIdentifierDietaryMagnesium and DietaryIron: each calendar day's total
///    becomes one food intake of each at 12:00 labelled "Apple Health" (as Cronometer's
///    daily summary); DietaryCaffeine: the day's total becomes its caffeine.
/// Where several sources recorded a night, only one source's sleep is taken (the chosen one,
/// else the one with the most records that night); a day's food likewise, and its caffeine.
/// Times carry UTC offsets: a night's `time_zone` is the computer's zone when its offsets
/// agree with it, else Etc/GMT-H for a whole-hour offset +H, else its times are converted to
/// the computer's zone (counted in a note). Entity declarations (billion laughs) are refused.
/// Never throws; a record with a bad date or value fails the file, naming its line.
Result<ImportBatch> importAppleHealth(std::string_view text, const AppleHealthOptions& options = {},
                                      const ImportProgress& progress = {});

/// The same, read from the file in chunks (never held whole); progress counts bytes.
Result<ImportBatch> importAppleHealthFile(const std::filesystem::path& path,
                                          const AppleHealthOptions& options = {},
                                          const ImportProgress& progress = {});

/// True when the start of a file (a few kB are enough) is an Apple Health export: XML whose
/// document type or root element is HealthData.
bool looksLikeAppleHealthExport(std::string_view start);
/// The same for a file, reading only its start; false when it cannot be read.
bool looksLikeAppleHealthExportFile(const std::filesystem::path& path);

} // namespace quietlegs
