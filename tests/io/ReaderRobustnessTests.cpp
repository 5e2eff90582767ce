// Every reader takes a byte buffer and must neither crash nor throw, whatever the bytes:
// a deterministic stand-in for the fuzzers that can be built later.
#include "IoTestSupport.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/FitbitSleepImport.h"
#include "quietlegs/io/ImportFormat.h"
#include "quietlegs/io/InterchangeJson.h"

#include <random>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

void readEverything(const std::string& bytes)
{
    (void)readInterchangeJson(bytes);
    (void)importCronometerDailySummary(bytes);
    (void)importFitbitSleep(bytes);
    (void)readCsvTable(bytes);
    (void)previewCsv(bytes, 3);
    CsvColumnMapping mapping;
    mapping.date = 0;
    mapping.severity = 1;
    mapping.magnesiumMg = 2;
    mapping.notes = 3;
    (void)importGenericCsv(bytes, mapping);
    if (auto format = detectImportFormat(bytes); format)
        (void)readImport(bytes, *format, mapping);
}

} // namespace

TEST_CASE("readers survive truncated and corrupted fixtures")
{
    const std::vector<std::string> fixtures = {
        fixture("interchange/example-v1.json"), fixture("cronometer/dailysummary.csv"),
        fixture("fitbit/sleep-2026-11-20.json"), fixture("spreadsheet/rls-diary-2024.csv")};
    std::mt19937 random(20261125);
    for (const std::string& original : fixtures) {
        for (std::size_t cut = 0; cut < original.size(); cut += 7)
            REQUIRE_NOTHROW(readEverything(original.substr(0, cut)));
        for (int round = 0; round < 300; ++round) {
            std::string mutated = original;
            const int edits = 1 + int(random() % 4);
            for (int e = 0; e < edits; ++e) {
                const std::size_t at = random() % mutated.size();
                switch (random() % 3) {
                case 0:
                    mutated[at] = char(random() % 256);
                    break;
                case 1:
                    mutated.erase(at, 1 + random() % 8);
                    break;
                default:
                    mutated.insert(at,
                                   std::string(1 + random() % 4, "{[\",\n\"9-\xff"[random() % 10]));
                }
                if (mutated.empty())
                    mutated = "x";
            }
            REQUIRE_NOTHROW(readEverything(mutated));
        }
    }
}

TEST_CASE("readers survive random bytes and pathological shapes")
{
    std::mt19937 random(7);
    for (int round = 0; round < 200; ++round) {
        std::string bytes(random() % 512, '\0');
        for (char& c : bytes)
            c = char(random() % 256);
        REQUIRE_NOTHROW(readEverything(bytes));
    }
    REQUIRE_NOTHROW(readEverything(std::string(100000, '{')));
    REQUIRE_NOTHROW(readEverything(std::string(100000, '"')));
    REQUIRE_NOTHROW(readEverything(std::string(50000, ',') + "\n"));
    REQUIRE_NOTHROW(readEverything(std::string("Date,Magnesium (mg),Energy (kcal)\n") +
                                   std::string(5000, '\n')));
    REQUIRE_NOTHROW(readEverything("[" + std::string(100000, '[')));
}

TEST_CASE("each reader refuses an empty file and says why")
{
    CHECK(readInterchangeJson("").error().message().rfind("not valid JSON", 0) == 0);
    CHECK(importFitbitSleep("").error().message().rfind("not valid JSON", 0) == 0);
    CHECK(importCronometerDailySummary("").error().message() ==
          "the file is empty: expected a header row");
    CsvColumnMapping mapping;
    mapping.date = 0;
    CHECK(importGenericCsv("", mapping).error().message() ==
          "the file is empty: expected a header row");
    CHECK(detectImportFormat("  \r\n").error().message() == "the file is empty");
}

TEST_CASE("a Cronometer file without its Date column or with text in a number cell is refused")
{
    auto noDate =
        importCronometerDailySummary("Day,Magnesium (mg),Completed\n2026-11-01,300,true\n");
    REQUIRE_FALSE(noDate.ok());
    CHECK(noDate.error().message() == "line 1: no Date column: not a Cronometer daily summary");

    auto noNutrients = importCronometerDailySummary("Date,Energy (kcal)\n2026-11-01,2000\n");
    REQUIRE_FALSE(noNutrients.ok());
    CHECK(noNutrients.error().message().find("Magnesium (mg)") != std::string::npos);

    auto text = importCronometerDailySummary(
        "Date,Energy (kcal),Iron (mg),Magnesium (mg)\n2026-11-01,2000,12,300\n"
        "2026-11-02,1900,n/a,280\n");
    REQUIRE_FALSE(text.ok());
    CHECK(text.error().message() == "line 3, Iron (mg) \"n/a\": is not a number");

    auto badDate = importCronometerDailySummary("Date,Magnesium (mg)\n11/01/2026,300\n");
    REQUIRE_FALSE(badDate.ok());
    CHECK(badDate.error().message() ==
          "line 2, Date \"11/01/2026\": expected a date as YYYY-MM-DD");
}

} // namespace QUIETLEGS_TEST_FILE
