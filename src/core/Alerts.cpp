#include "quietlegs/core/Alerts.h"

#include "quietlegs/core/LabReference.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace quietlegs {
namespace {

constexpr std::string_view kTalkToDoctor = "Talk to your doctor about it.";
constexpr std::string_view kMagnesiumUlSource =
    "US Food and Nutrition Board tolerable upper intake level for supplemental magnesium "
    "(NIH ODS, Magnesium fact sheet for health professionals); EFSA uses 250 mg/day";
constexpr std::string_view kIronUlSource =
    "NIH ODS, Iron fact sheet for health professionals: tolerable upper intake level 45 mg/day "
    "for adults";

std::string format(const char* pattern, double value)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, pattern, value);
    return buffer;
}

std::string milligrams(double value)
{
    return format("%.0f mg", value);
}

/// "on 2026-12-05" or "on 3 of the last 7 days, most recently 2026-12-05".
std::string whenSaid(int days, Date latest)
{
    if (days == 1)
        return "on " + formatDate(latest);
    return "on " + std::to_string(days) + " of the last " + std::to_string(kAlertWindowDays) +
           " days, most recently " + formatDate(latest);
}

/// Per journal day of the alert window, the total `amount` gives for that day's intakes.
template <typename Amount>
std::map<Date, double> dailyTotals(const AlertInputs& inputs, Amount amount)
{
    const Date first = addDays(inputs.today, -(kAlertWindowDays - 1));
    std::map<Date, std::vector<Intake>> byDay;
    for (const Intake& intake : inputs.intakes) {
        const Date day = intake.journalDate();
        if (day >= first && day <= inputs.today)
            byDay[day].push_back(intake);
    }
    std::map<Date, double> totals;
    for (const auto& [day, intakes] : byDay)
        totals[day] = amount(std::span<const Intake>(intakes));
    return totals;
}

std::optional<Alert> magnesiumAlert(const AlertInputs& inputs)
{
    const auto totals = dailyTotals(inputs, [](std::span<const Intake> intakes) {
        return magnesiumTotals(intakes).supplementMg;
    });
    int days = 0;
    Date latest;
    double latestMg = 0;
    for (const auto& [day, mg] : totals)
        if (exceedsSupplementalMagnesiumLimit(mg, inputs.magnesiumUlMg)) {
            ++days;
            latest = day;
            latestMg = mg;
        }
    if (days == 0)
        return std::nullopt;
    return Alert{AlertKind::MagnesiumUpperLimit, latest,
                 IntakeOverLimit{inputs.magnesiumUlMg, days, latest, latestMg},
                 "Supplemental elemental magnesium (supplements and medicines, not food) above " +
                     milligrams(inputs.magnesiumUlMg) + " on a journal day",
                 std::string(kMagnesiumUlSource)};
}

std::optional<Alert> ironAlert(const AlertInputs& inputs)
{
    const auto totals = dailyTotals(inputs, [](std::span<const Intake> intakes) {
        return oralElementalMg(intakes, Nutrient::Iron);
    });
    int days = 0;
    Date latest;
    double latestMg = 0;
    for (const auto& [day, mg] : totals)
        if (mg > kIronUpperLimitMg) {
            ++days;
            latest = day;
            latestMg = mg;
        }
    if (days == 0)
        return std::nullopt;
    return Alert{AlertKind::IronUpperLimit, latest,
                 IntakeOverLimit{kIronUpperLimitMg, days, latest, latestMg},
                 "Elemental iron from food and supplements above 45 mg on a journal day",
                 std::string(kIronUlSource)};
}

/// The latest result of `test`, if any.
const LabResult* latestOf(std::span<const LabResult> labs, LabTest test)
{
    const LabResult* latest = nullptr;
    for (const LabResult& lab : labs)
        if (lab.test() == test && (!latest || lab.date() > latest->date()))
            latest = &lab;
    return latest;
}

std::optional<Alert> ferritinAlert(const LabResult* ferritin)
{
    if (!ferritin)
        return std::nullopt;
    const IronFlag flag = ironFlagOf(*ferritin);
    if (flag != IronFlag::OralOrIvIron && flag != IronFlag::IvIronOnly)
        return std::nullopt;
    return Alert{AlertKind::FerritinLow, ferritin->date(),
                 LabOverThreshold{ferritin->valueInDisplayUnit(), ferritin->date(), flag},
                 "Ferritin at or below 75 \xC2\xB5g/L: iron supplementation; 75-100 \xC2\xB5g/L: "
                 "intravenous iron only",
                 std::string(kAasmGuideline)};
}

