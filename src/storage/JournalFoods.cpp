// The user's own foods and saved portions (schema v2 tables custom_foods, food_portions).
#include "quietlegs/storage/Journal.h"

#include "StoredRows.h"

#include <string>

namespace quietlegs {

namespace {
constexpr const char* kMyFoodsGroup = "My foods";
}

Result<std::int64_t> Journal::saveCustomFood(const Food& food, std::optional<std::int64_t> id)
{
    if (auto status = validateFood(food); !status)
        return status.error();
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement =
            id ? m_db.prepare("UPDATE custom_foods SET name = ?2, magnesium_mg_per_100g = ?3, "
                              "iron_mg_per_100g = ?4 WHERE id = ?1 RETURNING id")
               : m_db.prepare("INSERT INTO custom_foods (name, magnesium_mg_per_100g, "
                              "iron_mg_per_100g) VALUES (?2, ?3, ?4) RETURNING id");
        if (!statement)
            return statement.error();
        if (id)
            statement->bind(1, *id);
        statement->bind(2, food.name).bind(3, food.magnesiumMgPer100g).bind(4, food.ironMgPer100g);
        auto row = statement->step();
        if (!row) {
            if (row.error().rule.find("UNIQUE") != std::string::npos)
                return Error{"name", food.name, "a food with this name exists already"};
            return Error{"food", food.name, "cannot save: " + row.error().rule};
        }
        if (!*row)
            return Error{"food", "#" + std::to_string(id.value_or(0)), "no such food"};
        const std::int64_t saved = statement->columnInt64(0);
        if (auto finished = statement->finish(); !finished)
            return Error{"food", food.name, "cannot save: " + finished.error().rule};
        return saved;
    });
}

Result<std::vector<StoredFood>> Journal::customFoods() const
{
    auto statement = m_db.prepare("SELECT id, name, magnesium_mg_per_100g, iron_mg_per_100g "
                                  "FROM custom_foods ORDER BY name COLLATE NOCASE");
    if (!statement)
        return statement.error();
    std::vector<StoredFood> foods;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return foods;
        foods.push_back(
            StoredFood{statement->columnInt64(0),
                       Food{statement->columnText(1), kMyFoodsGroup, statement->columnDouble(2),
                            statement->columnDouble(3), ""}});
    }
}

Result<bool> Journal::deleteCustomFood(std::int64_t id)
{
    // Portions follow their food: by the foreign key, and by name for portions saved
    // before the food was (re)created.
    return writeInTransaction(m_db, [&]() -> Result<bool> {
        auto portions = m_db.prepare(
            "DELETE FROM food_portions WHERE food_name = (SELECT name FROM custom_foods "
            "WHERE id = ?1)");
        if (!portions)
            return portions.error();
        portions->bind(1, id);
        if (auto status = portions->run(); !status)
            return status.error();
        auto food = m_db.prepare("DELETE FROM custom_foods WHERE id = ?1");
        if (!food)
            return food.error();
        food->bind(1, id);
        if (auto status = food->run(); !status)
            return status.error();
        return m_db.changes() > 0;
    });
}

Result<std::int64_t> Journal::saveFoodPortion(const FoodPortion& portion)
{
    if (auto status = validateFoodPortion(portion); !status)
        return status.error();
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement = m_db.prepare(
            "INSERT INTO food_portions (food_name, custom_food_id, name, grams) VALUES (?1, "
            "(SELECT id FROM custom_foods WHERE name = ?1), ?2, ?3) "
            "ON CONFLICT (food_name, name) DO UPDATE SET grams = ?3 RETURNING id");
        if (!statement)
            return statement.error();
        statement->bind(1, portion.foodName).bind(2, portion.name).bind(3, portion.grams);
        auto row = statement->step();
        if (!row)
            return Error{"portion", portion.name, "cannot save: " + row.error().rule};
        if (!*row)
            return Error{"portion", portion.name, "cannot save: no row was written"};
        const std::int64_t saved = statement->columnInt64(0);
        if (auto finished = statement->finish(); !finished)
            return Error{"portion", portion.name, "cannot save: " + finished.error().rule};
        return saved;
    });
}

Result<std::vector<StoredFoodPortion>> Journal::foodPortions() const
{
    auto statement = m_db.prepare("SELECT id, food_name, name, grams FROM food_portions "
                                  "ORDER BY food_name COLLATE NOCASE, grams");
    if (!statement)
        return statement.error();
    std::vector<StoredFoodPortion> portions;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return portions;
        portions.push_back(
            StoredFoodPortion{statement->columnInt64(0),
                              FoodPortion{statement->columnText(1), statement->columnText(2),
                                          statement->columnDouble(3)}});
    }
}

Result<bool> Journal::deleteFoodPortion(std::int64_t id)
{
    return stored::deleteRows(m_db, "DELETE FROM food_portions WHERE id = ?1", id);
}

} // namespace quietlegs
