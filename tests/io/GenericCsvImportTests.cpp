#include "IoTestSupport.h"
#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/io/ImportFormat.h"

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date january(int d)
{
    return Date{std::chrono::year{2024} / 1 / d};
}

const char* kDiaryMap = "date=Datum,date_format=dmy,severity=How bad (0-10),magnesium=Magnesium mg,"
                        "iron=4,caffeine=Coffee (mg caffeine),alcohol=Alcohol units,"
                        "exercise=Exercise min,stress=Stress,notes=Notes,iron_form=ferrous_sulfate";

} // namespace

TEST_CASE("a spreadsheet preview shows the header and the first rows, and a guessed mapping")
{
    const std::string file = fixture("spreadsheet/rls-diary-2024.csv");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::GenericCsv);
    const CsvTable preview = valueOf(previewCsv(file, 2));
    REQUIRE(preview.header.size() == 9);
    CHECK(preview.header[0] == "Datum");
    CHECK(preview.rows.size() == 2);
    CHECK(preview.truncated);
    CHECK(preview.rows[0].cells[8] == "legs bad after long drive, \"crawling\"");

    const CsvColumnMapping guess = guessColumnMapping(preview.header);
    CHECK(guess.date == 0u);
    CHECK(guess.severity.has_value() == false); // "How bad" is not a name we know
    CHECK(guess.magnesiumMg == 2u);
    CHECK(guess.ironMg == 3u);
    CHECK(guess.caffeineMg == 4u);
    CHECK(guess.alcoholUnits == 5u);
    CHECK(guess.exerciseMin == 6u);
    CHECK(guess.stress == 7u);
    CHECK(guess.notes == 8u);
}

TEST_CASE("a mapping is parsed from names or numbers, and mistakes name the key")
{
    const std::vector<std::string> header = {"Datum", "How bad (0-10)", "Magnesium mg"};
    const CsvColumnMapping mapping = valueOf(parseColumnMapping(
        "date=datum, severity=2, magnesium=Magnesium mg, date_format=dmy", header));
    CHECK(mapping.date == 0u);
    CHECK(mapping.severity == 1u);
    CHECK(mapping.magnesiumMg == 2u);
    CHECK(mapping.dateFormat == CsvDateFormat::DayMonthYear);

    CHECK(parseColumnMapping("severity=2", header).error().message() ==
          "--map date: the date column is required");
    CHECK(parseColumnMapping("date=1,severity=9", header).error().message() ==
          "--map severity \"9\": no such column (the file has 3)");
    CHECK(parseColumnMapping("date=1,mood=2", header)
              .error()
              .message()
              .rfind("--map \"mood\": unknown key", 0) == 0);
    CHECK(parseColumnMapping("date=1,irls1=2", header).error().message().find("all ten") !=
          std::string::npos);
    CHECK(parseColumnMapping("date=When", header).error().message() ==
          "--map date \"When\": no column with this header name");
    CHECK_FALSE(parseColumnMapping("date=1,magnesium_form=gummy", header).ok());
}

TEST_CASE("a mapped spreadsheet imports ratings, notes, intakes and daily factors")
{
    const std::string file = fixture("spreadsheet/rls-diary-2024.csv");
    const CsvTable preview = valueOf(previewCsv(file));
    const CsvColumnMapping mapping = valueOf(parseColumnMapping(kDiaryMap, preview.header));
    const ImportBatch batch = valueOf(importGenericCsv(file, mapping));

    REQUIRE(batch.nightPatches.size() == 4);
    CHECK(batch.nightPatches[0].date == january(20));
    CHECK(batch.nightPatches[0].severity == 6);
    CHECK(batch.nightPatches[0].notes == "legs bad after long drive, \"crawling\"");
    CHECK(batch.nightPatches[2].notes == "woke at 3,\nwalked around");
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].where == "line 4");

    // 20th: Mg 300; 21st: Mg 300 + iron 65; 24th: Mg 400 (iron 0 is no intake).
    REQUIRE(batch.records.intakes.size() == 4);
    CHECK(batch.records.intakes[2].nutrient() == Nutrient::Iron);
    CHECK(batch.records.intakes[2].form() == "ferrous_sulfate");
    CHECK(batch.records.intakes[2].elementalMg() == Approx(65));
    CHECK(batch.records.intakes[0].label() == "Spreadsheet import");

    REQUIRE(batch.dailyPatches.size() == 4);
    CHECK(batch.dailyPatches[0].fields.alcoholUnits == Approx(1.5));
    CHECK_FALSE(batch.dailyPatches[1].fields.alcoholUnits.has_value()); // empty cell: missing
    CHECK(batch.dailyPatches[3].fields.caffeineMg == 0.0);

    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    auto first = valueOf(applyImport(journal, batch));
    CHECK(first.added == 4 + 4 + 4);
    auto second = valueOf(applyImport(journal, valueOf(importGenericCsv(file, mapping))));
    CHECK(second.added == 0);
    CHECK(second.unchanged == 12);
}

TEST_CASE("a bad spreadsheet row names its line and column, and nothing is imported")
{
    const std::string file = fixture("spreadsheet/bad-severity.csv");
    const CsvTable preview = valueOf(previewCsv(file));
    const CsvColumnMapping mapping = valueOf(
        parseColumnMapping("date=Date,severity=Severity,magnesium=Magnesium (mg)", preview.header));
    auto batch = importGenericCsv(file, mapping);
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message() == "line 3, Severity \"12\": must be between 0 and 10");

    const std::string wrongDate = "Date,Severity\n2024-02-01,3\n02/01/2024,4\n";
    auto dates = importGenericCsv(
        wrongDate, valueOf(parseColumnMapping("date=1,severity=2", {"Date", "Severity"})));
    REQUIRE_FALSE(dates.ok());
    CHECK(dates.error().message() == "line 3, Date \"02/01/2024\": expected a date as YYYY-MM-DD");
}

TEST_CASE("US dates and ten IRLS item columns")
{
    std::string text = "day,i1,i2,i3,i4,i5,i6,i7,i8,i9,i10\n";
    text += "11/20/2026,2,2,1,1,2,1,2,1,1,0\n";
    text += "11/21/2026,,,,,,,,,,\n";
    text += "11/22/2026,2,2,1,1,2,1,2,1,1,\n";
    std::string map = "date=day,date_format=mdy";
    for (int i = 1; i <= 10; ++i)
        map += ",irls" + std::to_string(i) + "=i" + std::to_string(i);
    const auto mapping = valueOf(parseColumnMapping(map, valueOf(previewCsv(text)).header));
    auto batch = importGenericCsv(text, mapping);
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message().rfind("line 4, i1", 0) == 0);
    text.resize(text.rfind("11/22"));
    const ImportBatch ok = valueOf(importGenericCsv(text, mapping));
    REQUIRE(ok.nightPatches.size() == 1);
    CHECK(ok.nightPatches[0].date == Date{std::chrono::year{2026} / 11 / 20});
    CHECK(ok.nightPatches[0].irls->total() == 13);
}
