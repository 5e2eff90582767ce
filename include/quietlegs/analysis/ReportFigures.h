#pragma once

#include "quietlegs/core/Alerts.h"
#include "quietlegs/core/JournalDay.h"
#include "quietlegs/core/JournalRecords.h"
#include "quietlegs/core/Regimen.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace quietlegs {

/// Daily means of elemental magnesium and iron taken by mouth, split by where they came from,
/// over the dates of a period with any record (a day with records but no intake counts as 0 mg,
/// interchange-v1.md "Daily exposure"). Topical products are counted, never averaged as mg.
struct IntakeSplit
{
    int recordDays = 0;
    std::optional<double> magnesiumSupplementMg; // oral supplements
    std::optional<double> magnesiumFoodMg;
    std::optional<double> ironSupplementMg;
    std::optional<double> ironFoodMg;
    /// Topical magnesium uses (Epsom baths, oils): how many, never how much was absorbed.
    int topicalMagnesiumUses = 0;
    /// Days whose iron by mouth (food and supplements: the iron UL counts all of it) passed
    /// kIronUpperLimitMg.
    int daysOverIronUpperLimit = 0;
};

/// One week of the period (starting on the journal's week start) with the means of the
/// week's record days. A week cut by the period's first or last date is partial.
struct IntakeWeek
{
    Date start;
    int daysInPeriod = 0; // dates of the week inside the period (7 for a whole week)
    int nights = 0;       // night entries in those dates
    int recordDays = 0;
    double magnesiumSupplementMg = 0;
    double magnesiumFoodMg = 0;
    double ironSupplementMg = 0;
    double ironFoodMg = 0;
    // The nights' means (empty without a value).
    std::optional<double> irlsMean;
    std::optional<double> severityMean;
    std::optional<double> sleepEfficiencyMean;
    bool partial() const { return daysInPeriod < 7; }
};

/// What happened to a product on a date inside the period.
enum class RegimenChangeKind
{
    Started,     // its first dose after more than kRegimenMaxGapDays without it
    DoseChanged, // a new daily dose straight after the previous one
    Stopped      // its last dose, with more than kRegimenMaxGapDays without it after
};

/// A regimen that began or ended inside the period.
struct RegimenChange
{
    Date date;
    RegimenChangeKind kind = RegimenChangeKind::Started;
    Regimen regimen; // the regimen that starts (Started, DoseChanged) or ends (Stopped)
    std::optional<double> previousDailyMg; // DoseChanged: the dose before
};

/// Iron supplement doses and what was taken with them (domain.md "Iron": calcium, magnesium,
/// tea and coffee taken at the same time reduce absorption, vitamin C helps).
struct IronDoseContext
{
    int ironDoses = 0;             // oral iron supplement intakes in the period
    int withMagnesiumSameHour = 0; // magnesium by mouth within 60 minutes
    int withVitaminCSameHour = 0;
    int onCaffeineDays = 0; // the day's caffeine was logged above 0 mg (no clock time)
};

/// A typed night whose device record was kept beside the diary (interchange-v2 device_sleep):
/// both sets of figures, so a professional sees how far the device and the diary agree.
struct DeviceSleepBeside
{
    Date date;
    std::string sourceName; // "Apple Watch"; the importer's name when the file gave none
    std::optional<SleepMetrics> diary;
    std::optional<int> diaryAwakenings;
    std::optional<SleepMetrics> device; // none when the device's times do not make a diary
    std::optional<int> deviceAwakenings;
};

/// Figures the report shows besides the statistics (docs/report.md "Page 1" and the dosing
/// and intake pages), computed here so that tests can check them without a PDF.
struct ReportFigures
{
    WeekStart weekStart = WeekStart::Monday;
    IntakeSplit split;
    std::vector<IntakeWeek> weeks;
    /// Every lab result dated on or before `to`, by test (allLabTests() order) then date.
    std::vector<LabResult> labHistory;
    /// Regimens of supplements and medicines that overlap the period, by start. Supplements are
    /// named by their label when they have one, else by nutrient and form.
    std::vector<Regimen> regimens;
    std::vector<RegimenChange> changes; // by date
    /// Products (Regimen::product) put on the skin: their mg are the product's, not absorbed.
    std::set<std::string> topicalProducts;
    /// Per product: the dates inside the period with a dose (adherence: days taken of the days
    /// from its first to its last dose in the period).
    std::map<std::string, std::set<Date>> productDates;
    std::vector<Alert> alerts; // active on `to`
    IronDoseContext ironContext;
    /// Where the period's nights came from (interchange-v2 `source`): nights imported from a
    /// device or app, by source name ("Fitbit", "Apple Watch"; the importer's when the file
    /// named none), and typed nights that keep a device's record beside the diary.
    std::map<std::string, int> deviceNights;
    int nightsWithDeviceSleep = 0;
    std::vector<DeviceSleepBeside> deviceSleepBeside; // by date, the nights counted above
};

/// Computes the figures of [from, to] from the whole journal (labs and regimens before `from`
/// count). `magnesiumUlMg` is the supplemental magnesium upper limit the alerts use.
ReportFigures reportFigures(const JournalRecords& records, Date from, Date to, WeekStart weekStart,
                            double magnesiumUlMg,
                            std::chrono::minutes boundary = kDefaultJournalDayBoundary);

/// How a lab value reads against its reference (domain.md "Reference ranges and context for
/// labs"): HL7 v3 ObservationInterpretation L, N or H.
enum class LabInterpretation
{
    Low,
    Normal,
    High
};
/// "L", "N", "H".
std::string_view labInterpretationCode(LabInterpretation interpretation);
/// "Low", "Normal", "High".
std::string_view labInterpretationText(LabInterpretation interpretation);
/// Ferritin and TSAT low where the AASM 2024 thresholds recommend iron, CRP high above 5 mg/L,
/// haemoglobin low below the WHO anaemia limit of the profile (none without a profile), serum
/// magnesium against its range.
std::optional<LabInterpretation> labInterpretation(const LabResult& result,
                                                   std::optional<RdaProfile> profile);

/// The first date of the week holding `date`.
Date weekStartOf(Date date, WeekStart weekStart);

} // namespace quietlegs
