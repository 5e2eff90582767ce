#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/PrimaryQuestion.h"
#include "quietlegs/analysis/Variables.h"

#include <optional>
#include <string>

namespace quietlegs {

// How Insights and the PDF report word statistics-v2's effects (statistics-v2.md sections 3,
// 4 and 7): effects first, in the outcome's units per a natural dose, with their interval and
// n; r and q second; the verdict against the MID; the caveats. Never "significant".

/// An effect scaled to the exposure's display dose: outcome units per 100 mg of magnesium, ...
struct DoseEffect
{
    double estimate = 0;
    Interval ci95;
    int decimals = 1; // how the numbers are shown: more when the interval is under 0.1
};

/// The effect row's slope and interval times `displayDose`; none when the effect is null.
std::optional<DoseEffect> effectPerDose(const EffectRow& effect, double displayDose);

/// The display dose with its unit, for a column of effects: "100 mg", "1 unit", "30 min".
std::string displayDoseText(const ExposureVariable& exposure);

/// "0.4 lower", "1.2 higher", "no change" (a value that rounds to 0).
std::string changeText(double value, int decimals);
/// Which way the interval points: "0.1 to 0.7 lower", "0.2 to 1.5 higher", "0.3 lower to 0.2
/// higher".
std::string intervalChangeText(Interval interval, int decimals);

/// The effect in words, led by the dose: "100 mg more magnesium: severity 0.4 lower, 95 %
/// interval 0.1 to 0.7 lower (84 nights)". A lag other than 0 is named ("the day before").
/// A null effect names its note instead of numbers ("not enough nights yet (9 nights; at least
/// 14 are needed)").
std::string effectSentence(const EffectRow& effect, const VariableCatalogue& variables);
/// The effect per dose for a table cell: "0.4 lower"; empty when the effect is null.
std::string effectCellText(const EffectRow& effect, const VariableCatalogue& variables);
/// The interval for a table cell: "0.1 to 0.7 lower"; empty when the effect is null.
std::string effectIntervalCellText(const EffectRow& effect, const VariableCatalogue& variables);

/// The primary question as asked: "Does 100 mg more magnesium on the same day change severity?
/// Smallest change that matters: 1 point."
/// `forProfessional`: worded for the report's reader ("The primary question, set in advance").
std::string primaryQuestionText(const PrimaryQuestion& question,
                                const VariableCatalogue& variables, bool forProfessional = false);
/// The verdict and what it means for the person: "Verdict: beyond MID. The whole interval lies
/// beyond the smallest change that matters to you (1 point): ..."; for a null effect why there
/// is no verdict yet. Includes the primary effect's own p, unadjusted (asked in advance).
std::string verdictSentence(const PrimaryEffect& primary, const VariableCatalogue& variables,
                            bool forProfessional = false);

/// The table's strongest row as an exploratory note that says it is the largest of N tests, so
/// likely overstated: its effect first, then r and q. Without such a row, why there is none.
std::string exploratoryNote(const CorrelationTable& table, const VariableCatalogue& variables);

/// The caveat every correlation, effect and comparison carries (statistics-v2.md section 7).
std::string effectCaveat();
/// The before/after caveats of section 7: natural ups and downs, season, other changes.
std::string beforeAfterCaveat();
/// The regression-to-the-mean sentence, for the person ("You started during a bad spell; ...")
/// or for a professional reading the report.
std::string regressionToMeanSentence(bool forProfessional);

/// The interrupted time series in words: the change of level and of daily trend with their
/// intervals, the descriptive difference of means and Hedges g; when the ITS is null, why.
std::string interruptedTimeSeriesSentence(const Comparison& comparison,
                                          const VariableCatalogue& variables);

} // namespace quietlegs
