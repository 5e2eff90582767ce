#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

ExperimentPlan examplePlan()
{
    ExperimentPlan plan;
    plan.id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 200;
    plan.mid = 1;
    plan.seed = 42;
    plan.start = *parseDate("2026-12-14");
    plan.power = 0.61;
    plan.savedAt = "2026-12-07T01:00:00Z";
    return plan;
}

} // namespace

TEST_CASE("a saved experiment plan reads back field for field")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(examplePlan()));
    auto plans = journal->experiments();
    REQUIRE(plans);
    REQUIRE(plans->size() == 1);
    CHECK(plans->front() == examplePlan());
    auto one = journal->experiment(examplePlan().id);
    REQUIRE(one);
    REQUIRE(one->has_value());
    CHECK(**one == examplePlan());
}

TEST_CASE("saving a plan under an id that is saved already is refused and changes nothing")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(examplePlan()));
    ExperimentPlan changed = examplePlan();
    changed.blocks = 14;
    const Status again = journal->saveExperiment(changed);
    REQUIRE_FALSE(again);
    CHECK(again.error().field == "id");
    CHECK(journal->experiment(changed.id)->value().blocks == 12);
}

TEST_CASE("a plan with too few blocks is refused with the field named, nothing written")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    ExperimentPlan plan = examplePlan();
    plan.blocks = 10;
    const Status saved = journal->saveExperiment(plan);
    REQUIRE_FALSE(saved);
    CHECK(saved.error().field == "blocks");
    CHECK(journal->experiments()->empty());
}

TEST_CASE("the trigger refuses changing a pre-registered field from any tool")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(examplePlan()));
    for (const char* sql : {"UPDATE experiments SET seed = 7", "UPDATE experiments SET blocks = 14",
                            "UPDATE experiments SET outcome = 'irls_total'",
                            "UPDATE experiments SET start = '2026-12-21'",
                            "UPDATE experiments SET saved_at = '2026-12-08T00:00:00Z'",
                            "UPDATE experiments SET power = 0.9"}) {
        INFO(sql);
        CHECK_FALSE(journal->database().execute(sql));
    }
    CHECK(journal->experiment(examplePlan().id)->value() == examplePlan());
}

TEST_CASE("ending early is recorded once and never changed")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(examplePlan()));
    REQUIRE(journal->endExperimentEarly(examplePlan().id, "2026-12-20T08:00:00Z"));
    CHECK(journal->experiment(examplePlan().id)->value().endedEarlyAt == "2026-12-20T08:00:00Z");
    CHECK_FALSE(journal->endExperimentEarly(examplePlan().id, "2026-12-21T08:00:00Z"));
    CHECK_FALSE(journal->database().execute(
        "UPDATE experiments SET ended_early_at = '2026-12-22T08:00:00Z'"));
    CHECK_FALSE(journal->database().execute("UPDATE experiments SET ended_early_at = NULL"));
    CHECK(journal->experiment(examplePlan().id)->value().endedEarlyAt == "2026-12-20T08:00:00Z");
    CHECK_FALSE(journal->endExperimentEarly("00000000-0000-4000-8000-000000000000",
                                            "2026-12-21T08:00:00Z"));
}

TEST_CASE("merging experiments adds new ids and keeps a known plan's fixed fields")
{
    TempFolder folder;
    auto journal = Journal::open(folder / "journal.sqlite");
    REQUIRE(journal);
    REQUIRE(journal->saveExperiment(examplePlan()));
    ExperimentPlan imported = examplePlan();
    imported.seed = 99;                            // a different fixed field: ignored
    imported.savedAt = "2026-12-01T00:00:00Z";     // ignored too
    imported.endedEarlyAt = "2026-12-20T08:00:00Z"; // taken: the journal has none
    ExperimentPlan other = examplePlan();
    other.id = "7c9e6679-7425-40de-944b-e07fc1f90ae7";
    other.start = *parseDate("2025-01-06"); // past start dates are fine on import
    auto summary = journal->mergeExperiments({imported, other});
    REQUIRE(summary);
    CHECK(summary->added == 1);
    CHECK(summary->updated == 1);
    const ExperimentPlan kept = journal->experiment(examplePlan().id)->value();
    CHECK(kept.seed == 42);
    CHECK(kept.savedAt == "2026-12-07T01:00:00Z");
    CHECK(kept.endedEarlyAt == "2026-12-20T08:00:00Z");
    CHECK(journal->experiments()->size() == 2);
}

} // namespace QUIETLEGS_TEST_FILE
