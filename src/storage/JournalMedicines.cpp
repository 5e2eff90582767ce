// RLS medicines and their presets (schema tables meds and medicine_presets).
#include "StoredRows.h"
#include "quietlegs/storage/Journal.h"

#include <string>

namespace quietlegs {
namespace {

constexpr const char* kMedColumns =
    "id, taken_at, drug, dose_mg, route, notes, source, source_name";

Result<StoredMedicineDose> readMedicine(const SqliteStatement& row)
{
    const std::string key = "#" + std::to_string(row.columnInt64(0));
    auto when = parseLocalDateTime(row.columnText(1), "taken_at");
    if (!when)
        return stored::corruptRow("meds", key, when.error());
    auto drug = parseDrug(row.columnText(2));
    if (!drug)
        return stored::corruptRow("meds", key, drug.error());
    auto route = parseMedicineRoute(row.columnText(4));
    if (!route)
        return stored::corruptRow("meds", key, route.error());
    auto dose = MedicineDose::create(MedicineDoseEntry{*when, *drug, row.columnDouble(3), *route,
                                                       row.columnText(5), row.columnText(6),
                                                       row.optionalText(7).value_or("")});
    if (!dose)
        return stored::corruptRow("meds", key, dose.error());
    return StoredMedicineDose{row.columnInt64(0), std::move(dose).value()};
}

void bindMedicine(SqliteStatement& statement, const MedicineDose& dose)
{
    statement.bind(2, formatLocalDateTime(dose.takenAt()))
        .bind(3, drugId(dose.drug()))
        .bind(4, dose.doseMg())
        .bind(5, medicineRouteId(dose.route()))
        .bind(6, dose.notes())
        .bind(7, dose.source());
    if (dose.sourceName().empty())
        statement.bindNull(8);
    else
        statement.bind(8, dose.sourceName());
}

Error cannotSave(const MedicineDose& dose, const Error& error)
{
    // The one constraint a valid dose can break is the key.
    if (error.rule.find("UNIQUE") != std::string::npos)
        return Error{"taken_at", formatLocalDateTime(dose.takenAt()),
                     "a dose of " + std::string(drugId(dose.drug())) +
                         " is recorded at this time already"};
    return Error{"med", formatLocalDateTime(dose.takenAt()), "cannot save: " + error.rule};
}

Result<StoredMedicinePreset> readMedicinePreset(const SqliteStatement& row)
{
    const std::string key = "#" + std::to_string(row.columnInt64(0));
    auto drug = parseDrug(row.columnText(2));
    if (!drug)
        return stored::corruptRow("medicine preset", key, drug.error());
    auto route = parseMedicineRoute(row.columnText(4));
    if (!route)
        return stored::corruptRow("medicine preset", key, route.error());
    auto preset = MedicinePreset::create(row.columnText(1), *drug, row.columnDouble(3), *route,
                                         row.columnText(5));
    if (!preset)
        return stored::corruptRow("medicine preset", key, preset.error());
    return StoredMedicinePreset{row.columnInt64(0), std::move(preset).value()};
}

} // namespace

namespace stored {

Result<std::vector<StoredMedicineDose>> readMedicines(const SqliteDatabase& db,
                                                      const DateRange& range)
{
    auto query = db.prepare(std::string("SELECT ") + kMedColumns +
                            " FROM meds WHERE taken_at >= ?1 AND taken_at < ?2 "
                            "ORDER BY taken_at, id");
    if (!query)
        return query.error();
    bindIntakeRange(*query, range, 1);
    return readAll<StoredMedicineDose>(*query, readMedicine);
}

} // namespace stored

Result<std::int64_t> Journal::addMedicine(const MedicineDose& dose)
{
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement = m_db.prepare("INSERT INTO meds (taken_at, drug, dose_mg, route, notes, "
                                      "source, source_name) VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!statement)
            return statement.error();
        bindMedicine(*statement, dose);
        if (auto status = statement->run(); !status)
            return cannotSave(dose, status.error());
        return m_db.lastInsertRowId();
    });
}

Status Journal::updateMedicine(std::int64_t id, const MedicineDose& dose)
{
    return writeInTransaction(m_db, [&]() -> Status {
        auto statement =
            m_db.prepare("UPDATE meds SET taken_at = ?2, drug = ?3, dose_mg = ?4, route = ?5, "
                         "notes = ?6, source = ?7, source_name = ?8 WHERE id = ?1");
        if (!statement)
            return statement.error();
        statement->bind(1, id);
        bindMedicine(*statement, dose);
        if (auto status = statement->run(); !status)
            return cannotSave(dose, status.error());
        if (m_db.changes() == 0)
            return Error{"med", "#" + std::to_string(id), "no such dose"};
        return {};
    });
}

Result<bool> Journal::deleteMedicine(std::int64_t id)
{
    return stored::deleteRows(m_db, "DELETE FROM meds WHERE id = ?1", id);
}

