#include "quietlegs/analysis/JournalSeries.h"

#include "quietlegs/core/FoodCoverage.h"

#include <iterator>

namespace quietlegs {

JournalSeries JournalSeries::fromRecords(const JournalRecords& records,
                                         const SeriesOptions& options)
{
    JournalSeries series;
    // The journal's records come in date order: inserting at the end is then constant time
    // (a hint only; records in any order still land in their place).
    for (const Night& night : records.nights) {
        series.m_nightDates.insert(series.m_nightDates.end(), night.date());
        series.m_recordDates.insert(series.m_recordDates.end(), night.date());
    }
    // Intakes and daily rows come in date order too, mostly on dates already there: a cursor
    // walks along the set instead of searching it for each (the same set; records in any
    // order still land in their place).
    const auto insertInOrder = [&](std::set<Date>::iterator cursor, Date date) {
        if (cursor != series.m_recordDates.begin()) {
            const Date last = *std::prev(cursor);
            if (last == date)
                return cursor; // the date just seen
            if (date < last)
                cursor = series.m_recordDates.lower_bound(date); // out of order: search
        }
        while (cursor != series.m_recordDates.end() && *cursor < date)
            ++cursor;
        if (cursor == series.m_recordDates.end() || date < *cursor)
            cursor = series.m_recordDates.insert(cursor, date);
        return std::next(cursor);
    };
    auto cursor = series.m_recordDates.begin();
    for (const Intake& intake : records.intakes)
        cursor = insertInOrder(cursor, intake.journalDate(options.journalDayBoundary));
    cursor = series.m_recordDates.begin();
    for (const DailyFactors& day : records.daily)
        cursor = insertInOrder(cursor, day.date());
    for (const FactorValue& value : records.factorValues)
        series.m_recordDates.insert(value.date());
    for (const MedicineDose& dose : records.meds)
        series.m_recordDates.insert(dose.journalDate(options.journalDayBoundary));

    // interchange-v1.md "Daily exposure": a nutrient's exposure is defined, 0 when nothing was
    // taken, on every date that has any record at all.
    DatedSeries& magnesium = series.m_exposures[indexOf(Exposure::MagnesiumMg)];
    DatedSeries& iron = series.m_exposures[indexOf(Exposure::IronMg)];
    for (const Date date : series.m_recordDates) {
        magnesium.set(date, 0);
        iron.set(date, 0);
        series.m_supplementMagnesium.set(date, 0);
    }
    // Food counted once: hand-logged food that an import covers is left out of the exposures.
    const std::vector<bool> counted =
        countedInTotals(records.intakes, options.journalDayBoundary);
    for (std::size_t i = 0; i < records.intakes.size(); ++i) {
        if (!counted[i])
            continue;
        const Intake& intake = records.intakes[i];
        const Date date = intake.journalDate(options.journalDayBoundary);
        if (intake.nutrient() == Nutrient::Magnesium && intake.source() == IntakeSource::Supplement)
            series.m_supplementMagnesium.add(date, intake.elementalMg());
        const bool counted =
            intake.route() == Route::Oral ||
            (options.includeTopicalMagnesium && intake.nutrient() == Nutrient::Magnesium);
        if (!counted)
            continue;
        if (intake.nutrient() == Nutrient::Magnesium)
            magnesium.add(date, intake.elementalMg());
        else if (intake.nutrient() == Nutrient::Iron)
            iron.add(date, intake.elementalMg());
    }

    // med:<drug>: the mg of the drug taken on a date, 0 on the journal's other dates (as the
    // supplements are), for each drug taken at all.
    for (const MedicineDose& dose : records.meds) {
        auto [medicine, added] =
            series.m_moreExposures.try_emplace("med:" + std::string(drugId(dose.drug())));
        if (added)
            for (const Date date : series.m_recordDates)
                medicine->second.set(date, 0);
        medicine->second.add(dose.journalDate(options.journalDayBoundary), dose.doseMg());
    }

    for (const DailyFactors& day : records.daily) {
        auto setIf = [&](Exposure exposure, auto value) {
            if (value)
                series.m_exposures[indexOf(exposure)].set(day.date(), double(*value));
        };
        setIf(Exposure::CaffeineMg, day.caffeineMg());
        setIf(Exposure::AlcoholUnits, day.alcoholUnits());
        setIf(Exposure::ExerciseMin, day.exerciseMin());
        setIf(Exposure::Stress, day.stress());
    }

    // statistics-v2.md "Vocabulary": `factor:<name>` is defined only where logged. A yes/no
    // factor not logged on a date is unknown there, not "no": it stays missing.
    for (const FactorValue& value : records.factorValues) {
        const FactorDefinition* factor = nullptr;
        for (const FactorDefinition& defined : records.factors)
            if (sameFactorName(defined.name(), value.name()))
                factor = &defined;
        const std::string id = "factor:" + (factor ? factor->name() : value.name());
        series.m_moreExposures[id].set(value.date(), value.value());
        if (factor && factor->kind() == FactorKind::YesNo)
            series.m_yesNoFactors.insert(id);
        else if (factor)
            series.m_factorUnits[id] = factor->unit();
    }

    // What a night can tell (issue 21): onset relative to that night's lights out, and times
    // woken by the legs. Present (perhaps empty) for every journal, as the built-in outcomes.
    DatedSeries& onset = series.m_moreOutcomes["onset_min_before_lights_out"];
    DatedSeries& rlsAwakenings = series.m_moreOutcomes["rls_awakenings"];
    for (const Night& night : records.nights) {
        // A later night of the same date replaces an earlier one entirely.
        for (DatedSeries& outcome : series.m_outcomes)
            outcome.erase(night.date());
        if (auto total = night.irlsTotal())
            series.m_outcomes[indexOf(Outcome::IrlsTotal)].set(night.date(), *total);
        if (auto severity = night.severity())
            series.m_outcomes[indexOf(Outcome::Severity)].set(night.date(), *severity);
        if (auto metrics = night.sleepMetrics(); metrics && metrics->efficiencyPercent)
            series.m_outcomes[indexOf(Outcome::SleepEfficiency)].set(night.date(),
                                                                     *metrics->efficiencyPercent);
        onset.erase(night.date());
        rlsAwakenings.erase(night.date());
        if (auto minutes = night.onsetMinBeforeLightsOut())
            onset.set(night.date(), *minutes);
        if (auto woken = night.rlsAwakenings())
            rlsAwakenings.set(night.date(), *woken);
    }
    return series;
}

const DatedSeries* JournalSeries::exposureSeries(std::string_view id) const
{
    for (const Exposure exposure : allExposures())
        if (exposureId(exposure) == id)
            return &m_exposures[indexOf(exposure)];
    const auto found = m_moreExposures.find(id);
    if (found != m_moreExposures.end())
        return &found->second;
    // A factor is the same whatever the case of its name (interchange-v2.md).
    if (id.starts_with("factor:"))
        for (const auto& [factorId, series] : m_moreExposures)
            if (factorId.starts_with("factor:") && sameFactorName(factorId, id))
                return &series;
    return nullptr;
}

const DatedSeries* JournalSeries::outcomeSeries(std::string_view id) const
{
    for (const Outcome outcome : allOutcomes())
        if (outcomeId(outcome) == id)
            return &m_outcomes[indexOf(outcome)];
    const auto found = m_moreOutcomes.find(id);
    return found == m_moreOutcomes.end() ? nullptr : &found->second;
}

VariableCatalogue JournalSeries::catalogue() const
{
    VariableCatalogue catalogue = VariableCatalogue::standard();
    for (const auto& [id, series] : m_moreExposures) {
        if (series.empty())
            continue;
        if (m_yesNoFactors.contains(id)) {
            [[maybe_unused]] const Status added = catalogue.addYesNoFactor(id);
            continue;
        }
        const auto unit = m_factorUnits.find(id);
        // Ids put here by fromRecords() are well formed; a bad one would be a bug there.
        [[maybe_unused]] const Status added =
            catalogue.addExposure(id, unit == m_factorUnits.end() ? "" : unit->second);
    }
    return catalogue;
}

std::optional<Date> JournalSeries::firstDate() const
{
    if (m_recordDates.empty())
        return std::nullopt;
    return *m_recordDates.begin();
}

std::optional<Date> JournalSeries::lastDate() const
{
    if (m_recordDates.empty())
        return std::nullopt;
    return *m_recordDates.rbegin();
}

} // namespace quietlegs
