#pragma once

#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/Medicine.h"

#include <chrono>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace quietlegs {

/// The code system of QuietLegs' own observation codes (docs/fhir.md lists every code); the
/// bundle carries a CodeSystem resource with this url and the codes it uses.
inline constexpr std::string_view kFhirLocalCodeSystem =
    "https://quietlegs.github.io/fhir/CodeSystem/journal";
inline constexpr std::string_view kFhirSnomedSystem = "http://snomed.info/sct";
inline constexpr std::string_view kFhirInterpretationSystem =
    "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation";
/// SNOMED CT routes (issue 23): oral route and topical route.
inline constexpr std::string_view kSnomedOralRoute = "26643006";
inline constexpr std::string_view kSnomedTopicalRoute = "6064005";
inline constexpr std::string_view kFhirLoincSystem = "http://loinc.org";
inline constexpr std::string_view kFhirUcumSystem = "http://unitsofmeasure.org";
inline constexpr std::string_view kFhirRxNormSystem = "http://www.nlm.nih.gov/research/umls/rxnorm";
inline constexpr std::string_view kFhirObservationCategorySystem =
    "http://terminology.hl7.org/CodeSystem/observation-category";

struct FhirExportOptions
{
    std::chrono::sys_seconds exportedAt;
    std::string patientName; // optional; the Patient resource carries nothing else
};

/// A FHIR R4 Bundle of type `collection` (docs/fhir.md): one Patient; per lab an Observation
/// with its LOINC code and UCUM unit; per night an Observation of the IRLS-style total (with
/// the ten items as components), of the quick rating, and of sleep efficiency (with TIB and
/// TST); per regimen of a supplement taken by mouth and per medicine regimen (core Regimen.h)
/// a MedicationStatement with an effectivePeriod and the daily dose; per topical use (a bath)
/// a MedicationStatement of the product's amount, never a magnesium dose; per food intake and
/// per daily factor an Observation; a CodeSystem of the local codes used; an Organization per
/// laboratory named by a lab result. Local date-times carry the system time zone's offset for that
/// moment. Resource ids and fullUrls are derived from the content, so the same journal gives
/// the same bundle.
nlohmann::ordered_json fhirBundle(const JournalRecords& records, const FhirExportOptions& options);

/// The RxNorm ingredient code (RXCUI) of a drug, where docs/fhir.md lists one with its
/// source; empty for the others (exported with text only).
std::string_view rxNormIngredientCode(Drug drug);

/// The bundle as JSON text (pretty-printed, ending in a newline). Never throws.
std::string fhirBundleJson(const JournalRecords& records, const FhirExportOptions& options);

} // namespace quietlegs
