#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/analysis/PrimaryQuestion.h"

#include <optional>
#include <string>

namespace quietlegs {

struct ExperimentAdherence;
struct ExperimentResult;

// The sentences a person reads about the statistics, in one place so that the Insights view,
// the PDF report and the CLI say exactly the same thing (statistics-v2.md section 7): effects
// first, in the outcome's units per a natural dose with their interval; never "significant".

/// Who reads a sentence that differs by reader: the person in the app, or a professional
/// reading the PDF report.
enum class Audience
{
    App,
    Report
};

/// The caveat every correlation, effect and comparison carries: "One person's diary shows what
/// went together, not what caused what. Nights are not independent; the interval allows for
/// that."
std::string_view diaryCaveat();
/// diaryCaveat(), under the v1 name (the exposure no longer changes it).
std::string correlationCaveat(Exposure exposure);
/// "on the same day", "the day before", "2 days before".
std::string lagPhrase(int lagDays);

/// A change of an outcome in words: "0.4 lower", "1.2 higher", "no different".
std::string changeText(double change, int decimals);
/// An interval of a change in words, saying which way it points: "0.1 to 0.7 lower",
/// "0.2 lower to 0.5 higher".
std::string intervalText(Interval interval, int decimals);
/// An effect row per display dose: "100 mg more magnesium: severity 0.4 lower, 95 % interval
/// 0.1 to 0.7 lower (120 nights)."; a null effect says why ("not enough nights yet ...").
std::string effectSentence(const EffectRow& effect, const VariableCatalogue& variables);
/// The primary question's answer: the effect sentence, then whether the interval lies beyond,
/// within or across the MID, its own p (chosen in advance, so not adjusted) and the caveat.
std::string primarySentence(const PrimaryEffect& primary, const VariableCatalogue& variables);

/// One correlation row in words (exploratory): direction, r with its corrected 95% interval,
/// n, the effective n and q, and the caveat; below 14 pairs "not enough nights yet".
std::string correlationSentence(const CorrelationRow& row);
/// The exploratory note on a table's strongest correlation: the largest of N tests, so likely
/// overstated, with its sentence; or why there is none.
std::string strongestFindingSentence(const CorrelationTable& table);
/// The sentence when a comparison flags regression to the mean (statistics-v2.md section 4).
std::string_view regressionToMeanSentence(Audience audience);
/// A before/after comparison in words: both means and the difference, the interrupted time
/// series' level change with its interval, that ups and downs, season and other changes may
/// explain it, and regression to the mean when flagged.
std::string comparisonSentence(const Comparison& comparison, Audience audience = Audience::App);
/// An on/off self-experiment's result in words.
std::string experimentSentence(const ExperimentResult& result);
/// How well the logged days followed an on/off schedule: "ON days with magnesium logged: 19
/// of 21; OFF days without magnesium: 20 of 21.", with a plain warning when either side is
/// below kGoodAdherence; empty when no night of the plan is logged yet.
std::string adherenceSentence(const ExperimentAdherence& adherence);

/// Numbers as the sentences show them: `formatNumber(-0.4123, 2)` is "-0.41" (never "-0.00").
std::string formatNumber(double value, int decimals);
/// A p or q value: "< 0.001" below 0.001, otherwise two significant digits ("0.034").
std::string formatPValue(double p);
/// Effect size words for |g| (Cohen's conventions): "negligible" below 0.2, "small" below 0.5,
/// "medium" below 0.8, otherwise "large".
std::string effectSizeWord(double hedgesG);

} // namespace quietlegs
