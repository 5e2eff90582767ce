#pragma once

#include "quietlegs/analysis/FactorSummary.h"
#include "quietlegs/analysis/NamedPeriods.h"
#include "quietlegs/analysis/PeriodSummary.h"
#include "quietlegs/analysis/ReportFigures.h"
#include "quietlegs/analysis/SelfExperiment.h"
#include "quietlegs/analysis/StatisticsReport.h"
#include "quietlegs/analysis/YearCalendar.h"
#include "quietlegs/core/JournalRecords.h"

#include <optional>
#include <string>
#include <vector>

namespace quietlegs {

/// Paper sizes the report is laid out for.
enum class PaperSize
{
    A4,
    Letter
};

/// What the person asked the report to cover and show.
struct ReportOptions
{
    Date from;
    Date to;
    std::string patientName;   // UTF-8; empty: not shown
    std::string recipientName; // UTF-8; empty: not shown
    PaperSize paper = PaperSize::A4;
    bool includeNotes = false; // the nights' free-text notes are private unless asked for
    std::optional<ComparisonRequest> comparison;
    double supplementalMagnesiumLimitMg = kSupplementalMagnesiumUpperLimitMg;
    Date generatedOn; // shown on the cover and in the footer
    /// Overrides of the journal's settings week_start and rda_profile (CLI --week-start,
    /// --rda-profile); empty: the journal's setting, else Monday and no profile.
    std::optional<WeekStart> weekStart;
    std::optional<RdaProfile> rdaProfile;
    /// Periods compared side by side in a small table (CLI --period NAME:FROM:TO).
    std::vector<NamedPeriod> periods;
};

/// One night's note, as the report lists it.
struct ReportNote
{
    Date date;
    std::string text;
};

/// Every figure the report shows, computed before any drawing so that tests can compare the
/// PDF's text with these values.
struct ReportContent
{
    ReportOptions options;
    PeriodSummary summary;
    StatisticsReport statistics;   // correlations up to kDefaultMaxLag, as `stats` computes them
    std::vector<ReportNote> notes; // empty unless options.includeNotes
    std::vector<FactorSummary> ownFactors; // the person's own factors over the period
    /// Intake split and weeks, lab history, regimens and their changes, alerts.
    ReportFigures figures;
    /// One summary and intake split per named period, in the options' order.
    std::vector<PeriodSummary> periodSummaries;
    std::vector<IntakeSplit> periodSplits;
    /// Self-experiments that overlap the period, with their result once it may be shown
    /// (experimentResultVisible on the day generated): adherence to the planned schedule.
    struct ExperimentInPeriod
    {
        ExperimentPlan plan;
        std::optional<ExperimentResult> result;
    };
    std::vector<ExperimentInPeriod> experiments;
    /// The week start and RDA profile the report uses (options, else the journal's settings).
    WeekStart weekStart = WeekStart::Monday;
    std::optional<RdaProfile> rdaProfile;
    /// The year at a glance of each calendar year the period touches (issue 24), with the
    /// nights after the period's end left blank as not yet due.
    std::vector<YearCalendar> years;

    /// Computes the report's figures from the whole journal (lagged exposures and labs before
    /// `from` are used). Errors name the option: "to", "patient", "compare", ...
    static Result<ReportContent> compute(const JournalRecords& allRecords,
                                         const ReportOptions& options);
};

/// The default period of a report: the 12 weeks (84 days) that end on `to`.
inline constexpr int kDefaultReportDays = 84;

} // namespace quietlegs
