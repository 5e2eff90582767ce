// The journal's settings table (schema version 3, interchange-v2.md "Journal settings").
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

TEST_CASE("a setting is saved, read back, replaced and cleared")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    CHECK(journal->settings()->empty());

    REQUIRE(journal->saveSetting("primary_question", "iron_mg:irls_total:2").ok());
    REQUIRE(journal->saveSetting("primary_mid", "2.5").ok());
    REQUIRE(journal->saveSetting("week_start", "sunday").ok());
    auto settings = journal->settings();
    REQUIRE(settings.ok());
    CHECK(settings->primaryQuestion == "iron_mg:irls_total:2");
    CHECK(settings->primaryMid == 2.5);
    CHECK(settings->weekStart == WeekStart::Sunday);
    CHECK_FALSE(settings->rdaProfile);

    REQUIRE(journal->saveSetting("primary_mid", "3").ok());
    CHECK(journal->settings()->primaryMid == 3);
    CHECK(journal->clearSetting("primary_mid").value());
    CHECK_FALSE(journal->clearSetting("primary_mid").value());
    CHECK_FALSE(journal->settings()->primaryMid);
    // records() carries them for the export and the statistics.
    CHECK(journal->records()->settings.primaryQuestion == "iron_mg:irls_total:2");
}

TEST_CASE("an unknown key or a bad value is refused naming the key, and nothing is stored")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    const auto unknown = journal->saveSetting("theme", "dark");
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().field == "settings");
    CHECK(unknown.error().value == "theme");
    for (const auto& [key, value] :
         std::vector<std::pair<std::string, std::string>>{{"primary_question", "magnesium_mg"},
                                                          {"primary_question", "a:b:99"},
                                                          {"primary_mid", "0"},
                                                          {"primary_mid", "lots"},
                                                          {"rda_profile", "child"},
                                                          {"week_start", "friday"},
                                                          {"score_ten_areas_nightly", "1"},
                                                          {"magnesium_ul_mg", "9000"}}) {
        INFO(key << " = " << value);
        const auto refused = journal->saveSetting(key, value);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == key);
    }
    CHECK(journal->settings()->empty());
}

TEST_CASE("merging records writes their settings and keeps the ones they leave unset")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->saveSetting("rda_profile", "male_31_plus").ok());
    JournalRecords records;
    REQUIRE(records.settings.set("primary_question", "stress:severity:1").ok());
    REQUIRE(journal->merge(records).ok());
    const auto settings = journal->settings();
    CHECK(settings->primaryQuestion == "stress:severity:1");
    CHECK(settings->rdaProfile == RdaProfile::Male31Plus);
}

TEST_CASE("a journal of schema version 2 gains an empty settings table on upgrade")
{
    TempFolder folder;
    const auto path = folder / "v2.sqlite";
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(JournalSchema::migrate(*db, 2).ok());
        REQUIRE(db->execute("INSERT INTO nights (date, severity) VALUES ('2026-11-20', 4)").ok());
    }
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    CHECK(*JournalSchema::versionOf(journal->database()) == kJournalSchemaVersion);
    CHECK(journal->settings()->empty());
    CHECK(journal->records()->nights.size() == 1);
    REQUIRE(journal->saveSetting("magnesium_ul_mg", "300").ok());
    CHECK(journal->settings()->magnesiumUlMg == 300);
}

TEST_CASE("a stored value the rules refuse is reported with its key")
{
    TempFolder folder;
    const auto path = folder / "j.sqlite";
    {
        auto journal = Journal::open(path);
        REQUIRE(journal.ok());
        REQUIRE(journal->database()
                    .execute("INSERT INTO settings (key, value) VALUES ('week_start', 'someday')")
                    .ok());
    }
    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    const auto settings = journal->settings();
    REQUIRE_FALSE(settings.ok());
    CHECK(settings.error().message().find("week_start") != std::string::npos);
}

TEST_CASE("restoring settings makes them exactly the given ones, in one transaction")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->saveSetting("week_start", "sunday").ok());
    REQUIRE(journal->saveSetting("rda_profile", "female_31_50").ok());
    JournalSettings before;
    REQUIRE(before.set("week_start", "monday").ok());
    REQUIRE(journal->restoreSettings(before).ok());
    auto settings = journal->settings();
    REQUIRE(settings.ok());
    CHECK(settings->weekStart == WeekStart::Monday);
    CHECK_FALSE(settings->rdaProfile); // not in the given settings: removed
    REQUIRE(journal->restoreSettings(JournalSettings{}).ok());
    CHECK(journal->settings()->empty());
}

} // namespace QUIETLEGS_TEST_FILE
