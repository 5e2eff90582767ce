#include "quietlegs/io/InterchangeJson.h"

#include "JsonTape.h"
#include "JsonValues.h"
#include "TextChecks.h"
#include "quietlegs/io/ExperimentJson.h"
#include "quietlegs/io/FactorJson.h"
#include "quietlegs/io/JsonOutline.h"
#include "quietlegs/io/MedicineJson.h"
#include "quietlegs/io/SettingsJson.h"
#include "quietlegs/io/WeeksJson.h"

#include <algorithm>
#include <cmath>
#include <future>
#include <limits>
#include <map>

namespace quietlegs {
namespace {

using Json = nlohmann::ordered_json;
using ReadJson = nlohmann::json;

using json_values::orNull;

Json timeOrNull(const std::optional<LocalDateTime>& when)
{
    return when ? Json(formatLocalDateTime(*when)) : Json(nullptr);
}

/// Builds the DOM like nlohmann's own SAX DOM parser, but refuses to nest deeper than
/// `maxDepth`. The nlohmann parser itself keeps its state on the heap, so stopping here
/// means a 200,000-level document never reaches a recursive destructor or our readers.
class DepthLimitedDomBuilder : public nlohmann::json_sax<ReadJson>
{
public:
    explicit DepthLimitedDomBuilder(std::size_t maxDepth) : m_maxDepth(maxDepth) {}

    bool null() override { return add(ReadJson(nullptr)); }
    bool boolean(bool value) override { return add(ReadJson(value)); }
    bool number_integer(number_integer_t value) override { return add(ReadJson(value)); }
    bool number_unsigned(number_unsigned_t value) override { return add(ReadJson(value)); }
    bool number_float(number_float_t value, const string_t&) override
    {
        return add(ReadJson(value));
    }
    bool string(string_t& value) override { return add(ReadJson(std::move(value))); }
    bool binary(binary_t&) override
    {
        m_error = Error{"", "", "binary values are not JSON text"};
        return false;
    }
    bool start_object(std::size_t) override { return open(ReadJson::object()); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(ReadJson::array()); }
    bool end_array() override { return close(); }
    bool key(string_t& key) override
    {
        m_key = std::move(key);
        return true;
    }
    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& ex) override
    {
        // nlohmann's message quotes the offending bytes, which may be invalid UTF-8.
        std::string what = ex.what();
        if (auto bracket = what.find("] "); bracket != std::string::npos)
            what = what.substr(bracket + 2);
        m_error = Error{"", "",
                        "not valid JSON (byte " + std::to_string(position) +
                            "): " + printableText(what, 160)};
        return false;
    }

    ReadJson& root() { return m_root; }
    const std::optional<Error>& error() const { return m_error; }

private:
    bool open(ReadJson value)
    {
        if (m_stack.size() >= m_maxDepth) {
            m_error = Error{"", "",
                            "not a QuietLegs document: JSON nested deeper than " +
                                std::to_string(m_maxDepth) + " levels"};
            return false;
        }
        m_stack.push_back(add(std::move(value)) ? m_last : nullptr);
        return m_stack.back() != nullptr;
    }

    bool close()
    {
        if (!m_stack.empty())
            m_stack.pop_back();
        return true;
    }

    bool add(ReadJson value)
    {
        if (m_stack.empty()) {
            m_root = std::move(value);
            m_last = &m_root;
            return true;
        }
        ReadJson& parent = *m_stack.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            m_last = &parent.back();
        } else {
            ReadJson& slot = parent[m_key];
            slot = std::move(value);
            m_last = &slot;
        }
        return true;
    }

    std::size_t m_maxDepth;
    ReadJson m_root;
    std::vector<ReadJson*> m_stack;
    ReadJson* m_last = nullptr;
    std::string m_key;
    std::optional<Error> m_error;
};

using json_values::shown;
namespace dom = simdjson::dom;

/// A value of the file as the entity readers ask about it, in nlohmann's document (a file read
/// whole: ParsedArrays). An object's absent member reads as null.
class ParsedValue
{
public:
    explicit ParsedValue(const ReadJson& value) : m_value(&value) {}

    bool isNull() const { return m_value->is_null(); }
    bool isString() const { return m_value->is_string(); }
    bool isNumber() const { return m_value->is_number(); }
    bool isFloat() const { return m_value->is_number_float(); }
    bool isUnsigned() const { return m_value->is_number_unsigned(); }
    bool isBoolean() const { return m_value->is_boolean(); }
    bool isArray() const { return m_value->is_array(); }
    bool isObject() const { return m_value->is_object(); }
    std::string_view string() const { return m_value->get_ref<const std::string&>(); }
    double number() const { return m_value->get<double>(); }
    std::uint64_t unsignedNumber() const { return m_value->get<std::uint64_t>(); }
    std::int64_t signedNumber() const { return m_value->get<std::int64_t>(); }
    bool boolean() const { return m_value->get<bool>(); }
    std::size_t size() const { return m_value->size(); }
    ParsedValue operator[](std::size_t index) const { return ParsedValue((*m_value)[index]); }
    ParsedValue member(const char* key) const
    {
        static const ReadJson kNull;
        auto it = m_value->find(key);
        return ParsedValue(it == m_value->end() ? kNull : *it);
    }
    /// As an error message quotes it.
    std::string shown() const { return json_values::shown(*m_value); }

private:
    const ReadJson* m_value;
};

