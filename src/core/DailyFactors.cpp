#include "quietlegs/core/DailyFactors.h"

#include <cmath>
#include <sstream>
#include <string>

namespace quietlegs {
namespace {

template <typename T>
Status checkRange(const std::optional<T>& value, const char* field, T max, const char* unit)
{
    if (!value)
        return {};
    if (!std::isfinite(double(*value)) || *value < 0 || *value > max)
        return Error{field, errorValue(double(*value)),
                     "must be between 0 and " + errorValue(double(max)) + unit};
    return {};
}

} // namespace

Result<DailyFactors> DailyFactors::create(const DailyFactorsEntry& entry)
{
    if (!entry.date.ok())
        return Error{"date", "", "no such calendar date"};
    // Upper bounds catch slips, not habits: 2 g caffeine is ~20 cups of coffee.
    for (auto status : {checkRange(entry.caffeineMg, "caffeine_mg", 2000.0, " mg"),
                        checkRange(entry.alcoholUnits, "alcohol_units", 60.0, " units"),
                        checkRange(entry.exerciseMin, "exercise_min", 1440, " minutes"),
                        checkRange(entry.stress, "stress", 10, "")})
        if (!status)
            return status.error();
    if (entry.sourceName.size() > 200)
        return Error{"source_name", entry.sourceName.substr(0, 40) + "...",
                     "is limited to 200 characters"};
    return DailyFactors(entry);
}

double alcoholUnitsFromGrams(double grams)
{
    return std::round(grams / kAlcoholGramsPerUnit * 10) / 10;
}

bool DailyFactors::isEmpty() const
{
    return !m_entry.caffeineMg && !m_entry.alcoholUnits && !m_entry.exerciseMin
           && !m_entry.stress;
}

} // namespace quietlegs