std::optional<Alert> tsatAlert(const LabResult* tsat)
{
    if (!tsat || ironFlagOf(*tsat) != IronFlag::LowSaturation)
        return std::nullopt;
    return Alert{AlertKind::TsatLow, tsat->date(),
                 LabOverThreshold{tsat->valueInDisplayUnit(), tsat->date(), IronFlag::LowSaturation},
                 "Transferrin saturation below 20 %: iron supplementation", std::string(kAasmGuideline)};
}

std::optional<Alert> inflammationAlert(const LabResult* ferritin, std::span<const LabResult> labs)
{
    if (!ferritin)
        return std::nullopt;
    const auto crp = highCrpNear(*ferritin, labs);
    if (!crp)
        return std::nullopt;
    return Alert{AlertKind::FerritinWithHighCrp, ferritin->date(),
                 CrpNearFerritin{crp->valueInDisplayUnit(), crp->date(), ferritin->date()},
                 "CRP above 5 mg/L within 7 days of a ferritin",
                 std::string(kWhoFerritinGuideline)};
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// The nights of journal dates first..last (inclusive).
struct Window
{
    std::vector<double> onsets;
    std::vector<double> severities;
    int armsNights = 0;
};

Window windowOf(std::span<const AugmentationNight> nights, Date first, Date last)
{
    Window window;
    for (const AugmentationNight& night : nights) {
        if (night.date < first || night.date > last)
            continue;
        if (night.onsetMinutesAfterNoon)
            window.onsets.push_back(*night.onsetMinutesAfterNoon);
        if (night.severity)
            window.severities.push_back(*night.severity);
        window.armsNights += night.arms;
    }
    return window;
}

std::string hoursAndMinutes(double minutes)
{
    const int whole = int(minutes + 0.5);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%d h %02d min", whole / 60, whole % 60);
    return buffer;
}

std::string intakeMessage(const Alert& alert)
{
    const auto& over = std::get<IntakeOverLimit>(alert.figures);
    if (alert.kind == AlertKind::MagnesiumUpperLimit)
        return "Supplemental magnesium was above the upper limit of " + milligrams(over.limitMg) +
               " a day " + whenSaid(over.days, over.latest) + " (" + milligrams(over.latestMg) +
               "). Above it, diarrhoea, nausea and cramps become likely. " +
               std::string(kTalkToDoctor);
    return "Iron from all sources came to more than " + milligrams(over.limitMg) + " a day " +
           whenSaid(over.days, over.latest) + " (" + milligrams(over.latestMg) +
           "). This is information, not an alarm: iron therapy your doctor prescribed often "
           "exceeds this limit for the general population. If no doctor prescribed it, talk to "
           "your doctor about it.";
}

std::string labMessage(const Alert& alert)
{
    const auto& lab = std::get<LabOverThreshold>(alert.figures);
    const std::string what = alert.kind == AlertKind::TsatLow
                                 ? "Latest transferrin saturation " + format("%.1f", lab.value) + " %"
                                 : "Latest ferritin " + format("%.1f", lab.value) + " " +
                                       std::string(labUnitSymbol("ug/L"));
    return what + " (" + formatDate(lab.date) + "). " + std::string(ironFlagText(lab.flag));
}

std::string crpMessage(const CrpNearFerritin& crp)
{
    return "CRP was " + format("%.1f", crp.crpMgL) + " mg/L on " + formatDate(crp.crpDate) +
           ", within 7 days of the latest ferritin (" + formatDate(crp.ferritinDate) +
           "): with inflammation, ferritin may overstate iron stores. " +
           std::string(kTalkToDoctor);
}

std::string augmentationMessage(const OnsetShift& shift)
{
    const std::string compared =
        shift.baselineBeforeFirstDose
            ? "than in the 28 nights before the first dose"
            : "than in the first 28 nights on the drug (the 28 nights before the first dose "
              "hold fewer than 14 onset times, so there is no baseline without it)";
    std::string sign;
    if (shift.armsNights)
        sign = ", and symptoms beyond the legs were logged on " +
               std::to_string(*shift.armsNights) + " of the last 14 nights";
    else if (shift.severityRise)
        sign = ", and the median severity rose by " + format("%.1f", *shift.severityRise) +
               " points";
    return "Possible augmentation: in the last 28 nights symptoms began a median of " +
           hoursAndMinutes(shift.earlierMinutes) + " earlier " + compared + sign +
           ". This is a screen, not a diagnosis. Talk to your doctor before changing any "
           "medicine.";
}

} // namespace

std::string alertMessage(const Alert& alert)
{
    switch (alert.kind) {
    case AlertKind::MagnesiumUpperLimit:
    case AlertKind::IronUpperLimit:
        return intakeMessage(alert);
    case AlertKind::FerritinLow:
    case AlertKind::TsatLow:
        return labMessage(alert);
    case AlertKind::FerritinWithHighCrp:
        return crpMessage(std::get<CrpNearFerritin>(alert.figures));
    case AlertKind::Augmentation:
        return augmentationMessage(std::get<OnsetShift>(alert.figures));
    }
    return {};
}

