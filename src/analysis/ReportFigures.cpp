#include "quietlegs/analysis/ReportFigures.h"

#include "SmallHelpers.h"

#include "quietlegs/core/EntrySource.h"
#include "quietlegs/core/LabReference.h"
#include "quietlegs/core/SafetyRules.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace quietlegs {

using analysis_detail::capitalized;
using analysis_detail::meanOf;

namespace {

struct DayIntake
{
    double magnesiumSupplementMg = 0;
    double magnesiumFoodMg = 0;
    double ironSupplementMg = 0;
    double ironFoodMg = 0;
};

void addIntake(DayIntake& day, const Intake& intake)
{
    const IntakeSource source = intake.source();
    if (source == IntakeSource::Topical)
        return;
    const bool food = source == IntakeSource::Food;
    if (intake.nutrient() == Nutrient::Magnesium)
        (food ? day.magnesiumFoodMg : day.magnesiumSupplementMg) += intake.elementalMg();
    else if (intake.nutrient() == Nutrient::Iron)
        (food ? day.ironFoodMg : day.ironSupplementMg) += intake.elementalMg();
}

/// The product a supplement intake belongs to: what it is and how it is taken, and the label
/// the person gave it, so that the timeline says what was taken.
std::string supplementProduct(const Intake& intake)
{
    return std::string(nutrientId(intake.nutrient())) + ":" + intake.form() + ":" +
           std::string(routeId(intake.route())) + ":" + intake.label();
}

std::vector<Regimen> allRegimens(const JournalRecords& records, std::chrono::minutes boundary,
                                 std::set<std::string>& topical, std::vector<ProductDose>& doses)
{
    for (const Intake& intake : records.intakes) {
        if (intake.source() == IntakeSource::Food)
            continue;
        std::string name = intake.label();
        if (name.empty())
            name = std::string(nutrientDisplayName(intake.nutrient())) + " " + intake.form();
        std::string product = supplementProduct(intake);
        if (intake.route() == Route::Topical)
            topical.insert(product);
        doses.push_back(ProductDose{std::move(product), std::move(name),
                                    intake.journalDate(boundary), intake.elementalMg(),
                                    timeOfDay(intake.takenAt()), std::nullopt, std::nullopt});
    }
    std::vector<ProductDose> meds = productDoses(records.meds, boundary);
    doses.insert(doses.end(), meds.begin(), meds.end());
    return regimensOf(doses, boundary);
}

std::vector<RegimenChange> changesOf(const std::vector<Regimen>& regimens, Date from, Date to)
{
    std::map<std::string, std::vector<const Regimen*>> byProduct;
    for (const Regimen& regimen : regimens)
        byProduct[regimen.product].push_back(&regimen);
    std::vector<RegimenChange> changes;
    auto inPeriod = [&](Date date) { return date >= from && date <= to; };
    for (auto& [product, runs] : byProduct) {
        std::sort(runs.begin(), runs.end(),
                  [](const Regimen* a, const Regimen* b) { return a->start < b->start; });
        for (std::size_t i = 0; i < runs.size(); ++i) {
            const Regimen& run = *runs[i];
            const Regimen* before = i > 0 ? runs[i - 1] : nullptr;
            const Regimen* after = i + 1 < runs.size() ? runs[i + 1] : nullptr;
            const bool continues =
                before && daysBetween(before->stop, run.start) <= kRegimenMaxGapDays + 1;
            if (inPeriod(run.start)) {
                RegimenChange change{run.start, RegimenChangeKind::Started, run, std::nullopt};
                if (continues) {
                    change.kind = RegimenChangeKind::DoseChanged;
                    change.previousDailyMg = before->dailyMg;
                }
                changes.push_back(std::move(change));
            }
            const bool followed =
                after && daysBetween(run.stop, after->start) <= kRegimenMaxGapDays + 1;
            // Still running when the period ends (within the allowed gap): not stopped.
            const bool ended = daysBetween(run.stop, to) > kRegimenMaxGapDays;
            if (!followed && ended && inPeriod(run.stop))
                changes.push_back(
                    RegimenChange{run.stop, RegimenChangeKind::Stopped, run, std::nullopt});
        }
    }
    std::stable_sort(
        changes.begin(), changes.end(),
        [](const RegimenChange& a, const RegimenChange& b) { return a.date < b.date; });
    return changes;
}

IronDoseContext ironContextOf(const JournalRecords& records, Date from, Date to,
                              std::chrono::minutes boundary)
{
    IronDoseContext context;
    std::set<Date> caffeineDays;
    for (const DailyFactors& daily : records.daily)
        if (daily.caffeineMg().value_or(0) > 0)
            caffeineDays.insert(daily.date());
    auto near = [](const Intake& a, const Intake& b) {
        return std::chrono::abs(a.takenAt() - b.takenAt()) <= std::chrono::minutes(60);
    };
    for (const Intake& iron : records.intakes) {
        const Date date = iron.journalDate(boundary);
        if (iron.nutrient() != Nutrient::Iron || iron.source() != IntakeSource::Supplement ||
            date < from || date > to)
            continue;
        ++context.ironDoses;
        bool magnesium = false, vitaminC = false;
        for (const Intake& other : records.intakes) {
            if (&other == &iron || !near(iron, other) || other.route() != Route::Oral)
                continue;
            magnesium = magnesium || other.nutrient() == Nutrient::Magnesium;
            vitaminC = vitaminC || other.nutrient() == Nutrient::VitaminC;
        }
        context.withMagnesiumSameHour += magnesium ? 1 : 0;
        context.withVitaminCSameHour += vitaminC ? 1 : 0;
        context.onCaffeineDays += caffeineDays.count(date) > 0 ? 1 : 0;
    }
    return context;
}

std::vector<Alert> alertsOn(const JournalRecords& records, Date today, double magnesiumUlMg)
{
    std::vector<AugmentationNight> nights;
    nights.reserve(records.nights.size());
    for (const Night& night : records.nights)
        if (night.date() <= today)
            nights.push_back(AugmentationNight{night.date(), night.onsetMinAfterNoon(),
                                               night.arms().value_or(false), night.severity()});
    std::vector<DopaminergicDose> doses;
    for (const MedicineDose& dose : records.meds)
        if (dose.isDopaminergic() && dose.journalDate() <= today)
            doses.push_back(DopaminergicDose{dose.journalDate()});
    std::vector<Intake> intakes;
    for (const Intake& intake : records.intakes) {
        const Date date = intake.journalDate();
        if (date <= today && date > addDays(today, -kAlertWindowDays))
            intakes.push_back(intake);
    }
    std::vector<LabResult> labs;
    for (const LabResult& lab : records.labs)
        if (lab.date() <= today)
            labs.push_back(lab);
    AlertInputs inputs;
    inputs.today = today;
    inputs.intakes = intakes;
    inputs.labs = labs;
    inputs.magnesiumUlMg = magnesiumUlMg;
    inputs.nights = nights;
    inputs.dopaminergicDoses = doses;
    return activeAlerts(inputs);
}

} // namespace

