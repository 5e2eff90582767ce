#include "quietlegs/core/LabResult.h"

#include <array>
#include <cmath>
#include <sstream>

namespace quietlegs {
namespace {

constexpr std::array kLabTests = {LabTest::Ferritin, LabTest::Tsat, LabTest::SerumMagnesium,
                                  LabTest::Hemoglobin, LabTest::Crp};
constexpr std::array<std::string_view, 2> kFerritinUnits = {"ug/L", "ng/mL"};
constexpr std::array<std::string_view, 1> kTsatUnits = {"%"};
constexpr std::array<std::string_view, 2> kMagnesiumUnits = {"mmol/L", "mg/dL"};
constexpr std::array<std::string_view, 2> kHemoglobinUnits = {"g/dL", "g/L"};
constexpr std::array<std::string_view, 1> kCrpUnits = {"mg/L"};
constexpr std::size_t kLaboratoryMaxCharacters = 200;

// Characters, not bytes: a laboratory's name may well be written with accents.
std::size_t utf8Characters(std::string_view text)
{
    std::size_t count = 0;
    for (unsigned char c : text)
        count += (c & 0xC0) != 0x80;
    return count;
}

// Magnesium's molar mass is 24.305 g/mol: 1 mmol/L = 24.305 mg/L = 2.4305 mg/dL.
constexpr double kMagnesiumMgPerDlPerMmolPerL = 2.4305;

struct PlausibleRange
{
    double min;
    double max;
};

// Wide physiological limits: anything outside is a typing or unit error.
PlausibleRange plausibleRange(LabTest test)
{
    switch (test) {
    case LabTest::Ferritin: return {0.1, 20000};
    case LabTest::Tsat: return {0, 100};
    case LabTest::SerumMagnesium: return {0.1, 5};
    case LabTest::Hemoglobin: return {2, 25};
    case LabTest::Crp: return {0, 1000};
    }
    return {0, 0};
}


} // namespace

std::string_view labTestId(LabTest test)
{
    switch (test) {
    case LabTest::Ferritin: return "ferritin";
    case LabTest::Tsat: return "tsat";
    case LabTest::SerumMagnesium: return "serum_magnesium";
    case LabTest::Hemoglobin: return "hemoglobin";
    case LabTest::Crp: return "crp";
    }
    return "ferritin";
}

std::string_view labTestDisplayName(LabTest test)
{
    switch (test) {
    case LabTest::Ferritin: return "Ferritin";
    case LabTest::Tsat: return "Transferrin saturation (TSAT)";
    case LabTest::SerumMagnesium: return "Serum magnesium";
    case LabTest::Hemoglobin: return "Haemoglobin";
    case LabTest::Crp: return "C-reactive protein (CRP)";
    }
    return "";
}

std::span<const LabTest> allLabTests()
{
    return kLabTests;
}

Result<LabTest> parseLabTest(std::string_view id, std::string_view field)
{
    for (LabTest test : kLabTests)
        if (labTestId(test) == id)
            return test;
    return Error{std::string(field), std::string(id),
                 "unknown lab test (use ferritin, tsat, serum_magnesium, hemoglobin or crp)"};
}

std::span<const std::string_view> labUnitsOf(LabTest test)
{
    switch (test) {
    case LabTest::Ferritin: return kFerritinUnits;
    case LabTest::Tsat: return kTsatUnits;
    case LabTest::SerumMagnesium: return kMagnesiumUnits;
    case LabTest::Hemoglobin: return kHemoglobinUnits;
    case LabTest::Crp: return kCrpUnits;
    }
    return {};
}

std::string_view loincCode(LabTest test, std::string_view unit)
{
    // domain.md, "Lab results, for FHIR export".
    switch (test) {
    case LabTest::Ferritin: return "2276-4";
    case LabTest::Tsat: return "2502-3";
    case LabTest::SerumMagnesium: return unit == "mmol/L" ? "2601-3" : "19123-9";
    case LabTest::Hemoglobin: return "718-7";
    case LabTest::Crp: return "1988-5"; // domain.md, "Reference ranges and context for labs"
    }
    return "";
}

std::string_view labUnitSymbol(std::string_view unit)
{
    return unit == "ug/L" ? "\xC2\xB5g/L" : unit; // UTF-8 for the micro sign
}

Result<LabResult> LabResult::create(Date date, LabTest test, double value, std::string unit,
                                    LabDetails details)
{
    if (!date.ok())
        return Error{"date", "", "no such calendar date"};
    if (unit == labUnitSymbol("ug/L"))
        unit = "ug/L";
    bool unitKnown = false;
    std::string accepted;
    for (std::string_view u : labUnitsOf(test)) {
        unitKnown = unitKnown || u == unit;
        accepted += (accepted.empty() ? "" : ", ") + std::string(u);
    }
    if (!unitKnown)
        return Error{"unit", unit,
                     "not a unit for " + std::string(labTestId(test)) + " (use " + accepted + ")"};

    LabResult result;
    result.m_date = date;
    result.m_test = test;
    result.m_value = value;
    result.m_unit = std::move(unit);
    if (utf8Characters(details.laboratory) > kLaboratoryMaxCharacters)
        return Error{"laboratory", details.laboratory.substr(0, 40) + "...",
                     "is limited to 200 characters"};
    if (utf8Characters(details.sourceName) > kLaboratoryMaxCharacters)
        return Error{"source_name", details.sourceName.substr(0, 40) + "...",
                     "is limited to 200 characters"};
    result.m_details = std::move(details);
    const auto range = plausibleRange(test);
    const double shown = result.valueInDisplayUnit();
    if (!std::isfinite(value) || shown < range.min || shown > range.max)
        return Error{"value", errorValue(value),
                     "outside the possible range for " + std::string(labTestId(test)) + " ("
                         + errorValue(range.min) + " to " + errorValue(range.max) + " "
                         + std::string(result.displayUnit()) + ")"};
    return result;
}

double LabResult::valueInDisplayUnit() const
{
    if (m_test == LabTest::SerumMagnesium && m_unit == "mg/dL")
        return m_value / kMagnesiumMgPerDlPerMmolPerL;
    if (m_test == LabTest::Hemoglobin && m_unit == "g/L")
        return m_value / 10.0;
    return m_value; // ng/mL equals ug/L
}

} // namespace quietlegs
