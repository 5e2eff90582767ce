// German and other spreadsheets: semicolon and tab delimiters recognised, decimal commas read,
// dates as dd.mm.yyyy (docs/import-export.md, "Any other spreadsheet").
#include "IoTestSupport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/GenericCsvImport.h"
#include "quietlegs/io/ImportFormat.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date january(int d)
{
    return Date{std::chrono::year{2024} / 1 / d};
}

const NightPatch& nightOn(const ImportBatch& batch, Date date)
{
    for (const NightPatch& night : batch.nightPatches)
        if (night.date == date)
            return night;
    FAIL("no night patch for " << formatDate(date));
    return batch.nightPatches.front();
}

const DailyFactorsEntry& dayOn(const ImportBatch& batch, Date date)
{
    for (const DailyFactorsPatch& day : batch.dailyPatches)
        if (day.fields.date == date)
            return day.fields;
    FAIL("no daily patch for " << formatDate(date));
    return batch.dailyPatches.front().fields;
}

} // namespace

TEST_CASE("the delimiter is sniffed from the header and first records, quoted cells ignored")
{
    // German Excel: commas inside cells (decimal commas, a quoted note), semicolons between.
    CHECK(detectCsvDelimiter("Datum;Koffein;Notiz\r\n20.01.2024;1,5;\"a, b; c\"\r\n"
                             "21.01.2024;2,25;x\r\n") == ';');
    // A tab file whose cells hold commas and semicolons.
    CHECK(detectCsvDelimiter("Date\tCaffeine\tNotes\n2024-01-20\t1,5\tbad; then, good\n") == '\t');
    // RFC 4180 with semicolons and line breaks inside quoted notes.
    CHECK(detectCsvDelimiter("Date,Notes\n2024-01-20,\"a;b;c\nd;e\"\n2024-01-21,x\n") == ',');
    // A header with a comma in a name: the semicolon splits every record alike.
    CHECK(detectCsvDelimiter("Datum;Koffein, mg;Notiz\n20.01.2024;1,5;x\n21.01.2024;2;y\n") == ';');
    // One column, or nothing at all: comma, as RFC 4180 says.
    CHECK(detectCsvDelimiter("Date\n2024-01-20\n") == ',');
    CHECK(detectCsvDelimiter("") == ',');
    // The byte order mark Excel writes is not part of the header.
    CHECK(detectCsvDelimiter("\xEF\xBB\xBF"
                             "Datum;Notiz\n") == ';');
}

TEST_CASE("semicolon and tab files are read cell by cell; the table says its delimiter")
{
    const CsvTable semicolons =
        valueOf(readCsvTable("Datum;Notiz\n20.01.2024;\"a; b, \"\"c\"\"\"\n", {}, {}, ';'));
    CHECK(semicolons.delimiter == ';');
    REQUIRE(semicolons.rows.size() == 1);
    CHECK(semicolons.rows[0].cells == std::vector<std::string>{"20.01.2024", "a; b, \"c\""});

    const CsvTable tabs = valueOf(readCsvTable("Date\tNotes\n2024-01-20\t\tlate\n", {}, {}, '\t'));
    CHECK(tabs.delimiter == '\t');
    REQUIRE(tabs.rows.size() == 1);
    // An empty cell between two tabs is a cell, not whitespace to skip.
    CHECK(tabs.rows[0].cells == std::vector<std::string>{"2024-01-20", "", "late"});

    CHECK_FALSE(readCsvTable("a|b\n", {}, {}, '|').ok());
    CHECK(csvDelimiterName('\t') == "tab");
    CHECK(csvDelimiterFromName("Semicolon") == ';');
    CHECK_FALSE(csvDelimiterFromName("pipe").has_value());
}

