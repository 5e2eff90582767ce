#pragma once

#include "quietlegs/analysis/CorrelationTable.h"
#include "quietlegs/core/JournalSettings.h"

#include <optional>
#include <string_view>

namespace quietlegs {

/// The one question asked in advance (statistics-v2.md section 3): a relation and its minimal
/// important difference in outcome units per display dose of the exposure.
struct PrimaryQuestion
{
    RelationKey relation{"magnesium_mg", "severity", 0};
    double mid = 1;

    /// The journal's setting, or the default (magnesium_mg:severity:0; MID the outcome's
    /// default) for what it does not set. Errors name `primary_question` / `primary_mid`.
    static Result<PrimaryQuestion> fromSettings(const JournalSettings& settings);
    /// A question from "EXPOSURE:OUTCOME:LAG" and an optional MID (default: the outcome's);
    /// errors name `field` (the key) or `midField`.
    static Result<PrimaryQuestion> parse(std::string_view relation, std::optional<double> mid,
                                         std::string_view field, std::string_view midField);
};

/// Whether the primary effect's interval lies beyond, within or across the MID.
enum class Verdict
{
    BeyondMid,   // "beyond MID": lo > MID or hi < -MID
    WithinMid,   // "within MID": -MID < lo and hi < MID
    Inconclusive // "inconclusive": otherwise
};
/// "beyond MID", "within MID", "inconclusive" (the JSON text).
std::string_view verdictText(Verdict verdict);

/// The verdict for [lo, hi] = slope_ci95 times the display dose; none when the effect is null.
std::optional<Verdict> verdictFor(const EffectRow& effect, double displayDose, double mid);

/// The primary question's answer: its effect row (own p, no adjustment) and verdict.
struct PrimaryEffect
{
    PrimaryQuestion question;
    EffectRow effect;       // qValue stays empty: the primary question is not one of many
    double displayDose = 1; // the exposure's display dose (100 mg for magnesium)
    std::optional<Verdict> verdict;
};

/// Fits the primary question over [from, to] and judges it.
PrimaryEffect answerPrimaryQuestion(const JournalSeries& series, const PrimaryQuestion& question,
                                    Date from, Date to);

} // namespace quietlegs
