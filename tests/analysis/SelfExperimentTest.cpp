#include "quietlegs/analysis/SelfExperiment.h"

#include "ReferenceValues.h"
#include "TestJournal.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <set>

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

/// Nights of a plan whose outcome is `value(block, dayInBlock)`.
template <typename Value> JournalSeries nightsOf(const ExperimentPlan& plan, Value value)
{
    JournalRecords records;
    for (const ExperimentBlock& block : plan.blocks())
        for (int d = 0; d < plan.blockDays(); ++d)
            if (const std::optional<int> total = value(block, d))
                records.nights.push_back(night(addDays(block.first, d), *total));
    return JournalSeries::fromRecords(records);
}

/// The two-sided randomization p by brute force over every bit mask with half the bits set:
/// a second implementation, independent of the engine's combination walk.
double bruteForceP(const std::vector<double>& blockMeans, const std::vector<bool>& on)
{
    const int count = int(blockMeans.size());
    auto difference = [&](std::uint32_t mask) {
        double sumOn = 0, sumOff = 0;
        int nOn = 0;
        for (int i = 0; i < count; ++i)
            if (mask & (1u << i)) {
                sumOn += blockMeans[i];
                ++nOn;
            } else {
                sumOff += blockMeans[i];
            }
        return sumOn / nOn - sumOff / (count - nOn);
    };
    std::uint32_t observedMask = 0;
    int onCount = 0;
    for (int i = 0; i < count; ++i)
        if (on[i]) {
            observedMask |= 1u << i;
            ++onCount;
        }
    const double observed = std::abs(difference(observedMask));
    int hits = 0, total = 0;
    for (std::uint32_t mask = 0; mask < (1u << count); ++mask) {
        if (std::popcount(mask) != onCount)
            continue;
        ++total;
        if (std::abs(difference(mask)) >= observed - 1e-9)
            ++hits;
    }
    return double(hits) / total;
}

} // namespace

TEST_CASE("an on/off schedule is balanced, contiguous and the same for the same seed")
{
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const auto plan = ExperimentPlan::create(date(2026, 12, 1), 7, 8, seed);
        REQUIRE(plan);
        int on = 0;
        for (const ExperimentBlock& block : plan->blocks()) {
            on += block.magnesiumOn ? 1 : 0;
            CHECK(daysBetween(block.first, block.last) == 6);
        }
        CHECK(on == 4);
        CHECK(plan->start() == date(2026, 12, 1));
        CHECK(plan->end() == addDays(date(2026, 12, 1), 55));
        const auto again = ExperimentPlan::create(date(2026, 12, 1), 7, 8, seed);
        for (int i = 0; i < 8; ++i)
            CHECK(again->blocks()[i].magnesiumOn == plan->blocks()[i].magnesiumOn);
    }
}

TEST_CASE("a seed gives the same schedule on every platform and in every version")
{
    // A saved experiment is stored as (start, block length, blocks, seed), so the drawing
    // procedure (mt19937_64 by hand, Fisher-Yates) must never change. The expected schedules
    // come from a second implementation: tests/analysis/reference/schedule.py 42 8 (and 7 16).
    auto labelsOf = [](std::uint64_t seed, int blocks) {
        const auto plan = ExperimentPlan::create(date(2026, 12, 1), 7, blocks, seed);
        std::string labels;
        for (const ExperimentBlock& block : plan->blocks())
            labels += block.magnesiumOn ? '1' : '0';
        return labels;
    };
    CHECK(labelsOf(42, 8) == "01011010");
    CHECK(labelsOf(7, 16) == "1111000000011011");
    // Different seeds do not all give one schedule.
    std::set<std::string> seen;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
        seen.insert(labelsOf(seed, 8));
    }
    CHECK(seen.size() > 5);
}

TEST_CASE("an experiment needs an even number of blocks and a sensible block length")
{
    const auto odd = ExperimentPlan::create(date(2026, 12, 1), 7, 5, 1);
    REQUIRE_FALSE(odd);
    CHECK(odd.error().field == "blocks");
    const auto zeroDays = ExperimentPlan::create(date(2026, 12, 1), 0, 6, 1);
    REQUIRE_FALSE(zeroDays);
    CHECK(zeroDays.error().field == "block_days");
    CHECK_FALSE(ExperimentPlan::create(date(2026, 12, 1), 7, 0, 1));
}

TEST_CASE("blockOf finds the block of a date and nothing outside the experiment")
{
    const auto plan = ExperimentPlan::create(date(2026, 12, 1), 5, 4, 3);
    REQUIRE(plan);
    CHECK(plan->blockOf(date(2026, 12, 1))->index == 0);
    CHECK(plan->blockOf(date(2026, 12, 5))->index == 0);
    CHECK(plan->blockOf(date(2026, 12, 6))->index == 1);
    CHECK(plan->blockOf(date(2026, 12, 20))->index == 3);
    CHECK_FALSE(plan->blockOf(date(2026, 11, 30)));
    CHECK_FALSE(plan->blockOf(date(2026, 12, 21)));
}

