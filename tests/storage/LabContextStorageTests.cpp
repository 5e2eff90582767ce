// Labs with context (issue 21): the laboratory, drawing conditions, source and CRP are stored,
// and a journal of the released format 5 upgrades with every lab row kept as it was.
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalSchema.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

LabResult crpWithContext()
{
    LabDetails details;
    details.laboratory = "Labor M\xC3\xBCnchen Ost";
    details.morningNoIron24h = true;
    details.source = EntrySource::AppleHealth;
    details.sourceName = "Health Records";
    return *LabResult::create(*parseDate("2026-11-20"), LabTest::Crp, 7.5, "mg/L", details);
}

} // namespace

TEST_CASE("a lab result is stored with its laboratory, drawing conditions and source")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->saveLabResult(crpWithContext()).ok());
    auto plain = LabResult::create(*parseDate("2026-11-20"), LabTest::Ferritin, 40, "ug/L");
    REQUIRE(journal->saveLabResult(*plain).ok());

    auto labs = journal->labResults();
    REQUIRE(labs.ok());
    REQUIRE(labs->size() == 2);
    const auto& crp = labs->at(0).result.test() == LabTest::Crp ? labs->at(0) : labs->at(1);
    const auto& ferritin = labs->at(0).result.test() == LabTest::Crp ? labs->at(1) : labs->at(0);
    CHECK(crp.result == crpWithContext());
    CHECK(ferritin.result.laboratory().empty());
    CHECK_FALSE(ferritin.result.morningNoIron24h());
    CHECK(ferritin.result.details().source == EntrySource::Manual);
    CHECK(*journal->database().queryInteger(
              "SELECT count(*) FROM lab_results WHERE source_name IS NULL") == 1);
}

TEST_CASE("saving the same test on the same date again replaces its context too")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    REQUIRE(journal->saveLabResult(crpWithContext()).ok());
    auto plain = LabResult::create(*parseDate("2026-11-20"), LabTest::Crp, 2, "mg/L");
    REQUIRE(journal->saveLabResult(*plain).ok());
    auto labs = journal->labResults();
    REQUIRE(labs->size() == 1);
    CHECK(labs->at(0).result == *plain);
}

TEST_CASE("the lab table refuses what the core refuses: unknown tests, long laboratories")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "j.sqlite");
    REQUIRE(journal.ok());
    auto& db = journal->database();
    CHECK_FALSE(db.execute("INSERT INTO lab_results (date, test, value, unit) VALUES "
                           "('2026-11-20', 'vitamin_d', 40, 'ng/mL')")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO lab_results (date, test, value, unit, laboratory) VALUES "
                           "('2026-11-20', 'crp', 4, 'mg/L', printf('%.201c', 'x'))")
                    .ok());
    CHECK(db.execute("INSERT INTO lab_results (date, test, value, unit, laboratory) VALUES "
                     "('2026-11-20', 'crp', 4, 'mg/L', printf('%.200c', 'x'))")
              .ok());
    CHECK_FALSE(db.execute("INSERT INTO lab_results (date, test, value, unit, source) VALUES "
                           "('2026-11-21', 'crp', 4, 'mg/L', 'guess')")
                    .ok());
    CHECK_FALSE(db.execute("INSERT INTO lab_results (date, test, value, unit, "
                           "morning_no_iron_24h) VALUES ('2026-11-21', 'crp', 4, 'mg/L', 2)")
                    .ok());
}

TEST_CASE("a format 5 journal upgrades with its labs kept, manual and without context")
{
    TempFolder folder;
    const auto path = folder / "journal.sqlite";
    std::filesystem::copy_file(
        std::filesystem::path(QUIETLEGS_TEST_DATA) / "journals" / "schema-v5.sqlite", path);
    std::vector<std::tuple<std::int64_t, std::string, std::string, double, std::string>> before;
    {
        auto db = SqliteDatabase::open(path, SqliteDatabase::Mode::ReadWrite);
        REQUIRE(db.ok());
        REQUIRE(*JournalSchema::versionOf(*db) == 5);
        auto rows = db->prepare("SELECT id, date, test, value, unit FROM lab_results ORDER BY id");
        REQUIRE(rows.ok());
        while (*rows->step())
            before.emplace_back(rows->columnInt64(0), rows->columnText(1), rows->columnText(2),
                                rows->columnDouble(3), rows->columnText(4));
    }
    REQUIRE_FALSE(before.empty());

    auto journal = Journal::open(path);
    REQUIRE(journal.ok());
    auto& db = journal->database();
    CHECK(*JournalSchema::versionOf(db) == kJournalSchemaVersion);
    auto rows = db.prepare("SELECT id, date, test, value, unit, laboratory, morning_no_iron_24h "
                           "IS NULL, source, source_name IS NULL FROM lab_results ORDER BY id");
    REQUIRE(rows.ok());
    std::size_t i = 0;
    while (*rows->step()) {
        REQUIRE(i < before.size());
        CHECK(std::make_tuple(rows->columnInt64(0), rows->columnText(1), rows->columnText(2),
                              rows->columnDouble(3), rows->columnText(4)) == before[i]);
        CHECK(rows->columnText(5).empty());
        CHECK(rows->columnInt64(6) == 1);
        CHECK(rows->columnText(7) == "manual");
        CHECK(rows->columnInt64(8) == 1);
        ++i;
    }
    CHECK(i == before.size());
    CHECK(*db.queryInteger("SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = "
                           "'lab_results_by_date'") == 1);
    // CRP is a test the upgraded journal takes.
    auto crp = LabResult::create(*parseDate("2026-11-20"), LabTest::Crp, 3, "mg/L");
    CHECK(journal->saveLabResult(*crp).ok());
}

} // namespace QUIETLEGS_TEST_FILE
