#include "IoTestSupport.h"
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

namespace {

const char* kSleepMap = "date=Date,into_bed=Bedtime,lights_out=Lights out,"
                        "sleep_latency_min=Minutes to fall asleep,awakenings=Times woke up,"
                        "waso_min=Minutes awake,final_wake=Woke up,out_of_bed=Got up,"
                        "severity=RLS (0-10),magnesium=Magnesium (mg),notes=Notes";

Date march(int d)
{
    return Date{std::chrono::year{2025} / 3 / d};
}

LocalDateTime at(int d, int hour, int minute)
{
    return atTime(march(d), std::chrono::hours{hour} + std::chrono::minutes{minute});
}

} // namespace

TEST_CASE("sleep diary columns are guessed from the usual header names")
{
    const CsvTable preview = valueOf(previewCsv(fixture("spreadsheet/sleep-diary-2025.csv"), 3));
    REQUIRE(preview.header.size() == 11);
    CHECK(preview.header[0] == "Date"); // the BOM is not part of the first name
    const CsvColumnMapping guess = guessColumnMapping(preview.header);
    CHECK(guess.date == 0u);
    CHECK(guess.intoBed == 1u);
    CHECK(guess.lightsOut == 2u);
    CHECK(guess.sleepLatencyMin == 3u);
    CHECK(guess.awakenings == 4u);
    CHECK(guess.wasoMin == 5u);
    CHECK(guess.finalWake == 6u);
    CHECK(guess.outOfBed == 7u);
    CHECK(guess.severity == 8u);
    CHECK(guess.magnesiumMg == 9u);
    CHECK(guess.notes == 10u);

    // Other spellings people use; "Time in bed" is a duration, not the time they went to bed.
    const CsvColumnMapping other = guessColumnMapping(
        {"Day", "Time in bed (h)", "Went to bed", "Tried to sleep", "Sleep latency", "Awakenings",
         "WASO", "Final wake", "Out of bed", "Sleep rating"});
    CHECK(other.intoBed == 2u);
    CHECK(other.lightsOut == 3u);
    CHECK(other.sleepLatencyMin == 4u);
    CHECK(other.awakenings == 5u);
    CHECK(other.wasoMin == 6u);
    CHECK(other.finalWake == 7u);
    CHECK(other.outOfBed == 8u);

    // The alcohol column holds units: a column of grams is left for the person to decide.
    CHECK_FALSE(guessColumnMapping({"Date", "Alcohol (g)"}).alcoholUnits.has_value());
    CHECK(guessColumnMapping({"Date", "Alcohol units"}).alcoholUnits == 1u);
}

TEST_CASE("spreadsheet sleep times cross midnight and give the night TIB, TST and SE")
{
    const std::string file = fixture("spreadsheet/sleep-diary-2025.csv");
    const CsvTable preview = valueOf(previewCsv(file));
    const CsvColumnMapping mapping = valueOf(parseColumnMapping(kSleepMap, preview.header));
    CHECK(mapping == guessColumnMapping(preview.header));
    const ImportBatch batch = valueOf(importGenericCsv(file, mapping));
    REQUIRE(batch.nightPatches.size() == 5);
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].where == "line 6"); // 2025-03-07: only the date

    const SleepDiaryTimes& first = *batch.nightPatches[0].sleep;
    CHECK(first.intoBed == at(3, 22, 30));
    CHECK(first.lightsOut == at(3, 22, 45));
    CHECK(first.sleepLatencyMin == 25);
    CHECK(first.awakenings == 2);
    CHECK(first.wasoMin == 30);
    CHECK(first.finalWake == at(4, 6, 30));
    CHECK(first.outOfBed == at(4, 6, 45));
    // "7:05" is a clock too; a bedtime after midnight belongs to the evening before.
    CHECK(batch.nightPatches[1].sleep->finalWake == at(5, 7, 5));
    CHECK(batch.nightPatches[2].date == march(5));
    CHECK(batch.nightPatches[2].sleep->intoBed == at(6, 0, 20));

    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(applyImport(journal, batch).ok());
    auto metrics = [&](int d) { return (*valueOf(journal.night(march(d)))).sleepMetrics(); };
    REQUIRE(metrics(3).has_value());
    CHECK(metrics(3)->timeInBedMin == 495);  // 22:30 to 06:45
    CHECK(metrics(3)->totalSleepMin == 410); // 22:45 to 06:30 is 465, minus 25 and 30
    CHECK(*metrics(3)->efficiencyPercent == Approx(100.0 * 410 / 495));
    CHECK(metrics(4)->totalSleepMin == 420);
    CHECK(metrics(5)->timeInBedMin == 430); // 00:20 to 07:30 the next morning
    CHECK(*metrics(5)->efficiencyPercent == Approx(100.0 * 300 / 430));
    CHECK_FALSE(metrics(6).has_value()); // empty cells: no lights out, SOL, WASO
    CHECK(*metrics(8)->efficiencyPercent == Approx(100.0 * (470 - 20) / 505));

    // Importing it again changes nothing.
    auto again = valueOf(applyImport(journal, valueOf(importGenericCsv(file, mapping))));
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
}

