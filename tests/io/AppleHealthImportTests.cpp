#include "IoTestSupport.h"
#include "quietlegs/io/AppleHealthImport.h"
#include "quietlegs/io/ImportFormat.h"

#include <algorithm>
#include <map>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date day(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

/// The fixtures were exported in Berlin: their offsets agree with the computer's zone.
AppleHealthOptions inBerlin(std::string sleepSource = {}, std::string foodSource = {})
{
    AppleHealthOptions options;
    options.sources.sleepSource = std::move(sleepSource);
    options.sources.foodSource = std::move(foodSource);
    options.computerZone = valueOf(TimeZone::named("Europe/Berlin"));
    return options;
}

ImportBatch importFixture(const AppleHealthOptions& options = inBerlin())
{
    return valueOf(importAppleHealth(fixture("apple-health/export.xml"), options));
}

const NightPatch& nightOn(const ImportBatch& batch, Date date)
{
    auto it = std::find_if(batch.nightPatches.begin(), batch.nightPatches.end(),
                           [&](const NightPatch& patch) { return patch.date == date; });
    REQUIRE(it != batch.nightPatches.end());
    REQUIRE(it->sleep.has_value());
    return *it;
}

std::string at(const std::optional<LocalDateTime>& when)
{
    return when ? formatLocalDateTime(*when) : std::string("none");
}

const ImportSourceUse& useOf(const std::vector<ImportSourceUse>& uses, const std::string& name)
{
    auto it = std::find_if(uses.begin(), uses.end(),
                           [&](const ImportSourceUse& use) { return use.name == name; });
    REQUIRE(it != uses.end());
    return *it;
}

/// A minimal export around `records` (one Record element or more).
std::string exportWith(const std::string& records, const std::string& doctype = "")
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype +
           "<HealthData locale=\"en_GB\">\n <ExportDate value=\"2026-11-25 08:00:00 +0100\"/>\n" +
           records + "</HealthData>\n";
}

std::string sleepRecord(const std::string& source, const std::string& value,
                        const std::string& start, const std::string& end)
{
    return " <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"" + source +
           "\" startDate=\"" + start + "\" endDate=\"" + end +
           "\" value=\"HKCategoryValueSleepAnalysis" + value + "\"/>\n";
}

Error errorOf(const std::string& text)
{
    auto batch = importAppleHealth(text, inBerlin());
    REQUIRE_FALSE(batch.ok());
    return batch.error();
}

} // namespace

TEST_CASE("an Apple Health export is recognised by its content and by --format apple-health")
{
    const std::string file = fixture("apple-health/export.xml");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::AppleHealth);
    CHECK(looksLikeAppleHealthExport(file.substr(0, 4096)));
    CHECK(valueOf(parseImportFormat("apple-health")) == ImportFormat::AppleHealth);
    CHECK(importFormatId(ImportFormat::AppleHealth) == "apple-health");
    CHECK_FALSE(looksLikeAppleHealthExport("<?xml version=\"1.0\"?><svg/>"));
    CHECK_FALSE(looksLikeAppleHealthExport("Date,Magnesium (mg)\n"));
    auto other = detectImportFormat("<?xml version=\"1.0\"?>\n<svg></svg>");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message().find("not an Apple Health export") != std::string::npos);
}

TEST_CASE("Apple Health sleep stages become the night's diary as the Fitbit importer maps sleep")
{
    const ImportBatch batch = importFixture();
    CHECK(batch.nightPatches.size() == 2);
    const NightPatch& night = nightOn(batch, day(20));
    const SleepDiaryTimes& sleep = *night.sleep;
    // into bed = lights out = the first InBed start
    CHECK(at(sleep.intoBed) == "2026-11-20T22:58");
    CHECK(sleep.lightsOut == sleep.intoBed);
    // first Asleep at 23:05:30: the journal keeps minutes
    CHECK(sleep.sleepLatencyMin == 7);
    CHECK(at(sleep.finalWake) == "2026-11-21T06:40");
    // out of bed: the later of the last InBed end (06:58) and the final wake
    CHECK(at(sleep.outOfBed) == "2026-11-21T06:58");
    // Awake 00:30-00:42 and 02:10-02:15 are between; 06:40-06:55 is after the final wake
    CHECK(sleep.awakenings == 2);
    CHECK(sleep.wasoMin == 17);
    CHECK(night.timeZone == "Europe/Berlin");
    CHECK_FALSE(night.sleepKeepsStoredEntries); // a device's night is one complete record
    REQUIRE(SleepDiary::create(sleep, valueOf(TimeZone::named("Europe/Berlin"))).ok());
}