std::string_view alertKindId(AlertKind kind)
{
    switch (kind) {
    case AlertKind::MagnesiumUpperLimit:
        return "magnesium_upper_limit";
    case AlertKind::IronUpperLimit:
        return "iron_upper_limit";
    case AlertKind::FerritinLow:
        return "ferritin_low";
    case AlertKind::TsatLow:
        return "tsat_low";
    case AlertKind::FerritinWithHighCrp:
        return "ferritin_with_high_crp";
    case AlertKind::Augmentation:
        return "augmentation";
    }
    return "";
}

std::optional<Alert> augmentationAlert(std::span<const AugmentationNight> nights,
                                       std::span<const DopaminergicDose> doses, Date today)
{
    std::vector<Date> dates;
    for (const DopaminergicDose& dose : doses)
        if (dose.date <= today)
            dates.push_back(dose.date);
    if (dates.empty())
        return std::nullopt;
    std::sort(dates.begin(), dates.end());
    // The regimen holding the latest dose: walk back while gaps stay within 3 days.
    const Date lastDose = dates.back();
    if (daysBetween(lastDose, today) > kRegimenGapDays + 1)
        return std::nullopt; // stopped: no longer on the drug
    Date firstDose = lastDose;
    for (auto it = dates.rbegin() + 1; it != dates.rend(); ++it) {
        if (daysBetween(*it, firstDose) > kRegimenGapDays + 1)
            break;
        firstDose = *it;
    }
    if (daysBetween(firstDose, today) < kAugmentationRegimenDays)
        return std::nullopt;

    const Window recent = windowOf(nights, addDays(today, -(kAugmentationWindowNights - 1)), today);
    if (int(recent.onsets.size()) < kAugmentationMinOnsets)
        return std::nullopt;
    Window baseline =
        windowOf(nights, addDays(firstDose, -kAugmentationWindowNights), addDays(firstDose, -1));
    bool beforeFirstDose = true;
    if (int(baseline.onsets.size()) < kAugmentationMinOnsets) {
        baseline = windowOf(nights, firstDose, addDays(firstDose, kAugmentationWindowNights - 1));
        beforeFirstDose = false;
        if (int(baseline.onsets.size()) < kAugmentationMinOnsets)
            return std::nullopt;
    }

    // Earlier onset = fewer minutes after noon: a positive shift is symptoms starting earlier.
    const double shift = median(baseline.onsets) - median(recent.onsets);
    if (shift < kAugmentationMinorShiftMin)
        return std::nullopt;
    OnsetShift finding{shift, beforeFirstDose, std::nullopt, std::nullopt};
    if (shift < kAugmentationMajorShiftMin) {
        const Window lastNights =
            windowOf(nights, addDays(today, -(kAugmentationArmsNights - 1)), today);
        const bool arms =
            lastNights.armsNights >= kAugmentationMinArmsNights && baseline.armsNights == 0;
        const bool worse =
            !recent.severities.empty() && !baseline.severities.empty() &&
            median(recent.severities) - median(baseline.severities) >= kAugmentationSeverityRise;
        if (!arms && !worse)
            return std::nullopt;
        if (arms)
            finding.armsNights = lastNights.armsNights;
        else
            finding.severityRise = median(recent.severities) - median(baseline.severities);
    }
    return Alert{AlertKind::Augmentation, today, finding,
                 "After 8 weeks on a dopaminergic drug, median symptom onset in the last 28 "
                 "nights 4 h or more earlier than in the 28 nights before the first dose (or the "
                 "first 28 on it), or 2-4 h earlier with symptoms beyond the legs on 3 or more "
                 "of the last 14 nights (none before) or a median severity 2 or more points "
                 "higher",
                 std::string(kAugmentationSource)};
}

std::vector<Alert> activeAlerts(const AlertInputs& inputs)
{
    std::vector<Alert> alerts;
    auto add = [&](std::optional<Alert> alert) {
        if (alert)
            alerts.push_back(std::move(*alert));
    };
    add(magnesiumAlert(inputs));
    add(ironAlert(inputs));
    const LabResult* ferritin = latestOf(inputs.labs, LabTest::Ferritin);
    add(ferritinAlert(ferritin));
    add(tsatAlert(latestOf(inputs.labs, LabTest::Tsat)));
    add(inflammationAlert(ferritin, inputs.labs));
    add(augmentationAlert(inputs.nights, inputs.dopaminergicDoses, inputs.today));
    return alerts;
}

} // namespace quietlegs