TEST_CASE("an empty sleep cell keeps what the journal holds, and a typed entry wins over the sheet")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    // Typed in the app: lights out, SOL and WASO for 03-06, which the sheet leaves empty.
    NightEntry typed;
    typed.date = march(6);
    typed.severity = 5;
    typed.sleep.lightsOut = at(6, 23, 5);
    typed.sleep.sleepLatencyMin = 10;
    typed.sleep.wasoMin = 20;
    typed.sleep.finalWake = at(7, 6, 0);
    REQUIRE(journal.saveNight(valueOf(Night::create(typed))).ok());

    const std::string file = fixture("spreadsheet/sleep-diary-2025.csv");
    const auto mapping = valueOf(parseColumnMapping(kSleepMap, valueOf(previewCsv(file)).header));
    REQUIRE(applyImport(journal, valueOf(importGenericCsv(file, mapping))).ok());
    const Night night = *valueOf(journal.night(march(6)));
    const SleepDiaryTimes& t = night.sleep().times();
    CHECK(t.intoBed == at(6, 22, 50));  // from the sheet
    CHECK(t.lightsOut == at(6, 23, 5)); // kept
    CHECK(t.finalWake == at(7, 6, 0));  // typed: the sheet's 06:40 does not replace it
    CHECK(t.outOfBed == at(7, 7, 0));   // from the sheet
    CHECK(t.sleepLatencyMin == 10);     // kept
    CHECK_FALSE(t.awakenings.has_value());
    CHECK(night.severity() == 5); // typed; the sheet says 4
    REQUIRE(night.sleepMetrics().has_value());
    CHECK(night.sleepMetrics()->totalSleepMin == 415 - 10 - 20);

    // --replace-manual: the sheet's values replace the typed ones; empty cells still keep.
    REQUIRE(applyImport(journal, valueOf(importGenericCsv(file, mapping)), ImportOptions{false, true})
                .ok());
    const Night replaced = *valueOf(journal.night(march(6)));
    CHECK(replaced.sleep().times().finalWake == at(7, 6, 40));
    CHECK(replaced.sleep().times().lightsOut == at(6, 23, 5));
    CHECK(replaced.severity() == 4);
}

TEST_CASE("a bad sleep cell names its line and column, and nothing is written")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const std::string file = fixture("spreadsheet/sleep-diary-bad-time.csv");
    const auto mapping = guessColumnMapping(valueOf(previewCsv(file)).header);
    auto batch = importGenericCsv(file, mapping);
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message() ==
          "line 3, Lights out \"25:10\": no such time of day (00:00 to 23:59)");
    CHECK(valueOf(journal.counts()).nights == 0);

    const std::string header = "Date,Bedtime,Lights out,Minutes to fall asleep,Minutes awake,"
                               "Woke up,Got up\r\n";
    auto problem = [&](const std::string& row) {
        auto result = importGenericCsv(header + row + "\r\n",
                                       guessColumnMapping(valueOf(previewCsv(header)).header));
        REQUIRE_FALSE(result.ok());
        return result.error().message();
    };
    CHECK(problem("2025-03-03,10.30pm,22:45,25,30,06:30,06:45") ==
          "line 2, Bedtime \"10.30pm\": expected a time as HH:MM (22:30) or h:mm AM/PM "
          "(10:30 PM)");
    CHECK(problem("2025-03-03,13:30 PM,22:45,25,30,06:30,06:45").rfind("line 2, Bedtime", 0) == 0);
    CHECK(problem("2025-03-03,25:10,22:45,25,30,06:30,06:45") ==
          "line 2, Bedtime \"25:10\": no such time of day (00:00 to 23:59)");
    CHECK(problem("2025-03-03,22:30,22:45,25,30,06:30,06:20") ==
          "line 2, Got up \"06:20\": is before final wake (06:30)");
    CHECK(problem("2025-03-03,22:30,22:45,half an hour,30,06:30,06:45") ==
          "line 2, Minutes to fall asleep \"half an hour\": is not a number");
    CHECK(problem("2025-03-03,22:30,22:45,-5,30,06:30,06:45") ==
          "line 2, Minutes to fall asleep \"-5\": must be between 0 and 1440");
    CHECK(problem("2025-03-03,22:30,22:45,300,300,06:30,06:45")
              .rfind("line 2, Minutes awake \"600 min with sleep latency\": minutes to fall "
                     "asleep plus minutes awake exceed",
                     0) == 0);
    CHECK(problem("2025-03-03,22:30:15,22:45,25,30,06:30,06:45").rfind("line 2, Bedtime", 0) == 0);
}

