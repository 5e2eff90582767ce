#include "quietlegs/core/SupplementPreset.h"

namespace quietlegs {

Result<SupplementPreset> SupplementPreset::create(std::string name, Nutrient nutrient,
                                                  std::string form, Route route,
                                                  std::optional<double> compoundMg,
                                                  std::optional<double> elementalMg)
{
    if (name.empty() || name.size() > 200)
        return Error{"name", name, "a preset needs a name of 1 to 200 characters"};
    // The preset is valid exactly when the intake it adds is valid.
    auto intake = Intake::create(IntakeEntry{LocalDateTime{}, nutrient, form, route, compoundMg,
                                             elementalMg, name, EntrySource::Manual, ""});
    if (!intake)
        return intake.error();
    SupplementPreset preset;
    preset.m_name = std::move(name);
    preset.m_nutrient = nutrient;
    preset.m_form = std::move(form);
    preset.m_route = route;
    preset.m_compoundMg = compoundMg;
    preset.m_elementalMg = elementalMg;
    preset.m_elementalPerUse = intake->elementalMg();
    return preset;
}

double SupplementPreset::elementalMgPerUse() const
{
    return m_elementalPerUse;
}

Intake SupplementPreset::intakeAt(LocalDateTime when) const
{
    // create() validated these exact values, so this cannot fail.
    return *Intake::create(IntakeEntry{when, m_nutrient, m_form, m_route, m_compoundMg,
                                       m_elementalMg, m_name, EntrySource::Manual, ""});
}

} // namespace quietlegs
