#pragma once

#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/io/ImportBatch.h"

#include <optional>
#include <string_view>

namespace quietlegs {

/// The files `import` understands.
enum class ImportFormat
{
    InterchangeJson,
    Cronometer,
    Fitbit,
    GenericCsv,
    AppleHealth // export.xml; large: readers stream it from the file (AppleHealthImport.h)
};

// "json", "cronometer", "fitbit", "csv", "apple-health"
std::string_view importFormatId(ImportFormat format);
Result<ImportFormat> parseImportFormat(std::string_view id, std::string_view field = "--format");

/// Recognises a file by its content: interchange JSON by its `format` key, a Fitbit sleep
/// export by its sleep-log fields, a Cronometer daily summary by its header, an Apple Health
/// export by its HealthData root; any other CSV is GenericCsv (which needs a column mapping).
/// Never throws.
Result<ImportFormat> detectImportFormat(std::string_view text);

/// Reads a file with the importer for `format`; `mapping` is required for GenericCsv.
/// `choice` picks among the sleep and food sources a file offers (ImportBatch::sleepSources);
/// formats with one source per file ignore it.
Result<ImportBatch> readImport(const std::string& text, ImportFormat format,
                               const std::optional<CsvColumnMapping>& mapping = std::nullopt,
                               const ImportProgress& progress = {},
                               const ImportSourceChoice& choice = {});

} // namespace quietlegs
