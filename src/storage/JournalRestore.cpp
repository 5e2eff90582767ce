// Undo support: deleted rows come back under their old ids, so that every later undo
// step that names them by id still finds them.
#include "quietlegs/storage/Journal.h"

#include <string>

namespace quietlegs {

Status Journal::restoreIntake(const StoredIntake& stored)
{
    return writeInTransaction(m_db, [&]() -> Status {
        const Intake& intake = stored.intake;
        auto statement = m_db.prepare(
            "INSERT INTO intakes (id, taken_at, nutrient, form, route, compound_mg, elemental_mg, "
            "label, preset_id, source, source_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
            "(SELECT id FROM supplement_presets WHERE id = ?9), ?10, ?11)");
        if (!statement)
            return statement.error();
        statement->bind(1, stored.id)
            .bind(2, formatLocalDateTime(intake.takenAt()))
            .bind(3, nutrientId(intake.nutrient()))
            .bind(4, intake.form())
            .bind(5, routeId(intake.route()))
            .bind(6, intake.compoundMg())
            .bind(7, intake.elementalMg())
            .bind(8, intake.label())
            .bind(9, stored.presetId)
            .bind(10, entrySourceId(intake.origin()))
            .bind(11, intake.originName().empty()
                          ? std::nullopt
                          : std::optional<std::string>(intake.originName()));
        if (auto status = statement->run(); !status)
            return Error{"intake", "#" + std::to_string(stored.id),
                         "cannot restore: " + status.error().rule};
        return {};
    });
}

Status Journal::restorePreset(const StoredPreset& stored)
{
    return writeInTransaction(m_db, [&]() -> Status {
        const SupplementPreset& preset = stored.preset;
        // Back between its neighbours: the position of the next preset by id, or the end.
        auto statement = m_db.prepare(
            "INSERT INTO supplement_presets (id, name, nutrient, form, route, compound_mg, "
            "elemental_mg, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, coalesce((SELECT "
            "min(position) FROM supplement_presets WHERE id > ?1), (SELECT coalesce(max(position), "
            "0) + 1 FROM supplement_presets)))");
        if (!statement)
            return statement.error();
        statement->bind(1, stored.id)
            .bind(2, preset.name())
            .bind(3, nutrientId(preset.nutrient()))
            .bind(4, preset.form())
            .bind(5, routeId(preset.route()))
            .bind(6, preset.compoundMg())
            .bind(7, preset.elementalMg());
        if (auto status = statement->run(); !status)
            return Error{"preset", preset.name(), "cannot restore: " + status.error().rule};
        return {};
    });
}

Result<DatedEntries> Journal::entriesOn(const std::set<Date>& dates) const
{
    DatedEntries entries;
    entries.dates = dates;
    if (dates.empty())
        return entries;
    const DateRange range{*dates.begin(), *dates.rbegin()};
    auto nights = this->nights(range);
    auto daily = dailyFactors(range);
    auto intakes = this->intakes(range);
    auto labs = labResults(range);
    if (!nights)
        return nights.error();
    if (!daily)
        return daily.error();
    if (!intakes)
        return intakes.error();
    if (!labs)
        return labs.error();
    for (Night& night : *nights)
        if (dates.contains(night.date()))
            entries.nights.push_back(std::move(night));
    for (DailyFactors& factors : *daily)
        if (dates.contains(factors.date()))
            entries.daily.push_back(std::move(factors));
    for (StoredIntake& stored : *intakes)
        if (dates.contains(stored.intake.journalDate()))
            entries.intakes.push_back(std::move(stored));
    for (StoredLabResult& stored : *labs)
        if (dates.contains(stored.result.date()))
            entries.labs.push_back(std::move(stored.result));
    auto weeks = this->weeks(range);
    if (!weeks)
        return weeks.error();
    for (WeeklyIrls& week : *weeks)
        if (dates.contains(week.weekEnding()))
            entries.weeks.push_back(std::move(week));
    auto factorValues = this->factorValues(range);
    if (!factorValues)
        return factorValues.error();
    for (FactorValue& value : *factorValues)
        if (dates.contains(value.date()))
            entries.factorValues.push_back(std::move(value));
    auto meds = medicines(range);
    if (!meds)
        return meds.error();
    for (StoredMedicineDose& stored : *meds)
        if (dates.contains(stored.dose.journalDate()))
            entries.meds.push_back(std::move(stored));
    return entries;
}

Status Journal::restoreEntries(const DatedEntries& entries)
{
    return inTransaction([&]() -> Status {
        if (entries.dates.empty())
            return {};
        // Clear the dates, then write the kept entries back.
        const DateRange range{*entries.dates.begin(), *entries.dates.rbegin()};
        auto intakes = this->intakes(range);
        if (!intakes)
            return intakes.error();
        for (const StoredIntake& stored : *intakes)
            if (entries.dates.contains(stored.intake.journalDate()))
                if (auto deleted = deleteIntake(stored.id); !deleted)
                    return deleted.error();
        auto labs = labResults(range);
        if (!labs)
            return labs.error();
        for (const StoredLabResult& stored : *labs)
            if (entries.dates.contains(stored.result.date()))
                if (auto deleted = deleteLabResult(stored.id); !deleted)
                    return deleted.error();
        auto meds = medicines(range);
        if (!meds)
            return meds.error();
        for (const StoredMedicineDose& stored : *meds)
            if (entries.dates.contains(stored.dose.journalDate()))
                if (auto deleted = deleteMedicine(stored.id); !deleted)
                    return deleted.error();
        for (Date date : entries.dates) {
            if (auto deleted = deleteNight(date); !deleted)
                return deleted.error();
            if (auto deleted = deleteDailyFactors(date); !deleted)
                return deleted.error();
            if (auto deleted = deleteWeek(date); !deleted)
                return deleted.error();
        }
        for (const Night& night : entries.nights)
            if (auto saved = saveNight(night); !saved)
                return saved.error();
        for (const DailyFactors& factors : entries.daily)
            if (auto saved = saveDailyFactors(factors); !saved)
                return saved.error();
        for (const StoredIntake& stored : entries.intakes)
            if (auto restored = restoreIntake(stored); !restored)
                return restored;
        for (const LabResult& lab : entries.labs)
            if (auto saved = saveLabResult(lab); !saved)
                return saved.error();
        for (const WeeklyIrls& week : entries.weeks)
            if (auto saved = saveWeek(week); !saved)
                return saved.error();
        for (Date date : entries.dates) {
            std::vector<FactorValue> values;
            for (const FactorValue& value : entries.factorValues)
                if (value.date() == date)
                    values.push_back(value);
            if (auto status = replaceFactorValues(date, values); !status)
                return status;
        }
        for (const StoredMedicineDose& stored : entries.meds)
            if (auto restored = restoreMedicine(stored); !restored)
                return restored;
        return {};
    });
}

} // namespace quietlegs
