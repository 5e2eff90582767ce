#include "quietlegs/core/Intake.h"

#include <cmath>
#include <sstream>

namespace quietlegs {
namespace {

// Far above any real dose, low enough to catch a slipped digit or a unit mix-up.
constexpr double kMaxOralElementalMg = 5000;
constexpr double kMaxOralCompoundMg = 50000;
// An Epsom bath takes up to about 500 g of salt.
constexpr double kMaxTopicalCompoundMg = 2000000;
constexpr double kMaxTopicalElementalMg = 200000;
constexpr std::size_t kLabelMaxLength = 200;

Status checkAmount(const std::optional<double>& value, const char* field, double max)
{
    if (!value)
        return {};
    if (!std::isfinite(*value) || *value <= 0)
        return Error{field, errorValue(*value), "must be a positive number of mg"};
    if (*value > max)
        return Error{field, errorValue(*value),
                     "is implausibly large (at most " + errorValue(max) + " mg)"};
    return {};
}

} // namespace

std::optional<double> elementalMilligrams(const IntakeForm& form, double compoundMg)
{
    if (!form.elementalFraction)
        return std::nullopt;
    return compoundMg * *form.elementalFraction;
}

Result<Intake> Intake::create(const IntakeEntry& entry)
{
    return create(IntakeEntry(entry));
}

Result<Intake> Intake::create(IntakeEntry&& entry)
{
    auto form = findForm(entry.nutrient, entry.form);
    if (!form)
        return form.error();
    if (entry.route == Route::Topical && !form->topicalAllowed)
        return Error{"route", "topical",
                     std::string(form->id) + " " + std::string(nutrientId(entry.nutrient))
                         + " is taken by mouth; topical is for Epsom salt, chloride oils or "
                           "unknown forms"};

    const bool topical = entry.route == Route::Topical;
    if (auto s = checkAmount(entry.compoundMg, "compound_mg",
                             topical ? kMaxTopicalCompoundMg : kMaxOralCompoundMg);
        !s)
        return s.error();
    if (auto s = checkAmount(entry.elementalMg, "elemental_mg",
                             topical ? kMaxTopicalElementalMg : kMaxOralElementalMg);
        !s)
        return s.error();
    if (!entry.compoundMg && !entry.elementalMg)
        return Error{"elemental_mg", "", "give the compound mg or the elemental mg"};
    if (entry.compoundMg && entry.elementalMg && *entry.elementalMg > *entry.compoundMg + 1e-9)
        return Error{"elemental_mg", errorValue(*entry.elementalMg),
                     "cannot exceed the compound's weight (" + errorValue(*entry.compoundMg) + " mg)"};
    if (entry.label.size() > kLabelMaxLength)
        return Error{"label", entry.label.substr(0, 40) + "...",
                     "labels are limited to 200 characters"};

    double elemental = 0;
    if (entry.elementalMg) {
        elemental = *entry.elementalMg;
    } else if (auto computed = elementalMilligrams(*form, *entry.compoundMg)) {
        elemental = *computed;
    } else {
        return Error{"elemental_mg", "",
                     "the elemental share of form \"" + std::string(form->id)
                         + "\" is not known: give the elemental mg from the label"};
    }
    if (!topical && elemental > kMaxOralElementalMg)
        return Error{"compound_mg", errorValue(*entry.compoundMg),
                     "gives an implausibly large elemental dose"};

    if (entry.originName.size() > 200)
        return Error{"source_name", entry.originName.substr(0, 40) + "...",
                     "is limited to 200 characters"};

    Intake intake;
    intake.m_takenAt = entry.takenAt;
    intake.m_nutrient = entry.nutrient;
    intake.m_form = std::string(form->id);
    intake.m_route = entry.route;
    intake.m_compoundMg = entry.compoundMg;
    intake.m_elementalMg = elemental;
    intake.m_label = std::move(entry.label);
    intake.m_origin = entry.origin;
    intake.m_originName = std::move(entry.originName);
    return intake;
}

IntakeSource Intake::source() const
{
    if (m_route == Route::Topical)
        return IntakeSource::Topical;
    if (m_form == kFoodForm)
        return IntakeSource::Food;
    return IntakeSource::Supplement;
}

} // namespace quietlegs
