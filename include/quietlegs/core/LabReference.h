#pragma once

#include "quietlegs/core/LabResult.h"
#include "quietlegs/core/SafetyRules.h"

#include <optional>
#include <span>
#include <string_view>

namespace quietlegs {

/// What a lab value is read against (domain.md, "Reference ranges and context for labs"), in
/// the test's display unit. A reference range is drawn as a band from `low` to `high`; guideline
/// thresholds (ferritin, TSAT, CRP) as lines at `low` and, when set, `high`.
struct LabReference
{
    std::optional<double> low;
    std::optional<double> high;
    bool isRange = false; // true: a normal range (band); false: thresholds (lines)
    std::string_view description;
    std::string_view source;
};

/// The reference for a test; haemoglobin's depends on the RDA profile (sex, pregnancy) and is
/// nullopt without one.
std::optional<LabReference> labReference(LabTest test, std::optional<RdaProfile> profile);

/// WHO 2020: with CRP above 5 mg/L ferritin may overstate iron stores.
inline constexpr double kCrpInflammationMgPerL = 5;
/// A CRP counts for a ferritin drawn up to 7 days before or after it.
inline constexpr int kCrpFerritinWindowDays = 7;
inline constexpr std::string_view kWhoFerritinGuideline =
    "WHO 2020 guideline on the use of ferritin concentrations to assess iron status";

/// The highest CRP above kCrpInflammationMgPerL within kCrpFerritinWindowDays of `ferritin`'s
/// date among `labs`, or nullopt (also when `ferritin` is not a ferritin).
std::optional<LabResult> highCrpNear(const LabResult& ferritin, std::span<const LabResult> labs);

} // namespace quietlegs
