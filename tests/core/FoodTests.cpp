#include "quietlegs/core/BuildInfo.h"
#include "quietlegs/core/Food.h"
#include "quietlegs/core/SafetyRules.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;
using namespace std::chrono;

namespace {
LocalDateTime noon()
{
    return atTime(Date{year{2026}, month{3}, day{14}}, hours{12});
}
} // namespace

TEST_CASE("30 g of almonds add their magnesium and iron as food intakes")
{
    const Food almond{"Almond", "Nuts and Oil Seeds", 318, 4.59, "H001"};
    auto intakes = foodIntakes(almond, 30, noon());
    REQUIRE(intakes.ok());
    REQUIRE(intakes->size() == 2);
    CHECK((*intakes)[0].nutrient() == Nutrient::Magnesium);
    CHECK((*intakes)[0].elementalMg() == Approx(95.4));
    CHECK((*intakes)[0].source() == IntakeSource::Food);
    CHECK((*intakes)[0].label() == "Almond, 30 g");
    CHECK((*intakes)[1].nutrient() == Nutrient::Iron);
    CHECK((*intakes)[1].elementalMg() == Approx(1.377));
}

TEST_CASE("food magnesium never counts toward the supplemental upper limit")
{
    const Food seeds{"Pumpkin seeds", "Nuts and Oil Seeds", 550, 8.8, ""};
    auto intakes = foodIntakes(seeds, 100, noon());
    REQUIRE(intakes.ok());
    const auto totals = magnesiumTotals(*intakes);
    CHECK(totals.foodMg == Approx(550));
    CHECK(totals.supplementMg == 0);
}

TEST_CASE("a food without iron adds only its magnesium, and bad portions are refused")
{
    const Food oil{"Oil", "Edible Oils and Fats", 2, 0, ""};
    auto intakes = foodIntakes(oil, 10, noon());
    REQUIRE(intakes.ok());
    CHECK(intakes->size() == 1);
    CHECK_FALSE(foodIntakes(oil, 0, noon()).ok());
    CHECK(foodIntakes(oil, 6000, noon()).error().field == "grams");
}

TEST_CASE("the food table reads quoted names and converts nothing itself")
{
    const char* csv = "# comment\n"
                      "name,group,mg_per_100g,fe_per_100g,code\n"
                      "\"Amaranth seed, black\",Cereals and Millets,325,9.33,A001\n"
                      "Spinach,Green Leafy Vegetables,86.97,2.95,C033\n";
    auto foods = parseFoodTable(csv);
    REQUIRE(foods.ok());
    REQUIRE(foods->size() == 2);
    CHECK((*foods)[0].name == "Amaranth seed, black");
    CHECK((*foods)[1].magnesiumMgPer100g == Approx(86.97));
    CHECK((*foods)[1].code == "C033");
}

TEST_CASE("a food table row that is not a number names its line")
{
    auto foods = parseFoodTable("name,group,mg_per_100g,fe_per_100g,code\nX,G,abc,1,C1\n");
    REQUIRE_FALSE(foods.ok());
    CHECK(foods.error().field == "line 2");
}

TEST_CASE("the shipped IFCT 2017 table has spinach at 87 mg and almond at 318 mg per 100 g")
{
    std::ifstream in(std::string(kSourceDir) + "/resources/foods/ifct2017.csv");
    REQUIRE(in);
    const std::string csv((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto foods = parseFoodTable(csv);
    REQUIRE(foods.ok());
    CHECK(foods->size() == 542);
    auto find = [&](const std::string& name) {
        return *std::find_if(foods->begin(), foods->end(),
                             [&](const Food& f) { return f.name == name; });
    };
    CHECK(find("Spinach").magnesiumMgPer100g == Approx(86.97));
    CHECK(find("Almond").magnesiumMgPer100g == Approx(318));
}

TEST_CASE("a user's own food needs a name and plausible amounts")
{
    CHECK(validateFood(Food{"Mum's dal", "My foods", 40, 2, ""}).ok());
    CHECK(validateFood(Food{"", "My foods", 40, 2, ""}).error().field == "name");
    CHECK(validateFood(Food{"X", "My foods", -1, 2, ""}).error().field == "magnesium_mg_per_100g");
    CHECK(validateFoodPortion(FoodPortion{"Almond", "a handful", 30}).ok());
    CHECK_FALSE(validateFoodPortion(FoodPortion{"Almond", "a handful", 0}).ok());
}

} // namespace QUIETLEGS_TEST_FILE
