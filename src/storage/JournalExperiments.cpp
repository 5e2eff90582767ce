// Self-experiment plans (schema table experiments; statistics-v2.md section 5).
#include "quietlegs/storage/Journal.h"

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

} // namespace

Status Journal::saveExperiment(const ExperimentPlan& plan)
{
    if (auto status = validateExperimentPlan(plan); !status)
        return status;
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
        plans.push_back(std::move(*plan));
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
    return std::optional<ExperimentPlan>{std::move(*plan)};
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
            } else if (!(*existing)->endedEarlyAt && plan.endedEarlyAt) {
                if (auto status = endExperimentEarly(plan.id, *plan.endedEarlyAt); !status)
                    return status.error().within(where);
                ++summary.updated;
            } else {
                // The journal's copy wins: its fixed fields and saved_at never change.
                ++summary.unchanged;
            }
        }
        return {};
    };
    if (auto status = inTransaction(change); !status)
        return status.error();
    return summary;
}

} // namespace quietlegs
