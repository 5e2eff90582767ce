#include "IoTestSupport.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/ImportFormat.h"

using namespace quietlegs;
using namespace quietlegs::test;

namespace {

Date day(int d)
{
    return Date{std::chrono::year{2026} / 11 / d};
}

std::vector<Intake> intakesOn(const Journal& journal, Date date, Nutrient nutrient)
{
    std::vector<Intake> found;
    for (const auto& stored : valueOf(journal.intakes(DateRange{date, date})))
        if (stored.intake.nutrient() == nutrient)
            found.push_back(stored.intake);
    return found;
}

} // namespace

TEST_CASE("a Cronometer daily summary becomes food intakes and caffeine per day")
{
    const ImportBatch batch =
        valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv")));
    // 6 rows: 11-03 is all zeros (not logged), 11-04 has iron only.
    CHECK(batch.records.intakes.size() == 9);
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].where == "line 4");
    const Intake& first = batch.records.intakes[0];
    CHECK(first.nutrient() == Nutrient::Magnesium);
    CHECK(first.form() == "food");
    CHECK(first.source() == IntakeSource::Food);
    CHECK(first.label() == "Cronometer");
    CHECK(first.elementalMg() == Approx(312.68));
    CHECK(formatLocalDateTime(first.takenAt()) == "2026-11-01T12:00");
    CHECK(batch.records.intakes[1].nutrient() == Nutrient::Iron);
    CHECK(batch.records.intakes[1].elementalMg() == Approx(13.42));
    // Caffeine where the cell has a value (0 is a value; empty is not).
    REQUIRE(batch.dailyPatches.size() == 4);
    CHECK(batch.dailyPatches[0].fields.caffeineMg == Approx(190));
    CHECK(batch.dailyPatches[3].fields.date == day(6));
    CHECK(batch.dailyPatches[3].fields.caffeineMg == 0.0);
    REQUIRE(batch.notes.size() == 1);
    CHECK(batch.notes[0].rfind("1 day(s) are not marked completed", 0) == 0);
}

TEST_CASE("Cronometer caffeine joins the day's other factors instead of replacing them")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(journal.saveDailyFactors(valueOf(DailyFactors::create({day(1), 40, 2.0, 25, 7}))).ok());
    REQUIRE(applyImport(journal, valueOf(importCronometerDailySummary(
                                     fixture("cronometer/dailysummary.csv"))))
                .ok());
    const auto factors = valueOf(journal.dailyFactors(day(1)));
    REQUIRE(factors.has_value());
    CHECK(factors->caffeineMg() == Approx(190));
    CHECK(factors->alcoholUnits() == Approx(2.0));
    CHECK(factors->exerciseMin() == 25);
    CHECK(factors->stress() == 7);
}

TEST_CASE("re-importing the same or an overlapping Cronometer file replaces, never duplicates")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const std::string file = fixture("cronometer/dailysummary.csv");
    auto first = valueOf(applyImport(journal, valueOf(importCronometerDailySummary(file))));
    CHECK(first.added == 9 + 4);

    auto again = valueOf(applyImport(journal, valueOf(importCronometerDailySummary(file))));
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.removed == 0);
    CHECK(again.unchanged == 13);
    CHECK(valueOf(journal.counts()).intakes == 9);

    // The overlap corrects 11-05 magnesium (401.33 -> 410), repeats 11-06 and adds 11-07.
    auto overlap = valueOf(applyImport(journal, valueOf(importCronometerDailySummary(fixture(
                                                    "cronometer/dailysummary-overlap.csv")))));
    CHECK(overlap.added == 3);     // 11-07: magnesium, iron, caffeine
    CHECK(overlap.updated == 1);   // 11-05 magnesium
    CHECK(overlap.unchanged == 5); // 11-05 iron and caffeine, 11-06 all three
    const auto magnesium = intakesOn(journal, day(5), Nutrient::Magnesium);
    REQUIRE(magnesium.size() == 1);
    CHECK(magnesium[0].elementalMg() == Approx(410));
    CHECK(valueOf(journal.counts()).intakes == 11);
}

TEST_CASE("Cronometer import leaves the user's own intakes alone")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const auto supplement =
        valueOf(Intake::create({atTime(day(1), std::chrono::hours{21}), Nutrient::Magnesium,
                                "glycinate", Route::Oral, 1000, std::nullopt, "Mg bisglycinate"}));
    REQUIRE(journal.addIntake(supplement).ok());
    const std::string file = fixture("cronometer/dailysummary.csv");
    REQUIRE(applyImport(journal, valueOf(importCronometerDailySummary(file))).ok());
    REQUIRE(applyImport(journal, valueOf(importCronometerDailySummary(file))).ok());
    CHECK(intakesOn(journal, day(1), Nutrient::Magnesium).size() == 2);
}

TEST_CASE("an older Cronometer export with other columns, LF and quotes imports")
{
    const std::string file = fixture("cronometer/dailysummary-2025.csv");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::Cronometer);
    const ImportBatch batch = valueOf(importCronometerDailySummary(file));
    CHECK(batch.records.intakes.size() == 2);
    CHECK(batch.dailyPatches.empty()); // no caffeine column: caffeine stays unknown
    REQUIRE(batch.skipped.size() == 1);
    CHECK(batch.skipped[0].where == "line 3");
}

TEST_CASE("a bad last Cronometer row fails the file and the journal stays as it was")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    auto batch = importCronometerDailySummary(fixture("cronometer/dailysummary-bad-last-row.csv"));
    REQUIRE_FALSE(batch.ok());
    CHECK(batch.error().message() == "line 4, Magnesium (mg) \"-3\": cannot be negative");
    CHECK(valueOf(journal.counts()).intakes == 0);
}

TEST_CASE("a dry run reports what would change and writes nothing")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    auto summary = valueOf(applyImport(
        journal, valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv"))),
        true));
    CHECK(summary.dryRun);
    CHECK(summary.added == 13);
    CHECK(valueOf(journal.counts()).intakes == 0);
    CHECK(valueOf(journal.counts()).daily == 0);
    CHECK(summary.text().find("dry run") != std::string::npos);
}
