#include "TempJournal.h"
#include "quietlegs/storage/Journal.h"

#include <catch2/catch.hpp>

namespace QUIETLEGS_TEST_FILE {

using namespace quietlegs;

namespace {

/// A journal in a fresh temporary folder, removed afterwards.
struct TemporaryJournal
{
    TempFolder folder;
    std::optional<Journal> journal;

    TemporaryJournal()
    {
        auto opened = Journal::open(folder / "journal.sqlite");
        REQUIRE(opened.ok());
        journal.emplace(std::move(opened).value());
    }
};

} // namespace

TEST_CASE("a user's own food is saved, listed under My foods and updated by id")
{
    TemporaryJournal t;
    auto id = t.journal->saveCustomFood(Food{"Mum's dal", "", 40, 2.5, ""});
    REQUIRE(id.ok());
    auto foods = t.journal->customFoods();
    REQUIRE(foods.ok());
    REQUIRE(foods->size() == 1);
    CHECK((*foods)[0].food.name == "Mum's dal");
    CHECK((*foods)[0].food.group == "My foods");
    CHECK((*foods)[0].food.magnesiumMgPer100g == 40);

    REQUIRE(t.journal->saveCustomFood(Food{"Mum's dal", "", 45, 2.5, ""}, *id).ok());
    CHECK(t.journal->customFoods()->front().food.magnesiumMgPer100g == 45);
}

TEST_CASE("a second food of the same name is refused with a message naming it")
{
    TemporaryJournal t;
    REQUIRE(t.journal->saveCustomFood(Food{"Granola", "", 100, 3, ""}).ok());
    auto again = t.journal->saveCustomFood(Food{"Granola", "", 90, 3, ""});
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().field == "name");
    CHECK(t.journal->customFoods()->size() == 1);
}

TEST_CASE("an implausible food is refused before it reaches the file")
{
    TemporaryJournal t;
    CHECK_FALSE(t.journal->saveCustomFood(Food{"Rock", "", 5000, 3, ""}).ok());
    CHECK(t.journal->customFoods()->empty());
}

TEST_CASE("saving a portion of the same food and name replaces its grams")
{
    TemporaryJournal t;
    REQUIRE(t.journal->saveFoodPortion(FoodPortion{"Almond", "a handful", 30}).ok());
    REQUIRE(t.journal->saveFoodPortion(FoodPortion{"Almond", "a handful", 28}).ok());
    REQUIRE(t.journal->saveFoodPortion(FoodPortion{"Spinach", "a bowl", 80}).ok());
    auto portions = t.journal->foodPortions();
    REQUIRE(portions.ok());
    REQUIRE(portions->size() == 2);
    CHECK((*portions)[0].portion == FoodPortion{"Almond", "a handful", 28});
    REQUIRE(t.journal->deleteFoodPortion((*portions)[1].id).ok());
    CHECK(t.journal->foodPortions()->size() == 1);
}

TEST_CASE("deleting a user's food deletes its saved portions")
{
    TemporaryJournal t;
    auto id = t.journal->saveCustomFood(Food{"Granola", "", 100, 3, ""});
    REQUIRE(id.ok());
    REQUIRE(t.journal->saveFoodPortion(FoodPortion{"Granola", "a bowl", 60}).ok());
    REQUIRE(t.journal->saveFoodPortion(FoodPortion{"Almond", "a handful", 30}).ok());
    auto deleted = t.journal->deleteCustomFood(*id);
    REQUIRE(deleted.ok());
    CHECK(*deleted);
    CHECK(t.journal->customFoods()->empty());
    REQUIRE(t.journal->foodPortions()->size() == 1);
    CHECK(t.journal->foodPortions()->front().portion.foodName == "Almond");
}

} // namespace QUIETLEGS_TEST_FILE
