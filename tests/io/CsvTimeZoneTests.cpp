// nights.csv carries each night's time_zone (interchange-v2.md "Nights"), and the spreadsheet
// import reads it back (issue 20 leftovers).
#include "IoTestSupport.h"
#include "quietlegs/io/CsvExport.h"
#include "quietlegs/io/CsvTable.h"
#include "quietlegs/io/GenericCsvImport.h"

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date day(int m, int d)
{
    return Date{std::chrono::year{2026} / m / d};
}

LocalDateTime at(Date date, int h, int m)
{
    return atTime(date, std::chrono::minutes{h * 60 + m});
}

/// A night in Tokyo and one in Berlin.
JournalRecords nightsInTwoZones()
{
    JournalRecords records;
    NightEntry tokyo;
    tokyo.date = day(3, 10);
    tokyo.severity = 3;
    tokyo.sleep.intoBed = at(day(3, 10), 22, 0);
    tokyo.sleep.finalWake = at(day(3, 11), 6, 0);
    tokyo.timeZone = "Asia/Tokyo";
    records.nights.push_back(valueOf(Night::create(tokyo)));
    NightEntry berlin;
    berlin.date = day(10, 24);
    berlin.severity = 5;
    berlin.sleep.lightsOut = at(day(10, 24), 23, 30);
    berlin.sleep.finalWake = at(day(10, 25), 7, 15);
    berlin.timeZone = "Europe/Berlin";
    records.nights.push_back(valueOf(Night::create(berlin)));
    return records;
}

} // namespace

TEST_CASE("nights.csv has each night's time_zone")
{
    const CsvTable table = valueOf(readCsvTable(nightsCsv(nightsInTwoZones())));
    const auto column = table.column("time_zone");
    REQUIRE(column.has_value());
    REQUIRE(table.rows.size() == 2);
    CHECK(table.rows[0].cells[*column] == "Asia/Tokyo");
    CHECK(table.rows[1].cells[*column] == "Europe/Berlin");
}

TEST_CASE("the spreadsheet import reads the time_zone of QuietLegs' own nights.csv")
{
    const std::string text = nightsCsv(nightsInTwoZones());
    const CsvTable preview = valueOf(previewCsv(text));
    const CsvColumnMapping mapping = guessColumnMapping(preview.header);
    REQUIRE(mapping.timeZone.has_value());
    const ImportBatch batch = valueOf(importGenericCsv(text, mapping));
    REQUIRE(batch.nightPatches.size() == 2);
    CHECK(batch.nightPatches[0].timeZone == std::optional<std::string>("Asia/Tokyo"));
    CHECK(batch.nightPatches[1].timeZone == std::optional<std::string>("Europe/Berlin"));
}

TEST_CASE("a sleep time the clocks skip in the row's time_zone is refused")
{
    // 02:30 on 29 March 2026 does not exist in Berlin (clocks go from 02:00 to 03:00); in
    // Tokyo it does. Read in the computer's zone instead, the row would pass.
    const std::string header = "date,lights_out,final_wake,time_zone\r\n";
    const std::string tokyo = header + "2026-03-28,23:00,02:30,Asia/Tokyo\r\n";
    const std::string berlin = header + "2026-03-28,23:00,02:30,Europe/Berlin\r\n";
    const CsvTable preview = valueOf(previewCsv(berlin));
    const CsvColumnMapping mapping = valueOf(parseColumnMapping(
        "date=date,lights_out=lights_out,final_wake=final_wake,time_zone=time_zone",
        preview.header));
    CHECK(importGenericCsv(tokyo, mapping).ok());
    auto refused = importGenericCsv(berlin, mapping);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().message(), Catch::Contains("line 2") &&
                                              Catch::Contains("final_wake") &&
                                              Catch::Contains("02:30"));
}

TEST_CASE("an unknown time_zone in a spreadsheet is refused naming its line and column")
{
    const std::string text = "date,severity,time_zone\r\n2026-03-10,3,Mars/Olympus\r\n";
    const CsvTable preview = valueOf(previewCsv(text));
    auto mapping = valueOf(
        parseColumnMapping("date=date,severity=severity,time_zone=time_zone", preview.header));
    auto batch = importGenericCsv(text, mapping);
    REQUIRE_FALSE(batch.ok());
    CHECK_THAT(batch.error().message(), Catch::Contains("line 2") && Catch::Contains("time_zone"));
}

} // namespace QUIETLEGS_TEST_FILE
