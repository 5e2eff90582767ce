#pragma once

// Builders for hand-made journals in the analysis tests.

#include "quietlegs/core/JournalRecords.h"

#include <stdexcept>
#include <vector>

namespace quietlegs::test {

template <typename T> T must(Result<T> result)
{
    if (!result)
        throw std::logic_error("test data is invalid: " + result.error().message());
    return std::move(result).value();
}

inline Date date(int year, unsigned month, unsigned day)
{
    return Date{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}};
}

inline LocalDateTime at(Date day, int hour, int minute)
{
    return atTime(day, std::chrono::minutes{hour * 60 + minute});
}

/// Ten IRLS-style items (each 0..4) that add up to `total`.
inline IrlsScore irlsWithTotal(int total)
{
    std::vector<int> items(10, 0);
    for (int& item : items) {
        item = std::min(4, total);
        total -= item;
    }
    return must(IrlsScore::fromItems(items));
}

inline Night night(Date day, std::optional<int> irlsTotal, std::optional<int> severity = {},
                   SleepDiaryTimes sleep = {})
{
    NightEntry entry;
    entry.date = day;
    if (irlsTotal)
        entry.irls = irlsWithTotal(*irlsTotal);
    entry.severity = severity;
    entry.sleep = sleep;
    return must(Night::create(entry));
}

inline Intake intake(LocalDateTime when, Nutrient nutrient, double elementalMg,
                     Route route = Route::Oral)
{
    std::string form = nutrient == Nutrient::Magnesium
                           ? (route == Route::Topical ? "sulfate" : "glycinate")
                       : nutrient == Nutrient::Iron ? "bisglycinate"
                                                    : "food";
    return must(Intake::create(
        IntakeEntry{when, nutrient, form, route, std::nullopt, elementalMg, "test"}));
}

inline DailyFactors daily(Date day, std::optional<double> caffeineMg,
                          std::optional<int> exerciseMin = {}, std::optional<int> stress = {},
                          std::optional<double> alcoholUnits = {})
{
    return must(DailyFactors::create(
        DailyFactorsEntry{day, caffeineMg, alcoholUnits, exerciseMin, stress}));
}

} // namespace quietlegs::test
