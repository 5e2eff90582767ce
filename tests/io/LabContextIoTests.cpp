// Labs with context (issue 21, interchange-v2 "Labs"): laboratory, morning_no_iron_24h, source,
// source_name and the CRP test through the interchange JSON, CSV and FHIR.
#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/InterchangeJson.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;
using Json = nlohmann::ordered_json;

namespace {

const Date kDate = Date{std::chrono::year{2026} / 11 / 20};
const std::chrono::sys_seconds kExportedAt = std::chrono::sys_days{kDate} + std::chrono::hours{10};

JournalRecords labsWithContext()
{
    JournalRecords records;
    LabDetails details;
    details.laboratory = "Labor Nord, M\xC3\xBCnchen";
    details.morningNoIron24h = true;
    records.labs.push_back(
        valueOf(LabResult::create(kDate, LabTest::Ferritin, 62, "ug/L", details)));
    LabDetails imported;
    imported.morningNoIron24h = false;
    imported.source = EntrySource::AppleHealth;
    imported.sourceName = "Health Records";
    records.labs.push_back(valueOf(LabResult::create(kDate, LabTest::Crp, 7.5, "mg/L", imported)));
    return records;
}

std::string labDocument(const std::string& labFields)
{
    return R"({"format": "quietlegs", "version": 2, "labs": [{"date": "2026-11-20", )"
           R"("test": "crp", "value": 3, "unit": "mg/L")" +
           labFields + "}]}";
}

} // namespace

TEST_CASE("interchange JSON writes and reads a lab's laboratory, drawing conditions and source")
{
    const JournalRecords records = labsWithContext();
    const std::string text = interchangeJson(records, kExportedAt);
    const Json document = Json::parse(text);
    const Json& ferritin = document["labs"][0];
    CHECK(ferritin["laboratory"] == "Labor Nord, M\xC3\xBCnchen");
    CHECK(ferritin["morning_no_iron_24h"] == true);
    CHECK(ferritin["source"] == "manual");
    CHECK_FALSE(ferritin.contains("source_name"));
    const Json& crp = document["labs"][1];
    CHECK(crp["test"] == "crp");
    CHECK(crp["morning_no_iron_24h"] == false);
    CHECK(crp["source"] == "apple_health");
    CHECK(crp["source_name"] == "Health Records");

    const JournalRecords read = valueOf(readInterchangeJson(text));
    CHECK(read.labs == records.labs);
}

TEST_CASE("a lab without the v2 fields reads as manual with no laboratory")
{
    const JournalRecords read = valueOf(readInterchangeJson(labDocument("")));
    REQUIRE(read.labs.size() == 1);
    CHECK(read.labs[0].laboratory().empty());
    CHECK_FALSE(read.labs[0].morningNoIron24h());
    CHECK(read.labs[0].details().source == EntrySource::Manual);
}

TEST_CASE("bad lab context is refused naming the field")
{
    auto error = [](const std::string& fields) {
        auto read = readInterchangeJson(labDocument(fields));
        REQUIRE_FALSE(read);
        return read.error().message();
    };
    CHECK(error(R"(, "morning_no_iron_24h": "yes")").find("labs[0].morning_no_iron_24h") !=
          std::string::npos);
    CHECK(error(R"(, "source": "guess")").find("labs[0].source") != std::string::npos);
    CHECK(error(R"(, "laboratory": ")" + std::string(201, 'x') + "\"").find("labs[0].laboratory") !=
          std::string::npos);
}

TEST_CASE("labs.csv carries the laboratory, drawing conditions and source")
{
    const CsvTable labs = valueOf(readCsvTable(labsCsv(labsWithContext())));
    REQUIRE(labs.rows.size() == 2);
    auto cell = [&](std::size_t row, const std::string& column) {
        const auto& header = labs.header;
        const auto at = std::find(header.begin(), header.end(), column) - header.begin();
        REQUIRE(std::size_t(at) < header.size());
        return labs.rows[row].cells[std::size_t(at)];
    };
    CHECK(cell(0, "laboratory") == "Labor Nord, M\xC3\xBCnchen");
    CHECK(cell(0, "morning_no_iron_24h") == "true");
    CHECK(cell(0, "source") == "manual");
    CHECK(cell(1, "test") == "crp");
    CHECK(cell(1, "loinc") == "1988-5");
    CHECK(cell(1, "morning_no_iron_24h") == "false");
    CHECK(cell(1, "source_name") == "Health Records");
}

TEST_CASE("FHIR: CRP is LOINC 1988-5 in mg/L and the laboratory is a note")
{
    const Json bundle = fhirBundle(labsWithContext(), {kExportedAt, ""});
    bool sawCrp = false;
    bool sawLaboratory = false;
    for (const Json& entry : bundle["entry"]) {
        const Json& resource = entry["resource"];
        if (resource["resourceType"] != "Observation")
            continue;
        if (resource["code"]["coding"][0]["code"] == "1988-5") {
            sawCrp = true;
            CHECK(resource["code"]["coding"][0]["system"] == "http://loinc.org");
            CHECK(resource["valueQuantity"]["code"] == "mg/L");
        }
        if (resource.contains("note"))
            sawLaboratory = sawLaboratory ||
                            resource["note"][0]["text"] == "Laboratory: Labor Nord, M\xC3\xBCnchen";
    }
    CHECK(sawCrp);
    CHECK(sawLaboratory);
}

} // namespace QUIETLEGS_TEST_FILE