TEST_CASE("each night's sleep comes from one source: the most records, or the one chosen")
{
    const ImportBatch batch = importFixture();
    // The night of the 21st: Oura wrote 3 records, the watch 2.
    const SleepDiaryTimes& oura = *nightOn(batch, day(21)).sleep;
    CHECK(at(oura.intoBed) == "2026-11-21T23:30");
    CHECK(oura.sleepLatencyMin == 10);
    CHECK(at(oura.finalWake) == "2026-11-22T07:00");
    CHECK(at(oura.outOfBed) == "2026-11-22T07:05");
    CHECK(oura.awakenings == 1);
    CHECK(oura.wasoMin == 20);

    const ImportSourceUse& watch = useOf(batch.sleepSourceUses, "Anna’s Apple Watch");
    CHECK(watch.records == 11);
    CHECK(watch.days == 2);
    CHECK(watch.daysTaken == 1);
    CHECK(useOf(batch.sleepSourceUses, "Oura").daysTaken == 1);
    CHECK(useOf(batch.sleepSourceUses, "Anna’s iPhone").daysTaken == 0);
    CHECK(batch.sleepSources ==
          std::vector<std::string>{"Anna’s Apple Watch", "Oura", "Anna’s iPhone"}); // most first
    CHECK(batch.chosenSleepSource == "Anna’s Apple Watch"); // the first of two nights tied
    CHECK(batch.importer == EntrySource::AppleHealth);
    // The watch's afternoon nap on the 21st is a shorter sleep on the same journal date.
    CHECK(std::any_of(batch.notes.begin(), batch.notes.end(), [](const std::string& note) {
        return note.find("1 shorter sleep period") != std::string::npos;
    }));

    const ImportBatch chosen = importFixture(inBerlin("Anna’s Apple Watch"));
    const SleepDiaryTimes& fromWatch = *nightOn(chosen, day(21)).sleep;
    CHECK(at(fromWatch.intoBed) == "2026-11-21T23:35");
    CHECK(at(fromWatch.finalWake) == "2026-11-22T06:50");
    CHECK(fromWatch.awakenings == 0);
    CHECK(fromWatch.wasoMin == 0);

    // The iPhone recorded only the time in bed: no sleep times are made up.
    const ImportBatch phone = importFixture(inBerlin("Anna’s iPhone"));
    const SleepDiaryTimes& inBed = *nightOn(phone, day(20)).sleep;
    CHECK(at(inBed.intoBed) == "2026-11-20T22:50");
    CHECK(at(inBed.outOfBed) == "2026-11-21T07:10");
    CHECK_FALSE(inBed.finalWake.has_value());
    CHECK_FALSE(inBed.sleepLatencyMin.has_value());
    CHECK(at(nightOn(phone, day(21)).sleep->intoBed) == "2026-11-21T23:30"); // only Oura, watch
}

TEST_CASE("a chosen source the export does not have is refused, naming the flag and the sources")
{
    auto batch = importAppleHealth(fixture("apple-health/export.xml"), inBerlin("Fitbit"));
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().field == "--sleep-source");
    CHECK(batch.error().rule.find("Oura") != std::string::npos);
    auto food =
        importAppleHealth(fixture("apple-health/export.xml"), inBerlin("", "Anna’s iPhone"));
    REQUIRE_FALSE(food.ok());
    CHECK(food.error().field == "--food-source");
    CHECK(food.error().rule.find("Cronometer") != std::string::npos);
}

