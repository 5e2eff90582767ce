#include "AppleHealthRecords.h"

#include "TextChecks.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <expat.h>
#include <memory>
#include <optional>
#include <unordered_map>

namespace quietlegs {
namespace {

// Bytes handed to expat at a time: large enough that the per-call cost vanishes, small
// enough to stay in the cache.
constexpr std::size_t kChunkBytes = 1u << 20;
// An export's longest token is a Record tag of a few hundred bytes (its DOCTYPE's
// declarations are a few kB each). Expat keeps a whole token in memory; a file whose
// "token" runs on for this long is refused rather than read into memory.
constexpr std::int64_t kMaxTokenBytes = 16 << 20;
// Distinct sourceName values and skipped types kept: a real export has dozens; more is a
// hostile file, whose extra names are pooled rather than held.
constexpr std::size_t kMaxSources = 10000;
constexpr std::size_t kMaxSkippedTypes = 1000;
constexpr std::string_view kOtherTypes = "(other types)";
// A sleep record longer than a day is a device error, not a night.
constexpr std::int64_t kMaxSleepRecordSeconds = 24 * 3600;

enum class RecordKind
{
    Skipped,
    Sleep,
    Magnesium,
    Iron,
    Caffeine
};

RecordKind kindOfType(std::string_view type)
{
    if (type == "HKCategoryTypeIdentifierSleepAnalysis")
        return RecordKind::Sleep;
    if (type == "HKQuantityTypeIdentifierDietaryMagnesium")
        return RecordKind::Magnesium;
    if (type == "HKQuantityTypeIdentifierDietaryIron")
        return RecordKind::Iron;
    if (type == "HKQuantityTypeIdentifierDietaryCaffeine")
        return RecordKind::Caffeine;
    return RecordKind::Skipped;
}

std::optional<SleepStage> stageOf(std::string_view value)
{
    constexpr std::string_view kPrefix = "HKCategoryValueSleepAnalysis";
    if (value.substr(0, kPrefix.size()) != kPrefix)
        return std::nullopt;
    value.remove_prefix(kPrefix.size());
    if (value == "InBed")
        return SleepStage::InBed;
    if (value == "Awake")
        return SleepStage::Awake;
    if (value == "Asleep" || value == "AsleepUnspecified" || value == "AsleepCore" ||
        value == "AsleepDeep" || value == "AsleepREM")
        return SleepStage::Asleep;
    return std::nullopt;
}

/// Milligrams in one of the unit a dietary record names; none for a unit that is not a mass.
std::optional<double> milligramsPer(std::string_view unit)
{
    if (unit == "mg")
        return 1.0;
    if (unit == "g")
        return 1000.0;
    if (unit == "mcg" || unit == "\xC2\xB5g") // HealthKit writes micrograms as "mcg"
        return 0.001;
    return std::nullopt;
}

bool digitsAt(std::string_view text, std::size_t at, std::size_t count, int& value)
{
    value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return false;
        value = value * 10 + (text[i] - '0');
    }
    return true;
}

/// "2024-01-02 23:10:30 +0100" (the only form HealthKit exports write); none for anything else.
std::optional<OffsetTime> parseOffsetTime(std::string_view text)
{
    if (text.size() != 25 || text[4] != '-' || text[7] != '-' || text[10] != ' ' ||
        text[13] != ':' || text[16] != ':' || text[19] != ' ' ||
        (text[20] != '+' && text[20] != '-'))
        return std::nullopt;
    int y, mo, d, h, mi, s, oh, om;
    if (!digitsAt(text, 0, 4, y) || !digitsAt(text, 5, 2, mo) || !digitsAt(text, 8, 2, d) ||
        !digitsAt(text, 11, 2, h) || !digitsAt(text, 14, 2, mi) || !digitsAt(text, 17, 2, s) ||
        !digitsAt(text, 21, 2, oh) || !digitsAt(text, 23, 2, om))
        return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month(unsigned(mo)),
                                           std::chrono::day(unsigned(d))};
    // UTC offsets run from -12:00 to +14:00.
    if (!date.ok() || h > 23 || mi > 59 || s > 60 || oh > 14 || om > 59)
        return std::nullopt;
    const int offset = (text[20] == '-' ? -1 : 1) * (oh * 60 + om);
    const std::int64_t localSeconds =
        std::int64_t(std::chrono::sys_days(date).time_since_epoch().count()) * 86400 + h * 3600 +
        mi * 60 + s;
    return OffsetTime{localSeconds - std::int64_t(offset) * 60, offset};
}

