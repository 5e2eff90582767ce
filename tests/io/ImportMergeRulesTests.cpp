// Issue 22's rules for every third-party importer, in the one merge they all go through
// (applyImport): what the person typed wins unless --replace-manual, a device's night goes
// beside a hand-kept diary, food is counted once, and the preview names old -> new values.
#include "IoTestSupport.h"
#include "quietlegs/core/FoodCoverage.h"
#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/FitbitSleepImport.h"
#include "quietlegs/io/ImportFormat.h"
#include "quietlegs/io/InterchangeJson.h"

#include <algorithm>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date day(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

void typeCaffeine(Journal& journal, Date date, double mg)
{
    DailyFactorsEntry entry;
    entry.date = date;
    entry.caffeineMg = mg;
    entry.stress = 6;
    REQUIRE(journal.saveDailyFactors(valueOf(DailyFactors::create(entry))).ok());
}

void typeFoodMagnesium(Journal& journal, Date date, double mg)
{
    REQUIRE(journal
                .addIntake(valueOf(Intake::create(
                    IntakeEntry{atTime(date, std::chrono::hours{13}), Nutrient::Magnesium,
                                std::string(kFoodForm), Route::Oral, std::nullopt, mg, "lunch"})))
                .ok());
}

void typeSupplement(Journal& journal, Date date, double mg)
{
    REQUIRE(journal
                .addIntake(valueOf(Intake::create(
                    IntakeEntry{atTime(date, std::chrono::hours{21}), Nutrient::Magnesium,
                                "glycinate", Route::Oral, std::nullopt, mg, "evening"})))
                .ok());
}

std::vector<Intake> intakesOf(const Journal& journal, Date date)
{
    std::vector<Intake> out;
    for (const auto& stored : valueOf(journal.intakes(DateRange{date, date})))
        out.push_back(stored.intake);
    return out;
}

const ImportChange* changeOf(const ImportSummary& summary, Date date, const std::string& field)
{
    auto it =
        std::find_if(summary.changes.begin(), summary.changes.end(),
                     [&](const ImportChange& c) { return c.date == date && c.field == field; });
    return it == summary.changes.end() ? nullptr : &*it;
}

Night typedNight(Date date)
{
    NightEntry entry;
    entry.date = date;
    entry.severity = 5;
    entry.sleep.intoBed = atTime(date, std::chrono::hours{22});
    entry.sleep.lightsOut = atTime(date, std::chrono::hours{22} + std::chrono::minutes{30});
    entry.sleep.sleepLatencyMin = 54;
    entry.sleep.awakenings = 4;
    entry.sleep.wasoMin = 40;
    entry.sleep.finalWake = atTime(addDays(date, 1), std::chrono::hours{6});
    entry.sleep.outOfBed =
        atTime(addDays(date, 1), std::chrono::hours{6} + std::chrono::minutes{20});
    return valueOf(Night::create(entry));
}

} // namespace

TEST_CASE("a Cronometer import never replaces a caffeine value typed by hand")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    typeCaffeine(journal, day(6), 270); // the file has 0 mg that day

    const ImportBatch batch =
        valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv")));
    const ImportSummary summary = valueOf(applyImport(journal, batch));
    const auto stored = valueOf(journal.dailyFactors(day(6)));
    REQUIRE(stored.has_value());
    CHECK(stored->caffeineMg() == 270.0);
    CHECK(stored->stress() == 6);
    CHECK(stored->source() == EntrySource::Manual);
    // A null field of the typed row is filled: alcohol 16 g is 2 units.
    CHECK(stored->alcoholUnits() == 2.0);
    const ImportChange* kept = changeOf(summary, day(6), "caffeine_mg");
    REQUIRE(kept != nullptr);
    CHECK(kept->kind == ImportChange::Kind::Kept);
    CHECK(kept->oldValue == "270");
    CHECK(kept->newValue == "0");
    // A day nobody typed takes the import's values and its source.
    const auto imported = valueOf(journal.dailyFactors(day(1)));
    REQUIRE(imported.has_value());
    CHECK(imported->caffeineMg() == 190.0);
    CHECK(imported->source() == EntrySource::Cronometer);
}

TEST_CASE("Replace manual: the flag lets an import replace a typed value")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    typeCaffeine(journal, day(6), 270);
    const ImportBatch batch =
        valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv")));
    const ImportSummary summary = valueOf(applyImport(journal, batch, ImportOptions{false, true}));
    CHECK(valueOf(journal.dailyFactors(day(6)))->caffeineMg() == 0.0);
    const ImportChange* replaced = changeOf(summary, day(6), "caffeine_mg");
    REQUIRE(replaced != nullptr);
    CHECK(replaced->kind == ImportChange::Kind::Replaced);
}

