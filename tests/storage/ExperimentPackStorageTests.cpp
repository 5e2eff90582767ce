// A blinded experiment's packs taken (journal format 11; statistics-v2.md section 5).
#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

ExperimentPlan blindedPlan()
{
    ExperimentPlan plan;
    plan.id = "5b4c2f8e-1d3a-4c6b-9e7f-0a1b2c3d4e5f";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 300;
    plan.mid = 1;
    plan.seed = 7;
    plan.start = *parseDate("2026-12-14"); // blocks of 7 days: pack 2 from 2026-12-21
    plan.blinded = true;
    plan.savedAt = "2026-12-07T01:00:00Z";
    return plan;
}

Date day(const char* text)
{
    return *parseDate(text);
}

} // namespace

TEST_CASE("a pack taken is logged with its block's number and read back with the plan")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(blindedPlan()));
    auto first = journal->recordPackTaken(blindedPlan().id, day("2026-12-22"));
    REQUIRE(first);
    CHECK(*first);
    auto again = journal->recordPackTaken(blindedPlan().id, day("2026-12-22"));
    REQUIRE(again);
    CHECK_FALSE(*again); // logged once, whatever the clicks
    REQUIRE(journal->recordPackTaken(blindedPlan().id, day("2026-12-14")));

    const ExperimentPlan read = journal->experiment(blindedPlan().id)->value();
    REQUIRE(read.packsTaken.size() == 2);
    CHECK(read.packsTaken[0] == PackTaken{day("2026-12-14"), 1});
    CHECK(read.packsTaken[1] == PackTaken{day("2026-12-22"), 2});
    CHECK(journal->experiments()->front().packsTaken == read.packsTaken);
    CHECK(journal->records()->experiments.front().packsTaken == read.packsTaken);

    auto removed = journal->removePackTaken(blindedPlan().id, day("2026-12-22"));
    REQUIRE(removed);
    CHECK(*removed);
    CHECK_FALSE(*journal->removePackTaken(blindedPlan().id, day("2026-12-22")));
    CHECK(journal->experiment(blindedPlan().id)->value().packsTaken ==
          std::vector<PackTaken>{{day("2026-12-14"), 1}});
}

TEST_CASE("a pack outside the blocks, of an unblinded plan or an unknown plan is refused")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(blindedPlan()));
    ExperimentPlan open = blindedPlan();
    open.id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    open.blinded = false;
    REQUIRE(journal->saveExperiment(open));

    const auto before = journal->recordPackTaken(blindedPlan().id, day("2026-12-13"));
    REQUIRE_FALSE(before);
    CHECK(before.error().field == "date");
    // 12 blocks of 7 days: the last day is 2027-03-07.
    CHECK(journal->recordPackTaken(blindedPlan().id, day("2027-03-07")));
    const auto after = journal->recordPackTaken(blindedPlan().id, day("2027-03-08"));
    REQUIRE_FALSE(after);
    CHECK(after.error().field == "date");
    const auto unblinded = journal->recordPackTaken(open.id, day("2026-12-22"));
    REQUIRE_FALSE(unblinded);
    CHECK(unblinded.error().field == "id");
    const auto unknown =
        journal->recordPackTaken("00000000-0000-4000-8000-000000000000", day("2026-12-22"));
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().field == "id");
    CHECK(journal->experiment(blindedPlan().id)->value().packsTaken.size() == 1);
}

