#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {

struct RestoreJournal
{
    TempFolder folder;
    std::optional<Journal> journal;

    RestoreJournal()
    {
        auto opened = Journal::open(folder / "journal.sqlite");
        REQUIRE(opened.ok());
        journal.emplace(std::move(opened).value());
    }
};

Intake glycinate(double compoundMg)
{
    return Intake::create(IntakeEntry{atTime(Date{year{2026}, month{3}, day{14}}, hours{21}),
                                      Nutrient::Magnesium, "glycinate", Route::Oral, compoundMg,
                                      std::nullopt, ""})
        .value();
}

} // namespace

TEST_CASE("an undone intake deletion brings the intake back under its old id")
{
    RestoreJournal t;
    auto preset =
        t.journal->savePreset(SupplementPreset::create("Mg 2 caps", Nutrient::Magnesium,
                                                       "glycinate", Route::Oral, std::nullopt, 200)
                                  .value());
    REQUIRE(preset.ok());
    auto id = t.journal->addIntake(glycinate(1000), *preset);
    REQUIRE(id.ok());
    auto stored = t.journal->intake(*id);
    REQUIRE(stored.ok());
    REQUIRE(t.journal->deleteIntake(*id).ok());
    REQUIRE(t.journal->restoreIntake(**stored).ok());
    auto back = t.journal->intake(*id);
    REQUIRE(back->has_value());
    CHECK((*back)->intake == (*stored)->intake);
    CHECK((*back)->presetId == *preset);
    CHECK_FALSE(t.journal->restoreIntake(**stored).ok()); // the id is taken now
}

TEST_CASE("an undone preset deletion puts the preset back in its place")
{
    RestoreJournal t;
    for (const char* name : {"A", "B", "C"})
        REQUIRE(t.journal
                    ->savePreset(SupplementPreset::create(name, Nutrient::Magnesium, "citrate",
                                                          Route::Oral, 500, std::nullopt)
                                     .value())
                    .ok());
    auto before = t.journal->presets().value();
    REQUIRE(t.journal->deletePreset(before[1].id).ok());
    REQUIRE(t.journal->restorePreset(before[1]).ok());
    auto after = t.journal->presets().value();
    REQUIRE(after.size() == 3);
    CHECK(after[0].preset.name() == "A");
    CHECK(after[1].preset.name() == "B");
    CHECK(after[2].preset.name() == "C");
    CHECK(after[1].id == before[1].id);
}

TEST_CASE("entries kept for some dates are put back exactly, other dates untouched")
{
    RestoreJournal t;
    Journal& journal = *t.journal;
    const Date kept{year{2026}, month{3}, day{14}};
    const Date other{year{2026}, month{3}, day{16}};
    NightEntry night;
    night.date = kept;
    night.severity = 4;
    REQUIRE(journal.saveNight(*Night::create(night)).ok());
    night.date = other;
    night.severity = 9;
    REQUIRE(journal.saveNight(*Night::create(night)).ok());
    REQUIRE(journal.saveDailyFactors(*DailyFactors::create({kept, 190, {}, {}, 3})).ok());
    REQUIRE(journal.saveLabResult(*LabResult::create(kept, LabTest::Ferritin, 48, "ug/L")).ok());
    auto dose = journal.addIntake(glycinate(1000)); // 21:00 on the 14th
    REQUIRE(dose.ok());
    const std::set<Date> dates{kept, addDays(kept, 1)};
    auto before = journal.entriesOn(dates);
    REQUIRE(before.ok());
    CHECK(before->nights.size() == 1);
    CHECK(before->daily.size() == 1);
    CHECK(before->labs.size() == 1);
    REQUIRE(before->intakes.size() == 1);

    // What an import might do: change the night, add a day's factors and an intake after
    // midnight (it belongs to the 14th), drop the lab, touch nothing on the 16th.
    night.date = kept;
    night.severity = 7;
    REQUIRE(journal.saveNight(*Night::create(night)).ok());
    REQUIRE(journal.saveDailyFactors(*DailyFactors::create({addDays(kept, 1), {}, 2, {}, {}})).ok());
    auto late = journal.addIntake(
        Intake::create(IntakeEntry{atTime(addDays(kept, 1), minutes{30}), Nutrient::Iron,
                                   "bisglycinate", Route::Oral, std::nullopt, 25, ""})
            .value());
    REQUIRE(late.ok());
    auto labs = journal.labResults();
    REQUIRE(journal.deleteLabResult(labs->front().id).ok());
    auto after = journal.entriesOn(dates);
    REQUIRE(after.ok());
    CHECK(after->intakes.size() == 2);

    REQUIRE(journal.restoreEntries(*before).ok()); // undo
    CHECK(journal.night(kept)->value().severity() == 4);
    CHECK_FALSE(journal.dailyFactors(addDays(kept, 1))->has_value());
    CHECK(journal.dailyFactors(kept)->value().caffeineMg() == 190);
    REQUIRE(journal.intakes()->size() == 1);
    CHECK(journal.intakes()->front().id == *dose);
    CHECK(journal.labResults()->size() == 1);
    CHECK(journal.night(other)->value().severity() == 9);

    REQUIRE(journal.restoreEntries(*after).ok()); // redo
    CHECK(journal.night(kept)->value().severity() == 7);
    REQUIRE(journal.intakes()->size() == 2);
    CHECK(journal.intakes()->back().id == *late); // under its id again
    CHECK(journal.labResults()->empty());
    CHECK(journal.night(other)->value().severity() == 9);
}

} // namespace QUIETLEGS_TEST_FILE
