#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/Nutrient.h"
#include "quietlegs/core/Result.h"

#include <optional>
#include <string>

namespace quietlegs {

/// What a person enters for one intake, before validation.
struct IntakeEntry
{
    LocalDateTime takenAt;
    Nutrient nutrient = Nutrient::Magnesium;
    std::string form;                  // an IntakeForm id for the nutrient
    Route route = Route::Oral;
    std::optional<double> compoundMg;  // as on the label: the weight of the compound
    std::optional<double> elementalMg; // the label's elemental figure; wins over the table
    std::string label;
    EntrySource origin = EntrySource::Manual; // interchange-v2 `source`
    std::string originName;                   // `source_name`: "Cronometer"; empty: none
};

/// Where an intake's nutrient came from, for totals and the upper-limit rule.
enum class IntakeSource { Supplement, Food, Topical };

/// One validated intake of a nutrient; the elemental amount is always known.
class Intake
{
public:
    static Result<Intake> create(const IntakeEntry& entry);
    /// The same, taking the entry's texts instead of copying them (reading a journal).
    static Result<Intake> create(IntakeEntry&& entry);

    LocalDateTime takenAt() const { return m_takenAt; }
    Date journalDate(std::chrono::minutes boundary = kDefaultJournalDayBoundary) const
    {
        return journalDateOf(m_takenAt, boundary);
    }
    Nutrient nutrient() const { return m_nutrient; }
    const std::string& form() const { return m_form; }
    Route route() const { return m_route; }
    std::optional<double> compoundMg() const { return m_compoundMg; }
    double elementalMg() const { return m_elementalMg; }
    const std::string& label() const { return m_label; }
    IntakeSource source() const;
    /// Where the entry came from (interchange-v2 `source`; not to be confused with source(),
    /// which is supplement, food or topical) and the originating app's name.
    EntrySource origin() const { return m_origin; }
    const std::string& originName() const { return m_originName; }

    friend bool operator==(const Intake&, const Intake&) = default;

private:
    Intake() = default;
    LocalDateTime m_takenAt;
    Nutrient m_nutrient = Nutrient::Magnesium;
    std::string m_form;
    Route m_route = Route::Oral;
    std::optional<double> m_compoundMg;
    double m_elementalMg = 0;
    std::string m_label;
    EntrySource m_origin = EntrySource::Manual;
    std::string m_originName;
};

/// Elemental mg in `compoundMg` of a form, from the domain.md table; none when the form
/// has no known fraction.
std::optional<double> elementalMilligrams(const IntakeForm& form, double compoundMg);

} // namespace quietlegs
