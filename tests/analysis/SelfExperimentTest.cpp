#include "quietlegs/analysis/SelfExperiment.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

ExperimentPlan defaultPlan(std::uint64_t seed = 3)
{
    ExperimentPlan plan;
    plan.id = "0f8fad5b-d9cb-469f-a165-70867728950e";
    plan.exposure = "magnesium_mg";
    plan.outcome = "severity";
    plan.dose = 200;
    plan.mid = 1;
    plan.seed = seed;
    plan.start = *parseDate("2026-01-05");
    plan.savedAt = "2026-01-01T10:00:00Z";
    return plan;
}

/// Severity 4 + `effect` on "on" days plus a fixed wobble, and the exposure taken on "on"
/// days, over every day of the plan.
struct Diary
{
    DatedSeries outcome;
    DatedSeries taken;
};

Diary diary(const ExperimentPlan& plan, double effect, double washoutValue = 4)
{
    Diary d;
    int i = 0;
    for (const ExperimentBlock& block : experimentAssignments(plan))
        for (Date day = block.from; day <= block.to; day = addDays(day, 1), ++i) {
            const bool washout = daysBetween(block.from, day) < plan.washoutDays;
            const double wobble = 0.3 * std::sin(1.7 * i) + 0.1 * ((i * 7) % 5);
            d.outcome.set(day, washout ? washoutValue : 4 + wobble + (block.on ? effect : 0));
            d.taken.set(day, block.on ? plan.dose : 0);
        }
    return d;
}

/// The share of all sign patterns with |sum| >= |observed| - 1e-9, by brute force.
double bruteForceFlipP(const std::vector<double>& c, double observed)
{
    const std::uint64_t count = std::uint64_t(1) << c.size();
    std::uint64_t hits = 0;
    for (std::uint64_t mask = 0; mask < count; ++mask) {
        double sum = 0;
        for (std::size_t i = 0; i < c.size(); ++i)
            sum += (mask >> i & 1) ? c[i] : -c[i];
        hits += std::abs(sum) >= std::abs(observed) - 1e-9 ? 1 : 0;
    }
    return double(hits) / double(count);
}

} // namespace

TEST_CASE("the meet-in-the-middle flip p equals enumerating every flip")
{
    const std::vector<double> c{1.5, -0.25, 3.0, 0.75, -2.0, 0.5, 1.25};
    for (const double observed : {0.0, 0.5, 2.75, 4.0, 9.25, 12.0}) {
        INFO(observed);
        CHECK(exactFlipPValue(c, observed, 1e-9) == Approx(bruteForceFlipP(c, observed)));
    }
}

TEST_CASE("a clear effect in every pair reaches the design's smallest p, 2 / 64")
{
    const ExperimentPlan plan = defaultPlan();
    const Diary d = diary(plan, 3.0);
    const ExperimentResult result = analyseExperiment(plan, d.outcome, d.taken);
    CHECK(result.nOn == 6 * 5);
    CHECK(result.nOff == 6 * 5);
    REQUIRE(result.difference);
    CHECK(*result.difference == Approx(3.0).margin(0.3));
    REQUIRE(result.pRandomization);
    CHECK(*result.pRandomization == Approx(2.0 / 64));
    REQUIRE(result.effect);
    CHECK(*result.effect == Approx(*result.difference).margin(0.3));
    REQUIRE(result.effectCi95);
    CHECK(result.effectCi95->low > 2);
    CHECK(result.adherence == Approx(1.0));
    CHECK_FALSE(result.endedEarly);
}

TEST_CASE("washout nights are left out of the experiment's analysis")
{
    const ExperimentPlan plan = defaultPlan();
    const ExperimentResult plain = analyseExperiment(plan, diary(plan, 1.0).outcome,
                                                     diary(plan, 1.0).taken);
    const Diary wild = diary(plan, 1.0, 10.0);
    const ExperimentResult withWashout = analyseExperiment(plan, wild.outcome, wild.taken);
    CHECK(withWashout.meanOn == plain.meanOn);
    CHECK(withWashout.meanOff == plain.meanOff);
    CHECK(withWashout.pRandomization == plain.pRandomization);
}