TEST_CASE("a clear ON/OFF difference gets the smallest exact p the design allows")
{
    // 6 blocks, 3 ON: C(6, 3) = 20 labelings; only the observed one and its mirror image are
    // as extreme, so p = 2 / 20.
    const auto plan = ExperimentPlan::create(date(2026, 12, 1), 4, 6, 7);
    REQUIRE(plan);
    const JournalSeries series = nightsOf(*plan, [](const ExperimentBlock& block, int) {
        return std::optional<int>(block.magnesiumOn ? 10 : 20);
    });
    const ExperimentResult result = analyseExperiment(*plan, series, Outcome::IrlsTotal);
    CHECK(result.method == RandomizationMethod::Exact);
    CHECK(result.relabelings == 20);
    CHECK(result.blocksOn == 3);
    CHECK(result.blocksOff == 3);
    CHECK(result.nightsOn == 12);
    checkStatistic(result.meanOn, 10.0);
    checkStatistic(result.meanOff, 20.0);
    checkStatistic(result.difference, -10.0);
    checkStatistic(result.pValue, 0.1);
}

TEST_CASE("the exact randomization p equals a brute-force enumeration")
{
    const auto plan = ExperimentPlan::create(date(2026, 12, 1), 3, 10, 11);
    REQUIRE(plan);
    // Nights that vary within and between blocks; day 1 of block 2 unscored.
    auto value = [](const ExperimentBlock& block, int d) -> std::optional<int> {
        if (block.index == 2 && d == 0)
            return std::nullopt;
        return 15 + (block.index * 7) % 5 + d - (block.magnesiumOn ? 3 : 0);
    };
    const JournalSeries series = nightsOf(*plan, value);
    const ExperimentResult result = analyseExperiment(*plan, series, Outcome::IrlsTotal);
    std::vector<double> means;
    std::vector<bool> on;
    for (const ExperimentBlock& block : plan->blocks()) {
        double sum = 0;
        int n = 0;
        for (int d = 0; d < 3; ++d)
            if (const auto v = value(block, d)) {
                sum += *v;
                ++n;
            }
        means.push_back(sum / n);
        on.push_back(block.magnesiumOn);
    }
    CHECK(result.method == RandomizationMethod::Exact);
    CHECK(result.relabelings == 252); // C(10, 5)
    checkStatistic(result.pValue, bruteForceP(means, on));
    CHECK(result.nightsOn + result.nightsOff == 29);
}

TEST_CASE("too many labelings to enumerate: 10,000 seeded random relabelings")
{
    // 16 blocks: C(16, 8) = 12,870 > 10,000.
    const auto plan = ExperimentPlan::create(date(2026, 12, 1), 2, 16, 5);
    REQUIRE(plan);
    auto value = [](const ExperimentBlock& block, int d) -> std::optional<int> {
        return 14 + (block.index * 5) % 7 + d - (block.magnesiumOn ? 2 : 0);
    };
    const JournalSeries series = nightsOf(*plan, value);
    const ExperimentResult result = analyseExperiment(*plan, series, Outcome::IrlsTotal);
    CHECK(result.method == RandomizationMethod::MonteCarlo);
    CHECK(result.relabelings == kRandomRelabelings);
    REQUIRE(result.pValue);
    // p = (1 + hits) / 10,001 exactly, and the same on every run.
    const double hits = *result.pValue * 10001 - 1;
    CHECK(hits == Approx(std::round(hits)).margin(1e-6));
    CHECK(analyseExperiment(*plan, series, Outcome::IrlsTotal).pValue == result.pValue);

    std::vector<double> means;
    std::vector<bool> on;
    for (const ExperimentBlock& block : plan->blocks()) {
        means.push_back((*value(block, 0) + *value(block, 1)) / 2.0);
        on.push_back(block.magnesiumOn);
    }
    // Within 4 standard errors of the exact p (sqrt(p (1 - p) / 10,000) <= 0.005).
    CHECK(*result.pValue == Approx(bruteForceP(means, on)).margin(0.02));
}

TEST_CASE("blocks without scored nights drop out and washout days are skipped")
{
    const auto plan = ExperimentPlan::create(date(2026, 12, 1), 4, 4, 9);
    REQUIRE(plan);
    int emptyBlock = -1;
    for (const ExperimentBlock& block : plan->blocks())
        if (block.magnesiumOn && emptyBlock < 0)
            emptyBlock = block.index;
    const JournalSeries series = nightsOf(*plan, [&](const ExperimentBlock& block, int d) {
        if (block.index == emptyBlock)
            return std::optional<int>();
        return std::optional<int>(d == 0 ? 40 : (block.magnesiumOn ? 10 : 20));
    });

    const ExperimentResult all = analyseExperiment(*plan, series, Outcome::IrlsTotal);
    CHECK_FALSE(all.blockMeans[emptyBlock]);
    CHECK(all.blocksOn == 1);
    CHECK(all.blocksOff == 2);
    CHECK(all.relabelings == 3); // C(3, 1)
    checkStatistic(all.meanOn, (40 + 30) / 4.0);

    ExperimentOptions washout;
    washout.washoutDays = 1;
    const ExperimentResult skipped = analyseExperiment(*plan, series, Outcome::IrlsTotal, washout);
    checkStatistic(skipped.meanOn, 10.0);
    checkStatistic(skipped.meanOff, 20.0);
    CHECK(skipped.nightsOn == 3);
}