TEST_CASE("a day's food comes from one source, and its caffeine from one source")
{
    const ImportBatch batch = importFixture();
    std::map<std::pair<int, Nutrient>, double> food;
    for (const Intake& intake : batch.records.intakes) {
        CHECK(intake.form() == kFoodForm);
        CHECK(intake.label() == kAppleHealthLabel);
        CHECK(formatLocalDateTime(intake.takenAt()).substr(10) == "T12:00");
        food[{int(unsigned(dateOf(intake.takenAt()).day())), intake.nutrient()}] +=
            intake.elementalMg();
    }
    // Cronometer's 120 + 150 mg, not MyFitnessPal's 200 mg as well (nor the 200 mg again from
    // inside MyFitnessPal's food Correlation).
    CHECK(food[{20, Nutrient::Magnesium}] == Approx(270));
    CHECK(food[{20, Nutrient::Iron}] == Approx(10.5));
    CHECK(food[{21, Nutrient::Magnesium}] == Approx(300)); // written as 0.3 g
    CHECK(batch.records.intakes.size() == 3);
    REQUIRE(batch.replacedIntakes.has_value());
    CHECK(batch.replacedIntakes->label == kAppleHealthLabel);
    CHECK(batch.replacedIntakes->dates == std::vector<Date>{day(20), day(21)});

    // Caffeine: the tracker's two records (160 mg), not Cronometer's one (95 mg) on top.
    REQUIRE(batch.dailyPatches.size() == 1);
    CHECK(batch.dailyPatches[0].fields.date == day(20));
    CHECK(batch.dailyPatches[0].fields.caffeineMg == Approx(160));

    CHECK(useOf(batch.foodSourceUses, "Cronometer").daysTaken == 2);
    CHECK(useOf(batch.foodSourceUses, "MyFitnessPal").daysTaken == 0);
    CHECK(useOf(batch.foodSourceUses, "Caffeine Tracker").daysTaken == 1);

    const ImportBatch chosen = importFixture(inBerlin("", "MyFitnessPal"));
    double magnesium20 = 0;
    int iron20 = 0;
    for (const Intake& intake : chosen.records.intakes)
        if (dateOf(intake.takenAt()) == day(20)) {
            if (intake.nutrient() == Nutrient::Magnesium)
                magnesium20 += intake.elementalMg();
            else
                ++iron20;
        }
    CHECK(magnesium20 == Approx(200));
    CHECK(iron20 == 0); // MyFitnessPal's day, whole: no iron from Cronometer mixed in
}

TEST_CASE("records of other types are skipped and counted by type")
{
    const ImportBatch batch = importFixture();
    auto reasonFor = [&](const std::string& where) {
        for (const SkippedEntry& entry : batch.skipped)
            if (entry.where == where)
                return entry.reason;
        return std::string("not skipped");
    };
    CHECK(reasonFor("HKQuantityTypeIdentifierStepCount") ==
          "3 records of a type QuietLegs does not read");
    CHECK(reasonFor("HKQuantityTypeIdentifierHeartRate") ==
          "2 records of a type QuietLegs does not read");
    CHECK(reasonFor("Workout") == "1 record of a type QuietLegs does not read");
    CHECK(reasonFor("Correlation") == "1 record of a type QuietLegs does not read");
    CHECK(reasonFor("ActivitySummary") == "1 record of a type QuietLegs does not read");
    // The most common type first.
    CHECK(batch.skipped.front().where == "HKQuantityTypeIdentifierStepCount");

    const ImportBatch unknown = valueOf(
        importAppleHealth(exportWith(sleepRecord("Watch", "Asleep", "2026-11-20 23:00:00 +0100",
                                                 "2026-11-21 06:00:00 +0100") +
                                     sleepRecord("Watch", "Dozing", "2026-11-21 06:00:00 +0100",
                                                 "2026-11-21 06:10:00 +0100") +
                                     sleepRecord("Watch", "Dozing", "2026-11-21 06:10:00 +0100",
                                                 "2026-11-21 06:20:00 +0100")),
                          inBerlin()));
    CHECK(unknown.nightPatches.size() == 1);
    REQUIRE(unknown.skipped.size() == 1);
    CHECK(unknown.skipped[0].where == "line 5");
    CHECK(unknown.skipped[0].reason ==
          "a sleep value QuietLegs does not know: HKCategoryValueSleepAnalysisDozing (and 1 more "
          "like it)");
}

