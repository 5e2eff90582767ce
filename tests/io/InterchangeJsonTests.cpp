#include "IoTestSupport.h"
#include "quietlegs/core/DemoJournal.h"
#include "quietlegs/io/InterchangeJson.h"

#include <sys/wait.h>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

const std::chrono::sys_seconds kExportedAt =
    std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} + std::chrono::hours{10};

std::string exportOf(const Journal& journal, std::chrono::sys_seconds at = kExportedAt)
{
    return interchangeJson(recordsOf(journal), at);
}

std::string errorOf(const std::string& text)
{
    auto records = readInterchangeJson(text);
    REQUIRE_FALSE(records.ok());
    return records.error().message();
}

std::string document(const std::string& arrays)
{
    return R"({"format": "quietlegs", "version": 1)" + (arrays.empty() ? "" : ", " + arrays) + "}";
}

} // namespace

TEST_CASE("export, import into an empty journal, export again gives the same document")
{
    TemporaryDirectory dir;
    Journal original = openJournal(dir / "original.sqlite");
    const JournalRecords demo = demoJournal(Date{std::chrono::year{2026} / 11 / 20}, 90, 7);
    REQUIRE(original.merge(demo).ok());
    const std::string first = exportOf(original);

    Journal copy = openJournal(dir / "copy.sqlite");
    auto summary = valueOf(applyImport(copy, valueOf(importInterchangeJson(first))));
    CHECK(summary.added == int(demo.size()));
    CHECK(summary.updated == 0);

    const std::string second = exportOf(copy, kExportedAt + std::chrono::hours{5});
    CHECK(second != first);                                       // exported_at differs ...
    CHECK(withoutExportedAt(second) == withoutExportedAt(first)); // ... and nothing else
    CHECK(first.find("\"exported_at\": \"2026-11-24T10:00:00Z\"") != std::string::npos);
}

TEST_CASE("importing the same document twice stores nothing new")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const std::string text = fixture("interchange/example-v1.json");
    auto first = valueOf(applyImport(journal, valueOf(importInterchangeJson(text))));
    CHECK(first.added == 9);
    auto second = valueOf(applyImport(journal, valueOf(importInterchangeJson(text))));
    CHECK(second.added == 0);
    CHECK(second.updated == 0);
    CHECK(second.unchanged == 9);
    CHECK(recordsOf(journal).size() == 9);
}

TEST_CASE("reading the contract's example: unknown keys ignored, absent and null are unknown")
{
    auto records = valueOf(readInterchangeJson(fixture("interchange/example-v1.json")));
    REQUIRE(records.nights.size() == 2);
    CHECK(records.nights[0].irlsTotal() == 13);
    CHECK(records.nights[0].notes() == "legs bad after long drive");
    const Night& sparse = records.nights[1];
    CHECK(sparse.severity() == 3);
    CHECK_FALSE(sparse.irls().has_value());
    CHECK(sparse.sleep().isEmpty());
    CHECK(sparse.notes().empty());

    REQUIRE(records.intakes.size() == 3);
    CHECK(records.intakes[0].elementalMg() == Approx(141));
    // Only the compound given: elemental from the citrate fraction (domain.md 0.16).
    CHECK(records.intakes[1].elementalMg() == Approx(80));
    CHECK(records.intakes[1].route() == Route::Oral);
    CHECK(records.intakes[1].journalDate() == Date{std::chrono::year{2026} / 11 / 21});
    CHECK(records.intakes[2].route() == Route::Topical);

    REQUIRE(records.daily.size() == 2);
    CHECK_FALSE(records.daily[1].caffeineMg().has_value());
    CHECK(records.daily[1].stress() == 2);
    REQUIRE(records.labs.size() == 2);
    CHECK(records.labs[1].unit() == "mg/dL");
}