TEST_CASE("interchange JSON import keeps v1's rule: the file's values update a typed entry")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    typeCaffeine(journal, day(6), 270);
    JournalRecords records;
    DailyFactorsEntry entry;
    entry.date = day(6);
    entry.caffeineMg = 100;
    records.daily.push_back(valueOf(DailyFactors::create(entry)));
    const ImportBatch batch = valueOf(importInterchangeJson(interchangeJson(records, {})));
    CHECK_FALSE(batch.importer.has_value());
    REQUIRE(applyImport(journal, batch).ok());
    CHECK(valueOf(journal.dailyFactors(day(6)))->caffeineMg() == 100.0);
}

TEST_CASE("a Fitbit night beside a hand-kept diary becomes device_sleep, the diary stays")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(journal.saveNight(typedNight(day(20))).ok());
    const ImportBatch batch = valueOf(importFitbitSleep(fixture("fitbit/sleep-2026-11-20.json")));

    const ImportSummary preview = valueOf(applyImport(journal, batch, true));
    const ImportChange* device = changeOf(preview, day(20), "device_sleep");
    REQUIRE(device != nullptr);
    CHECK(device->kind == ImportChange::Kind::Added);
    CHECK(device->newValue.find("awakenings 31") != std::string::npos);
    CHECK_FALSE(valueOf(journal.night(day(20)))->deviceSleep().has_value()); // dry run

    REQUIRE(applyImport(journal, batch).ok());
    const Night night = *valueOf(journal.night(day(20)));
    CHECK(night.sleep().times().sleepLatencyMin == 54);
    CHECK(night.sleep().times().awakenings == 4);
    CHECK(night.source() == EntrySource::Manual);
    REQUIRE(night.deviceSleep().has_value());
    CHECK(night.deviceSleep()->source == EntrySource::Fitbit);
    CHECK(night.deviceSleep()->times.sleepLatencyMin == 12);
    CHECK(night.deviceSleep()->times.awakenings == 31);
    // The night without a diary is the device's own.
    const Night fresh = *valueOf(journal.night(day(21)));
    CHECK(fresh.source() == EntrySource::Fitbit);
    CHECK_FALSE(fresh.deviceSleep().has_value());

    // device_sleep survives an export and import of the journal, field for field.
    const std::string exported = interchangeJson(recordsOf(journal), {});
    CHECK(exported.find("\"device_sleep\"") != std::string::npos);
    Journal copy = openJournal(dir / "copy.sqlite");
    REQUIRE(applyImport(copy, valueOf(importInterchangeJson(exported))).ok());
    CHECK(*valueOf(copy.night(day(20))) == night);
}

TEST_CASE("with --replace-manual the device's night replaces the diary")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(journal.saveNight(typedNight(day(20))).ok());
    const ImportBatch batch = valueOf(importFitbitSleep(fixture("fitbit/sleep-2026-11-20.json")));
    REQUIRE(applyImport(journal, batch, ImportOptions{false, true}).ok());
    const Night night = *valueOf(journal.night(day(20)));
    CHECK(night.sleep().times().sleepLatencyMin == 12);
    CHECK(night.severity() == 5); // what the file does not have stays
    CHECK_FALSE(night.deviceSleep().has_value());
}

TEST_CASE("imported food replaces the hand-logged food of that day in every total")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    typeFoodMagnesium(journal, day(1), 227);
    typeSupplement(journal, day(1), 200);
    typeFoodMagnesium(journal, day(9), 150); // a day the file does not have

    const ImportBatch batch =
        valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv")));
    const ImportSummary preview = valueOf(applyImport(journal, batch, true));
    CHECK(preview.foodCoveredDates == std::vector<Date>{day(1)});
    CHECK(preview.text().find("counted once) on: 2026-11-01") != std::string::npos);
    const ImportSummary summary = valueOf(applyImport(journal, batch));
    CHECK(summary.foodCoveredDates == std::vector<Date>{day(1)});

    const auto intakes = intakesOf(journal, day(1));
    CHECK(intakes.size() == 4); // the typed food stays in the journal
    const MagnesiumTotals totals = magnesiumTotals(intakes);
    CHECK(totals.foodMg == Approx(312.68));    // not 312.68 + 227
    CHECK(totals.supplementMg == Approx(200)); // supplements are never touched
    CHECK(oralElementalMg(intakes, Nutrient::Magnesium) == Approx(512.68));
    CHECK(magnesiumTotals(intakesOf(journal, day(9))).foodMg == Approx(150));
    CHECK(datesWithCoveredFood(intakes) == std::set<Date>{day(1)});
}

