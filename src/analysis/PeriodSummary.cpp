#include "quietlegs/analysis/PeriodSummary.h"

#include "SmallHelpers.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

namespace quietlegs {

using analysis_detail::capitalized;
using analysis_detail::meanOf;

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    if (n == 0)
        return 0;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// What makes two intakes "the same supplement" in the list of supplements taken.
using SupplementKey = std::tuple<std::string, Nutrient, std::string, Route>;

} // namespace

PeriodSummary summarizePeriod(const JournalRecords& records, Date from, Date to,
                              const PeriodSummaryOptions& options)
{
    PeriodSummary summary;
    summary.from = from;
    summary.to = to;
    summary.supplementalMagnesiumLimitMg = options.supplementalMagnesiumLimitMg;
    auto inPeriod = [&](Date date) { return date >= from && date <= to; };

    std::set<Date> recordDates;
    double irlsSum = 0, severitySum = 0, efficiencySum = 0;
    for (const Night& night : records.nights) {
        if (!inPeriod(night.date()))
            continue;
        recordDates.insert(night.date());
        ++summary.nightsLogged;
        if (auto total = night.irlsTotal()) {
            ++summary.irlsNights;
            irlsSum += *total;
        }
        if (auto severity = night.severity()) {
            ++summary.severityNights;
            severitySum += *severity;
        }
        if (auto metrics = night.sleepMetrics(); metrics && metrics->efficiencyPercent) {
            ++summary.sleepEfficiencyNights;
            efficiencySum += *metrics->efficiencyPercent;
        }
    }
    summary.irlsMean = meanOf(irlsSum, summary.irlsNights);
    if (summary.irlsMean)
        summary.irlsBand = irlsBandOf(static_cast<int>(std::lround(*summary.irlsMean)));
    summary.severityMean = meanOf(severitySum, summary.severityNights);
    summary.sleepEfficiencyMean = meanOf(efficiencySum, summary.sleepEfficiencyNights);

    for (const DailyFactors& daily : records.daily)
        if (inPeriod(daily.date()))
            recordDates.insert(daily.date());

    // Intakes by the journal date they belong to (a 00:30 dose counts for the evening before).
    std::map<Date, std::vector<Intake>> intakesByDate;
    for (const Intake& intake : records.intakes) {
        const Date date = intake.journalDate(options.journalDayBoundary);
        if (!inPeriod(date))
            continue;
        recordDates.insert(date);
        intakesByDate[date].push_back(intake);
    }

    summary.recordDays = static_cast<int>(recordDates.size());
    MagnesiumTotals sums;
    double ironSum = 0;
    // Per supplement: its elemental mg on each date it was taken.
    std::map<SupplementKey, std::map<Date, double>> supplementDays;
    for (const auto& [date, intakes] : intakesByDate) {
        const MagnesiumTotals day = magnesiumTotals(intakes);
        sums.supplementMg += day.supplementMg;
        sums.foodMg += day.foodMg;
        sums.topicalMg += day.topicalMg;
        ironSum += oralElementalMg(intakes, Nutrient::Iron);
        // The upper limit is about supplemental magnesium only: food and topical never count.
        if (exceedsSupplementalMagnesiumLimit(day.supplementMg,
                                              options.supplementalMagnesiumLimitMg))
            ++summary.daysOverSupplementalLimit;
        for (const Intake& intake : intakes) {
            if (intake.source() == IntakeSource::Food)
                continue;
            supplementDays[{intake.label(), intake.nutrient(), intake.form(), intake.route()}]
                          [date] += intake.elementalMg();
        }
    }
    // Dates with a record but no intake count as 0 mg (interchange-v1.md "Daily exposure").
    summary.supplementMagnesiumMean = meanOf(sums.supplementMg, summary.recordDays);
    summary.foodMagnesiumMean = meanOf(sums.foodMg, summary.recordDays);
    summary.topicalMagnesiumMean = meanOf(sums.topicalMg, summary.recordDays);
    summary.oralIronMean = meanOf(ironSum, summary.recordDays);

    for (LabTest test : allLabTests()) {
        const LabResult* latest = nullptr;
        for (const LabResult& lab : records.labs)
            if (lab.test() == test && lab.date() <= to &&
                (latest == nullptr || lab.date() > latest->date()))
                latest = &lab;
        if (latest != nullptr)
            summary.latestLabs.push_back(LatestLab{*latest, ironFlagOf(*latest)});
    }

    for (const auto& [key, byDate] : supplementDays) {
        SupplementUse use;
        std::tie(use.label, use.nutrient, use.form, use.route) = key;
        use.days = static_cast<int>(byDate.size());
        std::vector<double> amounts;
        for (const auto& [date, mg] : byDate)
            amounts.push_back(mg);
        use.typicalDailyElementalMg = median(std::move(amounts));
        summary.supplements.push_back(std::move(use));
    }
    std::stable_sort(
        summary.supplements.begin(), summary.supplements.end(),
        [](const SupplementUse& a, const SupplementUse& b) { return a.days > b.days; });
    return summary;
}

} // namespace quietlegs
