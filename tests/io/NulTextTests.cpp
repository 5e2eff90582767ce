// Imported text never carries a NUL byte into the journal (issue 20, item 8).
#include "IoTestSupport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/InterchangeJson.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

TEST_CASE("a NUL character in interchange JSON text is refused naming the entity and field")
{
    const std::string text = R"({"format": "quietlegs", "version": 1, "nights": [)"
                             R"({"date": "2026-11-20", "severity": 3, "notes": "fine"},)"
                             R"({"date": "2026-11-21", "severity": 4, "notes": "cut\u0000here"}]})";
    auto records = readInterchangeJson(text);
    REQUIRE_FALSE(records.ok());
    const std::string message = records.error().message();
    CHECK_THAT(message, Catch::StartsWith("nights[1].notes"));
    CHECK_THAT(message, Catch::Contains("NUL"));

    const std::string label =
        R"({"format": "quietlegs", "version": 1, "intakes": [{"taken_at": "2026-11-20T21:00",)"
        R"( "nutrient": "magnesium", "form": "glycinate", "elemental_mg": 100,)"
        R"( "label": "\u0000"}]})";
    auto intakes = readInterchangeJson(label);
    REQUIRE_FALSE(intakes.ok());
    CHECK_THAT(intakes.error().message(), Catch::StartsWith("intakes[0].label"));
}

TEST_CASE("a NUL byte in a CSV file is refused naming its line")
{
    const std::string text =
        std::string("Date,Notes\n2026-11-20,fine\n2026-11-21,cut") + '\0' + "here\n";
    auto table = readCsvTable(text);
    REQUIRE_FALSE(table.ok());
    CHECK_THAT(table.error().message(), Catch::StartsWith("line 3") && Catch::Contains("NUL"));
}

} // namespace QUIETLEGS_TEST_FILE
