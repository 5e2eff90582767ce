#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Result.h"

#include <span>
#include <string>
#include <string_view>

namespace quietlegs {

/// The blood tests the journal records (interchange-v1.md `labs[].test`).
enum class LabTest { Ferritin, Tsat, SerumMagnesium, Hemoglobin };

std::string_view labTestId(LabTest test);          // "ferritin", "tsat", ...
std::string_view labTestDisplayName(LabTest test); // "Ferritin", "Transferrin saturation", ...
Result<LabTest> parseLabTest(std::string_view id, std::string_view field = "test");
std::span<const LabTest> allLabTests();
/// Units accepted for a test; the first is the one values are shown in.
std::span<const std::string_view> labUnitsOf(LabTest test);
/// LOINC code for FHIR export (domain.md, "Lab results").
std::string_view loincCode(LabTest test, std::string_view unit);

/// One lab value with the unit it was reported in.
class LabResult
{
public:
    static Result<LabResult> create(Date date, LabTest test, double value, std::string unit);

    Date date() const { return m_date; }
    LabTest test() const { return m_test; }
    double value() const { return m_value; }
    const std::string& unit() const { return m_unit; }
    /// The value in the test's display unit (ug/L, %, mmol/L, g/dL).
    double valueInDisplayUnit() const;
    std::string_view displayUnit() const { return labUnitsOf(m_test).front(); }

    friend bool operator==(const LabResult&, const LabResult&) = default;

private:
    LabResult() = default;
    Date m_date;
    LabTest m_test = LabTest::Ferritin;
    double m_value = 0;
    std::string m_unit;
};

} // namespace quietlegs
