#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/PrimaryQuestion.h"
#include "quietlegs/analysis/Variables.h"

#include <optional>
#include <string>

namespace quietlegs {

// What Insights and the PDF report say about statistics-v2's effects beyond PlainLanguage.h's
// sentences (statistics-v2.md sections 3 and 7): the effects table's cells per a natural dose,
// the primary question and its verdict label with what it means, and the exploratory note on
// the largest finding, effect first. Never "significant".

/// An effect scaled to the exposure's display dose: outcome units per 100 mg of magnesium, ...
struct DoseEffect
{
    double estimate = 0;
    Interval ci95;
    int decimals = 1; // as effectSentence() shows them: 2 when everything is below 1
};

/// The effect row's slope and interval times `displayDose`; none when the effect is null.
std::optional<DoseEffect> effectPerDose(const EffectRow& effect, double displayDose);

/// The display dose with its unit, for a column of effects: "100 mg", "1 unit", "30 min".
std::string displayDoseText(const ExposureVariable& exposure);

/// The effect per dose for a table cell: "0.4 lower"; empty when the effect is null.
std::string effectCellText(const EffectRow& effect, const VariableCatalogue& variables);
/// The interval for a table cell: "0.1 to 0.7 lower"; empty when the effect is null.
std::string effectIntervalCellText(const EffectRow& effect, const VariableCatalogue& variables);

/// The primary question as asked: "Does 100 mg more magnesium on the same day change severity?
/// Smallest change that matters: 1 point."
/// `forProfessional`: worded for the report's reader ("The primary question, set in advance").
std::string primaryQuestionText(const PrimaryQuestion& question, const VariableCatalogue& variables,
                                bool forProfessional = false);
/// The verdict and what it means for the person: "Verdict: beyond MID. The whole interval lies
/// beyond the smallest change that matters to you (1 point): ..."; for a null effect why there
/// is no verdict yet. Includes the primary effect's own p, unadjusted (asked in advance).
std::string verdictSentence(const PrimaryEffect& primary, const VariableCatalogue& variables,
                            bool forProfessional = false);

/// The table's strongest row as an exploratory note that says it is the largest of N tests, so
/// likely overstated: its effect first, then r and q. Without such a row, why there is none.
std::string exploratoryNote(const CorrelationTable& table, const VariableCatalogue& variables);

} // namespace quietlegs
