#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/ImportFormat.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/JsonOutline.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <vector>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

/// Counts how deep a text nests, by nlohmann's own SAX parser.
class DepthCounter : public nlohmann::json_sax<nlohmann::json>
{
public:
    std::size_t deepest = 0;

    bool null() override { return true; }
    bool boolean(bool) override { return true; }
    bool number_integer(number_integer_t) override { return true; }
    bool number_unsigned(number_unsigned_t) override { return true; }
    bool number_float(number_float_t, const string_t&) override { return true; }
    bool string(string_t&) override { return true; }
    bool binary(binary_t&) override { return true; }
    bool start_object(std::size_t) override { return enter(); }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override { return enter(); }
    bool end_array() override { return leave(); }
    bool key(string_t&) override { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override
    {
        return false;
    }

private:
    bool enter()
    {
        deepest = std::max(deepest, ++m_depth);
        return true;
    }
    bool leave()
    {
        --m_depth;
        return true;
    }
    std::size_t m_depth = 0;
};

/// What nlohmann alone says of `text`: well formed (strict) and nested at most `maxDepth` deep.
bool nlohmannAccepts(const std::string& text, std::size_t maxDepth)
{
    DepthCounter counter;
    return nlohmann::json::sax_parse(text, &counter) && counter.deepest <= maxDepth;
}

/// JsonMembers lists an object's members, in order; every value and element it builds is what
/// nlohmann found there, of the same types.
void checkMembers(const std::string& text, const nlohmann::json& document, std::size_t maxDepth)
{
    const auto members = JsonMembers::read(text, maxDepth);
    REQUIRE(members.has_value() == document.is_object());
    if (!members)
        return;
    std::vector<std::string> keys;
    for (const JsonMembers::Member& member : members->members())
        keys.push_back(member.key);
    CHECK(std::set<std::string>(keys.begin(), keys.end()).size() == document.size());
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const JsonMembers::Member& member = members->members()[i];
        const nlohmann::json value = members->value(i);
        // A repeated key: the last one is the document's.
        const bool last =
            std::find(keys.begin() + std::ptrdiff_t(i) + 1, keys.end(), keys[i]) == keys.end();
        if (last) {
            CHECK(value == document.at(keys[i]));
            CHECK(value.dump() == document.at(keys[i]).dump());
        }
        CHECK(member.isArray == value.is_array());
        CHECK(member.isNull == value.is_null());
        if (!member.isArray)
            continue;
        REQUIRE(member.size == value.size());
        for (std::size_t e = 0; e < member.size; ++e)
            CHECK(members->element(i, e).dump() == value[e].dump());
    }
}

/// quickJsonOutline may decline anything, but what it answers must be what nlohmann finds.
void checkAgainstNlohmann(const std::string& text, std::size_t maxDepth = kInterchangeMaxDepth)
{
    INFO(text);
    const auto outline = quickJsonOutline(text, maxDepth);
    const auto quick = quickJsonParse(text, maxDepth);
    if (!outline) {
        CHECK_FALSE(quick);
        return;
    }
    REQUIRE(nlohmannAccepts(text, maxDepth));
    const auto document = nlohmann::json::parse(text);
    CHECK(outline->isObject == document.is_object());
    CHECK(outline->hasFormat == (document.is_object() && document.contains("format")));
    if (quick) {
        // The same values of the same types (dump tells 1 from 1.0 and 1u from 1).
        CHECK(*quick == document);
        CHECK(quick->dump() == document.dump());
    }
    checkMembers(text, document, maxDepth);
}

const char* const kSmallDocument =
    R"({"format": "quietlegs-interchange", "version": 1, "nights": [{"date": "2026-11-20",)"
    R"( "irls_items": [1, 2, 0, 4, 3, 2, 1, 0, 0, 1], "severity": null, "notes": "M\u00fcde, )"
    R"(\"sehr\" m\u00fcde \\ \/ \n Gr\u00fc\u00dfe \u20ac"}], "labs": [{"value": -1.5e-3,)"
    R"( "x": 0, "y": 10E+2, "z": true, "w": false, "u": "\u00e9t\u00e9 été"}]})";

} // namespace