TEST_CASE("without a scored night in both arms there is no p-value")
{
    const auto plan = ExperimentPlan::create(date(2026, 12, 1), 3, 2, 1);
    REQUIRE(plan);
    const JournalSeries series = nightsOf(*plan, [](const ExperimentBlock& block, int) {
        return block.magnesiumOn ? std::optional<int>(12) : std::nullopt;
    });
    const ExperimentResult result = analyseExperiment(*plan, series, Outcome::IrlsTotal);
    CHECK(result.method == RandomizationMethod::None);
    CHECK_FALSE(result.pValue);
    CHECK_FALSE(result.difference);
    checkStatistic(result.meanOn, 12.0);
}

TEST_CASE("adherence counts ON days with a magnesium supplement and OFF days without one")
{
    // Two blocks of 5 days; which is ON depends on the seed, so read it from the plan.
    const ExperimentPlan plan = must(ExperimentPlan::create(date(2026, 5, 4), 5, 2, 7));
    const ExperimentBlock& on = plan.blocks()[0].magnesiumOn ? plan.blocks()[0] : plan.blocks()[1];
    const ExperimentBlock& off = plan.blocks()[0].magnesiumOn ? plan.blocks()[1] : plan.blocks()[0];
    JournalRecords records;
    for (const ExperimentBlock* block : {&on, &off})
        for (int d = 0; d < 4; ++d) // the 5th night of each block is not logged
            records.nights.push_back(night(addDays(block->first, d), 10));
    // ON: supplements on days 0 and 1 (day 1's at 00:30 the next morning still counts for
    // day 1), food only on day 2, a topical bath only on day 3, and a supplement on the
    // unlogged day 4, which is not counted.
    records.intakes.push_back(intake(at(on.first, 21, 0), Nutrient::Magnesium, 200));
    records.intakes.push_back(intake(at(addDays(on.first, 2), 0, 30), Nutrient::Magnesium, 200));
    records.intakes.push_back(
        must(Intake::create(IntakeEntry{at(addDays(on.first, 2), 19, 0), Nutrient::Magnesium,
                                        "food", Route::Oral, std::nullopt, 120, "dinner"})));
    records.intakes.push_back(
        intake(at(addDays(on.first, 3), 20, 0), Nutrient::Magnesium, 400, Route::Topical));
    records.intakes.push_back(intake(at(addDays(on.first, 4), 21, 0), Nutrient::Magnesium, 200));
    // OFF: one supplement taken against the schedule, and iron (not magnesium) on another day.
    records.intakes.push_back(intake(at(addDays(off.first, 1), 21, 0), Nutrient::Magnesium, 100));
    records.intakes.push_back(intake(at(addDays(off.first, 2), 9, 0), Nutrient::Iron, 30));
    // A supplement before the plan starts is outside it.
    records.intakes.push_back(intake(at(addDays(plan.start(), -1), 21, 0), Nutrient::Magnesium, 1));
    records.nights.push_back(night(addDays(plan.start(), -1), 10));

    // Topical magnesium never counts as taking the supplement, even when the statistics
    // include it in magnesium_mg.
    SeriesOptions withTopical;
    withTopical.includeTopicalMagnesium = true;
    for (const SeriesOptions& options : {SeriesOptions{}, withTopical}) {
        const ExperimentAdherence adherence =
            experimentAdherence(plan, JournalSeries::fromRecords(records, options));
        CHECK(adherence.onDays == 4);
        CHECK(adherence.onDaysWithMagnesium == 2);
        CHECK(adherence.offDays == 4);
        CHECK(adherence.offDaysWithout == 3);
        checkStatistic(adherence.onShare(), 0.5);
        checkStatistic(adherence.offShare(), 0.75);
        CHECK(adherence.poor());
    }
}

TEST_CASE("adherence is good at 80 % on both sides and unknown before any night is logged")
{
    const ExperimentPlan plan = must(ExperimentPlan::create(date(2026, 5, 4), 5, 2, 7));
    ExperimentAdherence empty = experimentAdherence(plan, JournalSeries{});
    CHECK(empty.onDays == 0);
    CHECK_FALSE(empty.onShare());
    CHECK_FALSE(empty.poor());

    JournalRecords records;
    for (const ExperimentBlock& block : plan.blocks())
        for (int d = 0; d < 5; ++d) {
            records.nights.push_back(night(addDays(block.first, d), 10));
            // 4 of 5 days follow the schedule on each side.
            if (block.magnesiumOn == (d != 4))
                records.intakes.push_back(
                    intake(at(addDays(block.first, d), 21, 0), Nutrient::Magnesium, 200));
        }
    const ExperimentAdherence adherence =
        experimentAdherence(plan, JournalSeries::fromRecords(records));
    CHECK(adherence.onDaysWithMagnesium == 4);
    CHECK(adherence.offDaysWithout == 4);
    CHECK_FALSE(adherence.poor());
}
