#include "quietlegs/core/Medicine.h"
#include "quietlegs/core/Regimen.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono_literals;

namespace {

LocalDateTime at(const char* text)
{
    return *parseLocalDateTime(text, "test");
}

Date day(const char* text)
{
    return *parseDate(text);
}

Result<MedicineDose> dose(Drug drug, double mg, std::string notes = {},
                          const char* when = "2026-11-20T20:00")
{
    return MedicineDose::create(
        MedicineDoseEntry{at(when), drug, mg, MedicineRoute::Oral, std::move(notes), "manual", ""});
}

ProductDose pramipexole(const char* date, double mg, std::chrono::minutes time = 20h)
{
    return ProductDose{"med:pramipexole", "pramipexole",      day(date), mg, time,
                       Drug::Pramipexole, MedicineRoute::Oral};
}

} // namespace

TEST_CASE("a medicine dose must be more than 0 and less than 10000 mg")
{
    CHECK(dose(Drug::Pramipexole, 0.125).ok());
    CHECK(dose(Drug::Gabapentin, 9999.9).ok());
    for (double bad : {0.0, -1.0, 10000.0, 12000.0}) {
        auto refused = dose(Drug::Pramipexole, bad);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().field == "dose_mg");
    }
}

TEST_CASE("a dose of drug other must name the medicine in its notes")
{
    auto unnamed = dose(Drug::Other, 5, "  ");
    REQUIRE_FALSE(unnamed.ok());
    CHECK(unnamed.error().field == "notes");
    auto named = dose(Drug::Other, 5, "dipyridamole");
    REQUIRE(named.ok());
    CHECK(named->displayName() == "dipyridamole");
}

TEST_CASE("an unknown source is refused naming the field")
{
    MedicineDoseEntry entry;
    entry.takenAt = at("2026-11-20T20:00");
    entry.drug = Drug::Ropinirole;
    entry.doseMg = 0.5;
    entry.source = "telepathy";
    auto refused = MedicineDose::create(entry);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().field == "source");
}

TEST_CASE("exactly levodopa, pramipexole, ropinirole and rotigotine are dopaminergic")
{
    int dopaminergic = 0;
    for (Drug drug : allDrugs())
        dopaminergic += isDopaminergic(drug) ? 1 : 0;
    CHECK(dopaminergic == 4);
    CHECK(isDopaminergic(Drug::Rotigotine));
    CHECK_FALSE(isDopaminergic(Drug::Pregabalin));
    CHECK(dose(Drug::Levodopa, 100)->isDopaminergic());
}

TEST_CASE("drug and route ids round-trip and unknown ones name their field")
{
    REQUIRE(allDrugs().size() == 14);
    for (Drug drug : allDrugs())
        CHECK(*parseDrug(drugId(drug)) == drug);
    CHECK(drugId(Drug::GabapentinEnacarbil) == "gabapentin_enacarbil");
    CHECK(parseDrug("aspirin").error().field == "drug");
    CHECK(*parseMedicineRoute("patch") == MedicineRoute::Patch);
    CHECK(parseMedicineRoute("nasal", "--route").error().field == "--route");
}

TEST_CASE("a medicine preset adds its dose at the time given")
{
    auto preset =
        MedicinePreset::create("Pramipexole 0.25", Drug::Pramipexole, 0.25, MedicineRoute::Oral);
    REQUIRE(preset.ok());
    const MedicineDose taken = preset->doseAt(at("2026-11-21T21:30"));
    CHECK(taken.doseMg() == 0.25);
    CHECK(taken.takenAt() == at("2026-11-21T21:30"));
    CHECK_FALSE(MedicinePreset::create("", Drug::Pramipexole, 1, MedicineRoute::Oral).ok());
    CHECK(MedicinePreset::create("x", Drug::Other, 1, MedicineRoute::Oral).error().field ==
          "notes");
}

TEST_CASE("a gap of 3 days without a dose keeps one regimen, 4 days split it")
{
    // 1st and 5th: 2nd, 3rd and 4th missed.
    auto joined = regimensOf({pramipexole("2026-11-01", 0.25), pramipexole("2026-11-05", 0.25)});
    REQUIRE(joined.size() == 1);
    CHECK(joined[0].start == day("2026-11-01"));
    CHECK(joined[0].stop == day("2026-11-05"));
    CHECK(joined[0].daysTaken == 2);

    auto split = regimensOf({pramipexole("2026-11-01", 0.25), pramipexole("2026-11-06", 0.25)});
    REQUIRE(split.size() == 2);
    CHECK(split[0].stop == day("2026-11-01"));
    CHECK(split[1].start == day("2026-11-06"));
}