TEST_CASE("a German Excel export is recognised: semicolons, decimal commas, dd.mm.yyyy")
{
    const std::string file = fixture("spreadsheet/german-excel.csv");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::GenericCsv);
    const CsvTable preview = valueOf(previewCsv(file, 3));
    CHECK(preview.delimiter == ';');
    REQUIRE(preview.header.size() == 9);
    CHECK(preview.header[0] == "Datum");
    CHECK(preview.rows[1].cells[4] == "95,5");

    const CsvColumnMapping guess = guessColumnMapping(preview);
    CHECK(guess.delimiter == ';');
    CHECK(guess.decimalMark == DecimalMark::Comma);
    CHECK(guess.dateFormat == CsvDateFormat::DayMonthYear);
    CHECK(guess.date == 0u);
    CHECK(guess.severity == 1u);     // Schweregrad
    CHECK(guess.magnesiumMg == 2u);  // Magnesium (mg)
    CHECK(guess.ironMg == 3u);       // Eisen (mg)
    CHECK(guess.caffeineMg == 4u);   // Koffein (mg)
    CHECK(guess.alcoholUnits == 5u); // Alkohol (Einheiten)
    CHECK(guess.exerciseMin == 6u);  // Bewegung (min)
    CHECK(guess.stress == 7u);
    CHECK(guess.notes == 8u); // Notizen

    const ImportBatch batch = valueOf(importGenericCsv(file, guess));
    const NightPatch& first = nightOn(batch, january(20));
    CHECK(first.severity == 6);
    CHECK(first.notes == "Beine unruhig; nach langer Autofahrt, \"Kribbeln\"");
    CHECK(nightOn(batch, january(23)).notes == "um 3 Uhr wach,\nherumgelaufen");
    CHECK(dayOn(batch, january(20)).alcoholUnits == 1.5);
    CHECK(dayOn(batch, january(21)).caffeineMg == 95.5);
    CHECK(dayOn(batch, january(24)).alcoholUnits == 0.5);
    CHECK(batch.records.intakes.size() == 4); // Mg on 20, 21, 24; iron 65 on 21 (0 is none)

    // From the command line the same file needs no decimal key: ';' means decimal commas.
    const CsvColumnMapping typed = valueOf(parseColumnMapping(
        "date=Datum,date_format=dmy,alcohol=6,caffeine=Koffein (mg)", preview.header));
    CHECK_FALSE(typed.decimalMark.has_value());
    const ImportBatch fromCli = valueOf(importGenericCsv(file, typed));
    CHECK(dayOn(fromCli, january(20)).alcoholUnits == 1.5);
    CHECK(dayOn(fromCli, january(21)).caffeineMg == 95.5);
}

TEST_CASE("a tab file's decimal commas need decimal=comma, and the error says so")
{
    const std::string file = fixture("spreadsheet/german-tab.txt");
    const CsvTable preview = valueOf(previewCsv(file));
    CHECK(preview.delimiter == '\t');
    REQUIRE(preview.header.size() == 5);
    CHECK(guessColumnMapping(preview).decimalMark == DecimalMark::Point);

    const std::string map = "date=Datum,date_format=dmy,severity=2,caffeine=3,alcohol=4,notes=5";
    auto pointRead = importGenericCsv(file, valueOf(parseColumnMapping(map, preview.header)));
    REQUIRE_FALSE(pointRead.ok());
    const std::string message = pointRead.error().message();
    CHECK(message.rfind("line 2, Koffein (mg) \"120,5\": is not a number with a decimal point",
                        0) == 0);
    CHECK(message.find("decimal=comma") != std::string::npos);

    const CsvColumnMapping comma =
        valueOf(parseColumnMapping(map + ",decimal=comma", preview.header));
    CHECK(comma.decimalMark == DecimalMark::Comma);
    const ImportBatch batch = valueOf(importGenericCsv(file, comma));
    const Date march3{std::chrono::year{2025} / 3 / 3};
    CHECK(dayOn(batch, march3).caffeineMg == 120.5);
    CHECK(dayOn(batch, march3).alcoholUnits == 1.5);
    CHECK(nightOn(batch, march3).notes == "nach dem Kino; Beine, dann Ruhe");
    CHECK(nightOn(batch, Date{std::chrono::year{2025} / 3 / 5}).notes == "Zitat: \"schlimm\"");
}

