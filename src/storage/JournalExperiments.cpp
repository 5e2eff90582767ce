// Self-experiment plans and a blinded plan's packs taken (schema tables experiments and
// experiment_packs; statistics-v2.md section 5).
#include "quietlegs/storage/Journal.h"

#include <algorithm>
#include <map>
#include <string>

namespace quietlegs {
namespace {

constexpr const char* kPlanColumns =
    "id, exposure, outcome, dose, mid, blocks, block_days, washout_days, seed, start, blinded, "
    "saved_at, ended_early_at, power";

Result<ExperimentPlan> planFromRow(const SqliteStatement& row)
{
    ExperimentPlan plan;
    plan.id = row.columnText(0);
    plan.exposure = row.columnText(1);
    plan.outcome = row.columnText(2);
    plan.dose = row.columnDouble(3);
    plan.mid = row.columnDouble(4);
    plan.blocks = int(row.columnInt64(5));
    plan.blockDays = int(row.columnInt64(6));
    plan.washoutDays = int(row.columnInt64(7));
    plan.seed = std::uint64_t(row.columnInt64(8));
    auto start = parseDate(row.columnText(9), "start");
    if (!start)
        return start.error().within("experiments[" + plan.id + "]");
    plan.start = *start;
    plan.blinded = row.columnInt64(10) != 0;
    plan.savedAt = row.columnText(11);
    if (!row.isNull(12))
        plan.endedEarlyAt = row.columnText(12);
    plan.power = row.optionalDouble(13);
    return plan;
}

/// The packs taken of plan `id` (every plan's when `id` is empty), by plan id, in date order.
Result<std::map<std::string, std::vector<PackTaken>>> packsByPlan(const SqliteDatabase& db,
                                                                  const std::string& id)
{
    auto statement = db.prepare("SELECT experiment_id, date, pack FROM experiment_packs WHERE "
                                "?1 = '' OR experiment_id = ?1 ORDER BY experiment_id, date");
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    std::map<std::string, std::vector<PackTaken>> packs;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return packs;
        const std::string planId = statement->columnText(0);
        auto date = parseDate(statement->columnText(1), "date");
        if (!date)
            return date.error().within("experiment_packs[" + planId + "]");
        packs[planId].push_back(PackTaken{*date, int(statement->columnInt64(2))});
    }
}

/// `plan` with its packs taken from `packs`, checked as any plan is.
Result<ExperimentPlan> withPacks(ExperimentPlan plan,
                                 std::map<std::string, std::vector<PackTaken>>& packs)
{
    if (auto found = packs.find(plan.id); found != packs.end())
        plan.packsTaken = std::move(found->second);
    if (auto status = validatePacksTaken(plan); !status)
        return status.error().within("experiments[" + plan.id + "]");
    return plan;
}

Status insertPacks(SqliteDatabase& db, const std::string& id, const std::vector<PackTaken>& packs)
{
    for (const PackTaken& taken : packs) {
        auto statement = db.prepare("INSERT INTO experiment_packs (experiment_id, date, pack) "
                                    "VALUES (?1, ?2, ?3) ON CONFLICT DO NOTHING");
        if (!statement)
            return statement.error();
        statement->bind(1, id).bind(2, formatDate(taken.date)).bind(3, taken.pack);
        if (auto status = statement->run(); !status)
            return Error{"packs_taken", formatDate(taken.date),
                         "cannot log the pack taken: " + status.error().rule};
    }
    return {};
}

} // namespace

Status Journal::saveExperiment(const ExperimentPlan& plan)
{
    if (auto status = validateExperimentPlan(plan); !status)
        return status;
    // The plan and the packs an imported plan brings: both or neither.
    return inTransaction([&]() -> Status {
        if (auto status = insertPlan(plan); !status)
            return status;
        return insertPacks(m_db, plan.id, plan.packsTaken);
    });
}