TEST_CASE("overlapping devices neither double a night nor a day's food in the journal")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const ImportBatch batch = importFixture();
    auto first = valueOf(applyImport(journal, batch));
    CHECK(first.added > 0);
    const JournalRecords records = recordsOf(journal);
    CHECK(records.nights.size() == 2);
    double magnesium = 0;
    for (const Intake& intake : records.intakes)
        if (intake.journalDate() == day(20) && intake.nutrient() == Nutrient::Magnesium)
            magnesium += intake.elementalMg();
    CHECK(magnesium == Approx(270));
    const auto night = valueOf(journal.night(day(20)));
    REQUIRE(night.has_value());
    const auto metrics = night->sleepMetrics();
    REQUIRE(metrics.has_value());
    CHECK(metrics->timeInBedMin == 8 * 60);                  // 22:58 to 06:58
    CHECK(metrics->totalSleepMin == (7 * 60 + 42) - 7 - 17); // 22:58 to 06:40
    CHECK(night->timeZone().name() == "Europe/Berlin");

    // The same export again changes nothing and adds nothing.
    auto again = valueOf(applyImport(journal, batch));
    CHECK(again.added == 0);
    CHECK(recordsOf(journal).intakes.size() == records.intakes.size());
}

TEST_CASE("UTC offsets become the computer's zone, Etc/GMT-H, or times converted to the computer's")
{
    // The clocks went back in Berlin during this night: the offsets agree with the zone, and
    // the night lasted nine real hours.
    const ImportBatch berlin = valueOf(
        importAppleHealth(exportWith(sleepRecord("Watch", "InBed", "2026-10-24 23:00:00 +0200",
                                                 "2026-10-25 07:00:00 +0100") +
                                     sleepRecord("Watch", "Asleep", "2026-10-24 23:00:00 +0200",
                                                 "2026-10-25 07:00:00 +0100")),
                          inBerlin()));
    REQUIRE(berlin.nightPatches.size() == 1);
    CHECK(berlin.nightPatches[0].timeZone == "Europe/Berlin");
    auto diary = SleepDiary::create(*berlin.nightPatches[0].sleep,
                                    valueOf(TimeZone::named("Europe/Berlin")));
    REQUIRE(diary.ok());
    CHECK(diary->metrics()->timeInBedMin == 9 * 60);

    // A trip to Tokyo: a whole-hour offset the computer's zone does not have.
    const ImportBatch tokyo = valueOf(
        importAppleHealth(exportWith(sleepRecord("Watch", "Asleep", "2026-11-10 23:00:00 +0900",
                                                 "2026-11-11 06:30:00 +0900")),
                          inBerlin()));
    REQUIRE(tokyo.nightPatches.size() == 1);
    CHECK(tokyo.nightPatches[0].timeZone == "Etc/GMT-9");
    CHECK(at(tokyo.nightPatches[0].sleep->intoBed) == "2026-11-10T23:00");
    CHECK(tokyo.notes.empty());

    // India's half hour: converted to the computer's zone, and said so.
    const ImportBatch india = valueOf(
        importAppleHealth(exportWith(sleepRecord("Watch", "Asleep", "2026-11-10 23:00:00 +0530",
                                                 "2026-11-11 06:30:00 +0530")),
                          inBerlin()));
    REQUIRE(india.nightPatches.size() == 1);
    CHECK(india.nightPatches[0].timeZone == "Europe/Berlin");
    CHECK(at(india.nightPatches[0].sleep->intoBed) == "2026-11-10T18:30");
    REQUIRE(india.notes.size() == 1);
    CHECK(india.notes[0].find("1 night(s)") == 0);
    CHECK(india.notes[0].find("converted to Europe/Berlin") != std::string::npos);
}

