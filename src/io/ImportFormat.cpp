#include "quietlegs/io/ImportFormat.h"

#include "TextChecks.h"
#include "quietlegs/io/AppleHealthImport.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/FitbitSleepImport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/JsonOutline.h"

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
    case ImportFormat::AppleHealth:
        return "apple-health";
    }
    return "json";
}

Result<ImportFormat> parseImportFormat(std::string_view id, std::string_view field)
{
    for (ImportFormat format :
         {ImportFormat::InterchangeJson, ImportFormat::Cronometer, ImportFormat::Fitbit,
          ImportFormat::GenericCsv, ImportFormat::AppleHealth})
        if (importFormatId(format) == id)
            return format;
    return Error{std::string(field), printableText(id, 20),
                 "unknown import format (use json, cronometer, fitbit, csv or apple-health)"};
}

namespace {

/// Reads a JSON text without building it: whether it is well formed and not nested deeper
/// than the interchange allows, and whether it is an object with a top-level "format" key.
/// Telling the formats apart used to parse ten years of journal twice (20% of an import).
class TopLevelKeys : public nlohmann::json_sax<nlohmann::json>
{
public:
    bool isObject = false;
    bool hasFormat = false;
    bool tooDeep = false;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override
    {
        isObject = isObject || m_depth == 0;
        return enter();
    }
    bool key(string_t& name) override
    {
        hasFormat = hasFormat || (m_depth == 1 && name == "format");
        return true;
    }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override { return leave(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        return false;
    }

private:
    bool enter()
    {
        tooDeep = ++m_depth > kInterchangeMaxDepth;
        return !tooDeep;
    }
    bool leave()
    {
        --m_depth;
        return true;
    }
    std::size_t m_depth = 0;
};

} // namespace

Result<ImportFormat> detectImportFormat(std::string_view text)
{
    std::string_view start = withoutByteOrderMark(text);
    while (!start.empty() && (start.front() == ' ' || start.front() == '\t' ||
                              start.front() == '\r' || start.front() == '\n'))
        start.remove_prefix(1);
    if (start.empty())
        return Error{"", "", "the file is empty"};
    if (start.front() == '{' || start.front() == '[') {
        TopLevelKeys keys;
        bool interchange = false;
        if (auto outline = quickJsonOutline(start, kInterchangeMaxDepth)) {
            interchange = outline->isObject && outline->hasFormat;
        } else if (nlohmann::json::sax_parse(start, &keys)) {
            interchange = keys.isObject && keys.hasFormat;
        } else { // not well formed, or too deep: the full parse words the error
            auto document = parseJsonSafely(start);
            if (!document)
                return document.error();
            interchange = document->is_object() && document->contains("format");
        }
        if (interchange)
            return ImportFormat::InterchangeJson;
        if (looksLikeFitbitSleep(start))
            return ImportFormat::Fitbit;
        return Error{"", "",
                     "JSON that is neither a QuietLegs interchange document nor a Fitbit sleep "
                     "export"};
    }
    if (start.front() == '<') {
        if (looksLikeAppleHealthExport(start))
            return ImportFormat::AppleHealth;
        return Error{"", "", "XML that is not an Apple Health export (no HealthData element)"};
    }
    if (looksLikeCronometerDailySummary(text) || looksLikeCronometerServings(text))
        return ImportFormat::Cronometer;
    return ImportFormat::GenericCsv;
}

Result<ImportBatch> readImport(const std::string& text, ImportFormat format,
                               const std::optional<CsvColumnMapping>& mapping,
                               const ImportProgress& progress, const ImportSourceChoice& choice)
{
    switch (format) {
    case ImportFormat::InterchangeJson:
        return importInterchangeJson(text, progress);
    case ImportFormat::Cronometer:
        // Both of Cronometer's files: the servings export has Day and Food Name columns.
        return looksLikeCronometerServings(text) ? importCronometerServings(text, progress)
                                                 : importCronometerDailySummary(text, progress);
    case ImportFormat::Fitbit:
        return importFitbitSleep(text, progress);
    case ImportFormat::GenericCsv:
        if (!mapping)
            return Error{"--map", "",
                         "a spreadsheet needs a column mapping (at least date=COLUMN)"};
        return importGenericCsv(text, *mapping, progress);
    case ImportFormat::AppleHealth:
        return importAppleHealth(text, AppleHealthOptions{choice, std::nullopt}, progress);
    }
    return Error{"--format", "", "unknown import format"};
}

} // namespace quietlegs
