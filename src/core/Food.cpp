#include "quietlegs/core/Food.h"

#include <charconv>
#include <cmath>
#include <sstream>

namespace quietlegs {
namespace {

// Beyond any food in the IFCT 2017 table (the highest magnesium is under 700 mg/100 g, iron
// under 100 mg/100 g); the schema's CHECKs of custom_foods use the same bounds.
constexpr double kMaxMagnesiumPer100g = 2000;
constexpr double kMaxIronPer100g = 200;
constexpr std::size_t kNameMaxLength = 200;


Status checkPer100g(double value, const char* field, double max)
{
    if (!std::isfinite(value) || value < 0 || value > max)
        return Error{field, errorValue(value),
                     "must be between 0 and " + errorValue(max) + " mg per 100 g"};
    return {};
}

Status checkFoodName(const std::string& name, const char* field)
{
    if (name.empty())
        return Error{field, "", "must not be empty"};
    if (name.size() > kNameMaxLength)
        return Error{field, name.substr(0, 40) + "...", "is limited to 200 characters"};
    return {};
}

std::vector<std::string> splitCsvLine(std::string_view line)
{
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                fields.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                fields.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

std::optional<double> parseNumber(const std::string& text)
{
    double value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

} // namespace

Status validateFood(const Food& food)
{
    if (auto s = checkFoodName(food.name, "name"); !s)
        return s;
    if (auto s =
            checkPer100g(food.magnesiumMgPer100g, "magnesium_mg_per_100g", kMaxMagnesiumPer100g);
        !s)
        return s;
    return checkPer100g(food.ironMgPer100g, "iron_mg_per_100g", kMaxIronPer100g);
}

Status validateFoodPortion(const FoodPortion& portion)
{
    if (auto s = checkFoodName(portion.foodName, "food"); !s)
        return s;
    if (auto s = checkFoodName(portion.name, "portion"); !s)
        return s;
    if (!std::isfinite(portion.grams) || portion.grams <= 0 || portion.grams > kMaxFoodPortionGrams)
        return Error{"grams", errorValue(portion.grams), "must be more than 0 and at most 5000 g"};
    return {};
}

Result<std::vector<Intake>> foodIntakes(const Food& food, double grams, LocalDateTime when)
{
    if (!std::isfinite(grams) || grams <= 0 || grams > kMaxFoodPortionGrams)
        return Error{"grams", errorValue(grams), "must be more than 0 and at most 5000 g"};
    std::vector<Intake> intakes;
    const std::string label = food.name + ", " + errorValue(grams) + " g";
    for (auto [nutrient, per100g] : {std::pair{Nutrient::Magnesium, food.magnesiumMgPer100g},
                                     std::pair{Nutrient::Iron, food.ironMgPer100g}}) {
        const double mg = per100g * grams / 100;
        if (mg <= 0)
            continue;
        auto intake =
            Intake::create(IntakeEntry{when, nutrient, std::string(kFoodForm), Route::Oral,
                                       std::nullopt, mg, label.substr(0, 200),
                                       EntrySource::Manual, ""});
        if (!intake)
            return intake.error();
        intakes.push_back(std::move(intake).value());
    }
    return intakes;
}

Result<std::vector<Food>> parseFoodTable(std::string_view csv)
{
    std::vector<Food> foods;
    bool headerSeen = false;
    int lineNumber = 0;
    while (!csv.empty()) {
        const std::size_t end = csv.find('\n');
        std::string_view line = csv.substr(0, end);
        csv = end == std::string_view::npos ? std::string_view() : csv.substr(end + 1);
        ++lineNumber;
        if (line.empty() || line.front() == '#' || line == "\r")
            continue;
        auto fields = splitCsvLine(line);
        const std::string where = "line " + std::to_string(lineNumber);
        if (!headerSeen) {
            if (fields.size() < 5 || fields[0] != "name" || fields[2] != "mg_per_100g" ||
                fields[3] != "fe_per_100g")
                return Error{where, std::string(line),
                             "expected the header name,group,mg_per_100g,fe_per_100g,code"};
            headerSeen = true;
            continue;
        }
        if (fields.size() != 5)
            return Error{where, std::string(line), "expected 5 fields"};
        auto magnesium = parseNumber(fields[2]);
        auto iron = parseNumber(fields[3]);
        if (!magnesium || !iron)
            return Error{where, std::string(line), "magnesium and iron must be numbers"};
        Food food{fields[0], fields[1], *magnesium, *iron, fields[4]};
        if (auto status = validateFood(food); !status)
            return status.error().within(where);
        foods.push_back(std::move(food));
    }
    if (!headerSeen)
        return Error{"food table", "", "is empty"};
    return foods;
}

} // namespace quietlegs
