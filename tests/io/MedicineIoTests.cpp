#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/InterchangeJson.h"
#include "quietlegs/io/MedicineJson.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;
using Json = nlohmann::ordered_json;

namespace {

const std::chrono::sys_seconds kExportedAt =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + std::chrono::hours{10};

MedicineDose med(const char* when, Drug drug, double mg, std::string notes = {},
                 MedicineRoute route = MedicineRoute::Oral)
{
    return MedicineDose::create(MedicineDoseEntry{*parseLocalDateTime(when, "test"), drug, mg,
                                                  route, std::move(notes), "manual", ""})
        .value();
}

std::string document(const std::string& meds)
{
    return R"({"format": "quietlegs", "version": 2, "meds": )" + meds + "}";
}

std::vector<Json> statementsOf(const Json& bundle)
{
    std::vector<Json> found;
    for (const Json& entry : bundle["entry"])
        if (entry["resource"]["resourceType"] == "MedicationStatement")
            found.push_back(entry["resource"]);
    return found;
}

} // namespace

TEST_CASE("meds round-trip through interchange JSON v2")
{
    JournalRecords records;
    records.meds = {
        med("2026-11-20T20:00", Drug::Pramipexole, 0.25),
        med("2026-11-21T09:00", Drug::Other, 5, "dipyridamole"),
        med("2026-11-22T10:00", Drug::FerricCarboxymaltose, 750, {}, MedicineRoute::Iv)};
    const std::string text = interchangeJson(records, kExportedAt);
    const Json parsed = Json::parse(text);
    REQUIRE(parsed["meds"].size() == 3);
    CHECK(parsed["meds"][0]["taken_at"] == "2026-11-20T20:00");
    CHECK(parsed["meds"][0]["drug"] == "pramipexole");
    CHECK(parsed["meds"][0]["source"] == "manual");
    CHECK(parsed["meds"][2]["route"] == "iv");
    auto back = readInterchangeJson(text);
    REQUIRE(back.ok());
    CHECK(back->meds == records.meds);
}

TEST_CASE("an imported med without route or source is oral and manual")
{
    auto read = readInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "ropinirole", "dose_mg": 0.5}])"));
    REQUIRE(read.ok());
    REQUIRE(read->meds.size() == 1);
    CHECK(read->meds[0].route() == MedicineRoute::Oral);
    CHECK(read->meds[0].source() == "manual");
}

TEST_CASE("bad meds in interchange JSON are refused naming the element and field")
{
    auto badDose = readInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "ropinirole", "dose_mg": 0}])"));
    REQUIRE_FALSE(badDose.ok());
    CHECK(badDose.error().field == "meds[0].dose_mg");

    auto badDrug = readInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "aspirin", "dose_mg": 1}])"));
    REQUIRE_FALSE(badDrug.ok());
    CHECK(badDrug.error().field == "meds[0].drug");

    auto unnamed = readInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "other", "dose_mg": 1}])"));
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().field == "meds[0].notes");

    auto twice = readInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "ropinirole", "dose_mg": 1},
                     {"taken_at": "2026-11-20T20:00", "drug": "ropinirole", "dose_mg": 2}])"));
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().field == "meds[1].taken_at");
}

TEST_CASE("importing meds into a journal upserts by taken_at and drug")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    auto batch = importInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "ropinirole", "dose_mg": 0.5}])"));
    REQUIRE(batch.ok());
    REQUIRE(journal.merge(batch->records).ok());
    auto again = importInterchangeJson(
        document(R"([{"taken_at": "2026-11-20T20:00", "drug": "ropinirole", "dose_mg": 1}])"));
    REQUIRE(journal.merge(again->records).ok());
    auto meds = journal.medicines();
    REQUIRE(meds->size() == 1);
    CHECK(meds->at(0).dose.doseMg() == 1);
}

TEST_CASE("meds.csv has one row per dose with its journal date")
{
    JournalRecords records;
    records.meds = {med("2026-11-21T01:00", Drug::Pramipexole, 0.25),
                    med("2026-11-21T20:00", Drug::Gabapentin, 300)};
    auto table = readCsvTable(medsCsv(records));
    REQUIRE(table.ok());
    CHECK(table->header == std::vector<std::string>{"taken_at", "journal_date", "drug", "dose_mg",
                                                    "route", "notes", "source", "source_name",
                                                    "dopaminergic"});
    REQUIRE(table->rows.size() == 2);
    CHECK(table->rows[0].cells[1] == "2026-11-20");
    CHECK(table->rows[0].cells[2] == "pramipexole");
    CHECK(table->rows[0].cells[3] == "0.25");
    CHECK(table->rows[0].cells[8] == "yes");
    CHECK(table->rows[1].cells[8] == "no");
}

