#include "quietlegs/analysis/PrimaryQuestion.h"

#include <charconv>
#include <cmath>
#include <string>

namespace quietlegs {
namespace {

std::string formatMid(double mid)
{
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof buffer, mid).ptr;
    return std::string(buffer, end);
}

} // namespace

Result<PrimaryQuestion> PrimaryQuestion::parse(std::string_view relation, std::optional<double> mid,
                                               std::string_view field, std::string_view midField)
{
    auto key = parseRelationKey(relation, field);
    if (!key)
        return key.error();
    PrimaryQuestion question{*key, 1};
    if (mid) {
        if (!std::isfinite(*mid) || *mid <= 0)
            return Error{std::string(midField), formatMid(*mid),
                         "must be a number above 0 (outcome units per display dose)"};
        question.mid = *mid;
    } else {
        question.mid = outcomeVariable(key->outcome)->defaultMid;
    }
    return question;
}

Result<PrimaryQuestion> PrimaryQuestion::fromSettings(const JournalSettings& settings)
{
    return parse(settings.primaryQuestion.value_or("magnesium_mg:severity:0"),
                 settings.primaryMid, "primary_question", "primary_mid");
}

std::string_view verdictText(Verdict verdict)
{
    switch (verdict) {
    case Verdict::BeyondMid:
        return "beyond MID";
    case Verdict::WithinMid:
        return "within MID";
    case Verdict::Inconclusive:
        return "inconclusive";
    }
    return {};
}

std::optional<Verdict> verdictFor(const EffectRow& effect, double displayDose, double mid)
{
    if (!effect.slope || !effect.slopeCi95)
        return std::nullopt;
    // A negative display dose cannot happen; the min/max keeps [lo, hi] ordered regardless.
    const double a = effect.slopeCi95->low * displayDose;
    const double b = effect.slopeCi95->high * displayDose;
    const double lo = std::min(a, b);
    const double hi = std::max(a, b);
    if (lo > mid || hi < -mid)
        return Verdict::BeyondMid;
    if (-mid < lo && hi < mid)
        return Verdict::WithinMid;
    return Verdict::Inconclusive;
}

PrimaryEffect answerPrimaryQuestion(const JournalSeries& series, const PrimaryQuestion& question,
                                    Date from, Date to)
{
    PrimaryEffect answer;
    answer.question = question;
    answer.effect = fitEffect(series, question.relation, from, to);
    const auto exposure = series.catalogue().exposure(question.relation.exposure);
    answer.displayDose = exposure ? exposure->displayDose : 1;
    answer.verdict = verdictFor(answer.effect, answer.displayDose, question.mid);
    return answer;
}

} // namespace quietlegs