/// A dietary record's amount: a plain non-negative number.
std::optional<double> parseAmount(std::string_view text)
{
    auto value = parseDecimal(text);
    if (!value || *value < 0)
        return std::nullopt;
    return value;
}

int localDayOf(const OffsetTime& time)
{
    const std::int64_t local = time.utcSeconds + std::int64_t(time.offsetMin) * 60;
    return int(local >= 0 ? local / 86400 : (local - 86399) / 86400);
}

struct ParserDeleter
{
    void operator()(XML_ParserStruct* parser) const { XML_ParserFree(parser); }
};

class ExportReader
{
public:
    ExportReader() : m_parser(XML_ParserCreate(nullptr))
    {
        if (!m_parser)
            return;
        XML_SetUserData(m_parser.get(), this);
        XML_SetElementHandler(m_parser.get(), &ExportReader::onStart, &ExportReader::onEnd);
        XML_SetEntityDeclHandler(m_parser.get(), &ExportReader::onEntityDeclaration);
    }

    Result<AppleHealthRecords> read(const ChunkSource& next, std::int64_t totalBytes,
                                    const ImportProgress& progress)
    {
        if (!m_parser)
            return Error{"", "", "out of memory starting the XML reader"};
        XML_Parser parser = m_parser.get();
        for (;;) {
            if (!reportProgress(progress, m_records.bytes, totalBytes))
                return importCancelled();
            void* buffer = XML_GetBuffer(parser, int(kChunkBytes));
            if (!buffer)
                return Error{"", "", "out of memory reading the XML"};
            auto got = next(static_cast<char*>(buffer), kChunkBytes);
            if (!got)
                return got.error();
            m_records.bytes += std::int64_t(*got);
            const bool last = *got == 0;
            if (XML_ParseBuffer(parser, int(*got), last) != XML_STATUS_OK)
                return parseError();
            if (m_records.bytes - m_lastEventByte > kMaxTokenBytes)
                return Error{lineHere(), "",
                             "one XML token runs on for more than 16 MB: not an Apple Health "
                             "export"};
            if (last)
                break;
        }
        if (!m_sawRoot)
            return Error{"", "", "not an Apple Health export: no HealthData element"};
        if (!reportProgress(progress, m_records.bytes, totalBytes))
            return importCancelled();
        return std::move(m_records);
    }

private:
    std::string lineHere() const
    {
        return "line " + std::to_string(XML_GetCurrentLineNumber(m_parser.get()));
    }

    Error parseError() const
    {
        if (m_error)
            return *m_error;
        const XML_Error code = XML_GetErrorCode(m_parser.get());
        const char* what = XML_ErrorString(code);
        const bool cut = code == XML_ERROR_NO_ELEMENTS || code == XML_ERROR_UNCLOSED_TOKEN ||
                         code == XML_ERROR_PARTIAL_CHAR;
        return Error{lineHere(), "",
                     std::string(cut ? "the XML ends too soon (is the file cut short?): "
                                     : "not well-formed XML: ") +
                         (what ? what : "unknown error")};
    }

    void fail(Error error)
    {
        if (!m_error)
            m_error = std::move(error);
        XML_StopParser(m_parser.get(), XML_FALSE);
    }

    static void XMLCALL onEntityDeclaration(void* self, const XML_Char* name, int /*parameter*/,
                                            const XML_Char*, int, const XML_Char*, const XML_Char*,
                                            const XML_Char*, const XML_Char*)
    {
        // Refused before any reference can expand it: "billion laughs" nests entities into
        // gigabytes of text, and Apple Health exports declare none.
        auto* reader = static_cast<ExportReader*>(self);
        reader->fail(Error{reader->lineHere(), printableText(name ? name : "", 40),
                           "the file declares an XML entity; entity declarations are refused "
                           "(Apple Health exports have none)"});
    }

