#pragma once

#include "quietlegs/core/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace quietlegs {

/// What an intake supplies (interchange-v1.md `intakes[].nutrient`).
enum class Nutrient { Magnesium, Iron, VitaminB6, VitaminC, Other };

std::string_view nutrientId(Nutrient nutrient);          // "magnesium", "vitamin_b6", ...
std::string_view nutrientDisplayName(Nutrient nutrient); // "Magnesium", "Vitamin B6", ...
Result<Nutrient> parseNutrient(std::string_view id, std::string_view field = "nutrient");
std::span<const Nutrient> allNutrients();

/// Route of an intake: swallowed, or on the skin (Epsom baths, oils).
enum class Route { Oral, Topical };
std::string_view routeId(Route route);
Result<Route> parseRoute(std::string_view id, std::string_view field = "route");

/// A compound a nutrient is sold as, with the share of its weight that is the element.
struct IntakeForm
{
    Nutrient nutrient;
    std::string_view id;          // interchange id: "glycinate", "ferrous_sulfate", "food"
    std::string_view displayName; // "Glycinate / bisglycinate"
    std::optional<double> elementalFraction; // none: the label's elemental figure is needed
    bool topicalAllowed = false;
};

inline constexpr std::string_view kFoodForm = "food";
inline constexpr std::string_view kUnknownForm = "unknown";

/// The forms known for a nutrient (magnesium and iron have tables; the others only
/// "food" and "unknown").
std::span<const IntakeForm> formsOf(Nutrient nutrient);
Result<IntakeForm> findForm(Nutrient nutrient, std::string_view id, std::string_view field = "form");

} // namespace quietlegs
