#include "quietlegs/core/Nutrient.h"

#include <array>

namespace quietlegs {
namespace {

constexpr std::array kNutrients = {Nutrient::Magnesium, Nutrient::Iron, Nutrient::VitaminB6,
                                   Nutrient::VitaminC, Nutrient::Other};

// domain.md, "Magnesium": elemental fraction of the compound's weight (typical forms sold).
// Food amounts are already elemental (fraction 1).
constexpr std::array kMagnesiumForms = {
    IntakeForm{Nutrient::Magnesium, "oxide", "Oxide", 0.60},
    IntakeForm{Nutrient::Magnesium, "carbonate", "Carbonate", 0.29},
    IntakeForm{Nutrient::Magnesium, "citrate", "Citrate", 0.16},
    IntakeForm{Nutrient::Magnesium, "malate", "Malate", 0.155},
    IntakeForm{Nutrient::Magnesium, "glycinate", "Glycinate / bisglycinate", 0.141},
    IntakeForm{Nutrient::Magnesium, "lactate", "Lactate", 0.12},
    IntakeForm{Nutrient::Magnesium, "chloride", "Chloride (hexahydrate)", 0.12, true},
    IntakeForm{Nutrient::Magnesium, "taurate", "Taurate", 0.089},
    IntakeForm{Nutrient::Magnesium, "threonate", "L-threonate", 0.083},
    IntakeForm{Nutrient::Magnesium, "aspartate", "Aspartate", 0.075},
    IntakeForm{Nutrient::Magnesium, "orotate", "Orotate", 0.066},
    IntakeForm{Nutrient::Magnesium, "sulfate", "Sulfate (Epsom salt)", 0.099, true},
    IntakeForm{Nutrient::Magnesium, "food", "Food", 1.0},
    IntakeForm{Nutrient::Magnesium, "unknown", "Other / unknown form", std::nullopt, true},
};

// domain.md, "Iron": ferrous sulfate 325 mg = 65 mg elemental (0.20), gluconate 0.12,
// fumarate 0.33, bisglycinate 0.20. Polysaccharide-iron labels state elemental iron.
constexpr std::array kIronForms = {
    IntakeForm{Nutrient::Iron, "ferrous_sulfate", "Ferrous sulfate", 0.20},
    IntakeForm{Nutrient::Iron, "ferrous_gluconate", "Ferrous gluconate", 0.12},
    IntakeForm{Nutrient::Iron, "ferrous_fumarate", "Ferrous fumarate", 0.33},
    IntakeForm{Nutrient::Iron, "bisglycinate", "Ferrous bisglycinate", 0.20},
    IntakeForm{Nutrient::Iron, "polysaccharide", "Polysaccharide-iron complex", std::nullopt},
    IntakeForm{Nutrient::Iron, "food", "Food", 1.0},
    IntakeForm{Nutrient::Iron, "unknown", "Other / unknown form", std::nullopt},
};

constexpr std::array kVitaminB6Forms = {
    IntakeForm{Nutrient::VitaminB6, "food", "Food", 1.0},
    IntakeForm{Nutrient::VitaminB6, "unknown", "Supplement", std::nullopt},
};
constexpr std::array kVitaminCForms = {
    IntakeForm{Nutrient::VitaminC, "food", "Food", 1.0},
    IntakeForm{Nutrient::VitaminC, "unknown", "Supplement", std::nullopt},
};
constexpr std::array kOtherForms = {
    IntakeForm{Nutrient::Other, "food", "Food", 1.0},
    IntakeForm{Nutrient::Other, "unknown", "Supplement", std::nullopt, true},
};

} // namespace

std::string_view nutrientId(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Magnesium: return "magnesium";
    case Nutrient::Iron: return "iron";
    case Nutrient::VitaminB6: return "vitamin_b6";
    case Nutrient::VitaminC: return "vitamin_c";
    case Nutrient::Other: return "other";
    }
    return "other";
}

std::string_view nutrientDisplayName(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Magnesium: return "Magnesium";
    case Nutrient::Iron: return "Iron";
    case Nutrient::VitaminB6: return "Vitamin B6";
    case Nutrient::VitaminC: return "Vitamin C";
    case Nutrient::Other: return "Other";
    }
    return "Other";
}

std::span<const Nutrient> allNutrients()
{
    return kNutrients;
}

Result<Nutrient> parseNutrient(std::string_view id, std::string_view field)
{
    for (Nutrient n : kNutrients)
        if (nutrientId(n) == id)
            return n;
    return Error{std::string(field), std::string(id),
                 "unknown nutrient (use magnesium, iron, vitamin_b6, vitamin_c or other)"};
}

std::string_view routeId(Route route)
{
    return route == Route::Oral ? "oral" : "topical";
}

Result<Route> parseRoute(std::string_view id, std::string_view field)
{
    if (id == "oral")
        return Route::Oral;
    if (id == "topical")
        return Route::Topical;
    return Error{std::string(field), std::string(id), "route must be oral or topical"};
}

std::span<const IntakeForm> formsOf(Nutrient nutrient)
{
    switch (nutrient) {
    case Nutrient::Magnesium: return kMagnesiumForms;
    case Nutrient::Iron: return kIronForms;
    case Nutrient::VitaminB6: return kVitaminB6Forms;
    case Nutrient::VitaminC: return kVitaminCForms;
    case Nutrient::Other: return kOtherForms;
    }
    return {};
}

Result<IntakeForm> findForm(Nutrient nutrient, std::string_view id, std::string_view field)
{
    for (const IntakeForm& form : formsOf(nutrient))
        if (form.id == id)
            return form;
    std::string known;
    for (const IntakeForm& form : formsOf(nutrient))
        known += (known.empty() ? "" : ", ") + std::string(form.id);
    return Error{std::string(field), std::string(id),
                 "not a known form of " + std::string(nutrientId(nutrient)) + " (" + known + ")"};
}

} // namespace quietlegs
