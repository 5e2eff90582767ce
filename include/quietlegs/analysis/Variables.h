#pragma once

#include "quietlegs/core/Result.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// A daily exposure of statistics-v1.md "Variables": what was taken or done on a journal date.
/// The six built-in exposures; statistics-v2 adds `med:<drug>` and `factor:<name>` rows that
/// exist only in the VariableCatalogue (by id).
enum class Exposure
{
    MagnesiumMg,
    IronMg,
    CaffeineMg,
    AlcoholUnits,
    ExerciseMin,
    Stress
};

/// A nightly outcome of statistics-v1.md "Variables": how the night of a journal date went.
/// The three outcomes v1 analysed (the weekly summary's columns); the catalogue adds
/// `onset_min_before_lights_out` and `rls_awakenings` by id.
enum class Outcome
{
    IrlsTotal,
    Severity,
    SleepEfficiency
};

inline constexpr int kExposureCount = 6;
inline constexpr int kOutcomeCount = 3;

/// In the order of statistics-v1.md, which is the order of the correlation table's rows.
std::span<const Exposure> allExposures();
std::span<const Outcome> allOutcomes();

std::string_view exposureId(Exposure exposure); // "magnesium_mg", ... (the JSON names)
std::string_view outcomeId(Outcome outcome);    // "irls_total", ...
/// Short names for people: "Magnesium (mg)", "IRLS-style total", ...
std::string_view exposureDisplayName(Exposure exposure);
std::string_view outcomeDisplayName(Outcome outcome);
/// Lower-case noun phrases for sentences: "oral magnesium", "the IRLS-style total", ...
std::string_view exposurePhrase(Exposure exposure);
std::string_view outcomePhrase(Outcome outcome);
/// True when a higher value means a better night (sleep efficiency), false for symptom scores.
bool higherIsBetter(Outcome outcome);

Result<Exposure> parseExposure(std::string_view id, std::string_view field = "exposure");
Result<Outcome> parseOutcome(std::string_view id, std::string_view field = "outcome");

inline constexpr int indexOf(Exposure exposure)
{
    return static_cast<int>(exposure);
}
inline constexpr int indexOf(Outcome outcome)
{
    return static_cast<int>(outcome);
}

// ---- statistics-v2: one table of variables -------------------------------------------------

/// Which way an outcome gets worse (statistics-v2.md "Vocabulary").
enum class WorseDirection
{
    Higher, // symptom scores, minutes of symptoms, awakenings
    Lower   // sleep efficiency
};

/// One exposure row of the variable table: everything needed to name it, read its series and
/// show an effect per a natural dose. Ids: "magnesium_mg", "med:pramipexole", "factor:long drive".
struct ExposureVariable
{
    std::string id;
    std::string displayName; // "Magnesium (mg)"
    std::string phrase;      // "oral magnesium", for sentences
    std::string unit;        // "mg", "units", "min", "points", a factor's own unit ("" if none)
    double displayDose = 1;  // effects are shown per this many units: 100 (mg) for magnesium
    std::string dosePhrase;  // the display dose in words: "100 mg more magnesium"
    std::optional<Exposure> builtIn; // the v1 exposure this row is, if any
};

/// One outcome row of the variable table, with its worse direction and default minimal
/// important difference (MID, outcome units; statistics-v2.md "Vocabulary").
struct OutcomeVariable
{
    std::string id;
    std::string displayName; // "Severity (0-10)"
    std::string phrase;      // "severity", for effect sentences ("severity 0.4 lower")
    std::string unit;        // "points", "percentage points", "min", "awakenings"
    WorseDirection worse = WorseDirection::Higher;
    double defaultMid = 1;
    std::optional<Outcome> builtIn; // the v1 outcome this row is, if any
};

/// The effect unit of a yes/no factor: an effect per 1 is that of "yes" against "no".
inline constexpr std::string_view kYesNoFactorUnit = "yes vs no";

/// The medicines of interchange-v2.md "RLS medications", in that order (the order of the
/// `med:<drug>` rows).
std::span<const std::string_view> medicineIds();

/// The table of exposures and outcomes (statistics-v2.md "Vocabulary"), in the spec's row
/// order: v1's six exposures, then `med:<drug>` in medicineIds() order, then `factor:<name>` by
/// case-folded name; outcomes irls_total, severity, sleep_efficiency,
/// onset_min_before_lights_out, rls_awakenings. Adding a kind of data means filling its series
/// in JournalSeries; the table takes it from there.
class VariableCatalogue
{
public:
    /// The built-in rows only: v1's six exposures and all five outcomes.
    static VariableCatalogue standard();

    /// Adds `med:<drug>` (drug one of medicineIds()) or `factor:<name>` in its place; a row
    /// already present is left as it is. `unit` is a factor's unit (ignored for medicines).
    Status addExposure(std::string_view id, std::string_view unit = {});
    /// Adds `factor:<name>` of a yes/no factor: its values are 1 (yes) and 0 (no), so an effect
    /// is that of yes against no (unit kYesNoFactorUnit).
    Status addYesNoFactor(std::string_view id);

    const std::vector<ExposureVariable>& exposures() const { return m_exposures; }
    const std::vector<OutcomeVariable>& outcomes() const { return m_outcomes; }
    /// The row of an id; for a well-formed `med:`/`factor:` id not in the table, the row it
    /// would have (so a primary question may name one before its data exist). None otherwise.
    std::optional<ExposureVariable> exposure(std::string_view id) const;
    std::optional<OutcomeVariable> outcome(std::string_view id) const;

private:
    std::vector<ExposureVariable> m_exposures;
    std::vector<OutcomeVariable> m_outcomes;
};

/// The row of an exposure or outcome id in the standard table (med:/factor: rows built on
/// demand); a bad id names the field and lists what is allowed.
Result<ExposureVariable> exposureVariable(std::string_view id, std::string_view field = "exposure");
Result<OutcomeVariable> outcomeVariable(std::string_view id, std::string_view field = "outcome");

/// Display name and phrase of any catalogue id ("med:pramipexole" -> "Pramipexole (mg)"); the
/// id itself when it is not one.
std::string exposureDisplayName(std::string_view id);
std::string outcomeDisplayName(std::string_view id);
std::string exposurePhrase(std::string_view id);
std::string outcomePhrase(std::string_view id);

/// An exposure at a lag against an outcome: a row of the tables and the primary question.
struct RelationKey
{
    std::string exposure; // catalogue id
    std::string outcome;  // catalogue id
    int lagDays = 0;

    friend bool operator==(const RelationKey&, const RelationKey&) = default;
};

/// The largest lag a relation may name (a month; more has no meaning for a nightly diary).
inline constexpr int kMaxRelationLag = 30;

/// Parses "EXPOSURE:OUTCOME:LAG", split at the last two colons (an exposure id may contain
/// colons and spaces: "factor:long drive:severity:1"); both ids checked against the catalogue,
/// the lag 0..30. Errors name `field` and the value.
Result<RelationKey> parseRelationKey(std::string_view text, std::string_view field);
/// "magnesium_mg:severity:0".
std::string formatRelationKey(const RelationKey& key);

} // namespace quietlegs
