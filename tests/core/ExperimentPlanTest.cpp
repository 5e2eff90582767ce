#include "quietlegs/core/ExperimentPlan.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {
ExperimentPlan design(int blocks = 12)
{
    ExperimentPlan plan;
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 200;
    plan.blocks = blocks;
    plan.start = *parseDate("2026-12-14");
    plan.seed = 5;
    return plan;
}
} // namespace

TEST_CASE("the smallest possible p of a design is 2 / 2^(blocks / 2)")
{
    CHECK(experimentMinP(12) == Approx(2.0 / 64));
    CHECK(experimentMinP(10) == Approx(0.0625));
    CHECK(experimentMinP(40) == Approx(2.0 / 1048576));
}

TEST_CASE("designs below 12 blocks, odd blocks and a washout as long as a block are refused")
{
    CHECK(validateExperimentDesign(design()));
    CHECK(validateExperimentDesign(design(10)).error().field == "blocks");
    CHECK(validateExperimentDesign(design(13)).error().field == "blocks");
    CHECK(validateExperimentDesign(design(42)).error().field == "blocks");
    ExperimentPlan washout = design();
    washout.washoutDays = 7;
    CHECK(validateExperimentDesign(washout).error().field == "washout_days");
    ExperimentPlan dose = design();
    dose.dose = 0;
    CHECK(validateExperimentDesign(dose).error().field == "dose");
}

TEST_CASE("every pair of blocks is on/off or off/on, the same for the same seed")
{
    const auto blocks = experimentAssignments(design(40));
    REQUIRE(blocks.size() == 40);
    bool sawOnFirst = false, sawOffFirst = false;
    for (std::size_t i = 0; i < blocks.size(); i += 2) {
        CHECK(blocks[i].on != blocks[i + 1].on);
        (blocks[i].on ? sawOnFirst : sawOffFirst) = true;
    }
    CHECK(sawOnFirst);
    CHECK(sawOffFirst);
    CHECK(blocks == experimentAssignments(design(40)));
    CHECK(blocks.front().from == *parseDate("2026-12-14"));
    CHECK(blocks.front().to == *parseDate("2026-12-20"));
    CHECK(blocks.back().to == experimentEnd(design(40)));
    ExperimentPlan other = design(40);
    other.seed = 6;
    CHECK(experimentAssignments(other) != blocks);
}

TEST_CASE("new experiment ids are version 4 UUIDs and timestamps are UTC")
{
    const std::string id = newExperimentId();
    CHECK(isUuid(id));
    CHECK(id[14] == '4');
    CHECK(id != newExperimentId());
    CHECK_FALSE(isUuid("not-a-uuid"));
    CHECK(isUtcTimestamp(utcTimestampNow()));
    CHECK_FALSE(isUtcTimestamp("2026-02-30T00:00:00Z"));
    CHECK(newExperimentSeed() <= kMaxExperimentSeed);
}

TEST_CASE("a blinded day's pack is its block's number; unblinded plans have none")
{
    ExperimentPlan plan = design(); // 12 blocks of 7 days from 2026-12-14
    CHECK_FALSE(experimentPackOn(plan, *parseDate("2026-12-14")));
    plan.blinded = true;
    CHECK(experimentPackOn(plan, *parseDate("2026-12-14")) == 1);
    CHECK(experimentPackOn(plan, *parseDate("2026-12-20")) == 1);
    CHECK(experimentPackOn(plan, *parseDate("2026-12-21")) == 2);
    CHECK(experimentPackOn(plan, *parseDate("2027-03-07")) == 12);
    CHECK_FALSE(experimentPackOn(plan, *parseDate("2027-03-08")));
    CHECK_FALSE(experimentPackOn(plan, *parseDate("2026-12-13")));

    // The running blinded plan of a day: the latest saved, never one ended early.
    ExperimentPlan later = plan;
    later.id = "later";
    ExperimentPlan open = design();
    open.id = "open";
    std::vector<ExperimentPlan> plans{plan, later, open};
    CHECK(blindedPlanRunningOn(plans, *parseDate("2026-12-22"))->id == "later");
    plans[1].endedEarlyAt = "2026-12-20T08:00:00Z";
    CHECK(blindedPlanRunningOn(plans, *parseDate("2026-12-22")) == &plans[0]);
    CHECK(blindedPlanRunningOn(plans, *parseDate("2027-03-08")) == nullptr);
}

TEST_CASE("a plan whose packs taken do not fit it is refused naming packs_taken")
{
    ExperimentPlan plan = design();
    plan.id = "5b4c2f8e-1d3a-4c6b-9e7f-0a1b2c3d4e5f";
    plan.savedAt = "2026-12-07T01:00:00Z";
    plan.blinded = true;
    plan.packsTaken = {{*parseDate("2026-12-14"), 1}, {*parseDate("2026-12-21"), 2}};
    CHECK(validateExperimentPlan(plan));
    CHECK(packTakenOn(plan, *parseDate("2026-12-21")));
    CHECK_FALSE(packTakenOn(plan, *parseDate("2026-12-15")));

    plan.packsTaken = {{*parseDate("2026-12-21"), 2}, {*parseDate("2026-12-14"), 1}};
    auto status = validateExperimentPlan(plan);
    REQUIRE_FALSE(status);
    CHECK(status.error().field == "packs_taken[1]"); // out of date order
    plan.packsTaken = {{*parseDate("2026-12-21"), 1}};
    status = validateExperimentPlan(plan);
    REQUIRE_FALSE(status);
    CHECK(status.error().field == "packs_taken[0]");
    CHECK(status.error().rule.find("pack 2") != std::string::npos);
    plan.packsTaken = {{*parseDate("2027-03-08"), 13}};
    status = validateExperimentPlan(plan);
    REQUIRE_FALSE(status);
    CHECK(status.error().field == "packs_taken[0]");
    plan.blinded = false;
    plan.packsTaken = {{*parseDate("2026-12-21"), 2}};
    status = validateExperimentPlan(plan);
    REQUIRE_FALSE(status);
    CHECK(status.error().field == "packs_taken");
}

} // namespace QUIETLEGS_TEST_FILE
