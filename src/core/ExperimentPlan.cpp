#include "quietlegs/core/ExperimentPlan.h"

#include <chrono>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <random>

namespace quietlegs {
namespace {

Error fieldError(const char* field, const std::string& value, std::string rule)
{
    return Error{field, value, std::move(rule)};
}


} // namespace

Status validateExperimentDesign(const ExperimentPlan& plan)
{
    if (plan.exposure.empty())
        return fieldError("exposure", "", "is required");
    if (plan.outcome.empty())
        return fieldError("outcome", "", "is required");
    if (!std::isfinite(plan.dose) || plan.dose <= 0)
        return fieldError("dose", errorValue(plan.dose),
                          "must be above 0 (the amount taken on an \"on\" day)");
    if (!std::isfinite(plan.mid) || plan.mid <= 0)
        return fieldError("mid", errorValue(plan.mid), "must be above 0");
    if (plan.blocks < kMinExperimentBlocks || plan.blocks > kMaxExperimentBlocks ||
        plan.blocks % 2 != 0)
        return fieldError("blocks", std::to_string(plan.blocks),
                          "must be an even number from " + std::to_string(kMinExperimentBlocks) +
                              " to " + std::to_string(kMaxExperimentBlocks) +
                              " (with fewer the smallest possible p is " +
                              errorValue(experimentMinP(plan.blocks < 2 ? 2 : plan.blocks)) +
                              ", above 0.05)");
    if (plan.blockDays < 1 || plan.blockDays > kMaxExperimentBlockDays)
        return fieldError("block_days", std::to_string(plan.blockDays),
                          "must be between 1 and " + std::to_string(kMaxExperimentBlockDays));
    if (plan.washoutDays < 0 || plan.washoutDays >= plan.blockDays)
        return fieldError("washout_days", std::to_string(plan.washoutDays),
                          "must be at least 0 and shorter than a block (" +
                              std::to_string(plan.blockDays) + " days)");
    if (plan.seed > kMaxExperimentSeed)
        return fieldError("seed", std::to_string(plan.seed), "must be below 2^53");
    if (!plan.start.ok())
        return fieldError("start", "", "is not a valid date");
    return {};
}

Status validateExperimentPlan(const ExperimentPlan& plan)
{
    if (!isUuid(plan.id))
        return fieldError("id", plan.id, "must be a UUID (8-4-4-4-12 hex digits)");
    if (auto status = validateExperimentDesign(plan); !status)
        return status;
    if (plan.power && !(*plan.power >= 0 && *plan.power <= 1))
        return fieldError("power", errorValue(*plan.power), "must be between 0 and 1");
    if (!isUtcTimestamp(plan.savedAt))
        return fieldError("saved_at", plan.savedAt, "must be a UTC time YYYY-MM-DDTHH:MM:SSZ");
    if (plan.endedEarlyAt && !isUtcTimestamp(*plan.endedEarlyAt))
        return fieldError("ended_early_at", *plan.endedEarlyAt,
                          "must be a UTC time YYYY-MM-DDTHH:MM:SSZ");
    return validatePacksTaken(plan);
}

Status validatePacksTaken(const ExperimentPlan& plan)
{
    if (!plan.packsTaken.empty() && !plan.blinded)
        return fieldError("packs_taken", formatDate(plan.packsTaken.front().date),
                          "only a blinded plan has packs (log the exposure itself)");
    for (std::size_t i = 0; i < plan.packsTaken.size(); ++i) {
        const PackTaken& taken = plan.packsTaken[i];
        const std::string field = "packs_taken[" + std::to_string(i) + "]";
        const auto pack = experimentPackOn(plan, taken.date);
        if (!pack)
            return fieldError(field.c_str(), formatDate(taken.date),
                              "is not a day of the plan's blocks (" + formatDate(plan.start) +
                                  " to " + formatDate(experimentEnd(plan)) + ")");
        if (*pack != taken.pack)
            return fieldError(field.c_str(), std::to_string(taken.pack),
                              "must be pack " + std::to_string(*pack) + ", the pack of " +
                                  formatDate(taken.date));
        if (i > 0 && !(plan.packsTaken[i - 1].date < taken.date))
            return fieldError(field.c_str(), formatDate(taken.date),
                              "must come after the day before it, once each");
    }
    return {};
}

std::vector<ExperimentBlock> experimentAssignments(const ExperimentPlan& plan)
{
    // One raw draw per pair, its top bit deciding the order: mt19937_64's output is fixed by
    // the standard, unlike std's distributions, so a stored seed always gives this schedule.
    std::mt19937_64 engine(plan.seed);
    std::vector<ExperimentBlock> blocks;
    blocks.reserve(std::max(plan.blocks, 0));
    for (int pair = 0; pair < plan.blocks / 2; ++pair) {
        const bool onFirst = (engine() >> 63) != 0;
        for (int half = 0; half < 2; ++half) {
            const int index = 2 * pair + half;
            const Date from = addDays(plan.start, index * plan.blockDays);
            blocks.push_back(ExperimentBlock{index + 1, from, addDays(from, plan.blockDays - 1),
                                             half == 0 ? onFirst : !onFirst});
        }
    }
    return blocks;
}

Date experimentEnd(const ExperimentPlan& plan)
{
    return addDays(plan.start, plan.blocks * plan.blockDays - 1);
}

std::optional<int> experimentPackOn(const ExperimentPlan& plan, Date date)
{
    if (!plan.blinded || plan.blockDays < 1 || date < plan.start || experimentEnd(plan) < date)
        return std::nullopt;
    return daysBetween(plan.start, date) / plan.blockDays + 1;
}

bool packTakenOn(const ExperimentPlan& plan, Date date)
{
    return std::binary_search(plan.packsTaken.begin(), plan.packsTaken.end(), PackTaken{date, 0},
                              [](const PackTaken& a, const PackTaken& b) { return a.date < b.date; });
}

const ExperimentPlan* blindedPlanRunningOn(const std::vector<ExperimentPlan>& plans, Date date)
{
    for (auto it = plans.rbegin(); it != plans.rend(); ++it)
        if (!it->endedEarlyAt && experimentPackOn(*it, date))
            return &*it;
    return nullptr;
}

double experimentMinP(int blocks)
{
    return 2.0 / std::ldexp(1.0, blocks / 2);
}

std::string newExperimentId()
{
    std::random_device device;
    unsigned char bytes[16];
    for (auto& byte : bytes)
        byte = static_cast<unsigned char>(device() & 0xFF);
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    std::string text;
    static constexpr char kHex[] = "0123456789abcdef";
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            text += '-';
        text += kHex[bytes[i] >> 4];
        text += kHex[bytes[i] & 0x0F];
    }
    return text;
}

