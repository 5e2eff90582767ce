#pragma once

#include "quietlegs/analysis/Comparison.h"
#include "quietlegs/analysis/CorrelationTable.h"

#include <optional>
#include <string>

namespace quietlegs {

struct ExperimentPlan;
struct ExperimentResult;

// The sentences a person reads about the statistics, in one place so that the Insights view,
// the PDF report and the CLI say exactly the same thing (statistics-v1.md "Saying it honestly").

/// The caveat that follows every correlation shown to a person: "A correlation in one
/// person's diary is not proof that oral magnesium caused the change."
std::string correlationCaveat(Exposure exposure);
/// "on the same day", "the day before", "2 days before".
std::string lagPhrase(int lagDays);
/// One row in words: its direction, r, the 95% interval, n and q, and the caveat; below 14
/// pairs "not enough nights yet" instead of a number.
std::string correlationSentence(const CorrelationRow& row);
/// The strongest honest finding of a table in one plain sentence with its caveat.
std::string strongestFindingSentence(const CorrelationTable& table);
/// A before/after comparison worded for a layperson: both means, the difference, what the
/// tests say and the size of the effect, and that two periods differ in more than one way.
std::string comparisonSentence(const Comparison& comparison);
/// A randomized on/off experiment's result in words (statistics-v2.md section 7): the means,
/// the effect with its interval against the MID, the randomization p, adherence, an early
/// end, and what the design can and cannot support.
std::string experimentSentence(const ExperimentPlan& plan, const ExperimentResult& result);
/// Below this share of analysed days following the schedule, the sentence warns that the
/// result compares the schedule more than what was taken.
inline constexpr double kGoodAdherence = 0.8;

/// Numbers as the sentences show them: `formatNumber(-0.4123, 2)` is "-0.41" (never "-0.00").
std::string formatNumber(double value, int decimals);
/// A p or q value: "< 0.001" below 0.001, otherwise two significant digits ("0.034").
std::string formatPValue(double p);
/// Effect size words for |g| (Cohen's conventions): "negligible" below 0.2, "small" below 0.5,
/// "medium" below 0.8, otherwise "large".
std::string effectSizeWord(double hedgesG);

} // namespace quietlegs