TEST_CASE("the quick JSON reader answers for an exported journal, as nlohmann would")
{
    const std::string exported = interchangeJson(
        demoJournal(Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}}, 60,
                    3),
        std::chrono::sys_seconds{});
    const auto outline = quickJsonOutline(exported, kInterchangeMaxDepth);
    REQUIRE(outline); // the fast path is the one exports take
    CHECK(outline->isObject);
    CHECK(outline->hasFormat);
    checkAgainstNlohmann(exported);
    checkAgainstNlohmann(kSmallDocument);
    // Read in place, as readImportFile() leaves room for: what follows the text is not read as
    // JSON, here bytes that would break it.
    std::string roomy = exported;
    roomy.append(kJsonReadAhead, '{');
    roomy.resize(exported.size());
    REQUIRE(roomy.capacity() - roomy.size() >= kJsonReadAhead);
    const auto inPlace = JsonMembers::read(roomy, kInterchangeMaxDepth);
    const auto copied = JsonMembers::read(exported, kInterchangeMaxDepth);
    REQUIRE(inPlace);
    REQUIRE(copied);
    REQUIRE(inPlace->members().size() == copied->members().size());
    for (std::size_t i = 0; i < copied->members().size(); ++i)
        CHECK(inPlace->value(i) == copied->value(i));
    REQUIRE(quickJsonParse(exported, kInterchangeMaxDepth));
    REQUIRE(quickJsonParse(kSmallDocument, kInterchangeMaxDepth));
    for (const char* numbers : {"[0, 1, -1, 9223372036854775807, -9223372036854775808, "
                                "18446744073709551615, 0.1, -0.0, 1e308, 2.2250738585072014e-308, "
                                "4.9e-324, 123456789.123456789, 1E+2, 1e-2, 0.30000000000000004]",
                                "{\"a\": 1, \"a\": [2], \"b\": {}, \"c\": []}"}) {
        REQUIRE(quickJsonParse(numbers, kInterchangeMaxDepth));
        checkAgainstNlohmann(numbers);
    }
    // Numbers nlohmann turns into doubles past the integer range, or out of double's range:
    // declined, so nlohmann reads them.
    CHECK_FALSE(quickJsonParse("[18446744073709551616]", kInterchangeMaxDepth));
    CHECK_FALSE(quickJsonParse("[-9223372036854775809]", kInterchangeMaxDepth));
    CHECK_FALSE(quickJsonParse("[1e400]", kInterchangeMaxDepth));
    // Read the same as nlohmann reads them: an underflow to zero, duplicate keys.
    for (const char* text : {"[1e-400]", "{\"a\": 1, \"b\": 2, \"a\": {\"c\": 3, \"c\": [4]}}"}) {
        REQUIRE(quickJsonParse(text, kInterchangeMaxDepth));
        checkAgainstNlohmann(text);
    }
    // simdjson reads -0 as 0, nlohmann as a signed 0; a byte order mark only nlohmann skips.
    for (const char* text : {"[-0]", "{\"a\": -0}", "-0", "\xef\xbb\xbf[1]"}) {
        CHECK_FALSE(quickJsonOutline(text, kInterchangeMaxDepth));
        CHECK_FALSE(quickJsonParse(text, kInterchangeMaxDepth));
        checkAgainstNlohmann(text);
    }
    // "-0" in a date, or before a fraction or an exponent, is still read quickly; "-0" at the
    // end of a string is left to nlohmann too, which reads it the same.
    REQUIRE(quickJsonParse("[\"2026-01-05\", -0.5, -0e1]", kInterchangeMaxDepth));
    checkAgainstNlohmann("[\"2026-01-05\", -0.5, -0e1]");
    CHECK_FALSE(quickJsonParse("[\"-0\"]", kInterchangeMaxDepth));
    // nlohmann refuses a number past double's range: not vouched for, not even for the outline.
    const std::string hugeInteger = "[" + std::string(400, '9') + "]";
    for (const std::string& text :
         {std::string("[1e400]"), std::string("{\"a\": -1.5e309}"), hugeInteger}) {
        CHECK_FALSE(quickJsonOutline(text, kInterchangeMaxDepth));
        CHECK_FALSE(JsonMembers::read(text, kInterchangeMaxDepth));
        checkAgainstNlohmann(text);
    }
    CHECK(quickJsonOutline(kSmallDocument, kInterchangeMaxDepth));
    CHECK(quickJsonOutline(R"([{"format": 1}])", 64)->hasFormat == false);
    CHECK(quickJsonOutline(R"({"a": {"format": 1}})", 64)->hasFormat == false);
}

