#pragma once

#include "quietlegs/core/Intake.h"

#include <cstdint>
#include <string>

namespace quietlegs {

/// A saved "My supplements" entry, e.g. "Mg bisglycinate 2 caps = 200 mg elemental", that
/// adds an intake with one click or keystroke.
class SupplementPreset
{
public:
    /// Validates the dose as an intake would be validated; `name` must not be empty.
    static Result<SupplementPreset> create(std::string name, Nutrient nutrient, std::string form,
                                           Route route, std::optional<double> compoundMg,
                                           std::optional<double> elementalMg);

    const std::string& name() const { return m_name; }
    Nutrient nutrient() const { return m_nutrient; }
    const std::string& form() const { return m_form; }
    Route route() const { return m_route; }
    std::optional<double> compoundMg() const { return m_compoundMg; }
    std::optional<double> elementalMg() const { return m_elementalMg; }
    /// The elemental mg one use of the preset adds.
    double elementalMgPerUse() const;
    /// The intake this preset adds when taken at `when`.
    Intake intakeAt(LocalDateTime when) const;

    friend bool operator==(const SupplementPreset&, const SupplementPreset&) = default;

private:
    SupplementPreset() = default;
    std::string m_name;
    Nutrient m_nutrient = Nutrient::Magnesium;
    std::string m_form;
    Route m_route = Route::Oral;
    std::optional<double> m_compoundMg;
    std::optional<double> m_elementalMg;
    double m_elementalPerUse = 0;
};

} // namespace quietlegs