TEST_CASE("with a decimal comma a point is refused, never read as a thousands separator")
{
    const std::string text = "Datum;Koffein (mg)\n20.01.2024;95\n21.01.2024;1.500\n";
    const std::vector<std::string> header = {"Datum", "Koffein (mg)"};
    auto refused = importGenericCsv(
        text, valueOf(parseColumnMapping("date=1,date_format=dmy,caffeine=2", header)));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().rfind(
              "line 3, Koffein (mg) \"1.500\": is not a number with a decimal comma", 0) == 0);

    // decimal=point reads the file's own way, when it writes 1.5.
    const ImportBatch batch = valueOf(importGenericCsv(
        text,
        valueOf(parseColumnMapping("date=1,date_format=dmy,caffeine=2,decimal=point", header))));
    CHECK(dayOn(batch, january(21)).caffeineMg == 1.5);

    auto word =
        importGenericCsv("Datum;Koffein (mg)\n20.01.2024;viel\n",
                         valueOf(parseColumnMapping("date=1,date_format=dmy,caffeine=2", header)));
    REQUIRE_FALSE(word.ok());
    CHECK(word.error().message() == "line 2, Koffein (mg) \"viel\": is not a number");
}

TEST_CASE("delimiter= and decimal= in a mapping override what was recognised")
{
    CHECK(valueOf(mappedDelimiter("date=1,delimiter=semicolon")) == ';');
    CHECK(valueOf(mappedDelimiter("delimiter=tab,date=1")) == '\t');
    CHECK_FALSE(valueOf(mappedDelimiter("date=1")).has_value());
    CHECK(mappedDelimiter("date=1,delimiter=pipe").error().message() ==
          "--map delimiter \"pipe\": use comma, semicolon or tab");

    const std::vector<std::string> header = {"Datum", "Koffein"};
    const CsvColumnMapping mapping =
        valueOf(parseColumnMapping("date=1,delimiter=tab,decimal=comma", header));
    CHECK(mapping.delimiter == '\t');
    CHECK(mapping.decimalMark == DecimalMark::Comma);
    CHECK(parseColumnMapping("date=1,decimal=dot", header).error().message() ==
          "--map decimal \"dot\": use point or comma");

    // The header as read with the delimiter the person names, not the one recognised.
    const std::string file = fixture("spreadsheet/german-excel.csv");
    CHECK(valueOf(previewCsv(file, 0, ',')).header.size() == 1);
    CHECK(valueOf(previewCsv(file, 0, ';')).header.size() == 9);
    // Split at commas, its quoted notes are quotes in the middle of a cell: refused, by line.
    CHECK(previewCsv(file, 10, ',').error().message().rfind("line 2: is not valid CSV", 0) == 0);
}

TEST_CASE("the date format is guessed from the preview's dates when they tell")
{
    auto formatOf = [](const std::string& text) {
        return guessColumnMapping(valueOf(previewCsv(text))).dateFormat;
    };
    CHECK(formatOf("Date,Severity\n2024-01-20,3\n") == CsvDateFormat::YearMonthDay);
    CHECK(formatOf("Datum;Schwere\n01.02.2024;3\n") == CsvDateFormat::DayMonthYear);
    CHECK(formatOf("Date,Severity\n01/02/2024,3\n25/02/2024,4\n") == CsvDateFormat::DayMonthYear);
    CHECK(formatOf("Date,Severity\n01/02/2024,3\n02/25/2024,4\n") == CsvDateFormat::MonthDayYear);
    // 01/02/2024 alone could be either: the default stays, for the person to choose.
    CHECK(formatOf("Date,Severity\n01/02/2024,3\n") == CsvDateFormat::YearMonthDay);
}

} // namespace QUIETLEGS_TEST_FILE
