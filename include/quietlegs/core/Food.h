#pragma once

#include "quietlegs/core/Intake.h"

#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// A food with its magnesium and iron per 100 g edible portion, from the IFCT 2017 table
/// or entered by the user.
struct Food
{
    std::string name;
    std::string group; // "Nuts and Oil Seeds"; "My foods" for the user's own
    double magnesiumMgPer100g = 0;
    double ironMgPer100g = 0;
    std::string code; // IFCT 2017 food code ("H001"); empty for the user's own foods

    friend bool operator==(const Food&, const Food&) = default;
};

/// Checks a user's own food: a name, and amounts within what real foods hold (pumpkin
/// seeds, the richest common source, have about 550 mg magnesium per 100 g).
Status validateFood(const Food& food);

/// A named amount of a food, e.g. "a handful of almonds" = 30 g.
struct FoodPortion
{
    std::string foodName;
    std::string name;
    double grams = 0;

    friend bool operator==(const FoodPortion&, const FoodPortion&) = default;
};

Status validateFoodPortion(const FoodPortion& portion);

inline constexpr double kMaxFoodPortionGrams = 5000;

/// The `food` intakes (magnesium, then iron) that `grams` of `food` eaten at `when` supply;
/// a nutrient the food lacks adds nothing. Fails when grams is not in (0, 5000].
Result<std::vector<Intake>> foodIntakes(const Food& food, double grams, LocalDateTime when);

/// Reads the food table CSV (resources/foods/ifct2017.csv): `#` comment lines, a header
/// `name,group,mg_per_100g,fe_per_100g,code`, then one quoted-as-needed row per food.
Result<std::vector<Food>> parseFoodTable(std::string_view csv);

} // namespace quietlegs