Status Journal::insertPlan(const ExperimentPlan& plan)
{
    auto statement = m_db.prepare(std::string("INSERT INTO experiments (") + kPlanColumns +
                                  ") VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, "
                                  "?13, ?14) ON CONFLICT (id) DO NOTHING");
    if (!statement)
        return statement.error();
    statement->bind(1, plan.id)
        .bind(2, plan.exposure)
        .bind(3, plan.outcome)
        .bind(4, plan.dose)
        .bind(5, plan.mid)
        .bind(6, plan.blocks)
        .bind(7, plan.blockDays)
        .bind(8, plan.washoutDays)
        .bind(9, std::int64_t(plan.seed))
        .bind(10, formatDate(plan.start))
        .bind(11, plan.blinded ? 1 : 0)
        .bind(12, plan.savedAt);
    if (plan.endedEarlyAt)
        statement->bind(13, *plan.endedEarlyAt);
    else
        statement->bindNull(13);
    if (plan.power)
        statement->bind(14, *plan.power);
    else
        statement->bindNull(14);
    if (auto status = statement->run(); !status)
        return Error{"experiment", plan.id, "cannot save: " + status.error().rule};
    if (m_db.changes() == 0)
        return Error{"id", plan.id,
                     "is saved already; a saved plan is pre-registered and cannot be changed"};
    return {};
}

Result<std::vector<ExperimentPlan>> Journal::experiments() const
{
    auto packs = packsByPlan(m_db, "");
    if (!packs)
        return packs.error();
    auto statement = m_db.prepare(std::string("SELECT ") + kPlanColumns +
                                  " FROM experiments ORDER BY saved_at, rowid");
    if (!statement)
        return statement.error();
    std::vector<ExperimentPlan> plans;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return plans;
        auto plan = planFromRow(*statement);
        if (!plan)
            return plan.error();
        auto checked = withPacks(std::move(*plan), *packs);
        if (!checked)
            return checked.error();
        plans.push_back(std::move(*checked));
    }
}

