#include "quietlegs/analysis/Variables.h"

#include <array>
#include <string>

namespace quietlegs {
namespace {

struct ExposureInfo
{
    Exposure exposure;
    std::string_view id;
    std::string_view displayName;
    std::string_view phrase;
};

struct OutcomeInfo
{
    Outcome outcome;
    std::string_view id;
    std::string_view displayName;
    std::string_view phrase;
    bool higherIsBetter;
};

constexpr std::array<ExposureInfo, kExposureCount> kExposures{{
    {Exposure::MagnesiumMg, "magnesium_mg", "Magnesium (mg)", "oral magnesium"},
    {Exposure::IronMg, "iron_mg", "Iron (mg)", "oral iron"},
    {Exposure::CaffeineMg, "caffeine_mg", "Caffeine (mg)", "caffeine"},
    {Exposure::AlcoholUnits, "alcohol_units", "Alcohol (units)", "alcohol"},
    {Exposure::ExerciseMin, "exercise_min", "Exercise (min)", "exercise"},
    {Exposure::Stress, "stress", "Stress (0-10)", "stress"},
}};

constexpr std::array<OutcomeInfo, kOutcomeCount> kOutcomes{{
    {Outcome::IrlsTotal, "irls_total", "IRLS-style total", "the IRLS-style total", false},
    {Outcome::Severity, "severity", "Severity (0-10)", "the severity rating", false},
    {Outcome::SleepEfficiency, "sleep_efficiency", "Sleep efficiency (%)", "sleep efficiency",
     true},
}};

constexpr std::array<Exposure, kExposureCount> kExposureOrder{
    Exposure::MagnesiumMg,  Exposure::IronMg,      Exposure::CaffeineMg,
    Exposure::AlcoholUnits, Exposure::ExerciseMin, Exposure::Stress};
constexpr std::array<Outcome, kOutcomeCount> kOutcomeOrder{Outcome::IrlsTotal, Outcome::Severity,
                                                           Outcome::SleepEfficiency};

std::string joinedIds(auto const& table)
{
    std::string ids;
    for (const auto& info : table)
        ids += (ids.empty() ? "" : ", ") + std::string(info.id);
    return ids;
}

} // namespace

std::span<const Exposure> allExposures()
{
    return kExposureOrder;
}
std::span<const Outcome> allOutcomes()
{
    return kOutcomeOrder;
}

std::string_view exposureId(Exposure exposure)
{
    return kExposures[indexOf(exposure)].id;
}
std::string_view outcomeId(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].id;
}

std::string_view exposureDisplayName(Exposure exposure)
{
    return kExposures[indexOf(exposure)].displayName;
}

std::string_view outcomeDisplayName(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].displayName;
}

std::string_view exposurePhrase(Exposure exposure)
{
    return kExposures[indexOf(exposure)].phrase;
}
std::string_view outcomePhrase(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].phrase;
}
bool higherIsBetter(Outcome outcome)
{
    return kOutcomes[indexOf(outcome)].higherIsBetter;
}

Result<Exposure> parseExposure(std::string_view id, std::string_view field)
{
    for (const auto& info : kExposures)
        if (info.id == id)
            return info.exposure;
    return Error{std::string(field), std::string(id), "must be one of " + joinedIds(kExposures)};
}

Result<Outcome> parseOutcome(std::string_view id, std::string_view field)
{
    for (const auto& info : kOutcomes)
        if (info.id == id)
            return info.outcome;
    return Error{std::string(field), std::string(id), "must be one of " + joinedIds(kOutcomes)};
}

} // namespace quietlegs