    static void XMLCALL onStart(void* self, const XML_Char* name, const XML_Char** attributes)
    {
        static_cast<ExportReader*>(self)->start(name, attributes);
    }

    static void XMLCALL onEnd(void* self, const XML_Char*)
    {
        auto* reader = static_cast<ExportReader*>(self);
        --reader->m_depth;
        reader->m_lastEventByte = XML_GetCurrentByteIndex(reader->m_parser.get());
    }

    void start(const char* name, const char** attributes)
    {
        m_lastEventByte = XML_GetCurrentByteIndex(m_parser.get());
        const int depth = m_depth++;
        if (depth == 0) {
            if (std::strcmp(name, "HealthData") != 0)
                fail(Error{lineHere(), printableText(name, 40),
                           "not an Apple Health export: the root element is not HealthData"});
            m_sawRoot = true;
            return;
        }
        // Only the export's own records: those inside a Correlation repeat top-level ones.
        if (depth != 1)
            return;
        if (std::strcmp(name, "Record") != 0) {
            if (std::strcmp(name, "ExportDate") != 0 && std::strcmp(name, "Me") != 0)
                countSkippedType(name);
            return;
        }
        Attributes record;
        for (const char** a = attributes; a[0]; a += 2) {
            const char* key = a[0];
            switch (key[0]) {
            case 't':
                if (std::strcmp(key, "type") == 0)
                    record.type = a[1];
                break;
            case 's':
                if (std::strcmp(key, "sourceName") == 0)
                    record.sourceName = a[1];
                else if (std::strcmp(key, "startDate") == 0)
                    record.startDate = a[1];
                break;
            case 'e':
                if (std::strcmp(key, "endDate") == 0)
                    record.endDate = a[1];
                break;
            case 'v':
                if (std::strcmp(key, "value") == 0)
                    record.value = a[1];
                break;
            case 'u':
                if (std::strcmp(key, "unit") == 0)
                    record.unit = a[1];
                break;
            default:
                break;
            }
        }
        const RecordKind kind = cachedKindOf(record.type);
        if (kind == RecordKind::Skipped) {
            ++*m_lastTypeCount;
            return;
        }
        useRecord(kind, record);
    }

    struct Attributes
    {
        const char* type = "";
        const char* sourceName = "";
        const char* startDate = nullptr;
        const char* endDate = nullptr;
        const char* value = nullptr;
        const char* unit = "";
    };

    /// Exports list records grouped by type: one comparison with the previous type usually
    /// settles it.
    RecordKind cachedKindOf(const char* type)
    {
        if (m_lastTypeCount && m_lastType == type)
            return m_lastKind;
        m_lastType = type;
        m_lastKind = kindOfType(m_lastType);
        m_lastTypeCount =
            m_lastKind == RecordKind::Skipped ? &skippedTypeCount(m_lastType) : &m_usedCount;
        return m_lastKind;
    }

    long& skippedTypeCount(const std::string& type)
    {
        auto& types = m_records.skippedTypes;
        if (auto it = types.find(type); it != types.end())
            return it->second;
        const std::string key = type.empty() ? std::string("(a Record without a type)")
                                : types.size() < kMaxSkippedTypes ? printableText(type, 100)
                                                                  : std::string(kOtherTypes);
        return types[key];
    }

    void countSkippedType(const char* name) { ++skippedTypeCount(name); }

    void skipRecord(const std::string& reason)
    {
        SkippedCount& skipped = m_records.skippedRecords[reason];
        if (skipped.count++ == 0)
            skipped.firstLine = currentLine();
    }

    std::uint32_t currentLine() const
    {
        const auto line = XML_GetCurrentLineNumber(m_parser.get());
        return line > UINT32_MAX ? UINT32_MAX : std::uint32_t(line);
    }

