#include "quietlegs/analysis/SupplementSeries.h"

#include "quietlegs/core/WeeklyIrls.h"

#include <set>

namespace quietlegs {

SupplementSeries SupplementSeries::fromRecords(const JournalRecords& records,
                                               std::chrono::minutes boundary)
{
    // The same dates as JournalSeries::recordDates(): a nutrient is 0, not unknown, there.
    std::set<Date> dates;
    for (const Night& night : records.nights)
        dates.insert(night.date());
    for (const Intake& intake : records.intakes)
        dates.insert(intake.journalDate(boundary));
    for (const DailyFactors& day : records.daily)
        dates.insert(day.date());
    for (const FactorValue& value : records.factorValues)
        dates.insert(value.date());
    for (const MedicineDose& dose : records.meds)
        dates.insert(dose.journalDate(boundary));

    SupplementSeries series;
    for (const Date date : dates) {
        series.magnesiumMg.set(date, 0);
        series.ironMg.set(date, 0);
    }
    for (const Intake& intake : records.intakes) {
        if (intake.source() != IntakeSource::Supplement)
            continue;
        if (intake.nutrient() == Nutrient::Magnesium)
            series.magnesiumMg.add(intake.journalDate(boundary), intake.elementalMg());
        else if (intake.nutrient() == Nutrient::Iron)
            series.ironMg.add(intake.journalDate(boundary), intake.elementalMg());
    }
    return series;
}

std::vector<WeeklyMean> weeklyMeans(const DatedSeries& series, Date from, Date to, WeekStart start)
{
    std::vector<WeeklyMean> weeks;
    double sum = 0;
    int count = 0;
    const auto close = [&] {
        if (count > 0)
            weeks.back().mean = sum / count;
        else if (!weeks.empty())
            weeks.pop_back();
        sum = 0;
        count = 0;
    };
    for (auto it = series.lowerBound(from); it != series.end() && it->first <= to; ++it) {
        const Date weekStart = addDays(weekEndingOf(it->first, start), -6);
        if (weeks.empty() || weeks.back().weekStart != weekStart) {
            close();
            weeks.push_back(WeeklyMean{weekStart, 0});
        }
        sum += it->second;
        ++count;
    }
    close();
    return weeks;
}

} // namespace quietlegs
