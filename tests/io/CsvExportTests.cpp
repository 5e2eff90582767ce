#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/InterchangeJson.h"

#include <sys/stat.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date day(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

LocalDateTime at(int d, int h, int m)
{
    return atTime(day(d), std::chrono::minutes{h * 60 + m});
}

JournalRecords sampleRecords()
{
    JournalRecords records;
    NightEntry night;
    night.date = day(20);
    night.irls = valueOf(IrlsScore::fromItems({2, 2, 1, 1, 2, 1, 2, 1, 1, 0}));
    night.severity = 6;
    night.sleep =
        SleepDiaryTimes{at(20, 22, 30), at(20, 22, 45), 25, 2, 30, at(21, 6, 30), at(21, 6, 45)};
    night.notes = "legs bad, \"crawling\"\nafter a long drive; Größe µ";
    records.nights.push_back(valueOf(Night::create(night)));
    NightEntry sparse;
    sparse.date = day(21);
    sparse.severity = 2;
    records.nights.push_back(valueOf(Night::create(sparse)));

    records.intakes.push_back(
        valueOf(Intake::create({at(20, 21, 0), Nutrient::Magnesium, "glycinate", Route::Oral, 1000,
                                std::nullopt, "Mg, 2 caps"})));
    records.intakes.push_back(valueOf(Intake::create(
        {at(22, 0, 30), Nutrient::Magnesium, "citrate", Route::Oral, std::nullopt, 100, ""})));
    records.intakes.push_back(valueOf(Intake::create(
        {at(21, 12, 0), Nutrient::Iron, "food", Route::Oral, std::nullopt, 12.5, "Cronometer"})));

    records.daily.push_back(valueOf(DailyFactors::create({day(20), 190, 1.5, 30, 4})));
    records.daily.push_back(
        valueOf(DailyFactors::create({day(21), std::nullopt, std::nullopt, std::nullopt, 2})));

    records.labs.push_back(valueOf(LabResult::create(day(2), LabTest::Ferritin, 48, "ug/L")));
    records.labs.push_back(
        valueOf(LabResult::create(day(2), LabTest::SerumMagnesium, 2.4305, "mg/dL")));
    return records;
}

/// The cell of `row` under the header `name`.
std::string cell(const CsvTable& table, std::size_t row, std::string_view name)
{
    auto column = table.column(name);
    REQUIRE(column.has_value());
    REQUIRE(row < table.rows.size());
    REQUIRE(*column < table.rows[row].cells.size());
    return table.rows[row].cells[*column];
}

} // namespace

TEST_CASE("nights.csv has one row per night with IRLS total, band, TIB, TST and SE")
{
    const std::string text = nightsCsv(sampleRecords());
    CHECK(text.find("\r\n") != std::string::npos);
    const CsvTable table = valueOf(readCsvTable(text));
    REQUIRE(table.rows.size() == 2);
    for (const CsvRow& row : table.rows)
        CHECK(row.cells.size() == table.header.size());
    CHECK(cell(table, 0, "date") == "2026-11-20");
    CHECK(cell(table, 0, "irls_1") == "2");
    CHECK(cell(table, 0, "irls_10") == "0");
    CHECK(cell(table, 0, "irls_total") == "13");
    CHECK(cell(table, 0, "irls_band") == "moderate");
    CHECK(cell(table, 0, "into_bed") == "2026-11-20T22:30");
    CHECK(cell(table, 0, "tib_min") == "495");
    CHECK(cell(table, 0, "tst_min") == "410"); // (06:30 - 22:45) - 25 - 30
    CHECK(cell(table, 0, "se_percent") == "82.8");
    // Text with a comma, quotes, a line break and non-ASCII survives quoting.
    CHECK(cell(table, 0, "notes") == "legs bad, \"crawling\"\nafter a long drive; Größe µ");
    // Missing values are empty cells, never 0.
    CHECK(cell(table, 1, "irls_total").empty());
    CHECK(cell(table, 1, "se_percent").empty());
    CHECK(cell(table, 1, "severity") == "2");
}

TEST_CASE("intakes.csv gives the journal date and the elemental amount")
{
    const CsvTable table = valueOf(readCsvTable(intakesCsv(sampleRecords())));
    REQUIRE(table.rows.size() == 3);
    CHECK(cell(table, 0, "elemental_mg") == "141");
    CHECK(cell(table, 0, "compound_mg") == "1000");
    CHECK(cell(table, 0, "source") == "supplement");
    CHECK(cell(table, 1, "taken_at") == "2026-11-22T00:30");
    CHECK(cell(table, 1, "journal_date") == "2026-11-21"); // before 04:00: the night before
    CHECK(cell(table, 1, "compound_mg").empty());
    CHECK(cell(table, 2, "source") == "food");
    CHECK(cell(table, 2, "label") == "Cronometer");
}

TEST_CASE("daily.csv and labs.csv: display units and AASM flags")
{
    const CsvTable daily = valueOf(readCsvTable(dailyCsv(sampleRecords())));
    REQUIRE(daily.rows.size() == 2);
    CHECK(cell(daily, 0, "alcohol_units") == "1.5");
    CHECK(cell(daily, 1, "caffeine_mg").empty());
    CHECK(cell(daily, 1, "stress") == "2");

    const CsvTable labs = valueOf(readCsvTable(labsCsv(sampleRecords())));
    REQUIRE(labs.rows.size() == 2);
    CHECK(cell(labs, 0, "loinc") == "2276-4");
    CHECK(cell(labs, 0, "aasm_flag") == "iron_recommended");
    CHECK(cell(labs, 0, "aasm_note").find("AASM 2024") != std::string::npos);
    CHECK(cell(labs, 1, "value") == "2.4305");
    CHECK(cell(labs, 1, "unit") == "mg/dL");
    CHECK(cell(labs, 1, "display_value") == "1"); // 2.4305 mg/dL = 1 mmol/L
    CHECK(cell(labs, 1, "display_unit") == "mmol/L");
    CHECK(cell(labs, 1, "loinc") == "19123-9");
    CHECK(cell(labs, 1, "aasm_flag").empty());
}

TEST_CASE("exportCsv writes five owner-only files into an owner-only directory")
{
    TemporaryDirectory dir;
    const auto out = dir / "export";
    REQUIRE(exportCsv(sampleRecords(), out).ok());
    struct stat info
    {
    };
    REQUIRE(::stat(out.c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0700);
    for (const char* name :
         {kNightsCsvFile, kIntakesCsvFile, kDailyCsvFile, kLabsCsvFile, kWeeksCsvFile,
          kMedsCsvFile}) {
        REQUIRE(::stat((out / name).c_str(), &info) == 0);
        CHECK((info.st_mode & 0777) == 0600);
    }
    CHECK(readText(out / kNightsCsvFile) == nightsCsv(sampleRecords()));
    // No temporary files are left behind.
    CHECK(std::size_t(std::distance(std::filesystem::directory_iterator(out), {})) ==
          csvExportFiles().size());
    // Exporting again replaces the files.
    REQUIRE(exportCsv(JournalRecords{}, out).ok());
    CHECK(valueOf(readCsvTable(readText(out / kNightsCsvFile))).rows.empty());
}

TEST_CASE("exporting into a path that is a file fails without touching it")
{
    TemporaryDirectory dir;
    writeText(dir / "taken", "keep me");
    auto status = exportCsv(sampleRecords(), dir / "taken");
    REQUIRE_FALSE(status.ok());
    CHECK(readText(dir / "taken") == "keep me");
}

} // namespace QUIETLEGS_TEST_FILE