TEST_CASE("adherence counts on days taken and off days not taken over analysed nights")
{
    const ExperimentPlan plan = defaultPlan();
    Diary d = diary(plan, 0.5);
    // Forget the dose on 6 analysed "on" days and take it on 3 analysed "off" days.
    int forgotten = 0, extra = 0;
    for (const ExperimentBlock& block : experimentAssignments(plan)) {
        const Date day = addDays(block.from, plan.washoutDays);
        if (block.on && forgotten < 6) {
            d.taken.set(day, 0);
            ++forgotten;
        } else if (!block.on && extra < 3) {
            d.taken.set(day, 100);
            ++extra;
        }
    }
    const ExperimentResult result = analyseExperiment(plan, d.outcome, d.taken);
    REQUIRE(result.adherence);
    CHECK(*result.adherence == Approx((60.0 - 9) / 60));
}

TEST_CASE("the result is hidden until the last block ends or the experiment is ended early")
{
    ExperimentPlan plan = defaultPlan();
    CHECK(experimentEnd(plan) == *parseDate("2026-03-29"));
    CHECK_FALSE(experimentResultVisible(plan, *parseDate("2026-01-20")));
    CHECK_FALSE(experimentResultVisible(plan, *parseDate("2026-03-29")));
    CHECK(experimentResultVisible(plan, *parseDate("2026-03-30")));
    plan.endedEarlyAt = "2026-01-20T09:00:00Z";
    CHECK(experimentResultVisible(plan, *parseDate("2026-01-20")));
}

TEST_CASE("an experiment ended early analyses the nights up to that day, over all flips")
{
    ExperimentPlan plan = defaultPlan();
    plan.endedEarlyAt = "2026-02-01T09:00:00Z"; // the 4th block's 7th day (2026-02-01)
    const Diary d = diary(plan, 2.0);
    const ExperimentResult result = analyseExperiment(plan, d.outcome, d.taken);
    CHECK(result.endedEarly);
    CHECK(result.nOn + result.nOff == 4 * 5);
    REQUIRE(result.pRandomization);
    // Only two pairs carry nights: flips of the other four change nothing, so the observed
    // split and its mirror are 2 of 4 distinct outcomes.
    CHECK(*result.pRandomization == Approx(0.5));
}

TEST_CASE("without nights on both conditions there is no difference and no p")
{
    const ExperimentPlan plan = defaultPlan();
    const ExperimentResult result = analyseExperiment(plan, DatedSeries{}, DatedSeries{});
    CHECK(result.nOn == 0);
    CHECK_FALSE(result.difference);
    CHECK_FALSE(result.pRandomization);
    CHECK_FALSE(result.adherence);
}

TEST_CASE("power is about alpha or less without an effect and near 1 for a large one")
{
    ExperimentPlan plan = defaultPlan();
    plan.mid = 1e-9;
    const double none = simulateExperimentPower(plan, 0.5, 2.0, 2000, 11);
    CHECK(none < 0.07);
    // With 12 blocks only the most extreme of the 64 flips (and its mirror) reaches p < 0.05:
    // every pair must point the effect's way, so even 3 SDs of effect give about 0.95^6.
    plan.mid = 6;
    CHECK(simulateExperimentPower(plan, 0.5, 2.0, 500, 11) > 0.9);
}

TEST_CASE("the power simulation is deterministic for a seed")
{
    const ExperimentPlan plan = defaultPlan();
    const double first = simulateExperimentPower(plan, 0.5, 2.0, 400, 7);
    CHECK(simulateExperimentPower(plan, 0.5, 2.0, 400, 7) == first);
    CHECK(first > 0.05);
    CHECK(first < 1.0);
}

TEST_CASE("power uses phi 0.5 and 2 severity points with fewer than 28 nights of history")
{
    const ExperimentPlan plan = defaultPlan();
    DatedSeries few;
    for (int i = 0; i < 20; ++i)
        few.set(addDays(plan.start, -30 + i), 3 + i % 3);
    const ExperimentPower power = experimentPower(plan, few, plan.start, 200);
    CHECK_FALSE(power.fromHistory);
    CHECK(power.phi == 0.5);
    CHECK(power.sd == 2.0);

    DatedSeries history;
    for (int i = 0; i < 120; ++i)
        history.set(addDays(plan.start, -120 + i), 4 + 2 * std::sin(0.3 * i) + 0.5 * (i % 3));
    const ExperimentPower fitted = experimentPower(plan, history, plan.start, 200);
    CHECK(fitted.fromHistory);
    CHECK(fitted.historyNights == 90);
    CHECK(fitted.phi > 0.5);
}