TEST_CASE("the triggers refuse from any tool a pack the plan does not have")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(blindedPlan()));
    ExperimentPlan open = blindedPlan();
    open.id = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
    open.blinded = false;
    REQUIRE(journal->saveExperiment(open));
    SqliteDatabase& db = journal->database();
    const std::string insert = "INSERT INTO experiment_packs (experiment_id, date, pack) VALUES ";
    CHECK(db.execute(insert + "('" + blindedPlan().id + "', '2026-12-21', 2)"));
    for (const std::string& values :
         {"('" + blindedPlan().id + "', '2026-12-22', 3)",  // another block's pack
          "('" + blindedPlan().id + "', '2026-12-13', 1)",  // before the first block
          "('" + blindedPlan().id + "', '2027-03-08', 13)", // after the last
          "('" + open.id + "', '2026-12-22', 2)",           // not blinded
          "('" + blindedPlan().id + "', '2026-12-32', 2)"}) // no such day
    {
        INFO(values);
        CHECK_FALSE(db.execute(insert + values));
    }
    CHECK_FALSE(db.execute("UPDATE experiment_packs SET date = '2026-12-22'"));
    CHECK(journal->experiment(blindedPlan().id)->value().packsTaken ==
          std::vector<PackTaken>{{day("2026-12-21"), 2}});
}

TEST_CASE("merging a blinded plan adds the packs the journal has not logged, keeps the rest")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(blindedPlan()));
    REQUIRE(journal->recordPackTaken(blindedPlan().id, day("2026-12-15")));

    ExperimentPlan imported = blindedPlan();
    imported.seed = 99; // a fixed field: the journal's stays
    imported.packsTaken = {{day("2026-12-15"), 1}, {day("2026-12-16"), 1}, {day("2026-12-21"), 2}};
    auto summary = journal->mergeExperiments({imported});
    REQUIRE(summary);
    CHECK(summary->updated == 1);
    const ExperimentPlan kept = journal->experiment(blindedPlan().id)->value();
    CHECK(kept.seed == 7);
    CHECK(kept.packsTaken == imported.packsTaken);

    auto same = journal->mergeExperiments({imported});
    REQUIRE(same);
    CHECK(same->unchanged == 1);

    // A new plan comes in with its packs, all or nothing.
    ExperimentPlan other = blindedPlan();
    other.id = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    other.start = day("2025-01-06");
    other.packsTaken = {{day("2025-01-06"), 1}};
    ExperimentPlan wrong = other;
    wrong.id = "2f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    wrong.packsTaken = {{day("2025-01-06"), 2}}; // the day of pack 1
    const auto refused = journal->mergeExperiments({other, wrong});
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "experiments[1].packs_taken[0]");
    CHECK(journal->experiments()->size() == 1);
    REQUIRE(journal->mergeExperiments({other}));
    CHECK(journal->experiment(other.id)->value().packsTaken == other.packsTaken);
}

TEST_CASE("restoring plans puts back exactly the plans, packs and early ends an import changed")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(blindedPlan()));
    REQUIRE(journal->recordPackTaken(blindedPlan().id, day("2026-12-15")));
    const std::vector<ExperimentPlan> before = *journal->experiments();

    // What an import does: a new plan with its packs, a pack and an early end on the old one.
    ExperimentPlan brought = blindedPlan();
    brought.id = "1f2e3d4c-5b6a-4978-8695-a4b3c2d1e0f9";
    brought.packsTaken = {{day("2026-12-14"), 1}};
    ExperimentPlan known = blindedPlan();
    known.packsTaken = {{day("2026-12-16"), 1}};
    known.endedEarlyAt = "2026-12-20T08:00:00Z";
    REQUIRE(journal->mergeExperiments({known, brought}));
    const std::vector<ExperimentPlan> after = *journal->experiments();
    REQUIRE(after.size() == 2);
    REQUIRE(after.front().endedEarlyAt);

    REQUIRE(journal->restoreExperiments(before)); // Undo
    CHECK(*journal->experiments() == before);
    CHECK(journal->experiment(brought.id)->has_value() == false);
    REQUIRE(journal->restoreExperiments(after)); // Redo
    CHECK(*journal->experiments() == after);

    // A plan listed with other fixed fields is never written over: nothing changes.
    std::vector<ExperimentPlan> rewritten = before;
    rewritten.front().dose = 600;
    const auto refused = journal->restoreExperiments(rewritten);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().field == "experiment");
    CHECK(refused.error().value == blindedPlan().id);
    CHECK(*journal->experiments() == after);
}

} // namespace QUIETLEGS_TEST_FILE