TEST_CASE("a change of daily dose starts a new regimen")
{
    auto regimens = regimensOf({pramipexole("2026-11-01", 0.125), pramipexole("2026-11-02", 0.125),
                                pramipexole("2026-11-03", 0.25), pramipexole("2026-11-04", 0.25)});
    REQUIRE(regimens.size() == 2);
    CHECK(regimens[0].dailyMg == Approx(0.125));
    CHECK(regimens[0].stop == day("2026-11-02"));
    CHECK(regimens[1].dailyMg == Approx(0.25));
    CHECK(regimens[1].start == day("2026-11-03"));
    CHECK(regimens[1].daysTaken == 2);
}

TEST_CASE("doses of one date add up to its daily dose")
{
    // Two 0.125 mg doses a day are the same regimen as one 0.25 mg dose.
    auto regimens =
        regimensOf({pramipexole("2026-11-01", 0.125, 19h), pramipexole("2026-11-01", 0.125, 22h),
                    pramipexole("2026-11-02", 0.25, 21h)});
    REQUIRE(regimens.size() == 1);
    CHECK(regimens[0].dailyMg == Approx(0.25));
    CHECK(regimens[0].daysTaken == 2);
}

TEST_CASE("a single dose is a one-day regimen")
{
    auto regimens = regimensOf({pramipexole("2026-11-10", 0.5, 21h)});
    REQUIRE(regimens.size() == 1);
    CHECK(regimens[0].start == regimens[0].stop);
    CHECK(regimens[0].daysTaken == 1);
    CHECK(regimens[0].typicalTime == 21h);
    CHECK(regimens[0].drug == Drug::Pramipexole);
}

TEST_CASE("the typical time keeps doses around midnight together")
{
    // 23:00, 23:30 and 00:30 (journal day before): the median is 23:30, not 00:30 or noon.
    auto regimens = regimensOf({pramipexole("2026-11-01", 0.25, 23h),
                                pramipexole("2026-11-02", 0.25, 23h + 30min),
                                pramipexole("2026-11-03", 0.25, 30min)});
    REQUIRE(regimens.size() == 1);
    CHECK(regimens[0].typicalTime == 23h + 30min);
}

TEST_CASE("different products never share a regimen")
{
    auto regimens = regimensOf({pramipexole("2026-11-01", 0.25),
                                ProductDose{"med:gabapentin", "gabapentin", day("2026-11-01"), 300,
                                            20h, Drug::Gabapentin, MedicineRoute::Oral}});
    CHECK(regimens.size() == 2);
}

TEST_CASE("supplement regimens follow the preset, else nutrient, form and route; food is none")
{
    auto glycinate = Intake::create(IntakeEntry{at("2026-11-01T21:00"), Nutrient::Magnesium,
                                                "glycinate", Route::Oral, std::nullopt, 200, ""});
    auto glycinateNext =
        Intake::create(IntakeEntry{at("2026-11-02T21:00"), Nutrient::Magnesium, "glycinate",
                                   Route::Oral, std::nullopt, 200, ""});
    auto food = Intake::create(IntakeEntry{at("2026-11-01T12:00"), Nutrient::Magnesium, "food",
                                           Route::Oral, std::nullopt, 80, "almonds"});
    REQUIRE((glycinate.ok() && glycinateNext.ok() && food.ok()));
    auto doses = productDoses(std::vector<NamedIntake>{
        {&*glycinate, std::nullopt}, {&*glycinateNext, std::string("Mg 2 caps")}, {&*food, {}}});
    REQUIRE(doses.size() == 2);
    CHECK(doses[0].product == "magnesium:glycinate:oral");
    CHECK(doses[1].product == "preset:Mg 2 caps");
    CHECK(regimensOf(doses).size() == 2);
}

TEST_CASE("medicine doses belong to the journal date of their time")
{
    auto late = dose(Drug::Pramipexole, 0.25, {}, "2026-11-21T01:00");
    REQUIRE(late.ok());
    auto doses = productDoses(std::vector<MedicineDose>{*late});
    REQUIRE(doses.size() == 1);
    CHECK(doses[0].date == day("2026-11-20"));
    CHECK(doses[0].product == "med:pramipexole");
}

} // namespace QUIETLEGS_TEST_FILE