TEST_CASE("the same app's food through two importers is counted once")
{
    auto food = [](EntrySource source, std::string name, double mg) {
        IntakeEntry entry{atTime(day(1), std::chrono::hours{12}),
                          Nutrient::Magnesium,
                          std::string(kFoodForm),
                          Route::Oral,
                          std::nullopt,
                          mg,
                          ""};
        entry.origin = source;
        entry.originName = std::move(name);
        return valueOf(Intake::create(entry));
    };
    const std::vector<Intake> intakes = {food(EntrySource::AppleHealth, "Cronometer", 300),
                                         food(EntrySource::Cronometer, "", 310),
                                         food(EntrySource::Manual, "", 227)};
    CHECK(countedInTotals(intakes) == std::vector<bool>{false, true, false});
    CHECK(magnesiumTotals(intakes).foodMg == Approx(310));
    // Another app's food via Apple Health is a source of its own.
    const std::vector<Intake> two = {food(EntrySource::AppleHealth, "MyFitnessPal", 100),
                                     food(EntrySource::Cronometer, "", 310)};
    CHECK(magnesiumTotals(two).foodMg == Approx(410));
}

TEST_CASE("the preview names the ignored columns and the days not completed")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const ImportBatch batch =
        valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv")));
    CHECK(std::find(batch.ignoredColumns.begin(), batch.ignoredColumns.end(), "Energy (kcal)") !=
          batch.ignoredColumns.end());
    const ImportSummary preview = valueOf(applyImport(journal, batch, true));
    const std::string text = preview.text();
    CHECK(text.find("ignored columns: Energy (kcal)") != std::string::npos);
    CHECK(text.find("(2026-11-05)") != std::string::npos);
    CHECK(text.find("magnesium_food_mg: add 312.68") != std::string::npos);
    CHECK(text.find("caffeine_mg: add 190") != std::string::npos);
}

TEST_CASE("Cronometer servings: food summed per day, supplement rows become supplements")
{
    const std::string file = fixture("cronometer/servings.csv");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::Cronometer);
    const ImportBatch batch = valueOf(readImport(file, ImportFormat::Cronometer));
    CHECK(batch.source == "Cronometer servings");
    std::vector<Intake> food, supplements;
    for (const Intake& intake : batch.records.intakes)
        (intake.source() == IntakeSource::Food ? food : supplements).push_back(intake);
    REQUIRE(food.size() == 4); // magnesium and iron on two days
    CHECK(food[0].journalDate() == day(1));
    CHECK(food[0].nutrient() == Nutrient::Magnesium);
    CHECK(food[0].elementalMg() == Approx(110.40 + 7.20 + 79.00));
    CHECK(food[1].elementalMg() == Approx(3.40 + 0.05 + 2.71));
    REQUIRE(supplements.size() == 2);
    CHECK(supplements[0].nutrient() == Nutrient::Magnesium);
    CHECK(supplements[0].elementalMg() == Approx(200));
    CHECK(formatLocalDateTime(supplements[0].takenAt()) == "2026-11-01T21:30");
    CHECK(supplements[1].nutrient() == Nutrient::Iron);
    CHECK(supplements[1].elementalMg() == Approx(25));
    for (const Intake& intake : batch.records.intakes)
        CHECK(intake.origin() == EntrySource::Cronometer);
    REQUIRE(batch.dailyPatches.size() == 2);
    CHECK(batch.dailyPatches[0].fields.caffeineMg == Approx(95));
    CHECK(batch.dailyPatches[1].fields.alcoholUnits == 2.0);
    CHECK(std::find(batch.ignoredColumns.begin(), batch.ignoredColumns.end(), "Energy (kcal)") !=
          batch.ignoredColumns.end());

    // The supplement counts towards the upper limit; the food does not.
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(applyImport(journal, batch).ok());
    const MagnesiumTotals totals = magnesiumTotals(intakesOf(journal, day(1)));
    CHECK(totals.supplementMg == Approx(200));
    CHECK(totals.foodMg == Approx(196.6));
    // Importing it again changes nothing.
    const ImportSummary again = valueOf(applyImport(journal, batch));
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
}

TEST_CASE("a servings export without nutrient columns is refused, naming what is missing")
{
    auto batch = importCronometerServings("Day,Time,Group,Food Name,Amount,Category\n"
                                          "2026-11-01,08:05,Breakfast,Oats,80 g,Cereals\n");
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message().find("Magnesium (mg)") != std::string::npos);
}

} // namespace QUIETLEGS_TEST_FILE