std::string_view labInterpretationCode(LabInterpretation interpretation)
{
    switch (interpretation) {
    case LabInterpretation::Low:
        return "L";
    case LabInterpretation::High:
        return "H";
    case LabInterpretation::Normal:
        break;
    }
    return "N";
}

std::string_view labInterpretationText(LabInterpretation interpretation)
{
    switch (interpretation) {
    case LabInterpretation::Low:
        return "Low";
    case LabInterpretation::High:
        return "High";
    case LabInterpretation::Normal:
        break;
    }
    return "Normal";
}

std::optional<LabInterpretation> labInterpretation(const LabResult& result,
                                                   std::optional<RdaProfile> profile)
{
    const double value = result.valueInDisplayUnit();
    switch (result.test()) {
    case LabTest::Ferritin:
    case LabTest::Tsat:
        // Low for RLS wherever the AASM 2024 guideline recommends iron (oral or IV).
        return ironFlagOf(result) == IronFlag::None ? LabInterpretation::Normal
                                                    : LabInterpretation::Low;
    case LabTest::Crp:
        return value > kCrpInflammationMgPerL ? LabInterpretation::High : LabInterpretation::Normal;
    case LabTest::Hemoglobin:
    case LabTest::SerumMagnesium:
        break;
    }
    const auto reference = labReference(result.test(), profile);
    if (!reference)
        return std::nullopt;
    if (reference->low && value < *reference->low)
        return LabInterpretation::Low;
    if (reference->high && value > *reference->high)
        return LabInterpretation::High;
    return LabInterpretation::Normal;
}

Date weekStartOf(Date date, WeekStart weekStart)
{
    if (weekStart == WeekStart::Monday)
        return mondayOfWeek(date);
    // The Sunday before a Monday-started week's Monday, unless the date is that Sunday.
    return addDays(mondayOfWeek(addDays(date, 1)), -1);
}

