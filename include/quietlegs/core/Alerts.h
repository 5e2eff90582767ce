#pragma once

#include "quietlegs/core/Dates.h"
#include "quietlegs/core/Intake.h"
#include "quietlegs/core/LabResult.h"
#include "quietlegs/core/SafetyRules.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace quietlegs {

/// The flags the app raises (issue 21, "Alerts, in one place"). Each is a flag to take to the
/// doctor, never a diagnosis or advice on doses.
enum class AlertKind
{
    MagnesiumUpperLimit,
    IronUpperLimit,
    FerritinLow,
    TsatLow,
    FerritinWithHighCrp,
    Augmentation
};
std::string_view alertKindId(AlertKind kind); // "magnesium_upper_limit", ...

/// An intake alert's figures: the limit, how many journal days of the last 7 passed it, and
/// the most recent such day with its total.
struct IntakeOverLimit
{
    double limitMg = 0;
    int days = 0;
    Date latest;
    double latestMg = 0;

    friend bool operator==(const IntakeOverLimit&, const IntakeOverLimit&) = default;
};

/// A ferritin or TSAT alert's figures: the latest result (display unit) and the flag it raised.
struct LabOverThreshold
{
    double value = 0;
    Date date;
    IronFlag flag = IronFlag::None;

    friend bool operator==(const LabOverThreshold&, const LabOverThreshold&) = default;
};

/// A high CRP (mg/L) within 7 days of the latest ferritin.
struct CrpNearFerritin
{
    double crpMgL = 0;
    Date crpDate;
    Date ferritinDate;

    friend bool operator==(const CrpNearFerritin&, const CrpNearFerritin&) = default;
};

/// The augmentation screen's finding: how much earlier symptoms began, against which baseline,
/// and for a 2-4 h shift the second sign that counted (arms, else a severity rise).
struct OnsetShift
{
    double earlierMinutes = 0;
    bool baselineBeforeFirstDose = true; // else the first 28 nights on the drug
    std::optional<int> armsNights;       // of the last 14
    std::optional<double> severityRise;  // median points

    friend bool operator==(const OnsetShift&, const OnsetShift&) = default;
};

/// The figures an alert's sentence is made of, so each layer can word it in its own language.
using AlertFigures = std::variant<IntakeOverLimit, LabOverThreshold, CrpNearFerritin, OnsetShift>;

/// One active flag: what, on which date, with which figures, by which rule from which source.
struct Alert
{
    AlertKind kind = AlertKind::MagnesiumUpperLimit;
    Date date;
    AlertFigures figures;
    std::string rule;
    std::string ruleSource;

    friend bool operator==(const Alert&, const Alert&) = default;
};

/// The alert in an English sentence that ends by saying to talk to the doctor: the `message`
/// of `alerts --json` (a CLI contract: change it only with the CLI's documentation).
std::string alertMessage(const Alert& alert);

/// Days an intake condition stays active: any date of the last 7 (today and the 6 before).
inline constexpr int kAlertWindowDays = 7;

/// One night as the augmentation screen reads it.
struct AugmentationNight
{
    Date date; // journal date (the evening the night starts)
    /// Symptom onset as minutes after 12:00 of the journal date (domain.md: not relative to
    /// lights out); nullopt when no onset was logged.
    std::optional<int> onsetMinutesAfterNoon;
    bool arms = false;           // symptoms beyond the legs
    std::optional<int> severity; // 0-10
};

/// A date on which a dose of a dopaminergic drug (levodopa, pramipexole, ropinirole,
/// rotigotine) was taken.
struct DopaminergicDose
{
    Date date;
};

/// domain.md, "RLS medicines and augmentation" (Max Planck Institute criteria).
inline constexpr int kAugmentationRegimenDays = 56;  // 8 weeks on the drug
inline constexpr int kAugmentationWindowNights = 28; // compared windows
inline constexpr int kAugmentationMinOnsets = 14;    // onset times per window
inline constexpr int kAugmentationArmsNights = 14;   // arms counted in the last 14 nights
inline constexpr int kAugmentationMinArmsNights = 3;
inline constexpr int kAugmentationMajorShiftMin = 240; // 4 h earlier
inline constexpr int kAugmentationMinorShiftMin = 120; // 2-4 h earlier, with another sign
inline constexpr double kAugmentationSeverityRise = 2;
inline constexpr int kRegimenGapDays = 3; // domain.md, "A regimen": gaps of up to 3 days
inline constexpr std::string_view kAugmentationSource =
    "Max Planck Institute criteria for augmentation (Garcia-Borreguero et al., Sleep Med "
    "2007;8(5):520-530)";

/// The augmentation screen as of `today`: the regimen is the run of dose dates, with gaps of up
/// to 3 days, that holds the latest dose; it must have begun at least 8 weeks before `today` and
/// still run (its last dose at most 3 days before `today` has gone without one). The last 28
/// nights (journal dates today-27..today) are compared with the 28 nights before the first dose,
/// or, when those hold fewer than 14 onset times, with the first 28 nights on the drug (and the
/// message says so); each window needs at least 14 onset times. Flags when the median onset is
/// 4 h or more earlier, or 2-4 h earlier and either arms on 3 or more of the last 14 nights (none
/// in the baseline) or a median severity 2 or more points higher.
std::optional<Alert> augmentationAlert(std::span<const AugmentationNight> nights,
                                       std::span<const DopaminergicDose> doses, Date today);

/// What the alerts are computed from. Spans must outlive the call.
struct AlertInputs
{
    Date today;
    std::span<const Intake> intakes; // at least the last 7 journal days'
    std::span<const LabResult> labs; // all of them: the latest of each test counts
    double magnesiumUlMg = kSupplementalMagnesiumUpperLimitMg; // journal setting magnesium_ul_mg
    std::span<const AugmentationNight> nights;
    std::span<const DopaminergicDose> dopaminergicDoses;
};

/// The active alerts in AlertKind order: magnesium and iron when a journal day of the last 7
/// (dated by its most recent such day) passed the limit; ferritin, TSAT and ferritin with a high
/// CRP from the latest result of each test; augmentation from augmentationAlert().
std::vector<Alert> activeAlerts(const AlertInputs& inputs);

} // namespace quietlegs