bool isUuid(std::string_view text)
{
    if (text.size() != 36)
        return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!std::isxdigit(static_cast<unsigned char>(c))) {
            return false;
        }
    }
    return true;
}

std::uint64_t newExperimentSeed()
{
    std::random_device device;
    const std::uint64_t high = device();
    const std::uint64_t low = device();
    return ((high << 32) | low) & kMaxExperimentSeed;
}

std::string utcTimestampNow()
{
    using namespace std::chrono;
    const auto now = floor<seconds>(system_clock::now());
    const auto day = floor<days>(now);
    const year_month_day date{day};
    const hh_mm_ss time{now - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", int(date.year()),
                  unsigned(date.month()), unsigned(date.day()), int(time.hours().count()),
                  int(time.minutes().count()), int(time.seconds().count()));
    return buffer;
}

bool isUtcTimestamp(std::string_view text)
{
    // YYYY-MM-DDTHH:MM:SSZ with a date that exists and a time of day in range.
    if (text.size() != 20 || text[10] != 'T' || text[19] != 'Z' || text[13] != ':' ||
        text[16] != ':')
        return false;
    if (!parseDate(text.substr(0, 10)))
        return false;
    auto two = [&](std::size_t at) -> int {
        if (!std::isdigit(static_cast<unsigned char>(text[at])) ||
            !std::isdigit(static_cast<unsigned char>(text[at + 1])))
            return -1;
        return (text[at] - '0') * 10 + (text[at + 1] - '0');
    };
    const int hours = two(11), minutes = two(14), seconds = two(17);
    return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 &&
           seconds < 60;
}

} // namespace quietlegs
