#include "IoTestSupport.h"
#include "quietlegs/io/CronometerImport.h"
#include "quietlegs/io/ImportFormat.h"

namespace QUIETLEGS_TEST_FILE {

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
    // Alcohol (g) in UK units of 8 g: 14 g is 1.75, held to a tenth; 0 g is a value too.
    CHECK(batch.dailyPatches[0].fields.alcoholUnits == 1.8);
    CHECK(batch.dailyPatches[1].fields.alcoholUnits == 0.0);
    CHECK(batch.dailyPatches[2].fields.alcoholUnits == 3.0);
    CHECK(batch.dailyPatches[3].fields.alcoholUnits == 2.0);
    REQUIRE(batch.notes.size() == 1);
    CHECK(batch.notes[0].rfind("1 day(s) are not marked completed", 0) == 0);
}

TEST_CASE("Cronometer caffeine and alcohol join the day's other factors and never replace typed ones")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    REQUIRE(journal.saveDailyFactors(valueOf(DailyFactors::create({day(1), 40, 2.0, 25, 7}))).ok());
    REQUIRE(applyImport(journal, valueOf(importCronometerDailySummary(
                                     fixture("cronometer/dailysummary.csv"))))
                .ok());
    const auto factors = valueOf(journal.dailyFactors(day(1)));
    REQUIRE(factors.has_value());
    // What the person typed wins (issue 22): the file's 190 mg and 14 g do not replace them.
    CHECK(factors->caffeineMg() == Approx(40));
    CHECK(factors->alcoholUnits() == Approx(2.0));
    CHECK(factors->exerciseMin() == 25);
    CHECK(factors->stress() == 7);

    // Asked to (--replace-manual), Cronometer's values replace the typed ones.
    REQUIRE(applyImport(journal,
                        valueOf(importCronometerDailySummary(fixture("cronometer/dailysummary.csv"))),
                        ImportOptions{false, true})
                .ok());
    const auto replaced = valueOf(journal.dailyFactors(day(1)));
    CHECK(replaced->caffeineMg() == Approx(190));
    CHECK(replaced->alcoholUnits() == Approx(1.8)); // 14 g
    CHECK(replaced->exerciseMin() == 25);
}

TEST_CASE(
    "Cronometer Alcohol (g) becomes the day's alcohol units; an empty cell keeps the journal's")
{
    // A CRLF export with a BOM and µ in headers: 12-02 has no alcohol value, 12-05 no caffeine.
    const std::string file = fixture("cronometer/dailysummary-alcohol.csv");
    CHECK(valueOf(detectImportFormat(file)) == ImportFormat::Cronometer);
    const Date dec2{std::chrono::year{2026} / 12 / 2}, dec3{std::chrono::year{2026} / 12 / 3},
        dec5{std::chrono::year{2026} / 12 / 5};
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    // What the person typed before: two units on 12-02 with a stress rating, a beer on 12-03.
    REQUIRE(journal.saveDailyFactors(valueOf(DailyFactors::create({dec2, {}, 2.0, {}, 6}))).ok());
    REQUIRE(journal.saveDailyFactors(valueOf(DailyFactors::create({dec3, 80, 1.0, 30, {}}))).ok());

    const ImportBatch batch = valueOf(importCronometerDailySummary(file));
    REQUIRE(batch.dailyPatches.size() == 5);
    auto first = valueOf(applyImport(journal, batch));
    CHECK(first.added == 10 + 3); // Mg and Fe for five days; 12-01, 12-04, 12-05 factors
    CHECK(first.updated == 1);    // 12-02 gets the file's caffeine; 12-03 keeps what was typed

    auto on = [&](Date date) { return *valueOf(journal.dailyFactors(date)); };
    CHECK(on(dec2).alcoholUnits() == 2.0); // empty cell: missing, the typed 2 units stay
    CHECK(on(dec2).caffeineMg() == 95.0);
    CHECK(on(dec2).stress() == 6);
    CHECK(on(dec3).alcoholUnits() == 1.0); // typed: the file's 22.4 g does not replace it
    CHECK(on(dec3).caffeineMg() == 80.0);
    CHECK(on(dec3).exerciseMin() == 30);
    CHECK(on(Date{std::chrono::year{2026} / 12 / 4}).alcoholUnits() == 4.2); // 33.6 g
    CHECK(on(dec5).alcoholUnits() == 1.2);                                   // 9.5 g: 1.19
    CHECK_FALSE(on(dec5).caffeineMg().has_value());
    CHECK(on(Date{std::chrono::year{2026} / 12 / 1}).alcoholUnits() == 0.0);

    // The same file again replaces the values, it never adds 22.4 g on top.
    auto again = valueOf(applyImport(journal, valueOf(importCronometerDailySummary(file))));
    CHECK(again.added == 0);
    CHECK(again.updated == 0);
    CHECK(again.unchanged == 15);
    CHECK(valueOf(journal.counts()).daily == 5);
    // With --replace-manual the file's values replace the typed ones, again never added on top.
    for (int run = 0; run < 2; ++run)
        REQUIRE(applyImport(journal, batch, ImportOptions{false, true}).ok());
    CHECK(on(dec3).alcoholUnits() == 2.8); // 22.4 g
    CHECK(on(dec3).caffeineMg() == 0.0);
}

TEST_CASE("a bad Alcohol (g) cell names its line and column, and nothing is written")
{
    TemporaryDirectory dir;
    Journal journal = openJournal(dir / "j.sqlite");
    const std::string header = "Date,Energy (kcal),Alcohol (g),Caffeine (mg),Magnesium (mg)\r\n";
    auto words = importCronometerDailySummary(header + "2026-12-01,1900,16,90,300\r\n" +
                                              "2026-12-02,2100,two glasses,90,310\r\n");
    REQUIRE_FALSE(words.ok());
    CHECK(words.error().message() == "line 3, Alcohol (g) \"two glasses\": is not a number");
    // 60 units (480 g) is the alcohol field's ceiling: more is a slip, not a night out.
    auto slip = importCronometerDailySummary(header + "2026-12-01,1900,1600,90,300\r\n");
    REQUIRE_FALSE(slip.ok());
    CHECK(slip.error().message().rfind("line 2, Alcohol (g)", 0) == 0);
    CHECK(valueOf(journal.counts()).daily == 0);
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
    CHECK(overlap.added == 3);     // 11-07: magnesium, iron, daily factors
    CHECK(overlap.updated == 2);   // 11-05 magnesium, and its alcohol (24 g -> 32 g)
    CHECK(overlap.unchanged == 4); // 11-05 iron, 11-06 all three
    const auto magnesium = intakesOn(journal, day(5), Nutrient::Magnesium);
    REQUIRE(magnesium.size() == 1);
    CHECK(magnesium[0].elementalMg() == Approx(410));
    CHECK(valueOf(journal.counts()).intakes == 11);
    CHECK(valueOf(journal.dailyFactors(day(5)))->alcoholUnits() == 4.0); // replaced, not 3 + 4
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

} // namespace QUIETLEGS_TEST_FILE