ReportFigures reportFigures(const JournalRecords& records, Date from, Date to, WeekStart weekStart,
                            double magnesiumUlMg, std::chrono::minutes boundary)
{
    ReportFigures figures;
    figures.weekStart = weekStart;
    auto inPeriod = [&](Date date) { return date >= from && date <= to; };

    std::set<Date> recordDates;
    std::map<Date, const Night*> nightDates;
    for (const Night& night : records.nights)
        if (inPeriod(night.date())) {
            recordDates.insert(night.date());
            nightDates[night.date()] = &night;
            if (night.source() != EntrySource::Manual && night.source() != EntrySource::Demo)
                ++figures.deviceNights[night.sourceName().empty()
                                           ? std::string(entrySourceId(night.source()))
                                           : night.sourceName()];
            if (const auto& device = night.deviceSleep()) {
                ++figures.nightsWithDeviceSleep;
                DeviceSleepBeside beside;
                beside.date = night.date();
                beside.sourceName = device->sourceName.empty()
                                        ? std::string(entrySourceId(device->source))
                                        : device->sourceName;
                beside.diary = night.sleepMetrics();
                beside.diaryAwakenings = night.sleep().times().awakenings;
                if (auto diary = SleepDiary::create(device->times, night.timeZone()))
                    beside.device = diary->metrics();
                beside.deviceAwakenings = device->times.awakenings;
                figures.deviceSleepBeside.push_back(std::move(beside));
            }
        }
    for (const DailyFactors& daily : records.daily)
        if (inPeriod(daily.date()))
            recordDates.insert(daily.date());
    std::map<Date, DayIntake> days;
    for (const Intake& intake : records.intakes) {
        const Date date = intake.journalDate(boundary);
        if (!inPeriod(date))
            continue;
        recordDates.insert(date);
        addIntake(days[date], intake);
        if (intake.nutrient() == Nutrient::Magnesium && intake.source() == IntakeSource::Topical)
            ++figures.split.topicalMagnesiumUses;
    }

    IntakeSplit& split = figures.split;
    split.recordDays = int(recordDates.size());
    DayIntake total;
    for (const auto& [date, day] : days) {
        total.magnesiumSupplementMg += day.magnesiumSupplementMg;
        total.magnesiumFoodMg += day.magnesiumFoodMg;
        total.ironSupplementMg += day.ironSupplementMg;
        total.ironFoodMg += day.ironFoodMg;
        if (day.ironSupplementMg + day.ironFoodMg > kIronUpperLimitMg)
            ++split.daysOverIronUpperLimit;
    }
    split.magnesiumSupplementMg = meanOf(total.magnesiumSupplementMg, split.recordDays);
    split.magnesiumFoodMg = meanOf(total.magnesiumFoodMg, split.recordDays);
    split.ironSupplementMg = meanOf(total.ironSupplementMg, split.recordDays);
    split.ironFoodMg = meanOf(total.ironFoodMg, split.recordDays);

    // Weeks from the one holding `from`, cut to the period at both ends.
    if (!(to < from))
        for (Date start = weekStartOf(from, weekStart); start <= to; start = addDays(start, 7)) {
            IntakeWeek week;
            week.start = start;
            DayIntake sum;
            double irls = 0, severity = 0, efficiency = 0;
            int irlsNights = 0, severityNights = 0, efficiencyNights = 0;
            for (int i = 0; i < 7; ++i) {
                const Date date = addDays(start, i);
                if (!inPeriod(date))
                    continue;
                ++week.daysInPeriod;
                if (auto found = nightDates.find(date); found != nightDates.end()) {
                    const Night& night = *found->second;
                    ++week.nights;
                    if (auto total = night.irlsTotal()) {
                        irls += *total;
                        ++irlsNights;
                    }
                    if (auto value = night.severity()) {
                        severity += *value;
                        ++severityNights;
                    }
                    if (auto metrics = night.sleepMetrics();
                        metrics && metrics->efficiencyPercent) {
                        efficiency += *metrics->efficiencyPercent;
                        ++efficiencyNights;
                    }
                }
                if (recordDates.count(date) == 0)
                    continue;
                ++week.recordDays;
                if (auto day = days.find(date); day != days.end()) {
                    sum.magnesiumSupplementMg += day->second.magnesiumSupplementMg;
                    sum.magnesiumFoodMg += day->second.magnesiumFoodMg;
                    sum.ironSupplementMg += day->second.ironSupplementMg;
                    sum.ironFoodMg += day->second.ironFoodMg;
                }
            }
            week.irlsMean = meanOf(irls, irlsNights);
            week.severityMean = meanOf(severity, severityNights);
            week.sleepEfficiencyMean = meanOf(efficiency, efficiencyNights);
            if (week.recordDays > 0) {
                week.magnesiumSupplementMg = sum.magnesiumSupplementMg / week.recordDays;
                week.magnesiumFoodMg = sum.magnesiumFoodMg / week.recordDays;
                week.ironSupplementMg = sum.ironSupplementMg / week.recordDays;
                week.ironFoodMg = sum.ironFoodMg / week.recordDays;
            }
            figures.weeks.push_back(week);
        }

    for (LabTest test : allLabTests()) {
        std::vector<LabResult> results;
        for (const LabResult& lab : records.labs)
            if (lab.test() == test && lab.date() <= to)
                results.push_back(lab);
        std::stable_sort(
            results.begin(), results.end(),
            [](const LabResult& a, const LabResult& b) { return a.date() < b.date(); });
        figures.labHistory.insert(figures.labHistory.end(), results.begin(), results.end());
    }

    std::vector<ProductDose> doses;
    const std::vector<Regimen> regimens =
        allRegimens(records, boundary, figures.topicalProducts, doses);
    for (const ProductDose& dose : doses)
        if (inPeriod(dose.date))
            figures.productDates[dose.product].insert(dose.date);
    for (const Regimen& regimen : regimens)
        if (regimen.start <= to && regimen.stop >= from)
            figures.regimens.push_back(regimen);
    figures.changes = changesOf(regimens, from, to);
    figures.alerts = alertsOn(records, to, magnesiumUlMg);
    figures.ironContext = ironContextOf(records, from, to, boundary);
    std::sort(figures.deviceSleepBeside.begin(), figures.deviceSleepBeside.end(),
              [](const DeviceSleepBeside& a, const DeviceSleepBeside& b) { return a.date < b.date; });
    return figures;
}

} // namespace quietlegs