TEST_CASE("the first invalid entity is named by array, index and field")
{
    CHECK(errorOf(fixture("interchange/bad-last-night.json")) ==
          "nights[3].sleep_latency_min \"-5\": must be between 0 and 1440");
    CHECK(errorOf(document(R"("intakes": [{"taken_at": "2026-11-20T21:00", "nutrient": "magnesium",
        "form": "gummy", "elemental_mg": 100}])"))
              .rfind("intakes[0].form \"gummy\": not a known form of magnesium", 0) == 0);
    CHECK(
        errorOf(document(R"("labs": [{"date": "2026-10-02", "test": "ferritin", "value": 48}])")) ==
        "labs[0].unit: is required");
    CHECK(errorOf(document(R"("daily": [{"date": "2026-11-20"}, {"date": "2026-02-30"}])")) ==
          "daily[1].date \"2026-02-30\": no such calendar date");
    CHECK(errorOf(document(R"("nights": [{"date": "2026-11-20", "irls_items": [1, 2, 3]}])"))
              .rfind("nights[0].irls_items", 0) == 0);
    // Intakes are read beside the nights; a bad night still comes first, wherever each is.
    CHECK(errorOf(document(R"("intakes": [{"taken_at": "2026-11-20T21:00", "nutrient": "magnesium",
        "form": "gummy", "elemental_mg": 100}], "nights": [{"date": "2026-11-20"},
        {"date": "2026-11-21", "severity": 11}])"))
              .rfind("nights[1].severity", 0) == 0);
    CHECK(errorOf(document(R"("nights": [{"date": "2026-11-20"}], "intakes": [{"taken_at":
        "2026-11-20T21:00", "nutrient": "iron", "form": "bisglycinate",
        "elemental_mg": 18}, {"taken_at": "2026-11-20T21:00", "nutrient": "magnesium",
        "form": "gummy", "elemental_mg": 100}], "daily": [{"date": "2026-02-30"}])"))
              .rfind("intakes[1].form", 0) == 0);
}

TEST_CASE("wrong types are refused with the field named, never coerced")
{
    CHECK(errorOf(document(R"("nights": [{"date": "2026-11-20", "severity": "6"}])")) ==
          "nights[0].severity \"6\": must be a whole number or null");
    CHECK(errorOf(document(R"("nights": [{"date": "2026-11-20", "severity": 6.5}])")) ==
          "nights[0].severity \"6.5\": must be a whole number");
    CHECK(errorOf(document(R"("nights": [{"date": 20261120}])")) ==
          "nights[0].date \"20261120\": must be a string or null");
    CHECK(errorOf(document(R"("nights": {"date": "2026-11-20"})")).rfind("nights ", 0) == 0);
    CHECK(errorOf(document(R"("labs": [42])")) == "labs[0] \"42\": must be an object");
    // Whole numbers written as 25.0 are still whole numbers.
    CHECK(readInterchangeJson(document(R"("nights": [{"date": "2026-11-20", "severity": 6.0}])"))
              .ok());
}

TEST_CASE("a missing or newer version and a foreign format are refused")
{
    CHECK(errorOf(R"({"format": "quietlegs", "nights": []})").rfind("version: is missing", 0) == 0);
    CHECK(errorOf(R"({"format": "quietlegs", "version": 3})").find("newer QuietLegs") !=
          std::string::npos);
    CHECK(errorOf(R"({"format": "sleepdiary", "version": 1})")
              .rfind("format \"sleepdiary\": not a QuietLegs interchange document", 0) == 0);
    CHECK(errorOf(R"({"version": 1})").rfind("format: is missing", 0) == 0);
    CHECK(errorOf("[1, 2, 3]").find("expected a JSON object") != std::string::npos);
}