TEST_CASE("the quick JSON reader never vouches for a text nlohmann refuses or reads otherwise")
{
    // Every text one edit away from a small document: deleted, doubled and replaced bytes.
    const std::string base = kSmallDocument;
    const std::string replacements = "{}[],:\"\\ 0-.eE+atfnu\x01\x7f\xc3\xa9\xed\xa0\x80\xff";
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < base.size(); ++i) {
        texts.push_back(base.substr(0, i) + base.substr(i + 1));
        texts.push_back(base.substr(0, i) + base[i] + base.substr(i));
        for (char c : replacements)
            texts.push_back(base.substr(0, i) + c + base.substr(i + 1));
    }
    for (const std::string& text : {std::string("{\"a\": 01}"),
                                    std::string("{\"a\": 1.}"),
                                    std::string("{\"a\": .5}"),
                                    std::string("{\"a\": -}"),
                                    std::string("{\"a\": 1e}"),
                                    std::string("[1,]"),
                                    std::string("{\"a\":1,}"),
                                    std::string("{\"a\" 1}"),
                                    std::string("[\"\\ud800\"]"),
                                    std::string("[\"\\uD83D\\uDE00\"]"),
                                    std::string("[\"\xc0\xaf\"]"),
                                    std::string("[\"\xed\xa0\x80\"]"),
                                    std::string("[\"\xf4\x90\x80\x80\"]"),
                                    std::string("[\"tab\there\"]"),
                                    std::string("[tru]"),
                                    std::string("[nul]"),
                                    std::string("{} {}"),
                                    std::string("{}\x00", 3),
                                    std::string(" [] "),
                                    std::string("[\"\\x\"]"),
                                    std::string("{\"form\\u0061t\": 1}")})
        texts.push_back(text);
    for (const std::string& text : texts)
        checkAgainstNlohmann(text);
}

TEST_CASE("the quick JSON reader declines nesting deeper than asked, as nlohmann is made to")
{
    const std::string deep = std::string(64, '[') + std::string(64, ']');
    const std::string tooDeep = std::string(65, '[') + std::string(65, ']');
    CHECK(quickJsonOutline(deep, 64));
    CHECK(quickJsonParse(deep, 64));
    CHECK_FALSE(quickJsonOutline(tooDeep, 64));
    CHECK_FALSE(quickJsonParse(tooDeep, 64));
    CHECK_FALSE(nlohmannAccepts(tooDeep, 64));
    CHECK(nlohmannAccepts(deep, 64));
}

namespace {

/// What importing `text` gives when nlohmann reads it whole: the reading every quicker one must
/// agree with.
Result<ImportBatch> wholeDocumentImport(const std::string& text)
{
    auto document = parseJsonSafely(text);
    if (!document)
        return document.error();
    return importInterchangeDocument(*document);
}

void checkSameImport(const Result<ImportBatch>& quick, const Result<ImportBatch>& whole)
{
    REQUIRE(quick.ok() == whole.ok());
    if (!whole.ok()) {
        CHECK(quick.error().message() == whole.error().message());
        return;
    }
    CHECK(quick->source == whole->source);
    CHECK(quick->records.nights == whole->records.nights);
    CHECK(quick->records.intakes == whole->records.intakes);
    CHECK(quick->records.daily == whole->records.daily);
    CHECK(quick->records.labs == whole->records.labs);
}

} // namespace

TEST_CASE("an interchange text read one entity at a time imports as the whole document does")
{
    // The CLI and the app read each entity's text on its own; any text, good or bad, must give
    // the same records or the same error as nlohmann's reading of the whole document.
    auto records = demoJournal(
        Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{24}}, 2, 9);
    records.labs.push_back(*LabResult::create(
        Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{20}},
        LabTest::Ferritin, 48, "ug/L"));
    const std::string base = interchangeJson(records, std::chrono::sys_seconds{});
    REQUIRE(base.find("\"intakes\": [\n    {") != std::string::npos);
    std::vector<std::string> texts{base};
    const std::string replacements = "{}[],:\"0n-\\\xc3";
    // Every byte in the normal build; every fourth under AddressSanitizer, where the whole
    // loop took 100 s of CI's sanitizer run (the fuzz target interchange_json mutates the rest).
#if defined(__SANITIZE_ADDRESS__)
    constexpr std::size_t stride = 4;