TEST_CASE("wake times alone are the morning after the row's date")
{
    const std::string text = "Date,Woke up,Got up\r\n2025-03-03,6:30,06:45\r\n";
    const auto batch =
        valueOf(importGenericCsv(text, guessColumnMapping({"Date", "Woke up", "Got up"})));
    REQUIRE(batch.nightPatches.size() == 1);
    CHECK_FALSE(batch.nightPatches[0].sleep->intoBed.has_value());
    CHECK(batch.nightPatches[0].sleep->finalWake == at(4, 6, 30));
    CHECK(batch.nightPatches[0].sleep->outOfBed == at(4, 6, 45));
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(applyImport(journal, batch).ok());
    CHECK(valueOf(journal.night(march(3)))->sleep().times().finalWake == at(4, 6, 30));
}

TEST_CASE("US spreadsheet times with AM/PM import on the 24-hour clock")
{
    const std::string text = "Date,Bedtime,Lights out,Woke up,Got up\r\n"
                             "2025-03-03,10:30 PM,11:50 pm,6:45 AM,07:05AM\r\n"
                             "2025-03-04,11:45 PM,12:15 AM,12:00 PM,12:30 PM\r\n";
    const auto batch = valueOf(importGenericCsv(
        text, guessColumnMapping({"Date", "Bedtime", "Lights out", "Woke up", "Got up"})));
    REQUIRE(batch.nightPatches.size() == 2);
    const SleepDiaryTimes& first = *batch.nightPatches[0].sleep;
    CHECK(first.intoBed == at(3, 22, 30));
    CHECK(first.lightsOut == at(3, 23, 50));
    CHECK(first.finalWake == at(4, 6, 45));
    CHECK(first.outOfBed == at(4, 7, 5));
    const SleepDiaryTimes& second = *batch.nightPatches[1].sleep;
    CHECK(second.lightsOut == at(5, 0, 15)); // 12:15 AM is a quarter past midnight
    CHECK(second.finalWake == at(5, 12, 0)); // 12:00 PM is noon
}

TEST_CASE("LibreOffice's HH:MM:SS times import as the minute they name")
{
    const std::string text = "Date,Into bed,Out of bed\n2025-03-03,22:30:00,06:45:00\n";
    const auto batch = valueOf(
        importGenericCsv(text, valueOf(parseColumnMapping("date=1,into_bed=2,out_of_bed=3",
                                                          valueOf(previewCsv(text)).header))));
    REQUIRE(batch.nightPatches.size() == 1);
    CHECK(batch.nightPatches[0].sleep->intoBed == at(3, 22, 30));
    CHECK(batch.nightPatches[0].sleep->outOfBed == at(4, 6, 45));
}

TEST_CASE("a sheet's time that contradicts one kept from the journal fails the whole file")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    // Lights out 22:40 typed in the app for 03-06; the sheet says into bed 22:50 that night
    // and leaves lights out empty, so the kept 22:40 would come before going to bed.
    NightEntry typed;
    typed.date = march(6);
    typed.sleep.lightsOut = at(6, 22, 40);
    REQUIRE(journal.saveNight(valueOf(Night::create(typed))).ok());
    const auto before = valueOf(journal.counts());

    const std::string file = fixture("spreadsheet/sleep-diary-2025.csv");
    const auto batch = valueOf(importGenericCsv(
        file, valueOf(parseColumnMapping(kSleepMap, valueOf(previewCsv(file)).header))));
    auto applied = applyImport(journal, batch);
    REQUIRE_FALSE(applied.ok());
    CHECK(applied.error().message().rfind("line 5, lights_out", 0) == 0);
    CHECK(failedOnEntry(batch, applied.error()));
    CHECK_FALSE(failedOnEntry(batch, Error{"line 50, lights_out", "", "x"}));
    CHECK_FALSE(failedOnEntry(batch, Error{"", "", "database is locked"}));
    CHECK(valueOf(journal.counts()).nights == before.nights);
    CHECK(valueOf(journal.night(march(3))) == std::nullopt);
}

} // namespace QUIETLEGS_TEST_FILE
