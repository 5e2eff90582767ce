#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/JsonOutline.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace quietlegs;

namespace {

/// What nlohmann says of `text`: well formed (strict) and nested at most `maxDepth` deep.
bool nlohmannAccepts(const std::string& text, std::size_t maxDepth)
{
    auto parsed = parseJsonSafely(text, maxDepth);
    return bool(parsed);
}

/// quickJsonOutline may decline anything, but what it answers must be what nlohmann finds.
void checkAgainstNlohmann(const std::string& text, std::size_t maxDepth = kInterchangeMaxDepth)
{
    INFO(text);
    const auto outline = quickJsonOutline(text, maxDepth);
    if (!outline)
        return;
    REQUIRE(nlohmannAccepts(text, maxDepth));
    const auto document = nlohmann::json::parse(text);
    CHECK(outline->isObject == document.is_object());
    CHECK(outline->hasFormat == (document.is_object() && document.contains("format")));
}

const char* const kSmallDocument =
    R"({"format": "quietlegs-interchange", "version": 1, "nights": [{"date": "2026-11-20",)"
    R"( "irls_items": [1, 2, 0, 4, 3, 2, 1, 0, 0, 1], "severity": null, "notes": "M\u00fcde, )"
    R"(\"sehr\" m\u00fcde \\ \/ \n Gr\u00fc\u00dfe \u20ac"}], "labs": [{"value": -1.5e-3,)"
    R"( "x": 0, "y": 10E+2, "z": true, "w": false, "u": "\u00e9t\u00e9 été"}]})";

} // namespace

TEST_CASE("the quick JSON outline answers for an exported journal, as nlohmann would")
{
    const std::string exported =
        interchangeJson(demoJournal(Date{std::chrono::year{2026}, std::chrono::month{11},
                                         std::chrono::day{24}},
                                    60, 3),
                        std::chrono::sys_seconds{});
    const auto outline = quickJsonOutline(exported, kInterchangeMaxDepth);
    REQUIRE(outline); // the fast path is the one exports take
    CHECK(outline->isObject);
    CHECK(outline->hasFormat);
    checkAgainstNlohmann(exported);
    checkAgainstNlohmann(kSmallDocument);
    CHECK(quickJsonOutline(kSmallDocument, kInterchangeMaxDepth));
    CHECK(quickJsonOutline(R"([{"format": 1}])", 64)->hasFormat == false);
    CHECK(quickJsonOutline(R"({"a": {"format": 1}})", 64)->hasFormat == false);
}

TEST_CASE("the quick JSON outline never vouches for a text nlohmann refuses")
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
    for (const std::string& text :
         {std::string("{\"a\": 01}"), std::string("{\"a\": 1.}"), std::string("{\"a\": .5}"),
          std::string("{\"a\": -}"), std::string("{\"a\": 1e}"), std::string("[1,]"),
          std::string("{\"a\":1,}"), std::string("{\"a\" 1}"), std::string("[\"\\ud800\"]"),
          std::string("[\"\\uD83D\\uDE00\"]"), std::string("[\"\xc0\xaf\"]"),
          std::string("[\"\xed\xa0\x80\"]"), std::string("[\"\xf4\x90\x80\x80\"]"),
          std::string("[\"tab\there\"]"), std::string("[tru]"), std::string("[nul]"),
          std::string("{} {}"), std::string("{}\x00", 3), std::string(" [] "),
          std::string("[\"\\x\"]"), std::string("{\"form\\u0061t\": 1}")})
        texts.push_back(text);
    for (const std::string& text : texts)
        checkAgainstNlohmann(text);
}

TEST_CASE("the quick JSON outline declines nesting deeper than asked, as the reader refuses it")
{
    const std::string deep = std::string(64, '[') + std::string(64, ']');
    const std::string tooDeep = std::string(65, '[') + std::string(65, ']');
    CHECK(quickJsonOutline(deep, 64));
    CHECK_FALSE(quickJsonOutline(tooDeep, 64));
    CHECK_FALSE(nlohmannAccepts(tooDeep, 64));
    CHECK(nlohmannAccepts(deep, 64));
}