    std::optional<std::uint32_t> sourceIndex(const char* name)
    {
        if (m_lastSource && m_lastSourceName == name)
            return m_lastSource;
        auto it = m_sourceIndex.find(name);
        if (it == m_sourceIndex.end()) {
            if (m_records.sources.size() >= kMaxSources) {
                fail(Error{lineHere(), printableText(name, 40),
                           "more than 10000 different sourceName values: not an Apple Health "
                           "export"});
                return std::nullopt;
            }
            it = m_sourceIndex.emplace(name, std::uint32_t(m_records.sources.size())).first;
            m_records.sources.push_back(printableText(*name ? name : "(unnamed)", 200));
        }
        m_lastSourceName = name;
        m_lastSource = it->second;
        return m_lastSource;
    }

    std::optional<OffsetTime> timeOf(const char* text, const char* field)
    {
        if (!text) {
            fail(Error{lineHere() + ", " + field, "", "is missing"});
            return std::nullopt;
        }
        auto time = parseOffsetTime(text);
        if (!time)
            fail(Error{lineHere() + ", " + field, printableText(text, 40),
                       "expected a date as YYYY-MM-DD HH:MM:SS +HHMM"});
        return time;
    }

    void useRecord(RecordKind kind, const Attributes& record)
    {
        auto start = timeOf(record.startDate, "startDate");
        if (!start)
            return;
        auto end = timeOf(record.endDate, "endDate");
        if (!end)
            return;
        auto source = sourceIndex(record.sourceName);
        if (!source)
            return;
        if (end->utcSeconds < start->utcSeconds)
            return skipRecord("a record that ends before it starts");
        if (kind == RecordKind::Sleep) {
            const std::string_view value = record.value ? record.value : "";
            const auto stage = stageOf(value);
            if (!stage)
                return skipRecord("a sleep value QuietLegs does not know: " +
                                  printableText(value, 60));
            if (end->utcSeconds - start->utcSeconds > kMaxSleepRecordSeconds)
                return skipRecord("a sleep record longer than 24 hours");
            m_records.sleep.push_back(SleepRecord{*start, *end, *stage, *source, currentLine()});
            return;
        }
        if (!record.value) {
            fail(Error{lineHere() + ", value", "", "is missing"});
            return;
        }
        auto amount = parseAmount(record.value);
        if (!amount) {
            fail(Error{lineHere() + ", value", printableText(record.value, 40),
                       "must be a number, 0 or more"});
            return;
        }
        auto perUnit = milligramsPer(record.unit);
        if (!perUnit)
            return skipRecord("a dietary record in " + printableText(record.unit, 20) +
                              ", not a mass such as mg");
        const Dietary dietary = kind == RecordKind::Magnesium ? Dietary::Magnesium
                                : kind == RecordKind::Iron    ? Dietary::Iron
                                                              : Dietary::Caffeine;
        // The day the record's own clock showed: Cronometer's day is the calendar day.
        DayFood& day = m_records.food[{localDayOf(*start), *source}];
        if (day.firstLine == 0)
            day.firstLine = currentLine();
        day.mg[std::size_t(dietary)] += *amount * *perUnit;
        ++day.records[std::size_t(dietary)];
    }

    std::unique_ptr<XML_ParserStruct, ParserDeleter> m_parser;
    AppleHealthRecords m_records;
    std::optional<Error> m_error;
    int m_depth = 0;
    bool m_sawRoot = false;
    XML_Index m_lastEventByte = 0;
    std::string m_lastType;
    RecordKind m_lastKind = RecordKind::Skipped;
    long* m_lastTypeCount = nullptr;
    long m_usedCount = 0;
    std::string m_lastSourceName;
    std::optional<std::uint32_t> m_lastSource;
    std::unordered_map<std::string, std::uint32_t> m_sourceIndex;
};

} // namespace

Result<AppleHealthRecords> readAppleHealthRecords(const ChunkSource& next, std::int64_t totalBytes,
                                                  const ImportProgress& progress)
{
    ExportReader reader;
    return reader.read(next, totalBytes, progress);
}

} // namespace quietlegs
