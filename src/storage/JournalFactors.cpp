// The person's own factors and their values (tables factors and factor_values;
// interchange-v2.md "User-defined factors").
#include "StoredRows.h"
#include "quietlegs/storage/Journal.h"

#include <string>

namespace quietlegs {
namespace stored {

Result<std::vector<FactorDefinition>> readFactors(const SqliteDatabase& db)
{
    auto statement =
        db.prepare("SELECT name, unit, kind FROM factors ORDER BY name COLLATE NOCASE");
    if (!statement)
        return statement.error();
    return readAll<FactorDefinition>(
        *statement, [](const SqliteStatement& row) -> Result<FactorDefinition> {
            const std::string name = row.columnText(0);
            auto kind = parseFactorKind(row.columnText(2));
            if (!kind)
                return corruptRow("factors", name, kind.error());
            auto factor = FactorDefinition::create(name, row.columnText(1), *kind);
            if (!factor)
                return corruptRow("factors", name, factor.error());
            return factor;
        });
}

Result<std::vector<FactorValue>> readFactorValues(const SqliteDatabase& db, const DateRange& range)
{
    auto statement = db.prepare("SELECT date, name, value FROM factor_values WHERE date BETWEEN "
                                "?1 AND ?2 ORDER BY date, name COLLATE NOCASE");
    if (!statement)
        return statement.error();
    bindRange(*statement, range);
    return readAll<FactorValue>(*statement, [](const SqliteStatement& row) -> Result<FactorValue> {
        const std::string key = row.columnText(0) + " " + row.columnText(1);
        auto date = parseDate(row.columnText(0));
        if (!date)
            return corruptRow("factor_values", key, date.error());
        auto value = FactorValue::create(*date, row.columnText(1), row.columnDouble(2));
        if (!value)
            return corruptRow("factor_values", key, value.error());
        return value;
    });
}

Status writeFactorValue(SqliteDatabase& db, const FactorDefinition& factor,
                        const FactorValue& value)
{
    if (auto fits = factor.checkValue(value.value()); !fits)
        return fits;
    // Stored under the factor's own spelling of its name.
    auto statement = db.prepare("INSERT INTO factor_values (date, name, value) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT (date, name) DO UPDATE SET value = excluded.value");
    if (!statement)
        return statement.error();
    statement->bind(1, formatDate(value.date())).bind(2, factor.name()).bind(3, value.value());
    if (auto status = statement->run(); !status)
        return Error{"factor value", formatDate(value.date()) + " " + value.name(),
                     "cannot save: " + status.error().rule};
    return Status::success();
}

} // namespace stored

namespace {

Error noSuchFactor(std::string_view name)
{
    return Error{"name", std::string(name), "no such factor; define it first (factor add)"};
}

} // namespace

Result<std::vector<FactorDefinition>> Journal::factors() const
{
    return stored::readFactors(m_db);
}

Result<std::optional<FactorDefinition>> Journal::factor(std::string_view name) const
{
    auto all = factors();
    if (!all)
        return all.error();
    for (FactorDefinition& factor : *all)
        if (sameFactorName(factor.name(), name))
            return std::optional<FactorDefinition>(std::move(factor));
    return std::optional<FactorDefinition>{};
}

Status Journal::defineFactor(const FactorDefinition& factor)
{
    return inTransaction([&]() -> Status {
        auto existing = this->factor(factor.name());
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{"name", factor.name(),
                         "a factor of this name exists already (\"" + (*existing)->name() + "\")"};
        auto statement = m_db.prepare("INSERT INTO factors (name, unit, kind) VALUES (?1, ?2, ?3)");
        if (!statement)
            return statement.error();
        statement->bind(1, factor.name())
            .bind(2, factor.unit())
            .bind(3, factorKindId(factor.kind()));
        if (auto status = statement->run(); !status)
            return Error{"factor", factor.name(), "cannot save: " + status.error().rule};
        return Status::success();
    });
}

Status Journal::updateFactor(std::string_view name, const FactorDefinition& factor)
{
    return inTransaction([&]() -> Status {
        auto existing = this->factor(name);
        if (!existing)
            return existing.error();
        if (!*existing)
            return noSuchFactor(name);
        if (!sameFactorName(name, factor.name())) {
            auto taken = this->factor(factor.name());
            if (!taken)
                return taken.error();
            if (*taken)
                return Error{"name", factor.name(), "a factor of this name exists already"};
        }
        if (factor.kind() == FactorKind::YesNo) {
            auto statement = m_db.prepare(
                "SELECT count(*) FROM factor_values WHERE name = ?1 AND value NOT IN (0, 1)");
            if (!statement)
                return statement.error();
            statement->bind(1, (*existing)->name());
            if (auto row = statement->step(); !row)
                return row.error();
            if (const auto misfits = statement->columnInt64(0); misfits > 0)
                return Error{"kind", "yesno",
                             "\"" + (*existing)->name() + "\" has " + std::to_string(misfits) +
                                 " values other than 1 or 0"};
        }
        // The values follow the new name (ON UPDATE CASCADE).
        auto statement =
            m_db.prepare("UPDATE factors SET name = ?2, unit = ?3, kind = ?4 WHERE name = ?1");
        if (!statement)
            return statement.error();
        statement->bind(1, (*existing)->name())
            .bind(2, factor.name())
            .bind(3, factor.unit())
            .bind(4, factorKindId(factor.kind()));
        if (auto status = statement->run(); !status)
            return Error{"factor", factor.name(), "cannot save: " + status.error().rule};
        return Status::success();
    });
}

Result<bool> Journal::deleteFactor(std::string_view name)
{
    // Its values go with it (ON DELETE CASCADE), in the same transaction.
    return stored::deleteRows(m_db, "DELETE FROM factors WHERE name = ?1", name);
}

Result<int> Journal::factorValueCount(std::string_view name) const
{
    auto statement = m_db.prepare("SELECT count(*) FROM factor_values WHERE name = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, name);
    if (auto row = statement->step(); !row)
        return row.error();
    return int(statement->columnInt64(0));
}

Status Journal::setFactorValue(const FactorValue& value)
{
    return inTransaction([&]() -> Status {
        auto factor = this->factor(value.name());
        if (!factor)
            return factor.error();
        if (!*factor)
            return noSuchFactor(value.name());
        return stored::writeFactorValue(m_db, **factor, value);
    });
}

Result<bool> Journal::clearFactorValue(Date date, std::string_view name)
{
    bool removed = false;
    auto status = inTransaction([&]() -> Status {
        auto statement = m_db.prepare("DELETE FROM factor_values WHERE date = ?1 AND name = ?2");
        if (!statement)
            return statement.error();
        statement->bind(1, formatDate(date)).bind(2, name);
        if (auto run = statement->run(); !run)
            return run;
        removed = m_db.changes() > 0;
        return Status::success();
    });
    if (!status)
        return status.error();
    return removed;
}

Status Journal::replaceFactorValues(Date date, const std::vector<FactorValue>& values)
{
    return inTransaction([&]() -> Status {
        auto clear = m_db.prepare("DELETE FROM factor_values WHERE date = ?1");
        if (!clear)
            return clear.error();
        clear->bind(1, formatDate(date));
        if (auto status = clear->run(); !status)
            return status;
        for (const FactorValue& value : values) {
            if (value.date() != date)
                return Error{"date", formatDate(value.date()),
                             "is not the date being saved (" + formatDate(date) + ")"};
            if (auto status = setFactorValue(value); !status)
                return status;
        }
        return Status::success();
    });
}

Result<std::vector<FactorValue>> Journal::factorValues(const DateRange& range) const
{
    return stored::readFactorValues(m_db, range);
}

} // namespace quietlegs

namespace quietlegs::stored {

Status mergeFactors(SqliteDatabase& db, const JournalRecords& records, MergeSummary& summary)
{
    auto count = [&summary](bool existed, bool same) {
        if (!existed)
            ++summary.added;
        else if (same)
            ++summary.unchanged;
        else
            ++summary.updated;
    };
    auto known = readFactors(db);
    if (!known)
        return known.error();
    auto find = [&known](std::string_view name) -> const FactorDefinition* {
        for (const FactorDefinition& factor : *known)
            if (sameFactorName(factor.name(), name))
                return &factor;
        return nullptr;
    };
    for (std::size_t i = 0; i < records.factors.size(); ++i) {
        const FactorDefinition& factor = records.factors[i];
        const std::string entry = "factors[" + std::to_string(i) + "]";
        const FactorDefinition* existing = find(factor.name());
        const bool same =
            existing && existing->unit() == factor.unit() && existing->kind() == factor.kind();
        count(existing != nullptr, same);
        if (same)
            continue;
        // A known name keeps the journal's spelling; the file's unit and kind win (as v1's
        // keys are updated with the file's values).
        auto statement =
            existing ? db.prepare("UPDATE factors SET unit = ?2, kind = ?3 WHERE name = ?1")
                     : db.prepare("INSERT INTO factors (name, unit, kind) VALUES (?1, ?2, ?3)");
        if (!statement)
            return statement.error();
        statement->bind(1, existing ? existing->name() : factor.name())
            .bind(2, factor.unit())
            .bind(3, factorKindId(factor.kind()));
        if (auto status = statement->run(); !status)
            return Error{entry, factor.name(), "cannot save: " + status.error().rule};
        auto reread = readFactors(db);
        if (!reread)
            return reread.error();
        known = std::move(reread);
    }

    auto existingValue =
        db.prepare("SELECT value FROM factor_values WHERE date = ?1 AND name = ?2");
    if (!existingValue)
        return existingValue.error();
    for (std::size_t i = 0; i < records.factorValues.size(); ++i) {
        const FactorValue& value = records.factorValues[i];
        const std::string entry = "factor_values[" + std::to_string(i) + "]";
        const FactorDefinition* factor = find(value.name());
        if (!factor)
            return Error{entry + ".name", value.name(),
                         "is not a factor defined in the file's factors or in the journal"};
        existingValue->reset();
        existingValue->bind(1, formatDate(value.date())).bind(2, factor->name());
        auto row = existingValue->step();
        if (!row)
            return row.error();
        const bool existed = *row;
        const bool same = existed && existingValue->columnDouble(0) == value.value();
        existingValue->reset();
        count(existed, same);
        if (same)
            continue;
        if (auto status = writeFactorValue(db, *factor, value); !status)
            return status.error().within(entry);
    }
    return Status::success();
}

} // namespace quietlegs::stored
