#include "quietlegs/core/IrlsScore.h"

#include <numeric>
#include <string>

namespace quietlegs {

std::string_view irlsBandName(IrlsBand band)
{
    switch (band) {
    case IrlsBand::None: return "none";
    case IrlsBand::Mild: return "mild";
    case IrlsBand::Moderate: return "moderate";
    case IrlsBand::Severe: return "severe";
    case IrlsBand::VerySevere: return "very severe";
    }
    return "none";
}

std::string_view irlsBandId(IrlsBand band)
{
    return band == IrlsBand::VerySevere ? "very_severe" : irlsBandName(band);
}

IrlsBand irlsBandOf(int total)
{
    // domain.md: bands of the IRLS total.
    if (total <= 0)
        return IrlsBand::None;
    if (total <= 10)
        return IrlsBand::Mild;
    if (total <= 20)
        return IrlsBand::Moderate;
    if (total <= 30)
        return IrlsBand::Severe;
    return IrlsBand::VerySevere;
}

std::string_view irlsAreaLabel(int index)
{
    // Paraphrased areas from domain.md; the questionnaire wording is copyrighted (IRLSSG/MAPI).
    static constexpr std::string_view kLabels[kIrlsItemCount] = {
        "Overall leg discomfort",   "Urge to move",         "Relief from moving",
        "Sleep disturbed",          "Daytime tiredness",    "Overall severity",
        "How often symptoms come",  "Severity on a typical day", "Effect on daily activities",
        "Effect on mood",
    };
    if (index < 0 || index >= kIrlsItemCount)
        return {};
    return kLabels[index];
}

namespace {

// Our own words for the two ends of each area, in irlsAreaLabel() order. Every area runs from
// 0 = no trouble to 4 = the most trouble, including relief from moving (0: moving relieves
// completely, or there is nothing to relieve).
constexpr std::string_view kAnchors[kIrlsItemCount][2] = {
    {"No discomfort", "Very severe discomfort"},
    {"No urge to move", "An overwhelming urge"},
    {"Complete relief, or nothing to relieve", "No relief at all"},
    {"Slept undisturbed", "Sleep badly broken"},
    {"Not tired or sleepy", "Tired or sleepy all day"},
    {"No symptoms", "Very severe"},
    {"Not at all", "Nearly every day"},
    {"No symptoms", "Severe for much of the day"},
    {"No effect", "Kept me from most things"},
    {"Mood unaffected", "Mood badly affected"},
};

} // namespace

std::string_view irlsAreaLowAnchor(int index)
{
    if (index < 0 || index >= kIrlsItemCount)
        return {};
    return kAnchors[index][0];
}

std::string_view irlsAreaHighAnchor(int index)
{
    if (index < 0 || index >= kIrlsItemCount)
        return {};
    return kAnchors[index][1];
}

Result<IrlsScore> IrlsScore::fromItems(const std::vector<int>& items)
{
    if (items.size() != kIrlsItemCount)
        return Error{"irls_items", std::to_string(items.size()) + " items",
                     "exactly 10 item scores are needed"};
    std::array<int, kIrlsItemCount> scores{};
    for (int i = 0; i < kIrlsItemCount; ++i) {
        if (items[i] < 0 || items[i] > kIrlsItemMax)
            return Error{"irls_items[" + std::to_string(i) + "]", std::to_string(items[i]),
                         "each item is scored 0 to 4"};
        scores[i] = items[i];
    }
    return IrlsScore(scores);
}

int IrlsScore::total() const
{
    return std::accumulate(m_items.begin(), m_items.end(), 0);
}

} // namespace quietlegs
