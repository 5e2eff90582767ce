#include "quietlegs/core/Intake.h"
#include "quietlegs/core/SafetyRules.h"
#include "quietlegs/core/SupplementPreset.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

LocalDateTime at(const char* text)
{
    return *parseLocalDateTime(text, "test");
}

Result<Intake> magnesium(const char* form, std::optional<double> compound,
                         std::optional<double> elemental, Route route = Route::Oral,
                         const char* when = "2026-11-20T21:00")
{
    return Intake::create(IntakeEntry{at(when), Nutrient::Magnesium, form, route, compound, elemental, ""});
}

} // namespace

TEST_CASE("elemental magnesium is computed from the domain.md form table")
{
    CHECK(magnesium("glycinate", 1000, std::nullopt)->elementalMg() == Approx(141));
    CHECK(magnesium("oxide", 500, std::nullopt)->elementalMg() == Approx(300));
    CHECK(magnesium("citrate", 1250, std::nullopt)->elementalMg() == Approx(200));
    CHECK(magnesium("threonate", 2000, std::nullopt)->elementalMg() == Approx(166));
    CHECK(magnesium("sulfate", 250000, std::nullopt, Route::Topical)->elementalMg() == Approx(24750));
}

TEST_CASE("ferrous sulfate 325 mg gives 65 mg elemental iron")
{
    auto iron = Intake::create(IntakeEntry{at("2026-11-20T08:00"), Nutrient::Iron,
                                           "ferrous_sulfate", Route::Oral, 325, std::nullopt, ""});
    REQUIRE(iron.ok());
    CHECK(iron->elementalMg() == Approx(65));
}

TEST_CASE("the label's elemental figure wins over the table")
{
    CHECK(magnesium("glycinate", 1000, 200)->elementalMg() == 200);
}

TEST_CASE("an unknown form needs the elemental figure")
{
    auto intake = magnesium("unknown", 500, std::nullopt);
    REQUIRE_FALSE(intake.ok());
    CHECK(intake.error().field == "elemental_mg");
    CHECK(magnesium("unknown", std::nullopt, 120).ok());
}

TEST_CASE("bad doses are refused, naming the field")
{
    CHECK(magnesium("citrate", -100, std::nullopt).error().field == "compound_mg");
    CHECK(magnesium("citrate", 0, std::nullopt).error().field == "compound_mg");
    CHECK(magnesium("citrate", std::nullopt, std::nullopt).error().field == "elemental_mg");
    CHECK(magnesium("glycinate", std::nullopt, 90000).error().field == "elemental_mg");
    CHECK(magnesium("oxide", 1e12, std::nullopt).error().field == "compound_mg");
    CHECK(magnesium("glycinate", 100, 200).error().rule.find("cannot exceed") != std::string::npos);
    CHECK(magnesium("citrate", std::numeric_limits<double>::quiet_NaN(), std::nullopt)
              .error().field == "compound_mg");
}

TEST_CASE("unknown nutrients and forms are refused with the known ones listed")
{
    CHECK(parseNutrient("zinc").error().message().find("unknown nutrient") != std::string::npos);
    auto form = magnesium("gluconate", 100, std::nullopt);
    REQUIRE_FALSE(form.ok());
    CHECK(form.error().field == "form");
    CHECK(form.error().rule.find("glycinate") != std::string::npos);
}

TEST_CASE("oral-only forms cannot be topical")
{
    auto intake = magnesium("glycinate", 1000, std::nullopt, Route::Topical);
    REQUIRE_FALSE(intake.ok());
    CHECK(intake.error().field == "route");
}

TEST_CASE("an intake after midnight counts for the evening before")
{
    auto late = magnesium("glycinate", 1000, std::nullopt, Route::Oral, "2026-11-21T00:30");
    CHECK(formatDate(late->journalDate()) == "2026-11-20");
}

TEST_CASE("food never counts toward the supplemental magnesium upper limit")
{
    std::vector<Intake> day = {*magnesium("glycinate", std::nullopt, 300),
                               *magnesium("food", std::nullopt, 250),
                               *magnesium("sulfate", 250000, std::nullopt, Route::Topical)};
    const auto totals = magnesiumTotals(day);
    CHECK(totals.supplementMg == 300);
    CHECK(totals.foodMg == 250);
    CHECK(totals.topicalMg == Approx(24750));
    CHECK_FALSE(exceedsSupplementalMagnesiumLimit(totals.supplementMg));
    CHECK(exceedsSupplementalMagnesiumLimit(351));
    CHECK_FALSE(exceedsSupplementalMagnesiumLimit(350));
    CHECK(oralElementalMg(day, Nutrient::Magnesium) == 550);
}

TEST_CASE("a preset adds the intake it describes")
{
    auto preset = SupplementPreset::create("Mg bisglycinate 2 caps", Nutrient::Magnesium,
                                           "glycinate", Route::Oral, 1000, 200);
    REQUIRE(preset.ok());
    CHECK(preset->elementalMgPerUse() == 200);
    const Intake intake = preset->intakeAt(at("2026-11-20T21:30"));
    CHECK(intake.elementalMg() == 200);
    CHECK(intake.label() == "Mg bisglycinate 2 caps");
    CHECK_FALSE(SupplementPreset::create("", Nutrient::Magnesium, "glycinate", Route::Oral, 1000,
                                         std::nullopt).ok());
}

} // namespace QUIETLEGS_TEST_FILE
