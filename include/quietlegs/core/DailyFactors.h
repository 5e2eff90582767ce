#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/Result.h"

#include <optional>

namespace quietlegs {

/// The day's possible triggers, entered before validation; every field is optional.
struct DailyFactorsEntry
{
    Date date;
    std::optional<double> caffeineMg;
    std::optional<double> alcoholUnits;
    std::optional<int> exerciseMin;
    std::optional<int> stress; // 0..10
    EntrySource source = EntrySource::Manual; // interchange-v2 `source`
    std::string sourceName;
};

/// Validated daily factors (caffeine, alcohol, exercise, stress) of one journal date.
class DailyFactors
{
public:
    static Result<DailyFactors> create(const DailyFactorsEntry& entry);

    Date date() const { return m_entry.date; }
    std::optional<double> caffeineMg() const { return m_entry.caffeineMg; }
    std::optional<double> alcoholUnits() const { return m_entry.alcoholUnits; }
    std::optional<int> exerciseMin() const { return m_entry.exerciseMin; }
    std::optional<int> stress() const { return m_entry.stress; }
    EntrySource source() const { return m_entry.source; }
    const std::string& sourceName() const { return m_entry.sourceName; }
    bool isEmpty() const;

    friend bool operator==(const DailyFactors& a, const DailyFactors& b)
    {
        return a.m_entry.date == b.m_entry.date && a.m_entry.caffeineMg == b.m_entry.caffeineMg
               && a.m_entry.alcoholUnits == b.m_entry.alcoholUnits
               && a.m_entry.exerciseMin == b.m_entry.exerciseMin
               && a.m_entry.stress == b.m_entry.stress && a.m_entry.source == b.m_entry.source
               && a.m_entry.sourceName == b.m_entry.sourceName;
    }

private:
    explicit DailyFactors(const DailyFactorsEntry& entry) : m_entry(entry) {}
    DailyFactorsEntry m_entry;
};

/// Caffeine in a typical cup (for the quick buttons): EFSA 2015 scientific opinion on the
/// safety of caffeine, Table 1: filter coffee ~90 mg per 200 mL cup, black tea ~50 mg per 220 mL.
inline constexpr double kCaffeineCupOfCoffeeMg = 90;
inline constexpr double kCaffeineCupOfTeaMg = 50;

/// The alcohol unit the app counts in is the UK unit: NHS, "Alcohol units"
/// (https://www.nhs.uk/live-well/alcohol-advice/calculating-alcohol-units/): one unit is
/// 10 mL or 8 g of pure alcohol.
inline constexpr double kAlcoholGramsPerUnit = 8;

/// Grams of pure alcohol (as Cronometer counts them) in the app's units, to the tenth of a
/// unit that the alcohol field holds: 14 g is 1.8 units.
double alcoholUnitsFromGrams(double grams);

} // namespace quietlegs