TEST_CASE("hostile JSON is refused without crashing")
{
    SECTION("200,000 levels of nesting")
    {
        const std::string deep = std::string(200000, '[') + std::string(200000, ']');
        CHECK(errorOf(deep).find("nested deeper than") != std::string::npos);
        const std::string deepObjects =
            document("\"x\": " + std::string(200000, '[') + "1" + std::string(200000, ']'));
        CHECK(errorOf(deepObjects).find("nested deeper than") != std::string::npos);
    }
    SECTION("invalid UTF-8 inside a string")
    {
        const std::string text =
            document("\"nights\": [{\"date\": \"2026-11-20\", \"notes\": \"\xff\xfe\"}]");
        const std::string error = errorOf(text);
        CHECK(error.rfind("not valid JSON", 0) == 0);
        CHECK(error.find('\xff') == std::string::npos); // the message itself is printable
    }
    SECTION("numbers beyond double and int")
    {
        CHECK(errorOf(document(R"("daily": [{"date": "2026-11-20", "caffeine_mg": 1e400}])"))
                  .rfind("not valid JSON", 0) == 0);
        CHECK(errorOf(document(
                  R"("nights": [{"date": "2026-11-20", "severity": 99999999999999999999}])")) ==
              "nights[0].severity \"1e+20\": is out of range");
        CHECK(
            errorOf(document(R"("nights": [{"date": "2026-11-20", "awakenings": -3000000000}])")) ==
            "nights[0].awakenings \"-3000000000\": is out of range");
    }
    SECTION("truncated and empty text")
    {
        CHECK(errorOf("").rfind("not valid JSON", 0) == 0);
        CHECK(errorOf(R"({"format": "quietlegs", "version": 1, "nights": [)")
                  .rfind("not valid JSON", 0) == 0);
    }
}

TEST_CASE("a document that names the same night twice is refused")
{
    CHECK(errorOf(document(R"("nights": [{"date": "2026-11-20"}, {"date": "2026-11-21"},
                                         {"date": "2026-11-20", "severity": 2}])")) ==
          "nights[2].date \"2026-11-20\": appears twice (also nights[0])");
}

TEST_CASE("the progress callback sees the entities and can cancel")
{
    TemporaryDirectory dir;
    Journal source = openJournal(dir / "j.sqlite");
    REQUIRE(source.merge(demoJournal(Date{std::chrono::year{2026} / 11 / 20}, 200, 3)).ok());
    const std::string text = exportOf(source);
    std::int64_t lastDone = -1, lastTotal = 0;
    auto read = readInterchangeJson(text, [&](std::int64_t done, std::int64_t total) {
        lastDone = done;
        lastTotal = total;
        return true;
    });
    REQUIRE(read.ok());
    CHECK(lastTotal == std::int64_t(read->size()));
    CHECK(lastDone == lastTotal);
    auto cancelled =
        readInterchangeJson(text, [](std::int64_t done, std::int64_t) { return done < 300; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message().find("cancelled") != std::string::npos);
}

TEST_CASE("exports validate against the shipped JSON Schema, and the schema has teeth")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(journal.merge(demoJournal(Date{std::chrono::year{2026} / 11 / 20}, 60, 11)).ok());
    REQUIRE(
        applyImport(journal, valueOf(importInterchangeJson(fixture("interchange/example-v1.json"))))
            .ok());
    const std::string exported = exportOf(journal);
    writeText(dir / "export.json", exported);

    const std::string root =
        std::filesystem::path(QUIETLEGS_TEST_DATA).parent_path().parent_path().string();
    auto validate = [&](const std::filesystem::path& file) {
        const std::string command = "/usr/bin/python3 '" + root +
                                    "/tests/io/validate_json_schema.py' '" + root +
                                    "/docs/interchange-v1.schema.json' '" + file.string() +
                                    "' > '" + (dir / "validator.log").string() + "' 2>&1";
        const int status = std::system(command.c_str());
        INFO(readText(dir / "validator.log"));
        return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    };
    CHECK(validate(dir / "export.json") == 0);

    auto broken = nlohmann::ordered_json::parse(exported);
    broken["nights"][0]["severity"] = 11; // out of the 0..10 range
    writeText(dir / "broken.json", broken.dump(2));
    CHECK(validate(dir / "broken.json") == 1);
}

TEST_CASE("writers never throw, even on notes that are not UTF-8")
{
    NightEntry entry;
    entry.date = Date{std::chrono::year{2026} / 11 / 20};
    entry.notes = "Gr\xf6\xdf"
                  "e";
    JournalRecords records;
    records.nights.push_back(valueOf(Night::create(entry)));
    std::string text;
    REQUIRE_NOTHROW(text = interchangeJson(records, kExportedAt));
    // The bad bytes become U+FFFD, so the document is valid JSON that reads back.
    auto read = valueOf(readInterchangeJson(text));
    CHECK(read.nights[0].notes() == "Gr\xEF\xBF\xBD\xEF\xBF\xBD"
                                    "e");
}

} // namespace QUIETLEGS_TEST_FILE
