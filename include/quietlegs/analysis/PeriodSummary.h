#pragma once

#include "quietlegs/core/IrlsScore.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/SafetyRules.h"

#include <optional>
#include <string>
#include <vector>

namespace quietlegs {

/// How a period is summarised: the supplemental magnesium limit (a setting) and the
/// journal-day boundary that assigns intakes to dates.
struct PeriodSummaryOptions
{
    double supplementalMagnesiumLimitMg = kSupplementalMagnesiumUpperLimitMg;
    std::chrono::minutes journalDayBoundary = kDefaultJournalDayBoundary;
};

/// The most recent result of one blood test up to the end of the period, with what it means
/// against the AASM 2024 thresholds.
struct LatestLab
{
    LabResult result;
    IronFlag flag = IronFlag::None;
};

/// One supplement (or topical product) as the person recorded it, over the period.
struct SupplementUse
{
    std::string label;
    Nutrient nutrient = Nutrient::Magnesium;
    std::string form; // an IntakeForm id
    Route route = Route::Oral;
    int days = 0; // journal dates on which it was taken
    /// The median over those days of the day's elemental mg of this supplement.
    double typicalDailyElementalMg = 0;
};

/// The figures on the first page of the report: what a period of the journal holds, in a
/// form a clinician can check by hand. A mean is empty where nothing is defined.
struct PeriodSummary
{
    Date from;
    Date to;

    int nightsLogged = 0; // night entries dated in the period
    int irlsNights = 0;   // nights with all ten IRLS-style items
    std::optional<double> irlsMean;
    /// Band of the mean total rounded to the nearest whole score (domain.md bands).
    std::optional<IrlsBand> irlsBand;
    int severityNights = 0;
    std::optional<double> severityMean;
    int sleepEfficiencyNights = 0;
    std::optional<double> sleepEfficiencyMean;

    /// Dates with any record (a night, an intake of any nutrient or route, or a daily row):
    /// the days the daily means below are taken over (interchange-v1.md "Daily exposure").
    int recordDays = 0;
    std::optional<double> supplementMagnesiumMean; // oral, not food
    std::optional<double> foodMagnesiumMean;
    std::optional<double> topicalMagnesiumMean; // shown apart, never counted toward the UL
    std::optional<double> oralIronMean;

    double supplementalMagnesiumLimitMg = kSupplementalMagnesiumUpperLimitMg;
    int daysOverSupplementalLimit = 0;

    /// The latest result of each test dated on or before `to` (it may precede `from`), in the
    /// order of allLabTests().
    std::vector<LatestLab> latestLabs;
    /// Supplements and topical products (not food) taken in the period, most days first.
    std::vector<SupplementUse> supplements;
};

/// Summarises the records dated in [from, to] (intakes by their journal date). Records outside
/// the range are ignored, except labs before `from` that are still the latest of their test.
PeriodSummary summarizePeriod(const JournalRecords& records, Date from, Date to,
                              const PeriodSummaryOptions& options = {});

} // namespace quietlegs
