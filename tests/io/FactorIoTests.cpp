// Own factors in interchange JSON v2 and the CSV export (issue 21 "Your own factors").
#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/InterchangeJson.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

const std::chrono::sys_seconds kExportedAt =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + std::chrono::hours{10};

JournalRecords factorRecords()
{
    JournalRecords records;
    records.factors.push_back(
        valueOf(FactorDefinition::create("long drive", "min", FactorKind::Number)));
    records.factors.push_back(valueOf(FactorDefinition::create("hot bath", "", FactorKind::YesNo)));
    const Date day = valueOf(parseDate("2026-09-01"));
    records.factorValues.push_back(valueOf(FactorValue::create(day, "hot bath", 1)));
    records.factorValues.push_back(valueOf(FactorValue::create(day, "long drive", 90)));
    return records;
}

std::string document(const std::string& arrays)
{
    return R"({"format": "quietlegs", "version": 2, )" + arrays + "}";
}

} // namespace

TEST_CASE("factors and their values go out and come back through interchange JSON")
{
    const std::string text = interchangeJson(factorRecords(), kExportedAt);
    const auto json = nlohmann::json::parse(text);
    REQUIRE(json["factors"].size() == 2);
    CHECK(json["factors"][0] ==
          nlohmann::json{{"name", "long drive"}, {"unit", "min"}, {"kind", "number"}});
    CHECK(json["factor_values"][1] ==
          nlohmann::json{{"date", "2026-09-01"}, {"name", "long drive"}, {"value", 90}});
    auto back = readInterchangeJson(text);
    REQUIRE(back);
    CHECK(back->factors == factorRecords().factors);
    CHECK(back->factorValues == factorRecords().factorValues);
}

TEST_CASE("bad factor entries fail naming the entry and field")
{
    auto kind = readInterchangeJson(
        document(R"("factors": [{"name": "bath", "unit": "", "kind": "boolean"}])"));
    REQUIRE_FALSE(kind);
    CHECK(kind.error().field == "factors[0].kind");

    auto twice = readInterchangeJson(document(
        R"("factors": [{"name": "Bath", "kind": "yesno"}, {"name": "bath", "kind": "yesno"}])"));
    REQUIRE_FALSE(twice);
    CHECK(twice.error().field == "factors[1].name");

    auto notYesNo = readInterchangeJson(document(R"("factors": [{"name": "bath", "kind": "yesno"}],
                    "factor_values": [{"date": "2026-09-01", "name": "bath", "value": 2}])"));
    REQUIRE_FALSE(notYesNo);
    CHECK(notYesNo.error().field == "factor_values[0].value");

    auto text = readInterchangeJson(
        document(R"("factor_values": [{"date": "2026-09-01", "name": "bath", "value": "yes"}])"));
    REQUIRE_FALSE(text);
    CHECK(text.error().field == "factor_values[0].value");
}

TEST_CASE("importing a value of a factor defined neither in the file nor the journal fails")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    auto records = readInterchangeJson(
        document(R"("factor_values": [{"date": "2026-09-01", "name": "sauna", "value": 1}])"));
    REQUIRE(records); // the file alone cannot tell: the journal may define it
    auto merged = journal.merge(*records);
    REQUIRE_FALSE(merged);
    CHECK(merged.error().field == "factor_values[0].name");
    CHECK(journal.factorValues()->empty());

    REQUIRE(
        journal.defineFactor(valueOf(FactorDefinition::create("Sauna", "", FactorKind::YesNo))));
    REQUIRE(journal.merge(*records));
    CHECK(journal.factorValues()->front().name() == "Sauna");
}

TEST_CASE("factors.csv and factor_values.csv list the factors and the values with kind and unit")
{
    auto factors = valueOf(readCsvTable(factorsCsv(factorRecords())));
    REQUIRE(factors.rows.size() == 2);
    CHECK(factors.header == std::vector<std::string>{"name", "unit", "kind"});
    CHECK(factors.rows[1].cells == std::vector<std::string>{"hot bath", "", "yesno"});
    auto values = valueOf(readCsvTable(factorValuesCsv(factorRecords())));
    REQUIRE(values.rows.size() == 2);
    CHECK(values.rows[0].cells ==
          std::vector<std::string>{"2026-09-01", "hot bath", "1", "yesno", ""});
    CHECK(values.rows[1].cells ==
          std::vector<std::string>{"2026-09-01", "long drive", "90", "number", "min"});
}

} // namespace QUIETLEGS_TEST_FILE
