// Issue 23: numbers in CSV at their meaningful precision, never float noise.
#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

std::string cell(const CsvTable& table, std::size_t row, std::string_view name)
{
    auto column = table.column(name);
    REQUIRE(column.has_value());
    REQUIRE(row < table.rows.size());
    return table.rows[row].cells[*column];
}

} // namespace

TEST_CASE("CSV numbers are rounded to a thousandth: a computed elemental amount has no float noise")
{
    JournalRecords records;
    const LocalDateTime at =
        atTime(Date{std::chrono::year{2026} / 11 / 20}, std::chrono::hours{21});
    // 700 mg glycinate x 0.141 is 98.69999999999999 in floating point.
    records.intakes.push_back(valueOf(Intake::create(
        {at, Nutrient::Magnesium, "glycinate", Route::Oral, 700, std::nullopt, ""})));
    // A dose of 0.125 mg keeps its three decimals.
    records.intakes.push_back(valueOf(
        Intake::create({at, Nutrient::Iron, "unknown", Route::Oral, std::nullopt, 0.125, ""})));
    const CsvTable intakes = valueOf(readCsvTable(intakesCsv(records)));
    CHECK(cell(intakes, 0, "elemental_mg") == "98.7");
    CHECK(cell(intakes, 1, "elemental_mg") == "0.125");

    // Serum magnesium entered in mg/dL: shown in mmol/L to three decimals, the entry unchanged.
    records.labs.push_back(valueOf(LabResult::create(Date{std::chrono::year{2026} / 11 / 18},
                                                     LabTest::SerumMagnesium, 2.1, "mg/dL")));
    const CsvTable labs = valueOf(readCsvTable(labsCsv(records)));
    CHECK(cell(labs, 0, "value") == "2.1");
    CHECK(cell(labs, 0, "display_value") == "0.864");
}

} // namespace QUIETLEGS_TEST_FILE
