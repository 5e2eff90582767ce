#include "quietlegs/io/ImportFormat.h"

#include "TextChecks.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/FitbitSleepImport.h"
#include "quietlegs/io/InterchangeJson.h"

namespace quietlegs {

std::string_view importFormatId(ImportFormat format)
{
    switch (format) {
    case ImportFormat::InterchangeJson:
        return "json";
    case ImportFormat::Cronometer:
        return "cronometer";
    case ImportFormat::Fitbit:
        return "fitbit";
    case ImportFormat::GenericCsv:
        return "csv";
    }
    return "json";
}

Result<ImportFormat> parseImportFormat(std::string_view id, std::string_view field)
{
    for (ImportFormat format : {ImportFormat::InterchangeJson, ImportFormat::Cronometer,
                                ImportFormat::Fitbit, ImportFormat::GenericCsv})
        if (importFormatId(format) == id)
            return format;
    return Error{std::string(field), printableText(id, 20),
                 "unknown import format (use json, cronometer, fitbit or csv)"};
}

Result<ImportFormat> detectImportFormat(std::string_view text)
{
    std::string_view start = withoutByteOrderMark(text);
    while (!start.empty() && (start.front() == ' ' || start.front() == '\t' ||
                              start.front() == '\r' || start.front() == '\n'))
        start.remove_prefix(1);
    if (start.empty())
        return Error{"", "", "the file is empty"};
    if (start.front() == '{' || start.front() == '[') {
        auto document = parseJsonSafely(start);
        if (!document)
            return document.error();
        if (document->is_object() && document->contains("format"))
            return ImportFormat::InterchangeJson;
        if (looksLikeFitbitSleep(start))
            return ImportFormat::Fitbit;
        return Error{"", "",
                     "JSON that is neither a QuietLegs interchange document nor a Fitbit sleep "
                     "export"};
    }
    if (looksLikeCronometerDailySummary(text))
        return ImportFormat::Cronometer;
    return ImportFormat::GenericCsv;
}

Result<ImportBatch> readImport(std::string_view text, ImportFormat format,
                               const std::optional<CsvColumnMapping>& mapping,
                               const ImportProgress& progress)
{
    switch (format) {
    case ImportFormat::InterchangeJson:
        return importInterchangeJson(text, progress);
    case ImportFormat::Cronometer:
        return importCronometerDailySummary(text, progress);
    case ImportFormat::Fitbit:
        return importFitbitSleep(text, progress);
    case ImportFormat::GenericCsv:
        if (!mapping)
            return Error{"--map", "",
                         "a spreadsheet needs a column mapping (at least date=COLUMN)"};
        return importGenericCsv(text, *mapping, progress);
    }
    return Error{"--format", "", "unknown import format"};
}

} // namespace quietlegs