Result<std::optional<ExperimentPlan>> Journal::experiment(const std::string& id) const
{
    auto statement =
        m_db.prepare(std::string("SELECT ") + kPlanColumns + " FROM experiments WHERE id = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ExperimentPlan>{};
    auto plan = planFromRow(*statement);
    if (!plan)
        return plan.error();
    auto packs = packsByPlan(m_db, id);
    if (!packs)
        return packs.error();
    auto checked = withPacks(std::move(*plan), *packs);
    if (!checked)
        return checked.error();
    return std::optional<ExperimentPlan>{std::move(*checked)};
}

Status Journal::endExperimentEarly(const std::string& id, const std::string& when)
{
    if (!isUtcTimestamp(when))
        return Error{"ended_early_at", when, "must be a UTC time YYYY-MM-DDTHH:MM:SSZ"};
    auto existing = experiment(id);
    if (!existing)
        return existing.error();
    if (!*existing)
        return Error{"id", id, "no such experiment"};
    if ((*existing)->endedEarlyAt)
        return Error{"id", id, "was ended early already, at " + *(*existing)->endedEarlyAt};
    auto statement = m_db.prepare(
        "UPDATE experiments SET ended_early_at = ?2 WHERE id = ?1 AND ended_early_at IS NULL");
    if (!statement)
        return statement.error();
    statement->bind(1, id).bind(2, when);
    if (auto status = statement->run(); !status)
        return Error{"experiment", id, "cannot record the early end: " + status.error().rule};
    if (m_db.changes() == 0)
        return Error{"id", id, "was ended early already"};
    return {};
}

Result<MergeSummary> Journal::mergeExperiments(const std::vector<ExperimentPlan>& plans)
{
    MergeSummary summary;
    auto change = [&]() -> Status {
        for (std::size_t i = 0; i < plans.size(); ++i) {
            const ExperimentPlan& plan = plans[i];
            const std::string where = "experiments[" + std::to_string(i) + "]";
            if (auto status = validateExperimentPlan(plan); !status)
                return status.error().within(where);
            auto existing = experiment(plan.id);
            if (!existing)
                return existing.error();
            if (!*existing) {
                if (auto status = saveExperiment(plan); !status)
                    return status.error().within(where);
                ++summary.added;
                continue;
            }
            // The journal's copy wins: its fixed fields and saved_at never change. What the
            // import adds is an early end the journal lacks and packs it has not logged.
            bool changed = false;
            if (!(*existing)->endedEarlyAt && plan.endedEarlyAt) {
                if (auto status = endExperimentEarly(plan.id, *plan.endedEarlyAt); !status)
                    return status.error().within(where);
                changed = true;
            }
            std::vector<PackTaken> newPacks;
            for (const PackTaken& taken : plan.packsTaken)
                if (!packTakenOn(**existing, taken.date))
                    newPacks.push_back(taken);
            if (!newPacks.empty()) {
                // Checked against the journal's own plan, whatever the import's copy says.
                ExperimentPlan merged = **existing;
                merged.packsTaken = newPacks;
                if (auto status = validatePacksTaken(merged); !status)
                    return status.error().within(where);
                if (auto status = insertPacks(m_db, plan.id, newPacks); !status)
                    return status.error().within(where);
                changed = true;
            }
            ++(changed ? summary.updated : summary.unchanged);
        }
        return {};
    };
    if (auto status = inTransaction(change); !status)
        return status.error();
    return summary;
}

Result<bool> Journal::recordPackTaken(const std::string& id, Date date)
{
    auto plan = experiment(id);
    if (!plan)
        return plan.error();
    if (!*plan)
        return Error{"id", id, "no such experiment"};
    if (!(*plan)->blinded)
        return Error{"id", id, "is not blinded: log the exposure itself on its days"};
    const auto pack = experimentPackOn(**plan, date);
    if (!pack)
        return Error{"date", formatDate(date),
                     "is not a day of the experiment's blocks (" + formatDate((*plan)->start) +
                         " to " + formatDate(experimentEnd(**plan)) + ")"};
    if (packTakenOn(**plan, date))
        return false;
    if (auto status = inTransaction([&] { return insertPacks(m_db, id, {PackTaken{date, *pack}}); });
        !status)
        return status.error();
    return true;
}

Result<bool> Journal::removePackTaken(const std::string& id, Date date)
{
    bool removed = false;
    const Status status = inTransaction([&]() -> Status {
        auto statement =
            m_db.prepare("DELETE FROM experiment_packs WHERE experiment_id = ?1 AND date = ?2");
        if (!statement)
            return statement.error();
        statement->bind(1, id).bind(2, formatDate(date));
        if (auto run = statement->run(); !run)
            return Error{"date", formatDate(date),
                         "cannot remove the pack taken: " + run.error().rule};
        removed = m_db.changes() > 0;
        return {};
    });
    if (!status)
        return status.error();
    return removed;
}

namespace {

/// Whether `a` and `b` are the same pre-registration: every field but the early end and the
/// packs taken, which grow after saving.
bool sameFixedFields(ExperimentPlan a, ExperimentPlan b)
{
    a.endedEarlyAt = b.endedEarlyAt;
    a.packsTaken = b.packsTaken;
    return a == b;
}

/// Removes plan `id` and every pack logged for it (packs first: they refer to the plan).
Status deletePlan(SqliteDatabase& db, const std::string& id)
{
    for (const char* sql : {"DELETE FROM experiment_packs WHERE experiment_id = ?1",
                            "DELETE FROM experiments WHERE id = ?1"}) {
        auto statement = db.prepare(sql);
        if (!statement)
            return statement.error();
        statement->bind(1, id);
        if (auto status = statement->run(); !status)
            return Error{"experiment", id, "cannot remove the plan: " + status.error().rule};
    }
    return {};
}

} // namespace

Status Journal::restoreExperiments(const std::vector<ExperimentPlan>& plans)
{
    return inTransaction([&]() -> Status {
        auto current = experiments();
        if (!current)
            return current.error();
        std::map<std::string, const ExperimentPlan*> wanted;
        for (const ExperimentPlan& plan : plans)
            wanted[plan.id] = &plan;
        for (const ExperimentPlan& plan : *current)
            if (!wanted.contains(plan.id))
                if (auto status = deletePlan(m_db, plan.id); !status)
                    return status;
        for (const ExperimentPlan& plan : plans) {
            auto present = std::find_if(current->begin(), current->end(),
                                        [&](const ExperimentPlan& p) { return p.id == plan.id; });
            if (present != current->end() && *present == plan)
                continue;
            if (present != current->end()) {
                if (!sameFixedFields(*present, plan))
                    return Error{"experiment", plan.id,
                                 "is saved with other fixed fields; a saved plan is never changed"};
                // The early end can only be set once (a trigger): putting back a plan that had
                // none means writing its row again, with the listed packs.
                if (auto status = deletePlan(m_db, plan.id); !status)
                    return status;
            }
            if (auto status = saveExperiment(plan); !status)
                return status;
        }
        return Status::success();
    });
}

} // namespace quietlegs