TEST_CASE("the experiment's figures match R (exact flips, nlme::gls) on the fixtures")
{
    // scripts/r-fixtures-experiment wrote these with R; the test needs no R.
    std::ifstream file(std::string(QUIETLEGS_TEST_DATA) +
                       "/statistics/experiment-fixtures.json");
    REQUIRE(file.good());
    const auto document = nlohmann::json::parse(file);
    REQUIRE(document["cases"].size() == 3);
    for (const auto& fixture : document["cases"]) {
        INFO(fixture["name"].get<std::string>());
        ExperimentPlan plan = defaultPlan();
        plan.blockDays = fixture["block_days"];
        plan.washoutDays = fixture["washout_days"];
        plan.blocks = int(fixture["conditions"].size());
        std::vector<ExperimentBlock> blocks;
        for (int i = 0; i < plan.blocks; ++i) {
            const Date from = addDays(plan.start, i * plan.blockDays);
            blocks.push_back(ExperimentBlock{i + 1, from, addDays(from, plan.blockDays - 1),
                                             fixture["conditions"][i] == "on"});
        }
        DatedSeries outcome;
        for (std::size_t day = 0; day < fixture["y"].size(); ++day)
            if (!fixture["y"][day].is_null())
                outcome.set(addDays(plan.start, int(day)), fixture["y"][day].get<double>());
        const ExperimentResult result = analyseExperiment(plan, blocks, outcome, DatedSeries{});

        const auto close = [](double actual, double expected, double tolerance) {
            INFO(actual << " vs R " << expected);
            CHECK(std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected)));
        };
        CHECK(result.nOn == fixture["n_on"].get<int>());
        CHECK(result.nOff == fixture["n_off"].get<int>());
        close(*result.meanOn, fixture["mean_on"], 1e-6);
        close(*result.meanOff, fixture["mean_off"], 1e-6);
        close(*result.difference, fixture["difference"], 1e-6);
        REQUIRE(result.pRandomization);
        CHECK(*result.pRandomization == fixture["p_randomization"].get<double>());
        REQUIRE(result.effect);
        close(*result.effect, fixture["effect"], 1e-4);
        close(*result.effectSe, fixture["effect_se"], 1e-4);
        close(result.effectCi95->low, fixture["effect_ci95"][0], 1e-4);
        close(result.effectCi95->high, fixture["effect_ci95"][1], 1e-4);
        close(*result.effectP, fixture["effect_p"], 1e-4);
        close(*result.phi, fixture["phi"], 1e-4);

        // The randomization distribution: its share at least as extreme is the p above.
        const auto& distribution = fixture["randomization_distribution"];
        CHECK(distribution.size() == (std::size_t(1) << (plan.blocks / 2)));
        std::size_t extreme = 0;
        for (const auto& d : distribution)
            extreme += std::abs(d.get<double>()) >= std::abs(*result.difference) - 1e-9 ? 1 : 0;
        CHECK(double(extreme) / double(distribution.size()) == *result.pRandomization);
    }
}

TEST_CASE("a blinded plan's adherence is the analysed days with the day's pack logged")
{
    ExperimentPlan plan = defaultPlan();
    plan.blinded = true;
    const Diary d = diary(plan, 1.0);
    // Blinded capsules log no exposure: with no pack logged, no analysed day followed it,
    // whatever the exposure series says.
    const ExperimentResult none = analyseExperiment(plan, d.outcome, d.taken);
    REQUIRE(none.adherence);
    CHECK(*none.adherence == 0.0);

    // Packs logged on every analysed day of the first 9 blocks, and on washout days too
    // (those do not count): 45 of the 60 analysed days.
    for (const ExperimentBlock& block : experimentAssignments(plan))
        if (block.block <= 9)
            for (Date day = block.from; day <= block.to; day = addDays(day, 1))
                plan.packsTaken.push_back(PackTaken{day, block.block});
    REQUIRE(validateExperimentPlan(plan));
    const ExperimentResult some = analyseExperiment(plan, d.outcome, DatedSeries{});
    REQUIRE(some.adherence);
    CHECK(*some.adherence == Approx(45.0 / 60.0));
    // The result itself is by assignment, as unblinded: the packs change only adherence.
    ExperimentPlan unblinded = defaultPlan();
    const ExperimentResult open = analyseExperiment(unblinded, d.outcome, d.taken);
    CHECK(some.difference == open.difference);
    CHECK(some.pRandomization == open.pRandomization);
    REQUIRE(open.adherence);
    CHECK(*open.adherence == 1.0);
}

} // namespace QUIETLEGS_TEST_FILE
