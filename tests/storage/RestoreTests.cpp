#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>

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