TEST_CASE("FHIR: one MedicationStatement per medicine regimen with its period and daily dose")
{
    JournalRecords records;
    // 0.25 mg on the 1st..3rd, then 0.5 mg on the 5th (one gap day): two regimens.
    for (const char* when : {"2026-11-01T21:00", "2026-11-02T21:00", "2026-11-03T21:00"})
        records.meds.push_back(med(when, Drug::Pramipexole, 0.25));
    records.meds.push_back(med("2026-11-05T21:00", Drug::Pramipexole, 0.5));
    records.meds.push_back(med("2026-11-02T20:00", Drug::Gabapentin, 300));
    const Json bundle = fhirBundle(records, {kExportedAt, ""});
    const auto statements = statementsOf(bundle);
    REQUIRE(statements.size() == 3);
    const std::string patientUrl = bundle["entry"][0]["fullUrl"];
    int pramipexole = 0;
    for (const Json& statement : statements) {
        INFO(statement.dump());
        CHECK(statement["subject"]["reference"] == patientUrl);
        CHECK(statement["status"] == "completed");
        CHECK(statement["effectivePeriod"]["start"].is_string());
        CHECK(statement["effectivePeriod"]["end"].is_string());
        const Json& dose = statement["dosage"][0]["doseAndRate"][0]["doseQuantity"];
        CHECK(dose["system"] == "http://unitsofmeasure.org");
        CHECK(dose["code"] == "mg");
        CHECK(statement["dosage"][0]["timing"]["repeat"]["timeOfDay"][0].is_string());
        const Json& coding = statement["medicationCodeableConcept"]["coding"][0];
        CHECK(coding["system"] == std::string(kFhirRxNormSystem));
        if (statement["medicationCodeableConcept"]["text"] == "pramipexole") {
            ++pramipexole;
            CHECK(coding["code"] == "746741");
            CHECK(coding["display"] == "pramipexole");
            if (statement["effectivePeriod"]["start"] == "2026-11-01") {
                CHECK(statement["effectivePeriod"]["end"] == "2026-11-03");
                CHECK(dose["value"] == 0.25);
            }
        } else {
            CHECK(coding["code"] == "25480");
        }
    }
    CHECK(pramipexole == 2);
}

TEST_CASE("FHIR: RxNorm ingredient codes only for the drugs docs/fhir.md names a source for")
{
    // docs/fhir.md, "RxNorm codes": each code with its source; the others are text only.
    const std::vector<std::pair<Drug, std::string_view>> coded = {
        {Drug::Levodopa, "6375"},     {Drug::Pramipexole, "746741"},
        {Drug::Ropinirole, "72302"},  {Drug::Gabapentin, "25480"},
        {Drug::GabapentinEnacarbil, "1101333"}, {Drug::Pregabalin, "187832"},
        {Drug::Methadone, "6813"},    {Drug::Tramadol, "10689"},
        {Drug::Clonazepam, "2598"}};
    for (const auto& [drug, code] : coded) {
        INFO(drugId(drug));
        CHECK(rxNormIngredientCode(drug) == code);
    }
    for (Drug drug : {Drug::Rotigotine, Drug::OxycodoneNaloxone, Drug::FerricCarboxymaltose,
                      Drug::IronSucrose, Drug::Other}) {
        INFO(drugId(drug));
        CHECK(rxNormIngredientCode(drug).empty());
    }
    JournalRecords records;
    records.meds = {med("2026-11-20T21:00", Drug::Clonazepam, 0.5),
                    med("2026-11-20T21:00", Drug::Rotigotine, 1, {}, MedicineRoute::Patch)};
    for (const Json& statement : statementsOf(fhirBundle(records, {kExportedAt, ""}))) {
        const Json& medication = statement["medicationCodeableConcept"];
        INFO(medication.dump());
        if (medication["text"] == "clonazepam") {
            CHECK(medication["coding"][0]["code"] == "2598");
            CHECK(medication["coding"][0]["display"] == "clonazepam");
        } else {
            CHECK(medication["text"] == "rotigotine");
            CHECK_FALSE(medication.contains("coding"));
        }
    }
}

TEST_CASE("FHIR: a regimen still running at the export is active; uncoded drugs are text only")
{
    JournalRecords records;
    records.meds = {med("2026-11-23T21:00", Drug::Other, 5, "dipyridamole")};
    const auto statements = statementsOf(fhirBundle(records, {kExportedAt, ""}));
    REQUIRE(statements.size() == 1);
    CHECK(statements[0]["status"] == "active");
    CHECK_FALSE(statements[0]["medicationCodeableConcept"].contains("coding"));
    CHECK(statements[0]["medicationCodeableConcept"]["text"] == "dipyridamole");
}

} // namespace QUIETLEGS_TEST_FILE
