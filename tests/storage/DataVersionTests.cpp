#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

TEST_CASE("dataVersion changes when a second connection commits, not for the journal's own writes")
{
    TempFolder folder;
    auto app = Journal::open(folder / "journal.sqlite");
    REQUIRE(app);
    auto cli = Journal::open(folder / "journal.sqlite");
    REQUIRE(cli);

    auto before = app->dataVersion();
    REQUIRE(before);

    NightEntry own;
    own.date = *parseDate("2026-11-20");
    own.severity = 4;
    REQUIRE(app->saveNight(*Night::create(own)));
    auto afterOwn = app->dataVersion();
    REQUIRE(afterOwn);
    CHECK(*afterOwn == *before);

    NightEntry other;
    other.date = *parseDate("2026-11-21");
    other.severity = 7;
    REQUIRE(cli->saveNight(*Night::create(other)));
    auto afterOther = app->dataVersion();
    REQUIRE(afterOther);
    CHECK(*afterOther != *before);
    auto seen = app->night(other.date);
    REQUIRE(seen);
    CHECK(seen->has_value());
}

} // namespace QUIETLEGS_TEST_FILE