Status Journal::restoreMedicine(const StoredMedicineDose& stored)
{
    return writeInTransaction(m_db, [&]() -> Status {
        auto statement =
            m_db.prepare("INSERT INTO meds (id, taken_at, drug, dose_mg, route, notes, source, "
                         "source_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
        if (!statement)
            return statement.error();
        statement->bind(1, stored.id);
        bindMedicine(*statement, stored.dose);
        if (auto status = statement->run(); !status)
            return Error{"med", "#" + std::to_string(stored.id),
                         "cannot restore: " + status.error().rule};
        return {};
    });
}

Result<std::vector<StoredMedicineDose>> Journal::medicines(const DateRange& range) const
{
    return stored::readMedicines(m_db, range);
}

Result<MergeSummary> Journal::mergeMedicines(const std::vector<MedicineDose>& doses)
{
    return writeInTransaction(m_db, [&]() -> Result<MergeSummary> {
        MergeSummary summary;
        auto find = m_db.prepare(std::string("SELECT ") + kMedColumns +
                                 " FROM meds WHERE taken_at = ?1 AND drug = ?2");
        auto upsert = m_db.prepare(
            "INSERT INTO meds (taken_at, drug, dose_mg, route, notes, source, source_name) "
            "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (taken_at, drug) DO UPDATE SET "
            "dose_mg = ?4, route = ?5, notes = ?6, source = ?7, source_name = ?8");
        if (!find)
            return find.error();
        if (!upsert)
            return upsert.error();
        for (const MedicineDose& dose : doses) {
            find->reset();
            find->bind(1, formatLocalDateTime(dose.takenAt())).bind(2, drugId(dose.drug()));
            auto row = find->step();
            if (!row)
                return row.error();
            if (*row) {
                auto existing = readMedicine(*find);
                if (existing && existing->dose == dose) {
                    ++summary.unchanged;
                    continue;
                }
                ++summary.updated;
            } else {
                ++summary.added;
            }
            upsert->reset();
            bindMedicine(*upsert, dose);
            if (auto status = upsert->run(); !status)
                return cannotSave(dose, status.error());
        }
        return summary;
    });
}

Result<std::int64_t> Journal::saveMedicinePreset(const MedicinePreset& preset,
                                                 std::optional<std::int64_t> id)
{
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement =
            id ? m_db.prepare("UPDATE medicine_presets SET name = ?2, drug = ?3, dose_mg = ?4, "
                              "route = ?5, notes = ?6 WHERE id = ?1 RETURNING id")
               : m_db.prepare("INSERT INTO medicine_presets (name, drug, dose_mg, route, notes, "
                              "position) VALUES (?2, ?3, ?4, ?5, ?6, (SELECT coalesce(max("
                              "position), 0) + 1 FROM medicine_presets)) RETURNING id");
        if (!statement)
            return statement.error();
        if (id)
            statement->bind(1, *id);
        statement->bind(2, preset.name())
            .bind(3, drugId(preset.drug()))
            .bind(4, preset.doseMg())
            .bind(5, medicineRouteId(preset.route()))
            .bind(6, preset.notes());
        auto row = statement->step();
        if (!row) {
            if (row.error().rule.find("UNIQUE") != std::string::npos)
                return Error{"name", preset.name(), "a preset with this name exists already"};
            return Error{"preset", preset.name(), "cannot save: " + row.error().rule};
        }
        if (!*row)
            return Error{"preset", "#" + std::to_string(id.value_or(0)), "no such preset"};
        const std::int64_t saved = statement->columnInt64(0);
        if (auto finished = statement->finish(); !finished)
            return Error{"preset", preset.name(), "cannot save: " + finished.error().rule};
        return saved;
    });
}

Result<std::vector<StoredMedicinePreset>> Journal::medicinePresets() const
{
    auto statement = m_db.prepare("SELECT id, name, drug, dose_mg, route, notes FROM "
                                  "medicine_presets ORDER BY position, id");
    if (!statement)
        return statement.error();
    return stored::readAll<StoredMedicinePreset>(*statement, readMedicinePreset);
}

Result<bool> Journal::deleteMedicinePreset(std::int64_t id)
{
    return stored::deleteRows(m_db, "DELETE FROM medicine_presets WHERE id = ?1", id);
}

Status Journal::restoreMedicinePreset(const StoredMedicinePreset& stored)
{
    return writeInTransaction(m_db, [&]() -> Status {
        const MedicinePreset& preset = stored.preset;
        auto statement = m_db.prepare(
            "INSERT INTO medicine_presets (id, name, drug, dose_mg, route, notes, position) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, coalesce((SELECT min(position) FROM "
            "medicine_presets WHERE id > ?1), (SELECT coalesce(max(position), 0) + 1 FROM "
            "medicine_presets)))");
        if (!statement)
            return statement.error();
        statement->bind(1, stored.id)
            .bind(2, preset.name())
            .bind(3, drugId(preset.drug()))
            .bind(4, preset.doseMg())
            .bind(5, medicineRouteId(preset.route()))
            .bind(6, preset.notes());
        if (auto status = statement->run(); !status)
            return Error{"preset", preset.name(), "cannot restore: " + status.error().rule};
        return {};
    });
}

} // namespace quietlegs
