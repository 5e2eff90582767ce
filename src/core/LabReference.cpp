#include "quietlegs/core/LabReference.h"

#include <cstdlib>

namespace quietlegs {
namespace {

// NIH ODS, Magnesium fact sheet for health professionals: 0.75-0.95 mmol/L (1.8-2.3 mg/dL).
constexpr LabReference kSerumMagnesium{0.75, 0.95, true, "Reference range 0.75-0.95 mmol/L",
                                       "NIH ODS, Magnesium fact sheet for health professionals"};
// WHO 2011, Haemoglobin concentrations for the diagnosis of anaemia.
constexpr std::string_view kWhoAnaemia =
    "WHO 2011, Haemoglobin concentrations for the diagnosis of anaemia";
constexpr LabReference kHaemoglobinMen{13.0, std::nullopt, true, "Anaemia below 13.0 g/dL (men)",
                                       kWhoAnaemia};
constexpr LabReference kHaemoglobinWomen{
    12.0, std::nullopt, true, "Anaemia below 12.0 g/dL (women, not pregnant)", kWhoAnaemia};
constexpr LabReference kHaemoglobinPregnancy{11.0, std::nullopt, true,
                                             "Anaemia below 11.0 g/dL (pregnancy)", kWhoAnaemia};
constexpr LabReference kFerritin{
    kAasmFerritinOralIronMax, kAasmFerritinIvIronMax, false,
    "RLS: iron is recommended at or below 75 \xC2\xB5g/L; 75-100 \xC2\xB5g/L "
    "intravenous iron only",
    kAasmGuideline};
constexpr LabReference kTsat{kAasmTsatMinPercent, std::nullopt, false,
                             "RLS: iron is recommended below 20 %", kAasmGuideline};
constexpr LabReference kCrp{kCrpInflammationMgPerL, std::nullopt, false,
                            "Above 5 mg/L, ferritin may overstate iron stores",
                            kWhoFerritinGuideline};

} // namespace

std::optional<LabReference> labReference(LabTest test, std::optional<RdaProfile> profile)
{
    switch (test) {
    case LabTest::Ferritin:
        return kFerritin;
    case LabTest::Tsat:
        return kTsat;
    case LabTest::SerumMagnesium:
        return kSerumMagnesium;
    case LabTest::Crp:
        return kCrp;
    case LabTest::Hemoglobin:
        if (!profile)
            return std::nullopt;
        switch (*profile) {
        case RdaProfile::Male19to30:
        case RdaProfile::Male31Plus:
            return kHaemoglobinMen;
        case RdaProfile::Female19to30:
        case RdaProfile::Female31to50:
        case RdaProfile::Female51Plus:
            return kHaemoglobinWomen;
        case RdaProfile::Pregnant:
            return kHaemoglobinPregnancy;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<LabResult> highCrpNear(const LabResult& ferritin, std::span<const LabResult> labs)
{
    if (ferritin.test() != LabTest::Ferritin)
        return std::nullopt;
    std::optional<LabResult> highest;
    for (const LabResult& lab : labs) {
        if (lab.test() != LabTest::Crp || lab.valueInDisplayUnit() <= kCrpInflammationMgPerL)
            continue;
        const int apart = daysBetween(ferritin.date(), lab.date());
        if (std::abs(apart) > kCrpFerritinWindowDays)
            continue;
        if (!highest || lab.valueInDisplayUnit() > highest->valueInDisplayUnit())
            highest = lab;
    }
    return highest;
}

} // namespace quietlegs