/// The same questions answered from simdjson's checked document (JsonMembers), typed as
/// nlohmann would type the value (quickJsonParse): building each entity as a nlohmann value
/// first was half of reading an interchange file (issue 7).
class TapeValue
{
public:
    TapeValue() = default; // an absent member: null
    explicit TapeValue(dom::element value) : m_value(value), m_present(true) {}

    dom::element_type type() const
    {
        return m_present ? m_value.type() : dom::element_type::NULL_VALUE;
    }
    bool isNull() const { return type() == dom::element_type::NULL_VALUE; }
    bool isString() const { return type() == dom::element_type::STRING; }
    bool isNumber() const
    {
        const auto t = type();
        return t == dom::element_type::INT64 || t == dom::element_type::UINT64 ||
               t == dom::element_type::DOUBLE;
    }
    bool isFloat() const { return type() == dom::element_type::DOUBLE; }
    // nlohmann reads a non-negative integer as unsigned.
    bool isUnsigned() const
    {
        const auto t = type();
        return t == dom::element_type::UINT64 ||
               (t == dom::element_type::INT64 && m_value.get_int64().value_unsafe() >= 0);
    }
    bool isBoolean() const { return type() == dom::element_type::BOOL; }
    bool isArray() const { return type() == dom::element_type::ARRAY; }
    bool isObject() const { return type() == dom::element_type::OBJECT; }
    std::string_view string() const { return m_value.get_string().value_unsafe(); }
    double number() const
    {
        switch (type()) {
        case dom::element_type::INT64:
            return double(m_value.get_int64().value_unsafe());
        case dom::element_type::UINT64:
            return double(m_value.get_uint64().value_unsafe());
        default:
            return m_value.get_double().value_unsafe();
        }
    }
    std::uint64_t unsignedNumber() const
    {
        return type() == dom::element_type::INT64
                   ? std::uint64_t(m_value.get_int64().value_unsafe())
                   : m_value.get_uint64().value_unsafe();
    }
    std::int64_t signedNumber() const { return m_value.get_int64().value_unsafe(); }
    bool boolean() const { return m_value.get_bool().value_unsafe(); }
    std::size_t size() const { return dom::array(m_value).size(); }
    TapeValue operator[](std::size_t index) const
    {
        return TapeValue(dom::array(m_value).at(index).value_unsafe());
    }
    /// nlohmann keeps the last of repeated keys.
    TapeValue member(const char* key) const
    {
        TapeValue found;
        for (dom::key_value_pair field : dom::object(m_value))
            if (field.key == key)
                found = TapeValue(field.value);
        return found;
    }
    std::string shown() const
    {
        return m_present ? json_values::shown(nlohmannValue(m_value)) : std::string("null");
    }
    dom::element element() const { return m_value; }

private:
    dom::element m_value;
    bool m_present = false;
};

/// An entity object of the checked document, its members listed once: the readers ask for
/// them in about the order the export writes them, so a look-up starts after the last one
/// found. With a repeated key, the last is found, as nlohmann keeps it.
class TapeObject
{
public:
    explicit TapeObject(dom::element object)
    {
        const dom::object fields(object);
        m_fields.reserve(fields.size());
        std::uint64_t buckets = 0;
        for (dom::key_value_pair field : fields) {
            const std::string_view key = field.key;
            const unsigned bucket =
                key.empty() ? 0 : (unsigned(key.size()) * 7 + (unsigned char)key.back()) & 63;
            if (buckets & (std::uint64_t(1) << bucket))
                for (const Field& earlier : m_fields)
                    m_repeats = m_repeats || earlier.key == key;
            buckets |= std::uint64_t(1) << bucket;
            m_fields.push_back({key, field.value});
        }
    }

    TapeValue member(const char* name) const
    {
        const std::string_view key = name;
        const std::size_t count = m_fields.size();
        if (m_repeats) {
            for (std::size_t i = count; i-- > 0;)
                if (m_fields[i].key == key)
                    return TapeValue(m_fields[i].value);
            return {};
        }
        for (std::size_t n = 0, i = m_next; n < count; ++n, i = i + 1 == count ? 0 : i + 1)
            if (m_fields[i].key == key) {
                m_next = i + 1 == count ? 0 : i + 1;
                return TapeValue(m_fields[i].value);
            }
        return {};
    }

private:
    struct Field
    {
        std::string_view key;
        dom::element value;
    };
    std::vector<Field> m_fields;
    bool m_repeats = false;
    mutable std::size_t m_next = 0;
};

