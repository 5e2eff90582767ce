#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// The randomized on/off self-experiment's design limits (statistics-v2.md section 5): an
/// even number of blocks, so that they form on/off pairs, and at least 12 of them, because
/// below that the randomization test can never reach p < 0.05.
inline constexpr int kMinExperimentBlocks = 12;
inline constexpr int kMaxExperimentBlocks = 40;
inline constexpr int kDefaultExperimentBlocks = 12;
inline constexpr int kDefaultExperimentBlockDays = 7;
inline constexpr int kDefaultExperimentWashoutDays = 2;
inline constexpr int kMaxExperimentBlockDays = 90;
/// Seeds are kept below 2^53 so that they survive JSON readers that hold numbers as doubles.
inline constexpr std::uint64_t kMaxExperimentSeed = (std::uint64_t(1) << 53) - 1;

/// A day on which the person of a blinded plan logged taking that day's pack: the pack
/// numbered by the day's block (statistics-v2.md section 5, "Optional blinding").
struct PackTaken
{
    Date date;
    int pack = 0;

    bool operator==(const PackTaken&) const = default;
};

/// A saved ("pre-registered") self-experiment. Every field but `endedEarlyAt` and
/// `packsTaken` is fixed from the moment it is saved: changing what is measured, or how,
/// after seeing nights would make its p-value meaningless.
struct ExperimentPlan
{
    std::string id;       // a UUID string
    std::string exposure; // the exposure's id, "magnesium_mg"
    std::string outcome;  // the outcome's id, "severity"
    double dose = 0;      // of an "on" day, in the exposure's unit
    double mid = 1;       // smallest on - off difference that matters, in outcome units
    int blocks = kDefaultExperimentBlocks;
    int blockDays = kDefaultExperimentBlockDays;
    int washoutDays = kDefaultExperimentWashoutDays;
    std::uint64_t seed = 0;
    Date start;
    bool blinded = false;
    /// The power shown when it was saved (it depends on the nights before saving).
    std::optional<double> power;
    std::string savedAt;                     // UTC, "2026-12-07T01:00:00Z"
    std::optional<std::string> endedEarlyAt; // UTC, set once by "end early"
    /// A blinded plan's log of packs taken, in date order; grows day by day (not fixed).
    std::vector<PackTaken> packsTaken;

    bool operator==(const ExperimentPlan&) const = default;
};

/// One block of the schedule: which condition its days follow.
struct ExperimentBlock
{
    int block = 0; // 1-based, in date order
    Date from;
    Date to;
    bool on = false;

    bool operator==(const ExperimentBlock&) const = default;
};

/// Checks the design fields (not `id` or `savedAt`); errors name the field (`blocks`, ...).
Status validateExperimentDesign(const ExperimentPlan& plan);
/// The design checks plus a UUID `id`, a UTC `savedAt` and packs taken that fit the plan
/// (blinded, each on a day of a block with that block's number, dates in order, once each).
Status validateExperimentPlan(const ExperimentPlan& plan);
/// The packs-taken part of validateExperimentPlan(); errors name `packs_taken[i]`.
Status validatePacksTaken(const ExperimentPlan& plan);

/// The schedule the seed gives: blocks in consecutive pairs, each pair "on, off" or
/// "off, on" by one bit of a seeded mt19937_64 (specified exactly, so the same on every
/// platform).
std::vector<ExperimentBlock> experimentAssignments(const ExperimentPlan& plan);
/// The last day of the last block.
Date experimentEnd(const ExperimentPlan& plan);
/// The pack a blinded plan's person takes on `date`: the number of the block holding it;
/// none for an unblinded plan or a day outside the blocks.
std::optional<int> experimentPackOn(const ExperimentPlan& plan, Date date);
/// Whether the plan's log holds `date`'s pack.
bool packTakenOn(const ExperimentPlan& plan, Date date);
/// The blinded plan whose packs are being taken on `date` (the latest saved when two
/// overlap): not ended early, `date` in one of its blocks. Null when there is none.
const ExperimentPlan* blindedPlanRunningOn(const std::vector<ExperimentPlan>& plans, Date date);
/// The smallest p-value the randomization test can give: 2 / 2^(blocks / 2).
double experimentMinP(int blocks);

/// A random (version 4) UUID, lower-case, "8-4-4-4-12".
std::string newExperimentId();
bool isUuid(std::string_view text);
/// A random seed in [0, kMaxExperimentSeed].
std::uint64_t newExperimentSeed();
/// The current UTC time as "YYYY-MM-DDTHH:MM:SSZ".
std::string utcTimestampNow();
bool isUtcTimestamp(std::string_view text);

} // namespace quietlegs
