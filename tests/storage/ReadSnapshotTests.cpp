#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/SqliteDatabase.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

Night nightOf(const char* date, int severity)
{
    NightEntry entry;
    entry.date = *parseDate(date);
    entry.severity = severity;
    return *Night::create(entry);
}

std::int64_t nightCount(const SqliteDatabase& db)
{
    return *db.queryInteger("SELECT count(*) FROM nights");
}

} // namespace

TEST_CASE("A read transaction keeps one snapshot while another connection saves")
{
    TempFolder folder;
    auto reader = Journal::open(folder / "journal.sqlite");
    REQUIRE(reader);
    auto writer = Journal::open(folder / "journal.sqlite");
    REQUIRE(writer);
    REQUIRE(writer->saveNight(nightOf("2026-11-20", 4)));

    auto read = SqliteReadTransaction::begin(reader->database());
    REQUIRE(read);
    CHECK(read->ownsTransaction());
    CHECK(nightCount(reader->database()) == 1);

    // The app saves a night while `stats` is between two of its queries.
    REQUIRE(writer->saveNight(nightOf("2026-11-21", 7)));
    CHECK(nightCount(reader->database()) == 1);

    REQUIRE(read->end());
    CHECK(nightCount(reader->database()) == 2);
}

TEST_CASE("A read transaction inside a caller's transaction leaves it open")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    auto change = SqliteTransaction::begin(journal->database());
    REQUIRE(change);
    REQUIRE(journal->saveNight(nightOf("2026-11-20", 4)));
    {
        auto read = SqliteReadTransaction::begin(journal->database());
        REQUIRE(read);
        CHECK_FALSE(read->ownsTransaction());
        // It sees the caller's unsaved night, and ending it does not commit that night.
        CHECK(nightCount(journal->database()) == 1);
        REQUIRE(read->end());
    }
    auto records = journal->records();
    REQUIRE(records);
    CHECK(records->nights.size() == 1);
    REQUIRE(change->commit());
    CHECK(nightCount(journal->database()) == 1);
}

TEST_CASE("records() of the whole journal and of a range read the same entries in date order")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    // Logged out of date order: the whole-journal read scans in stored order and sorts.
    REQUIRE(journal->saveNight(nightOf("2026-11-21", 7)));
    REQUIRE(journal->saveNight(nightOf("2026-11-19", 2)));
    REQUIRE(journal->saveNight(nightOf("2026-11-20", 4)));

    auto whole = journal->records();
    REQUIRE(whole);
    REQUIRE(whole->nights.size() == 3);
    CHECK(formatDate(whole->nights[0].date()) == "2026-11-19");
    CHECK(formatDate(whole->nights[2].date()) == "2026-11-21");

    auto range = journal->records(DateRange{*parseDate("2026-11-20"), *parseDate("2026-11-21")});
    REQUIRE(range);
    REQUIRE(range->nights.size() == 2);
    CHECK(formatDate(range->nights[0].date()) == "2026-11-20");
    // Nothing is left open: the journal still takes a write.
    CHECK(journal->saveNight(nightOf("2026-11-22", 1)));
}

} // namespace QUIETLEGS_TEST_FILE