/// A whole number as the readers take one (also the document's version): `field` names it.
template <typename Value>
Result<std::optional<int>> wholeNumber(const Value& value, const std::string& field)
{
    if (!value.isNumber())
        return Error{field, value.shown(), "must be a whole number or null"};
    const double number = value.number();
    if (value.isFloat() && number != std::floor(number))
        return Error{field, value.shown(), "must be a whole number"};
    if (number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
        return Error{field, value.shown(), "is out of range"};
    if (value.isUnsigned())
        return std::optional<int>(int(value.unsignedNumber()));
    if (!value.isFloat())
        return std::optional<int>(int(value.signedNumber()));
    return std::optional<int>(int(number));
}

/// The fields of one entity object (ParsedValue, TapeObject or, nested, TapeValue), read with
/// the error naming the field.
template <typename Object> class EntityFields
{
public:
    explicit EntityFields(const Object& object) : m_object(object) {}

    /// The value of `key`, or null when absent (null and absent both mean "unknown").
    auto operator[](const char* key) const { return m_object.member(key); }

    Result<std::optional<std::string>> text(const char* key) const
    {
        const auto value = (*this)[key];
        if (value.isNull())
            return std::optional<std::string>{};
        if (!value.isString())
            return Error{key, value.shown(), "must be a string or null"};
        std::string string(value.string());
        // JSON can spell a NUL ("\u0000"); no text typed into QuietLegs holds one, and C tools
        // reading the journal would cut the text there.
        if (string.find('\0') != std::string::npos)
            return Error{key, printableText(string, 40),
                         "contains a NUL character (\\u0000), which text in a journal may not "
                         "hold"};
        return std::optional<std::string>(std::move(string));
    }

    Result<std::string> requiredText(const char* key) const
    {
        auto value = text(key);
        if (!value)
            return value.error();
        if (!*value)
            return Error{key, "", "is required"};
        return **value;
    }

    Result<std::optional<double>> number(const char* key) const
    {
        const auto value = (*this)[key];
        if (value.isNull())
            return std::optional<double>{};
        if (!value.isNumber())
            return Error{key, value.shown(), "must be a number or null"};
        return std::optional<double>(value.number());
    }

    Result<std::optional<int>> integer(const char* key) const
    {
        const auto value = (*this)[key];
        if (value.isNull())
            return std::optional<int>{};
        return wholeNumber(value, key);
    }

    Result<std::optional<LocalDateTime>> dateTime(const char* key) const
    {
        auto value = text(key);
        if (!value)
            return value.error();
        if (!*value)
            return std::optional<LocalDateTime>{};
        auto when = parseLocalDateTime(**value, key);
        if (!when)
            return when.error();
        return std::optional<LocalDateTime>(*when);
    }

    Result<Date> date(const char* key) const
    {
        auto value = requiredText(key);
        if (!value)
            return value.error();
        return parseDate(*value, key);
    }

private:
    const Object& m_object;
};

#define QL_TRY(var, expr)                                                                          \
    auto var = (expr);                                                                             \
    if (!var)                                                                                      \
        return var.error();

/// interchange-v2 `source` (absent: `manual`) and `source_name` of an entry; `prefix` names
/// a nested object's fields in errors ("device_sleep.").
template <typename Object>
Status readSource(const EntityFields<Object>& f, EntrySource& source, std::string& sourceName,
                  const std::string& prefix = "")
{
    QL_TRY(sourceText, f.text("source"));
    if (*sourceText) {
        QL_TRY(parsed, parseEntrySource(**sourceText, prefix + "source"));
        source = *parsed;
    }
    QL_TRY(name, f.text("source_name"));
    sourceName = name->value_or("");
    if (!isValidUtf8(sourceName))
        return Error{prefix + "source_name", "", "is not valid UTF-8"};
    return {};
}

/// interchange-v2 `device_sleep`: a device's record of the night beside the diary.
template <typename Value> Result<std::optional<DeviceSleep>> deviceSleepFromJson(const Value& value)
{
    if (value.isNull())
        return std::optional<DeviceSleep>{};
    if (!value.isObject())
        return Error{"device_sleep", value.shown(), "must be an object or null"};
    const EntityFields<Value> f(value);
    DeviceSleep device;
    if (f["source"].isNull())
        return Error{"device_sleep.source", "", "is required"};
    if (auto status = readSource(f, device.source, device.sourceName, "device_sleep."); !status)
        return status.error();
    auto named = [](const Error& error) {
        return Error{"device_sleep." + error.field, error.value, error.rule};
    };
    const std::pair<const char*, std::optional<LocalDateTime>*> clocks[] = {
        {"into_bed", &device.times.intoBed},
        {"lights_out", &device.times.lightsOut},
        {"final_wake", &device.times.finalWake},
        {"out_of_bed", &device.times.outOfBed}};
    for (auto [key, target] : clocks) {
        auto when = f.dateTime(key);
        if (!when)
            return named(when.error());
        *target = *when;
    }
    const std::pair<const char*, std::optional<int>*> counts[] = {
        {"sleep_latency_min", &device.times.sleepLatencyMin},
        {"awakenings", &device.times.awakenings},
        {"waso_min", &device.times.wasoMin}};
    for (auto [key, target] : counts) {
        auto count = f.integer(key);
        if (!count)
            return named(count.error());
        *target = *count;
    }
    return std::optional<DeviceSleep>(std::move(device));
}

template <typename Object> Result<Night> nightFromJson(const EntityFields<Object>& f)
{
    NightEntry entry;
    QL_TRY(date, f.date("date"));
    entry.date = *date;
    const auto items = f["irls_items"];
    if (!items.isNull()) {
        if (!items.isArray())
            return Error{"irls_items", items.shown(), "must be an array of ten scores or null"};
        std::vector<int> scores;
        for (std::size_t i = 0; i < items.size(); ++i) {
            auto score = wholeNumber(items[i], "irls_items[" + std::to_string(i) + "]");
            if (!score)
                return score.error();
            if (!*score)
                return Error{"irls_items[" + std::to_string(i) + "]", "null",
                             "an item score is 0..4; give all ten or set irls_items to null"};
            scores.push_back(**score);
        }
        QL_TRY(irls, IrlsScore::fromItems(scores));
        entry.irls = *irls;
    }
    QL_TRY(severity, f.integer("severity"));
    entry.severity = *severity;
    QL_TRY(intoBed, f.dateTime("into_bed"));
    QL_TRY(lightsOut, f.dateTime("lights_out"));
    QL_TRY(latency, f.integer("sleep_latency_min"));
    QL_TRY(awakenings, f.integer("awakenings"));
    QL_TRY(waso, f.integer("waso_min"));
    QL_TRY(finalWake, f.dateTime("final_wake"));
    QL_TRY(outOfBed, f.dateTime("out_of_bed"));
    entry.sleep =
        SleepDiaryTimes{*intoBed, *lightsOut, *latency, *awakenings, *waso, *finalWake, *outOfBed};
    QL_TRY(notes, f.text("notes"));
    entry.notes = notes->value_or("");
    if (!isValidUtf8(entry.notes))
        return Error{"notes", "", "is not valid UTF-8"};
    // interchange-v2: absent means the importing computer's zone (Night::create resolves it).
    QL_TRY(zone, f.text("time_zone"));
    if (*zone && (*zone)->empty())
        return Error{"time_zone", "", "must be an IANA zone name such as Europe/Berlin, or absent"};
    entry.timeZone = zone->value_or("");
    // interchange-v2 "Nights": onset, times woken by the legs, symptoms beyond the legs.
    QL_TRY(onset, f.dateTime("symptom_onset"));
    entry.symptomOnset = *onset;
    QL_TRY(rlsAwakenings, f.integer("rls_awakenings"));
    entry.rlsAwakenings = *rlsAwakenings;
    const auto arms = f["arms"];
    if (!arms.isNull() && !arms.isBoolean())
        return Error{"arms", arms.shown(), "must be true, false or null"};
    if (arms.isBoolean())
        entry.arms = arms.boolean();
    if (auto status = readSource(f, entry.source, entry.sourceName); !status)
        return status.error();
    QL_TRY(device, deviceSleepFromJson(f["device_sleep"]));
    entry.deviceSleep = *device;
    return Night::create(entry);
}

template <typename Object> Result<Intake> intakeFromJson(const EntityFields<Object>& f)
{
    IntakeEntry entry;
    QL_TRY(takenAt, f.requiredText("taken_at"));
    QL_TRY(when, parseLocalDateTime(*takenAt, "taken_at"));
    entry.takenAt = *when;
    QL_TRY(nutrientText, f.requiredText("nutrient"));
    QL_TRY(nutrient, parseNutrient(*nutrientText));
    entry.nutrient = *nutrient;
    QL_TRY(form, f.requiredText("form"));
    entry.form = *form;
    // An absent route means oral: the common case, and what older tools leave out.
    QL_TRY(routeText, f.text("route"));
    if (*routeText) {
        QL_TRY(route, parseRoute(**routeText));
        entry.route = *route;
    }
    QL_TRY(compound, f.number("compound_mg"));
    entry.compoundMg = *compound;
    QL_TRY(elemental, f.number("elemental_mg"));
    entry.elementalMg = *elemental;
    QL_TRY(label, f.text("label"));
    entry.label = label->value_or("");
    if (!isValidUtf8(entry.label))
        return Error{"label", "", "is not valid UTF-8"};
    if (auto status = readSource(f, entry.origin, entry.originName); !status)
        return status.error();
    return Intake::create(entry);
}

template <typename Object> Result<DailyFactors> dailyFromJson(const EntityFields<Object>& f)
{
    DailyFactorsEntry entry;
    QL_TRY(date, f.date("date"));
    entry.date = *date;
    QL_TRY(caffeine, f.number("caffeine_mg"));
    QL_TRY(alcohol, f.number("alcohol_units"));
    QL_TRY(exercise, f.integer("exercise_min"));
    QL_TRY(stress, f.integer("stress"));
    entry.caffeineMg = *caffeine;
    entry.alcoholUnits = *alcohol;
    entry.exerciseMin = *exercise;
    entry.stress = *stress;
    if (auto status = readSource(f, entry.source, entry.sourceName); !status)
        return status.error();
    return DailyFactors::create(entry);
}

template <typename Object> Result<LabResult> labFromJson(const EntityFields<Object>& f)
{
    QL_TRY(date, f.date("date"));
    QL_TRY(testText, f.requiredText("test"));
    QL_TRY(test, parseLabTest(*testText));
    QL_TRY(value, f.number("value"));
    if (!*value)
        return Error{"value", "", "is required"};
    QL_TRY(unit, f.requiredText("unit"));
    // interchange-v2 "Labs": the laboratory, the drawing conditions and the source.
    LabDetails details;
    QL_TRY(laboratory, f.text("laboratory"));
    details.laboratory = laboratory->value_or("");
    if (!isValidUtf8(details.laboratory))
        return Error{"laboratory", "", "is not valid UTF-8"};
    const auto drawn = f["morning_no_iron_24h"];
    if (!drawn.isNull() && !drawn.isBoolean())
        return Error{"morning_no_iron_24h", drawn.shown(), "must be true, false or null"};
    if (drawn.isBoolean())
        details.morningNoIron24h = drawn.boolean();
    QL_TRY(sourceText, f.text("source"));
    if (*sourceText) {
        QL_TRY(source, parseEntrySource(**sourceText));
        details.source = *source;
    }
    QL_TRY(sourceName, f.text("source_name"));
    details.sourceName = sourceName->value_or("");
    if (!isValidUtf8(details.sourceName))
        return Error{"source_name", "", "is not valid UTF-8"};
    return LabResult::create(*date, *test, **value, *unit, std::move(details));
}

#undef QL_TRY

/// The object an entity's fields are read from: a parsed one as it is, a checked one with its
/// members listed once.
ParsedValue entityObject(const ParsedValue& element)
{
    return element;
}

TapeObject entityObject(const TapeValue& element)
{
    return TapeObject(element.element());
}

/// Reads `count` elements of a top-level array with `read`, naming `array[index]` in any
/// error. `elementAt(i)` gives element i (a ParsedValue or a TapeValue).
template <typename T, typename Reader, typename ElementAt>
Status readElements(const char* array, std::size_t count, ElementAt elementAt, std::vector<T>& out,
                    Reader read, const ImportProgress& progress, std::int64_t& done,
                    std::int64_t total)
{
    out.reserve(count);
    for (std::size_t i = 0; i < count; ++i) {
        // Named only for an error: ten years of entries would each build it (issue 7).
        auto where = [&] { return std::string(array) + "[" + std::to_string(i) + "]"; };
        const auto element = elementAt(i);
        if (!element.isObject())
            return Error{where(), element.shown(), "must be an object"};
        const auto object = entityObject(element);
        auto value = read(EntityFields<std::remove_const_t<decltype(object)>>(object));
        if (!value)
            return value.error().within(where());
        out.push_back(std::move(value).value());
        if (++done % 256 == 0 && !reportProgress(progress, done, total))
            return importCancelled();
    }
    return {};
}

/// The entity arrays of a parsed document.
class ParsedArrays
{
public:
    explicit ParsedArrays(const ReadJson& document) : m_document(document) {}

    std::int64_t size(const char* array) const
    {
        auto it = m_document.find(array);
        return it != m_document.end() && it->is_array() ? std::int64_t(it->size()) : 0;
    }

    template <typename T, typename Reader>
    Status read(const char* array, std::vector<T>& out, Reader read, const ImportProgress& progress,
                std::int64_t& done, std::int64_t total) const
    {
        auto it = m_document.find(array);
        if (it == m_document.end() || it->is_null())
            return {};
        if (!it->is_array())
            return Error{array, shown(*it), "must be an array"};
        const ReadJson& elements = *it;
        return readElements(
            array, elements.size(), [&](std::size_t i) { return ParsedValue(elements[i]); }, out,
            read, progress, done, total);
    }

private:
    const ReadJson& m_document;
};

/// The entity arrays of a document simdjson has read and checked, each element read where it
/// is: building ten years as one document and freeing it again was most of reading it, and
/// building each element as a nlohmann value half of what was left (issue 7).
class CheckedArrays
{
public:
    explicit CheckedArrays(const JsonMembers& document) : m_document(document) {}

    void set(std::string_view array, std::size_t member) { m_arrays[array] = member; }
    void erase(std::string_view array) { m_arrays.erase(array); }

    std::int64_t size(const char* array) const
    {
        auto it = m_arrays.find(array);
        return it == m_arrays.end() ? 0 : std::int64_t(m_document.members()[it->second].size);
    }

    // Called for two arrays at once (the intakes on a second thread): reading the checked
    // document is safe from both.
    template <typename T, typename Reader>
    Status read(const char* array, std::vector<T>& out, Reader read, const ImportProgress& progress,
                std::int64_t& done, std::int64_t total) const
    {
        auto it = m_arrays.find(array);
        if (it == m_arrays.end())
            return {};
        const auto& elements = m_document.tape().elements.at(it->second);
        return readElements(
            array, elements.size(), [&](std::size_t i) { return TapeValue(elements[i]); }, out,
            read, progress, done, total);
    }

private:
    const JsonMembers& m_document;
    std::map<std::string_view, std::size_t> m_arrays; // array name to its member
};

/// The first index that repeats a key already seen, as an error naming both.
template <typename T, typename KeyOf>
Status refuseDuplicates(const std::vector<T>& values, const char* array, const char* field,
                        KeyOf keyOf)
{
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < values.size(); ++i) {
        auto [it, inserted] = seen.emplace(keyOf(values[i]), i);
        if (!inserted)
            return Error{std::string(array) + "[" + std::to_string(i) + "]." + field, it->first,
                         "appears twice (also " + std::string(array) + "[" +
                             std::to_string(it->second) + "])"};
    }
    return {};
}

} // namespace

