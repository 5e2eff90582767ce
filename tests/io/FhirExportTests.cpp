#include "IoTestSupport.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/FhirExport.h"

#include <regex>
#include <set>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;
using Json = nlohmann::ordered_json;

namespace {

const std::chrono::sys_seconds kExportedAt =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + std::chrono::hours{10};

JournalRecords records()
{
    return demoJournal(Date{std::chrono::year{2026} / 11 / 20}, 60, 5);
}

std::vector<Json> resourcesOf(const Json& bundle, std::string_view type)
{
    std::vector<Json> found;
    for (const Json& entry : bundle["entry"])
        if (entry["resource"]["resourceType"] == type)
            found.push_back(entry["resource"]);
    return found;
}

bool hasCoding(const Json& codeable, std::string_view system, std::string_view code)
{
    for (const Json& coding : codeable["coding"])
        if (coding["system"] == system && coding["code"] == code)
            return true;
    return false;
}

void checkUcumQuantity(const Json& quantity)
{
    REQUIRE(quantity.is_object());
    CHECK(quantity["value"].is_number());
    CHECK(quantity["system"] == "http://unitsofmeasure.org");
    CHECK(quantity["code"].is_string());
    CHECK(quantity["unit"].is_string());
}

} // namespace

TEST_CASE("the FHIR export is an R4 collection Bundle whose entries are well formed")
{
    const Json bundle = fhirBundle(records(), {kExportedAt, "Jane Doe"});
    CHECK(bundle["resourceType"] == "Bundle");
    CHECK(bundle["type"] == "collection");
    CHECK(bundle["timestamp"] == "2026-11-24T10:00:00Z");
    REQUIRE(bundle["entry"].is_array());

    const std::regex uuidUrl(
        "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    const std::regex fhirId("[A-Za-z0-9\\-\\.]{1,64}");
    std::set<std::string> urls;
    for (const Json& entry : bundle["entry"]) {
        const std::string url = entry["fullUrl"];
        CHECK(std::regex_match(url, uuidUrl));
        CHECK(urls.insert(url).second); // bdl-7: fullUrls are unique
        const Json& resource = entry["resource"];
        CHECK(std::regex_match(resource["id"].get<std::string>(), fhirId));
    }

    const auto patients = resourcesOf(bundle, "Patient");
    REQUIRE(patients.size() == 1);
    CHECK(patients[0]["name"][0]["text"] == "Jane Doe");
    const std::string patientUrl = bundle["entry"][0]["fullUrl"];

    for (const Json& observation : resourcesOf(bundle, "Observation")) {
        INFO(observation.dump());
        CHECK(observation["status"] == "final"); // required in R4
        REQUIRE(observation["code"]["coding"].size() >= 1);
        CHECK(observation["subject"]["reference"] == patientUrl);
        CHECK(
            (observation.contains("effectiveDateTime") || observation.contains("effectivePeriod")));
        CHECK((observation.contains("valueQuantity") || observation.contains("valueInteger")));
        if (observation.contains("valueQuantity"))
            checkUcumQuantity(observation["valueQuantity"]);
    }
    for (const Json& statement : resourcesOf(bundle, "MedicationStatement")) {
        INFO(statement.dump());
        CHECK((statement["status"] == "completed" || statement["status"] == "active"));
        CHECK(statement["medicationCodeableConcept"]["text"].is_string());
        CHECK(statement["subject"]["reference"] == patientUrl); // 1..1 in R4
        // A regimen has its period; a single topical use its moment.
        if (statement.contains("effectivePeriod"))
            CHECK(statement["effectivePeriod"]["start"].is_string());
        else
            CHECK(std::regex_match(
                statement["effectiveDateTime"].get<std::string>(),
                std::regex("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00[+-]\\d{2}:\\d{2}")));
        checkUcumQuantity(statement["dosage"][0]["doseAndRate"][0]["doseQuantity"]);
    }
}

TEST_CASE("FHIR labs carry their LOINC code and UCUM unit")
{
    const JournalRecords journal = records();
    const Json bundle = fhirBundle(journal, {kExportedAt, ""});
    std::size_t labs = 0;
    for (const Json& observation : resourcesOf(bundle, "Observation")) {
        if (observation["category"][0]["coding"][0]["code"] != "laboratory")
            continue;
        ++labs;
        CHECK(observation["code"]["coding"][0]["system"] == "http://loinc.org");
        const std::string code = observation["code"]["coding"][0]["code"];
        CHECK(std::set<std::string>{"2276-4", "2502-3", "19123-9", "2601-3", "718-7"}.count(code) ==
              1);
        const std::string unit = observation["valueQuantity"]["code"];
        if (code == "2276-4")
            CHECK((unit == "ug/L" || unit == "ng/mL"));
        if (code == "2502-3")
            CHECK(unit == "%");
        if (code == "2601-3")
            CHECK(unit == "mmol/L");
        if (code == "19123-9")
            CHECK(unit == "mg/dL");
    }
    CHECK(labs == journal.labs.size());
    CHECK(labs > 0);
}

TEST_CASE("FHIR nights: IRLS-style totals and sleep efficiency in the local code system")
{
    const JournalRecords journal = records();
    const Json bundle = fhirBundle(journal, {kExportedAt, ""});
    std::size_t scored = 0, withEfficiency = 0;
    for (const Night& night : journal.nights) {
        scored += night.irls() ? 1 : 0;
        const auto metrics = night.sleepMetrics();
        withEfficiency += metrics && metrics->efficiencyPercent ? 1 : 0;
    }
    std::size_t totals = 0, efficiencies = 0;
    for (const Json& observation : resourcesOf(bundle, "Observation")) {
        if (hasCoding(observation["code"], kFhirLocalCodeSystem, "irls-style-total")) {
            ++totals;
            CHECK(observation["valueInteger"].get<int>() >= 0);
            CHECK(observation["valueInteger"].get<int>() <= 40);
            CHECK(observation["component"].size() == 10);
        }
        if (hasCoding(observation["code"], kFhirLocalCodeSystem, "sleep-efficiency")) {
            ++efficiencies;
            CHECK(observation["valueQuantity"]["code"] == "%");
            CHECK(observation["effectivePeriod"]["start"].is_string());
        }
    }
    CHECK(totals == scored);
    CHECK(efficiencies == withEfficiency);
    CHECK(totals > 0);
}

TEST_CASE("the same journal gives the same FHIR bundle")
{
    CHECK(fhirBundleJson(records(), {kExportedAt, ""}) ==
          fhirBundleJson(records(), {kExportedAt, ""}));
}

} // namespace QUIETLEGS_TEST_FILE
