// The interchange `settings` object (interchange-v2.md "Journal settings").
#include "IoTestSupport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/SettingsJson.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

const std::chrono::sys_seconds kExportedAt =
    std::chrono::sys_days{std::chrono::year{2026} / 12 / 7} + std::chrono::hours{1};

std::string withSettings(int version, const std::string& settings)
{
    return R"({"format": "quietlegs", "version": )" + std::to_string(version) +
           R"(, "settings": )" + settings +
           R"(, "nights": [{"date": "2026-11-20", "severity": 4}]})";
}

std::string errorOf(const std::string& text)
{
    auto records = readInterchangeJson(text);
    REQUIRE_FALSE(records.ok());
    return records.error().message();
}

const std::string kAllSix =
    R"({"primary_question": "factor:long drive:severity:1", "primary_mid": 1.5,
        "rda_profile": "female_31_50", "week_start": "sunday",
        "score_ten_areas_nightly": false, "magnesium_ul_mg": 350})";

} // namespace

TEST_CASE("all six settings round-trip through export and import, written as version 2")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "original.sqlite");
    REQUIRE(valueOf(applyImport(journal, valueOf(importInterchangeJson(withSettings(2, kAllSix)))))
                .added == 1);
    const JournalSettings stored = valueOf(journal.settings());
    CHECK(stored.primaryQuestion == "factor:long drive:severity:1");
    CHECK(stored.primaryMid == 1.5);
    CHECK(stored.rdaProfile == RdaProfile::Female31to50);
    CHECK(stored.weekStart == WeekStart::Sunday);
    CHECK(stored.scoreTenAreasNightly == false);
    CHECK(stored.magnesiumUlMg == 350);

    const std::string exported = interchangeJson(recordsOf(journal), kExportedAt);
    const auto document = nlohmann::json::parse(exported);
    CHECK(document["version"] == 2);
    CHECK(document["settings"] == nlohmann::json::parse(kAllSix));

    Journal copy = openJournal(dir / "copy.sqlite");
    REQUIRE(applyImport(copy, valueOf(importInterchangeJson(exported))).ok());
    CHECK(valueOf(copy.settings()) == stored);
}

TEST_CASE("version 1 documents, and documents without settings, are still read")
{
    const auto v1 = readInterchangeJson(
        R"({"format": "quietlegs", "version": 1, "nights": [{"date": "2026-11-20", "severity": 4}]})");
    REQUIRE(v1);
    CHECK(v1->settings.empty());
    CHECK(readInterchangeJson(withSettings(2, "null")));
    CHECK(readInterchangeJson(withSettings(2, "{}")));
}

TEST_CASE("an unknown setting is refused with its name, and nothing is written")
{
    const std::string unknown = errorOf(withSettings(2, R"({"theme": "dark"})"));
    CHECK(unknown.find("theme") != std::string::npos);
    CHECK(unknown.find("is not a journal setting") != std::string::npos);

    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    CHECK_FALSE(importInterchangeJson(withSettings(2, R"({"primary_mid": 2, "x": 1})")).ok());
    CHECK(valueOf(journal.settings()).empty());
    CHECK(recordsOf(journal).nights.empty());
}

TEST_CASE("bad setting values are refused naming settings.<key>")
{
    const std::vector<std::pair<std::string, std::string>> cases{
        {R"({"primary_question": "magnesium_mg:severity"})", "settings.primary_question"},
        {R"({"primary_question": "sugar_g:severity:0"})", "settings.primary_question"},
        {R"({"primary_question": "magnesium_mg:mood:0"})", "settings.primary_question"},
        {R"({"primary_question": 3})", "settings.primary_question"},
        {R"({"primary_mid": 0})", "settings.primary_mid"},
        {R"({"primary_mid": "1"})", "settings.primary_mid"},
        {R"({"rda_profile": "teenager"})", "settings.rda_profile"},
        {R"({"week_start": "friday"})", "settings.week_start"},
        {R"({"score_ten_areas_nightly": "yes"})", "settings.score_ten_areas_nightly"},
        {R"({"magnesium_ul_mg": -5})", "settings.magnesium_ul_mg"},
        {R"([1, 2])", "settings"},
    };
    for (const auto& [settings, field] : cases) {
        INFO(settings);
        const std::string message = errorOf(withSettings(2, settings));
        CHECK(message.rfind(field, 0) == 0);
    }
}

} // namespace QUIETLEGS_TEST_FILE
