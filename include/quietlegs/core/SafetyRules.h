#pragma once

#include "quietlegs/core/Intake.h"
#include "quietlegs/core/LabResult.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace quietlegs {

/// US Food and Nutrition Board tolerable upper intake level for SUPPLEMENTAL magnesium
/// (supplements and medicines, not food), adults: 350 mg/day. EFSA uses 250 mg/day.
inline constexpr double kSupplementalMagnesiumUpperLimitMg = 350;
/// Iron UL for adults, general population (shown as information: therapy exceeds it).
inline constexpr double kIronUpperLimitMg = 45;

/// AASM 2024 (Winkelman et al., J Clin Sleep Med 2025;21(1):137-152): iron is recommended
/// when ferritin <= 75 ug/L or TSAT < 20 %; between 75 and 100 ug/L only intravenous iron.
inline constexpr double kAasmFerritinOralIronMax = 75;
inline constexpr double kAasmFerritinIvIronMax = 100;
inline constexpr double kAasmTsatMinPercent = 20;
inline constexpr std::string_view kAasmGuideline =
    "AASM 2024 guideline (Winkelman et al., J Clin Sleep Med 2025;21(1):137-152)";

/// Elemental magnesium a day's intakes supply, split by where it came from.
struct MagnesiumTotals
{
    double supplementMg = 0; // oral, not food: what the upper limit is about
    double foodMg = 0;
    double topicalMg = 0; // recorded, but its absorption is unproven
};

/// Sums the magnesium of the given intakes (pass one journal day's intakes).
MagnesiumTotals magnesiumTotals(std::span<const Intake> intakes);
/// Sum of elemental mg of a nutrient taken by mouth (supplements and food).
double oralElementalMg(std::span<const Intake> intakes, Nutrient nutrient);

/// True when supplemental elemental magnesium passes the upper limit (food never counts).
bool exceedsSupplementalMagnesiumLimit(double supplementalMg,
                                       double limitMg = kSupplementalMagnesiumUpperLimitMg);

/// What a lab value means against the AASM 2024 thresholds for RLS.
enum class IronFlag {
    None,             // above the thresholds, or not an iron test
    OralOrIvIron,     // ferritin <= 75 ug/L: guideline recommends iron supplementation
    IvIronOnly,       // ferritin 75-100 ug/L: guideline suggests only IV iron
    LowSaturation,    // TSAT < 20 %: guideline recommends iron supplementation
};

IronFlag ironFlagOf(const LabResult& result);
/// A short sentence for a flag, naming the guideline; empty for IronFlag::None.
std::string_view ironFlagText(IronFlag flag);

/// RDA profile (NIH Office of Dietary Supplements).
enum class RdaProfile { Male19to30, Male31Plus, Female19to30, Female31to50, Female51Plus, Pregnant };
std::span<const RdaProfile> allRdaProfiles();
std::string_view rdaProfileId(RdaProfile profile);
std::string_view rdaProfileDisplayName(RdaProfile profile);
std::optional<RdaProfile> parseRdaProfile(std::string_view id);
double magnesiumRdaMg(RdaProfile profile);
/// Iron RDA (NIH ODS iron fact sheet: men 8 mg, women 19-50 18 mg, 51+ 8 mg, pregnancy 27 mg).
double ironRdaMg(RdaProfile profile);

/// Shown once in the supplement editor and the docs (domain.md, "Caution").
inline constexpr std::string_view kMagnesiumCaution =
    "People with kidney disease can accumulate magnesium. Magnesium binds tetracycline and "
    "quinolone antibiotics and bisphosphonates: take them hours apart.";

} // namespace quietlegs
