// Undo support: deleted rows come back under their old ids, so that every later undo
// step that names them by id still finds them.
#include "quietlegs/storage/Journal.h"

#include <string>

namespace quietlegs {

Status Journal::restoreIntake(const StoredIntake& stored)
{
    const Intake& intake = stored.intake;
    auto statement = m_db.prepare(
        "INSERT INTO intakes (id, taken_at, nutrient, form, route, compound_mg, elemental_mg, "
        "label, preset_id) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, "
        "(SELECT id FROM supplement_presets WHERE id = ?9))");
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
        .bind(9, stored.presetId);
    if (auto status = statement->run(); !status)
        return Error{"intake", "#" + std::to_string(stored.id),
                     "cannot restore: " + status.error().rule};
    return {};
}

Status Journal::restorePreset(const StoredPreset& stored)
{
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
}

} // namespace quietlegs
