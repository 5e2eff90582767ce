#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace quietlegs {

/// The blood tests the journal records (interchange-v1.md `labs[].test`).
enum class LabTest { Ferritin, Tsat, SerumMagnesium, Hemoglobin, Crp };

std::string_view labTestId(LabTest test);          // "ferritin", "tsat", ...
std::string_view labTestDisplayName(LabTest test); // "Ferritin", "Transferrin saturation", ...
Result<LabTest> parseLabTest(std::string_view id, std::string_view field = "test");
std::span<const LabTest> allLabTests();
/// Units accepted for a test; the first is the one values are shown in.
std::span<const std::string_view> labUnitsOf(LabTest test);
/// LOINC code for FHIR export (domain.md, "Lab results").
std::string_view loincCode(LabTest test, std::string_view unit);
/// A unit as people read it: "ug/L" (the UCUM code the journal stores) is shown as "µg/L".
std::string_view labUnitSymbol(std::string_view unit);

/// What a lab result says besides its value (interchange-v2.md, "Labs").
struct LabDetails
{
    std::string laboratory; // up to 200 characters: assays differ between laboratories
    /// Drawn in the morning without iron supplements for 24 h (AASM 2024); nullopt: not said.
    std::optional<bool> morningNoIron24h;
    EntrySource source = EntrySource::Manual;
    std::string sourceName; // the originating app or device, as the source names it

    friend bool operator==(const LabDetails&, const LabDetails&) = default;
};

/// One lab value with the unit it was reported in.
class LabResult
{
public:
    /// "µg/L" is taken as "ug/L"; `details.laboratory` is limited to 200 characters.
    static Result<LabResult> create(Date date, LabTest test, double value, std::string unit,
                                    LabDetails details = {});

    Date date() const { return m_date; }
    LabTest test() const { return m_test; }
    double value() const { return m_value; }
    const std::string& unit() const { return m_unit; }
    /// The value in the test's display unit (ug/L, %, mmol/L, g/dL).
    double valueInDisplayUnit() const;
    std::string_view displayUnit() const { return labUnitsOf(m_test).front(); }
    const LabDetails& details() const { return m_details; }
    const std::string& laboratory() const { return m_details.laboratory; }
    std::optional<bool> morningNoIron24h() const { return m_details.morningNoIron24h; }

    friend bool operator==(const LabResult&, const LabResult&) = default;

private:
    LabResult() = default;
    Date m_date;
    LabTest m_test = LabTest::Ferritin;
    double m_value = 0;
    std::string m_unit;
    LabDetails m_details;
};

} // namespace quietlegs