Json nightToJson(const Night& night)
{
    Json json;
    json["date"] = formatDate(night.date());
    if (night.irls())
        json["irls_items"] = night.irls()->items();
    else
        json["irls_items"] = nullptr;
    json["severity"] = orNull(night.severity());
    const auto& t = night.sleep().times();
    json["into_bed"] = timeOrNull(t.intoBed);
    json["lights_out"] = timeOrNull(t.lightsOut);
    json["sleep_latency_min"] = orNull(t.sleepLatencyMin);
    json["awakenings"] = orNull(t.awakenings);
    json["waso_min"] = orNull(t.wasoMin);
    json["final_wake"] = timeOrNull(t.finalWake);
    json["out_of_bed"] = timeOrNull(t.outOfBed);
    json["notes"] = night.notes();
    json["time_zone"] = night.timeZone().name();
    // interchange-v2: absent when not recorded (older readers never see them).
    if (night.symptomOnset())
        json["symptom_onset"] = formatLocalDateTime(*night.symptomOnset());
    if (night.rlsAwakenings())
        json["rls_awakenings"] = *night.rlsAwakenings();
    if (night.arms())
        json["arms"] = *night.arms();
    json["source"] = std::string(entrySourceId(night.source()));
    if (!night.sourceName().empty())
        json["source_name"] = night.sourceName();
    if (const auto& device = night.deviceSleep()) {
        const SleepDiaryTimes& d = device->times;
        Json sleep;
        sleep["source"] = std::string(entrySourceId(device->source));
        if (!device->sourceName.empty())
            sleep["source_name"] = device->sourceName;
        sleep["into_bed"] = timeOrNull(d.intoBed);
        sleep["lights_out"] = timeOrNull(d.lightsOut);
        sleep["sleep_latency_min"] = orNull(d.sleepLatencyMin);
        sleep["awakenings"] = orNull(d.awakenings);
        sleep["waso_min"] = orNull(d.wasoMin);
        sleep["final_wake"] = timeOrNull(d.finalWake);
        sleep["out_of_bed"] = timeOrNull(d.outOfBed);
        json["device_sleep"] = std::move(sleep);
    }
    return json;
}