TEST_CASE("a night's date follows the journal-day rule on lights out")
{
    const ImportBatch batch = valueOf(
        importAppleHealth(exportWith(sleepRecord("Watch", "Asleep", "2026-11-21 00:40:00 +0100",
                                                 "2026-11-21 07:00:00 +0100")),
                          inBerlin()));
    REQUIRE(batch.nightPatches.size() == 1);
    CHECK(batch.nightPatches[0].date == day(20));
    CHECK(batch.nightPatches[0].sleep->sleepLatencyMin == 0); // no InBed: lights out = asleep
}

TEST_CASE("a truncated Apple Health export is refused, naming the line")
{
    const std::string file = fixture("apple-health/export.xml");
    const Error cut = errorOf(file.substr(0, file.size() / 2 + 17));
    CHECK(cut.field.rfind("line ", 0) == 0);
    CHECK(cut.rule.find("ends too soon") != std::string::npos);
    const Error noEnd = errorOf(file.substr(0, file.size() - 15)); // without </HealthData>
    CHECK(noEnd.rule.find("ends too soon") != std::string::npos);
    CHECK(errorOf("").rule.find("ends too soon") != std::string::npos);
}

TEST_CASE("entity declarations are refused before they expand (billion laughs)")
{
    std::string doctype = "<!DOCTYPE HealthData [\n <!ENTITY lol \"lol\">\n";
    std::string previous = "lol";
    for (int i = 1; i <= 9; ++i) {
        const std::string name = "lol" + std::to_string(i);
        doctype += " <!ENTITY " + name + " \"";
        for (int k = 0; k < 10; ++k)
            doctype += "&" + previous + ";";
        doctype += "\">\n";
        previous = name;
    }
    doctype += "]>\n";
    const Error laughs =
        errorOf(exportWith(" <Record type=\"&lol9;\" sourceName=\"x\" startDate=\"x\" "
                           "endDate=\"x\"/>\n",
                           doctype));
    CHECK(laughs.field == "line 3");
    CHECK(laughs.value == "lol");
    CHECK(laughs.rule.find("entity declarations are refused") != std::string::npos);

    // An external entity or a parameter entity is a declaration too.
    CHECK(errorOf(exportWith("", "<!DOCTYPE HealthData [<!ENTITY % p SYSTEM \"/etc/passwd\">]>\n"))
              .rule.find("entity") != std::string::npos);
    // Undeclared entity references stay errors of the XML.
    CHECK(errorOf(exportWith(" <Record type=\"&x;\"/>\n")).rule.find("not well-formed") !=
          std::string::npos);
}

TEST_CASE("bad dates and values in used records name the line; other records are not read")
{
    const Error date = errorOf(exportWith(
        sleepRecord("Watch", "Asleep", "2026-11-20 23:00 +0100", "2026-11-21 06:00:00 +0100")));
    CHECK(date.field == "line 4, startDate");
    CHECK(date.value == "2026-11-20 23:00 +0100");
    CHECK(date.rule.find("YYYY-MM-DD HH:MM:SS +HHMM") != std::string::npos);
    CHECK(errorOf(exportWith(sleepRecord("Watch", "Asleep", "2026-11-20 23:00:00 +0100",
                                         "2026-02-30 06:00:00 +0100")))
              .field == "line 4, endDate");
    CHECK(errorOf(exportWith(sleepRecord("Watch", "Asleep", "2026-11-20 23:00:00 +0100", "")))
              .field == "line 4, endDate");

    const Error value = errorOf(exportWith(
        " <Record type=\"HKQuantityTypeIdentifierDietaryIron\" sourceName=\"Cronometer\" "
        "unit=\"mg\" startDate=\"2026-11-20 08:00:00 +0100\" endDate=\"2026-11-20 08:00:00 "
        "+0100\" value=\"-4\"/>\n"));
    CHECK(value.field == "line 4, value");
    CHECK(value.value == "-4");

    // A step count with a nonsense date is not read, so it fails nothing.
    const ImportBatch steps = valueOf(importAppleHealth(
        exportWith(" <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"x\" "
                   "startDate=\"yesterday\" endDate=\"today\" value=\"3\"/>\n"),
        inBerlin()));
    CHECK(steps.nightPatches.empty());
    CHECK(steps.skipped.size() == 1);

    // A dietary record in an energy unit is skipped, not counted as milligrams.
    const ImportBatch kcal = valueOf(importAppleHealth(
        exportWith(" <Record type=\"HKQuantityTypeIdentifierDietaryMagnesium\" sourceName=\"x\" "
                   "unit=\"kcal\" startDate=\"2026-11-20 08:00:00 +0100\" endDate=\"2026-11-20 "
                   "08:00:00 +0100\" value=\"3\"/>\n"),
        inBerlin()));
    CHECK(kcal.records.intakes.empty());
    REQUIRE(kcal.skipped.size() == 1);
    CHECK(kcal.skipped[0].reason.find("kcal") != std::string::npos);

    const Error root = errorOf("<?xml version=\"1.0\"?>\n<svg/>");
    CHECK(root.rule.find("root element is not HealthData") != std::string::npos);
}