#else
    constexpr std::size_t stride = 1;
#endif
    for (std::size_t i = 0; i < base.size(); i += stride) {
        if (base[i] == ' ')
            continue; // an edit of indentation changes nothing
        // Each byte deleted, and replaced by two of the bytes that matter to JSON in turn.
        texts.push_back(base.substr(0, i) + base.substr(i + 1));
        for (std::size_t k : {i, i + replacements.size() / 2})
            texts.push_back(base.substr(0, i) + replacements[k % replacements.size()] +
                            base.substr(i + 1));
    }
    for (const std::string& text :
         {std::string(R"({"format": "quietlegs", "version": 1, "nights": null})"),
          std::string(R"({"format": "quietlegs", "version": 1, "nights": {}})"),
          std::string(R"({"format": "quietlegs", "version": 1, "daily": [], "daily": 5})"),
          std::string(R"({"format": "quietlegs", "version": 1, "daily": 5, "daily": []})"),
          std::string(R"({"format": "quietlegs", "version": 1, "labs": [{"date": "2026-11-20",)"
                      R"( "test": "ferritin", "value": 1e400, "unit": "ug/L"}]})"),
          std::string(R"({"format": "quietlegs", "version": 1, "nights": [{"date": "2026-11-20",)"
                      R"( "notes": "\ud83d\ude00"}]})"),
          // A bad night, then a number nlohmann refuses: its parse error, not the night's.
          std::string(R"({"format": "quietlegs", "version": 1, "nights": [{"date": "2026-11-20",)"
                      R"( "severity": 11}], "labs": [{"date": "2026-11-20", "test": "ferritin",)"
                      R"( "value": 1e400, "unit": "ug/L"}]})"),
          // Entities are read straight from simdjson's document: repeated keys (nlohmann keeps
          // the last), nested objects, and numbers typed as nlohmann types them.
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "severity": 11, "notes": "a", "severity": 3, "notes": "b"}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"severity": 3,)"
                      R"( "date": "2026-11-20", "date": "2026-11-21", "arms": true}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "device_sleep": {"source": "fitbit", "awakenings": 2, "awakenings": 3,)"
                      R"( "source_name": "x", "source": "demo"}}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "device_sleep": {"awakenings": 2}}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "device_sleep": [1]}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "irls_items": [1, 2, 3, 4, 0, 1, 2, 3, 4.0, 0], "severity": 2.0}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "irls_items": [1, 2, 3, 4, 0, 1, 2, 3, -1, 0]}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "severity": 18446744073709551615}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "severity": -9223372036854775808}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [{"date": "2026-11-20",)"
                      R"( "awakenings": 2.5, "arms": 1}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "daily": [{"date": "2026-11-20",)"
                      R"( "caffeine_mg": 12, "exercise_min": 1e2, "stress": 4}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "intakes": [{"taken_at":)"
                      R"( "2026-11-20T21:00", "nutrient": "iron", "form": "ferrous_sulfate",)"
                      R"( "elemental_mg": 65, "compound_mg": "x"}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "labs": [{"date": "2026-11-20",)"
                      R"( "test": "ferritin", "value": 48, "unit": "ug/L",)"
                      R"( "morning_no_iron_24h": "yes"}]})"),
          std::string(R"({"format": "quietlegs", "version": 2, "nights": [[1], 2]})"),
          std::string(R"({"format": "other", "version": 1, "nights": []})"),
          std::string(R"({"version": 1, "format": "quietlegs", "format": "x"})"),
          std::string(R"([{"format": "quietlegs"}])")})
        texts.push_back(text);
    for (const std::string& text : texts) {
        INFO(text);
        const auto whole = wholeDocumentImport(text);
        checkSameImport(importInterchangeJson(text), whole);
        // The CLI's shortcut: an answer only for what detection would call interchange.
        if (auto recognised = importIfInterchangeJson(text)) {
            const auto format = detectImportFormat(text);
            REQUIRE(format.ok());
            CHECK(*format == ImportFormat::InterchangeJson);
            checkSameImport(*recognised, whole);
        }
    }
    CHECK(importIfInterchangeJson(base));
    CHECK_FALSE(importIfInterchangeJson(R"({"sleep": []})"));
    CHECK_FALSE(importIfInterchangeJson("date,severity\n2026-11-20,3\n"));
}

} // namespace QUIETLEGS_TEST_FILE