Json intakeToJson(const Intake& intake)
{
    Json json;
    json["taken_at"] = formatLocalDateTime(intake.takenAt());
    json["nutrient"] = std::string(nutrientId(intake.nutrient()));
    json["form"] = intake.form();
    json["route"] = std::string(routeId(intake.route()));
    json["compound_mg"] = orNull(intake.compoundMg());
    json["elemental_mg"] = intake.elementalMg();
    json["label"] = intake.label();
    json["source"] = std::string(entrySourceId(intake.origin()));
    if (!intake.originName().empty())
        json["source_name"] = intake.originName();
    return json;
}

Json dailyFactorsToJson(const DailyFactors& factors)
{
    Json json;
    json["date"] = formatDate(factors.date());
    json["caffeine_mg"] = orNull(factors.caffeineMg());
    json["alcohol_units"] = orNull(factors.alcoholUnits());
    json["exercise_min"] = orNull(factors.exerciseMin());
    json["stress"] = orNull(factors.stress());
    json["source"] = std::string(entrySourceId(factors.source()));
    if (!factors.sourceName().empty())
        json["source_name"] = factors.sourceName();
    return json;
}

Json labResultToJson(const LabResult& result)
{
    Json json;
    json["date"] = formatDate(result.date());
    json["test"] = std::string(labTestId(result.test()));
    json["value"] = result.value();
    json["unit"] = result.unit();
    if (!result.laboratory().empty())
        json["laboratory"] = result.laboratory();
    if (const auto drawn = result.morningNoIron24h())
        json["morning_no_iron_24h"] = *drawn;
    json["source"] = std::string(entrySourceId(result.details().source));
    if (!result.details().sourceName.empty())
        json["source_name"] = result.details().sourceName;
    return json;
}