TEST_CASE("an implausible day total is skipped with its reason, the rest imported")
{
    const ImportBatch batch = valueOf(importAppleHealth(
        exportWith(" <Record type=\"HKQuantityTypeIdentifierDietaryMagnesium\" sourceName=\"x\" "
                   "unit=\"g\" startDate=\"2026-11-20 08:00:00 +0100\" endDate=\"2026-11-20 "
                   "08:00:00 +0100\" value=\"9\"/>\n"
                   " <Record type=\"HKQuantityTypeIdentifierDietaryIron\" sourceName=\"x\" "
                   "unit=\"mg\" startDate=\"2026-11-20 08:00:00 +0100\" endDate=\"2026-11-20 "
                   "08:00:00 +0100\" value=\"9\"/>\n"),
        inBerlin()));
    REQUIRE(batch.records.intakes.size() == 1);
    CHECK(batch.records.intakes[0].nutrient() == Nutrient::Iron);
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].reason.find("2026-11-20: the magnesium total of x") == 0);
}

TEST_CASE("an export is read from its file in chunks, with progress and cancel")
{
    TemporaryDirectory dir;
    // Several megabytes of step counts around the fixture's records: many chunks, records
    // split across chunk boundaries.
    std::string steps;
    for (int i = 0; i < 20000; ++i)
        steps += " <Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Anna’s "
                 "iPhone\" unit=\"count\" creationDate=\"2026-11-20 10:00:00 +0100\" "
                 "startDate=\"2026-11-20 09:00:00 +0100\" endDate=\"2026-11-20 09:10:00 +0100\" "
                 "value=\"" +
                 std::to_string(i) + "\"/>\n";
    std::string text = fixture("apple-health/export.xml");
    text.insert(text.find(" <Record"), steps);
    writeText(dir / "export.xml", text);
    CHECK(looksLikeAppleHealthExportFile(dir / "export.xml"));
    CHECK_FALSE(looksLikeAppleHealthExportFile(dir / "missing.xml"));

    std::vector<std::int64_t> seen;
    std::int64_t total = 0;
    const ImportBatch batch = valueOf(importAppleHealthFile(
        dir / "export.xml", inBerlin(), [&](std::int64_t done, std::int64_t of) {
            seen.push_back(done);
            total = of;
            return true;
        }));
    CHECK(total == std::int64_t(text.size()));
    CHECK(seen.size() >= 4);
    CHECK(seen.back() == total);
    CHECK(std::is_sorted(seen.begin(), seen.end()));
    const ImportBatch fromText = importFixture();
    CHECK(batch.nightPatches.size() == fromText.nightPatches.size());
    CHECK(batch.records.intakes == fromText.records.intakes);
    CHECK(batch.skipped.front().reason == "20,003 records of a type QuietLegs does not read");

    int calls = 0;
    auto cancelled = importAppleHealthFile(dir / "export.xml", inBerlin(),
                                           [&](std::int64_t, std::int64_t) { return ++calls < 3; });
    REQUIRE_FALSE(cancelled.ok());
    CHECK(cancelled.error().message() == importCancelled().message());

    auto missing = importAppleHealthFile(dir / "missing.xml", inBerlin());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().rule.find("cannot open") == 0);
}

} // namespace QUIETLEGS_TEST_FILE
