#include "quietlegs/core/SafetyRules.h"

#include "quietlegs/core/FoodCoverage.h"

#include <array>

namespace quietlegs {
namespace {

constexpr std::array kRdaProfiles = {RdaProfile::Male19to30, RdaProfile::Male31Plus,
                                     RdaProfile::Female19to30, RdaProfile::Female31to50,
                                     RdaProfile::Female51Plus, RdaProfile::Pregnant};

} // namespace

MagnesiumTotals magnesiumTotals(std::span<const Intake> intakes)
{
    MagnesiumTotals totals;
    // Hand-logged food that an import covers is left out (food counted once).
    const std::vector<bool> counted = countedInTotals(intakes);
    for (std::size_t i = 0; i < intakes.size(); ++i) {
        const Intake& intake = intakes[i];
        if (intake.nutrient() != Nutrient::Magnesium || !counted[i])
            continue;
        switch (intake.source()) {
        case IntakeSource::Supplement: totals.supplementMg += intake.elementalMg(); break;
        case IntakeSource::Food: totals.foodMg += intake.elementalMg(); break;
        case IntakeSource::Topical: totals.topicalMg += intake.elementalMg(); break;
        }
    }
    return totals;
}

double oralElementalMg(std::span<const Intake> intakes, Nutrient nutrient)
{
    double total = 0;
    const std::vector<bool> counted = countedInTotals(intakes); // food counted once
    for (std::size_t i = 0; i < intakes.size(); ++i)
        if (counted[i] && intakes[i].nutrient() == nutrient && intakes[i].route() == Route::Oral)
            total += intakes[i].elementalMg();
    return total;
}

bool exceedsSupplementalMagnesiumLimit(double supplementalMg, double limitMg)
{
    return supplementalMg > limitMg;
}

IronFlag ironFlagOf(const LabResult& result)
{
    const double value = result.valueInDisplayUnit();
    switch (result.test()) {
    case LabTest::Ferritin:
        if (value <= kAasmFerritinOralIronMax)
            return IronFlag::OralOrIvIron;
        if (value <= kAasmFerritinIvIronMax)
            return IronFlag::IvIronOnly;
        return IronFlag::None;
    case LabTest::Tsat:
        return value < kAasmTsatMinPercent ? IronFlag::LowSaturation : IronFlag::None;
    case LabTest::SerumMagnesium:
    case LabTest::Hemoglobin:
    case LabTest::Crp:
        return IronFlag::None;
    }
    return IronFlag::None;
}

std::string_view ironFlagText(IronFlag flag)
{
    switch (flag) {
    case IronFlag::None: return "";
    case IronFlag::OralOrIvIron:
        return "Ferritin at or below 75 µg/L: the AASM 2024 guideline recommends iron "
               "supplementation for RLS. Discuss with your doctor.";
    case IronFlag::IvIronOnly:
        return "Ferritin 75-100 µg/L: the AASM 2024 guideline suggests only intravenous iron "
               "in this range. Discuss with your doctor.";
    case IronFlag::LowSaturation:
        return "Transferrin saturation below 20%: the AASM 2024 guideline recommends iron "
               "supplementation for RLS. Discuss with your doctor.";
    }
    return "";
}

std::span<const RdaProfile> allRdaProfiles()
{
    return kRdaProfiles;
}

std::string_view rdaProfileId(RdaProfile profile)
{
    switch (profile) {
    case RdaProfile::Male19to30: return "male_19_30";
    case RdaProfile::Male31Plus: return "male_31_plus";
    case RdaProfile::Female19to30: return "female_19_30";
    case RdaProfile::Female31to50: return "female_31_50";
    case RdaProfile::Female51Plus: return "female_51_plus";
    case RdaProfile::Pregnant: return "pregnant";
    }
    return "";
}

std::string_view rdaProfileDisplayName(RdaProfile profile)
{
    switch (profile) {
    case RdaProfile::Male19to30: return "Man, 19-30";
    case RdaProfile::Male31Plus: return "Man, 31 or older";
    case RdaProfile::Female19to30: return "Woman, 19-30";
    case RdaProfile::Female31to50: return "Woman, 31-50";
    case RdaProfile::Female51Plus: return "Woman, 51 or older";
    case RdaProfile::Pregnant: return "Pregnant";
    }
    return "";
}

std::optional<RdaProfile> parseRdaProfile(std::string_view id)
{
    for (RdaProfile p : kRdaProfiles)
        if (rdaProfileId(p) == id)
            return p;
    return std::nullopt;
}

double magnesiumRdaMg(RdaProfile profile)
{
    // NIH ODS (domain.md): men 19-30 400, 31+ 420; women 19-30 310, 31+ 320; pregnancy 350-360.
    switch (profile) {
    case RdaProfile::Male19to30: return 400;
    case RdaProfile::Male31Plus: return 420;
    case RdaProfile::Female19to30: return 310;
    case RdaProfile::Female31to50:
    case RdaProfile::Female51Plus: return 320;
    case RdaProfile::Pregnant: return 350;
    }
    return 0;
}

double ironRdaMg(RdaProfile profile)
{
    // NIH ODS iron fact sheet (domain.md, "Reference ranges and context for labs"): men 8;
    // women 19-50 18, 51+ 8; pregnancy 27. (Lactation, 9-10 mg, has no profile here.)
    switch (profile) {
    case RdaProfile::Male19to30:
    case RdaProfile::Male31Plus: return 8;
    case RdaProfile::Female19to30:
    case RdaProfile::Female31to50: return 18;
    case RdaProfile::Female51Plus: return 8;
    case RdaProfile::Pregnant: return 27;
    }
    return 0;
}

} // namespace quietlegs
