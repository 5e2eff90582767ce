#pragma once

#include "quietlegs/core/Result.h"

#include <span>
#include <string_view>

namespace quietlegs {

/// A daily exposure of statistics-v1.md "Variables": what was taken or done on a journal date.
enum class Exposure
{
    MagnesiumMg,
    IronMg,
    CaffeineMg,
    AlcoholUnits,
    ExerciseMin,
    Stress
};

/// A nightly outcome of statistics-v1.md "Variables": how the night of a journal date went.
enum class Outcome
{
    IrlsTotal,
    Severity,
    SleepEfficiency
};

inline constexpr int kExposureCount = 6;
inline constexpr int kOutcomeCount = 3;

/// In the order of statistics-v1.md, which is the order of the correlation table's rows.
std::span<const Exposure> allExposures();
std::span<const Outcome> allOutcomes();

std::string_view exposureId(Exposure exposure); // "magnesium_mg", ... (the JSON names)
std::string_view outcomeId(Outcome outcome);    // "irls_total", ...
/// Short names for people: "Magnesium (mg)", "IRLS-style total", ...
std::string_view exposureDisplayName(Exposure exposure);
std::string_view outcomeDisplayName(Outcome outcome);
/// Lower-case noun phrases for sentences: "oral magnesium", "the IRLS-style total", ...
std::string_view exposurePhrase(Exposure exposure);
std::string_view outcomePhrase(Outcome outcome);
/// True when a higher value means a better night (sleep efficiency), false for symptom scores.
bool higherIsBetter(Outcome outcome);

Result<Exposure> parseExposure(std::string_view id, std::string_view field = "exposure");
Result<Outcome> parseOutcome(std::string_view id, std::string_view field = "outcome");

inline constexpr int indexOf(Exposure exposure)
{
    return static_cast<int>(exposure);
}
inline constexpr int indexOf(Outcome outcome)
{
    return static_cast<int>(outcome);
}

} // namespace quietlegs