std::string formatUtcTimestamp(std::chrono::sys_seconds when)
{
    const auto day = std::chrono::floor<std::chrono::days>(when);
    const std::chrono::year_month_day date{day};
    const std::chrono::hh_mm_ss<std::chrono::seconds> time{when - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()));
    return buffer;
}

std::string interchangeJson(const JournalRecords& records, std::chrono::sys_seconds exportedAt)
{
    Json document;
    document["format"] = std::string(kInterchangeFormat);
    document["version"] = kInterchangeVersion;
    document["exported_at"] = formatUtcTimestamp(exportedAt);
    document["settings"] = settingsToJson(records.settings);
    document["nights"] = Json::array();
    for (const Night& night : records.nights)
        document["nights"].push_back(nightToJson(night));
    document["intakes"] = Json::array();
    for (const Intake& intake : records.intakes)
        document["intakes"].push_back(intakeToJson(intake));
    document["daily"] = Json::array();
    for (const DailyFactors& factors : records.daily)
        document["daily"].push_back(dailyFactorsToJson(factors));
    document["labs"] = Json::array();
    for (const LabResult& lab : records.labs)
        document["labs"].push_back(labResultToJson(lab));
    // interchange-v2.md "Weekly IRLS": keyed by week_ending, without the computed total.
    document["weeks"] = Json::array();
    for (const WeeklyIrls& week : records.weeks)
        document["weeks"].push_back(weekToJson(week));
    // interchange-v2.md "Self-experiments": each as `experiment show --json` prints it (the
    // result is left null: it is computed from the nights, not stored).
    document["experiments"] = Json::array();
    for (const ExperimentPlan& plan : records.experiments)
        document["experiments"].push_back(experimentToJson(plan, std::nullopt));
    // interchange-v2.md "User-defined factors".
    document["factors"] = Json::array();
    for (const FactorDefinition& factor : records.factors)
        document["factors"].push_back(factorToJson(factor));
    document["factor_values"] = Json::array();
    for (const FactorValue& value : records.factorValues)
        document["factor_values"].push_back(factorValueToJson(value));
    // interchange-v2.md "RLS medications".
    document["meds"] = Json::array();
    for (const MedicineDose& dose : records.meds)
        document["meds"].push_back(medicineToJson(dose));
    return document.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

Result<nlohmann::json> parseJsonSafely(std::string_view text, std::size_t maxDepth)
{
    // Well-formed text within the depth, as exports are: the quick reader builds the same
    // document in a fraction of the time (issue 7). Anything else, nlohmann reads and words.
    if (auto document = quickJsonParse(text, maxDepth))
        return std::move(*document);
    DepthLimitedDomBuilder builder(maxDepth);
    try {
        const bool parsed = ReadJson::sax_parse(text.begin(), text.end(), &builder);
        if (builder.error())
            return *builder.error();
        if (!parsed)
            return Error{"", "", "not valid JSON"};
    } catch (const std::exception& ex) {
        // sax_parse reports through parse_error; this only guards against surprises.
        return Error{"", "", "not valid JSON: " + printableText(ex.what(), 160)};
    }
    return std::move(builder.root());
}

namespace {

/// The document's `format` and `version`: a QuietLegs document this version can read.
Status checkHeader(const ReadJson& document)
{
    auto format = document.find("format");
    if (format == document.end() || format->is_null())
        return Error{"format", "", "is missing: not a QuietLegs interchange document"};
    if (!format->is_string() || format->get_ref<const std::string&>() != kInterchangeFormat)
        return Error{"format", shown(*format),
                     "not a QuietLegs interchange document (expected \"" +
                         std::string(kInterchangeFormat) + "\")"};
    auto version = document.find("version");
    if (version == document.end() || version->is_null())
        return Error{"version", "", "is missing: cannot tell which interchange version this is"};
    auto versionNumber = wholeNumber(ParsedValue(*version), "version");
    if (!versionNumber)
        return versionNumber.error();
    if (**versionNumber > kInterchangeVersion)
        return Error{"version", shown(*version),
                     "this file was written by a newer QuietLegs; this version reads "
                     "interchange versions 1 to " +
                         std::to_string(kInterchangeVersion)};
    if (**versionNumber < 1)
        return Error{"version", shown(*version), "is not a valid interchange version"};
    return {};
}

/// Every entity of a document whose header checkHeader() accepted, from its `arrays`
/// (ParsedArrays or CheckedArrays).
template <typename Arrays>
Result<JournalRecords> readEntities(const Arrays& arrays, const ImportProgress& progress)
{
    const std::int64_t total =
        arrays.size("nights") + arrays.size("intakes") + arrays.size("daily") + arrays.size("labs");
    std::int64_t done = 0;
    JournalRecords records;
    // One array after the other: the first error in document order wins, and a cancel stops.
    // With no one to tell progress to (the CLI), the intakes, about half of a ten-year import's
    // reading, are read on a second thread while this one reads the rest; errors are still
    // taken in document order.
    // The readers take either kind of fields (EntityFields of ParsedArrays' or CheckedArrays').
    const auto readNight = [](const auto& fields) { return nightFromJson(fields); };
    const auto readIntake = [](const auto& fields) { return intakeFromJson(fields); };
    const auto readDaily = [](const auto& fields) { return dailyFromJson(fields); };
    const auto readLab = [](const auto& fields) { return labFromJson(fields); };
    std::future<Status> intakes;
    std::int64_t intakesDone = 0;
    if (!progress)
        intakes = std::async(std::launch::async, [&] {
            return arrays.read("intakes", records.intakes, readIntake, progress, intakesDone,
                               total);
        });
    Status statuses[4];
    statuses[0] = arrays.read("nights", records.nights, readNight, progress, done, total);
    if (!intakes.valid() && statuses[0])
        statuses[1] = arrays.read("intakes", records.intakes, readIntake, progress, done, total);
    if (statuses[0] && statuses[1])
        statuses[2] = arrays.read("daily", records.daily, readDaily, progress, done, total);
    if (statuses[0] && statuses[1] && statuses[2])
        statuses[3] = arrays.read("labs", records.labs, readLab, progress, done, total);
    if (intakes.valid())
        statuses[1] = intakes.get();
    for (const Status& status : statuses)
        if (!status)
            return status.error();

    for (Status status :
         {refuseDuplicates(records.nights, "nights", "date",
                           [](const Night& n) { return formatDate(n.date()); }),
          refuseDuplicates(records.daily, "daily", "date",
                           [](const DailyFactors& d) { return formatDate(d.date()); }),
          refuseDuplicates(records.labs, "labs", "test", [](const LabResult& l) {
              return formatDate(l.date()) + " " + std::string(labTestId(l.test()));
          })})
        if (!status)
            return status.error();
    if (!reportProgress(progress, total, total))
        return importCancelled();
    return records;
}

/// The records with the document's `settings` object (interchange-v2), read after the entities
/// so that their errors come first, as they come first in the file.
Result<JournalRecords> withSettings(const ReadJson& document, Result<JournalRecords> records)
{
    if (!records)
        return records;
    const auto found = document.find("settings");
    if (found == document.end())
        return records;
    auto settings = settingsFromJson(*found);
    if (!settings)
        return settings.error();
    records->settings = std::move(settings).value();
    return records;
}

/// The `weeks` array of `container` (the document, or the quick reader's header members).
Result<JournalRecords> withWeeks(Result<JournalRecords> records, const ReadJson& container)
{
    if (!records)
        return records;
    auto weeks = weeksFromJson(container);
    if (!weeks)
        return weeks.error();
    records->weeks = std::move(weeks).value();
    return records;
}

/// The `experiments` array of `container` (the document, or the quick reader's header
/// members) into `records`; errors name the element, e.g. `experiments[0].plan.blocks`.
Result<JournalRecords> withExperiments(Result<JournalRecords> records, const ReadJson& container)
{
    if (!records)
        return records;
    auto it = container.find("experiments");
    if (it == container.end() || it->is_null())
        return records;
    if (!it->is_array())
        return Error{"experiments", shown(*it), "must be an array"};
    for (std::size_t i = 0; i < it->size(); ++i) {
        auto plan = experimentPlanFromJson((*it)[i]);
        if (!plan)
            return plan.error().within("experiments[" + std::to_string(i) + "]");
        records->experiments.push_back(std::move(plan).value());
    }
    return records;
}

/// The `factors` and `factor_values` arrays of `container` (interchange-v2.md "User-defined
/// factors"), read after the plans.
Result<JournalRecords> withFactors(Result<JournalRecords> records, const ReadJson& container)
{
    if (!records)
        return records;
    if (auto status = readFactorsJson(container, *records); !status)
        return status.error();
    return records;
}

/// The `meds` array of `container` (interchange-v2), like the experiments: a header member of
/// the quick reader.
Result<JournalRecords> withMeds(Result<JournalRecords> records, const ReadJson& container)
{
    if (!records)
        return records;
    auto it = container.find("meds");
    if (it == container.end() || it->is_null())
        return records;
    auto meds = medicinesFromJson(*it);
    if (!meds)
        return meds.error();
    records->meds = std::move(meds).value();
    return records;
}

Result<JournalRecords> readInterchangeDocument(const ReadJson& document,
                                               const ImportProgress& progress)
{
    if (!document.is_object())
        return Error{"", "", "not a QuietLegs document: expected a JSON object"};
    if (auto status = checkHeader(document); !status)
        return status.error();
    return withMeds(
        withFactors(
            withExperiments(
                withWeeks(withSettings(document, readEntities(ParsedArrays(document), progress)),
                          document),
                document),
            document),
        document);
}

/// readInterchangeDocument() of a document simdjson has checked, without building it whole: its
/// header members are built, its entities one at a time. None when an entity array is neither
/// an array nor null: the whole document is then read as before, which words what is wrong. So
/// the result is the same either way, errors included.
std::optional<Result<JournalRecords>> readInterchangeQuickly(const JsonMembers& document,
                                                             const ImportProgress& progress)
{
    ReadJson header = ReadJson::object();
    CheckedArrays arrays(document);
    for (std::size_t i = 0; i < document.members().size(); ++i) {
        const JsonMembers::Member& member = document.members()[i];
        const bool entities = member.key == "nights" || member.key == "intakes" ||
                              member.key == "daily" || member.key == "labs";
        if (entities && member.isArray)
            arrays.set(member.key, i);
        else if (entities && member.isNull)
            arrays.erase(member.key);
        else if (entities)
            return std::nullopt;
        else
            header[member.key] = document.value(i);
    }
    if (auto status = checkHeader(header); !status)
        return Result<JournalRecords>(status.error());
    return withMeds(
        withFactors(
            withExperiments(withWeeks(withSettings(header, readEntities(arrays, progress)), header),
                            header),
            header),
        header);
}

/// `text` parsed whole (nlohmann words any error), then read.
Result<JournalRecords> readWholeDocument(std::string_view text, const ImportProgress& progress)
{
    auto parsed = parseJsonSafely(text);
    if (!parsed)
        return parsed.error();
    return readInterchangeDocument(*parsed, progress);
}

Result<ImportBatch> asBatch(Result<JournalRecords> records)
{
    if (!records)
        return records.error();
    ImportBatch batch;
    batch.source = "QuietLegs interchange";
    batch.records = std::move(records).value();
    return batch;
}

} // namespace

Result<JournalRecords> readInterchangeJson(const std::string& text, const ImportProgress& progress)
{
    if (!reportProgress(progress, 0, 1))
        return importCancelled();
    if (auto document = JsonMembers::read(text, kInterchangeMaxDepth))
        if (auto quick = readInterchangeQuickly(*document, progress))
            return std::move(*quick);
    return readWholeDocument(text, progress);
}

Result<ImportBatch> importInterchangeJson(const std::string& text, const ImportProgress& progress)
{
    return asBatch(readInterchangeJson(text, progress));
}

Result<ImportBatch> importInterchangeDocument(const nlohmann::json& document,
                                              const ImportProgress& progress)
{
    if (!reportProgress(progress, 0, 1))
        return asBatch(importCancelled());
    return asBatch(readInterchangeDocument(document, progress));
}

std::optional<Result<ImportBatch>> importIfInterchangeJson(const std::string& text)
{
    auto document = JsonMembers::read(text, kInterchangeMaxDepth);
    if (!document || std::none_of(document->members().begin(), document->members().end(),
                                  [](const JsonMembers::Member& m) { return m.key == "format"; }))
        return std::nullopt;
    if (auto quick = readInterchangeQuickly(*document, {}))
        return asBatch(std::move(*quick));
    return asBatch(readWholeDocument(text, {})); // the quick reading declined: not again
}

} // namespace quietlegs
