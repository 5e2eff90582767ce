// Weekly IRLS check-ins (table weeks; interchange-v2.md "Weekly IRLS").
#include "StoredRows.h"
#include "quietlegs/storage/Journal.h"

#include <string>

namespace quietlegs {
namespace stored {

Result<WeeklyIrls> readWeek(const SqliteStatement& row)
{
    const std::string key = row.columnText(0);
    auto weekEnding = parseDate(key, "week_ending");
    if (!weekEnding)
        return corruptRow("week", key, weekEnding.error());
    WeeklyIrlsEntry entry;
    entry.weekEnding = *weekEnding;
    for (int i = 0; i < kIrlsItemCount; ++i)
        entry.irlsItems.push_back(row.columnInt(1 + i));
    entry.source = row.columnText(11);
    if (!row.isNull(12))
        entry.sourceName = row.columnText(12);
    auto week = WeeklyIrls::create(entry);
    if (!week)
        return corruptRow("week", key, week.error());
    return week;
}

Result<std::vector<WeeklyIrls>> readWeeks(const SqliteDatabase& db, const DateRange& range)
{
    auto query = db.prepare(std::string("SELECT ") + kWeekColumns +
                            " FROM weeks WHERE week_ending BETWEEN ?1 AND ?2 ORDER BY week_ending");
    if (!query)
        return query.error();
    bindRange(*query, range);
    return readAll<WeeklyIrls>(*query, readWeek);
}

} // namespace stored

namespace {

const std::string kSaveWeekSql =
    std::string("INSERT INTO weeks (") + stored::kWeekColumns +
    ", updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')) ON CONFLICT (week_ending) DO UPDATE SET "
    "irls1 = ?2, irls2 = ?3, irls3 = ?4, irls4 = ?5, irls5 = ?6, irls6 = ?7, irls7 = ?8, "
    "irls8 = ?9, irls9 = ?10, irls10 = ?11, source = ?12, source_name = ?13, "
    "updated_at = excluded.updated_at RETURNING rowid";

Result<std::int64_t> runSaveWeek(SqliteDatabase& db, const WeeklyIrls& week)
{
    auto statement = db.prepare(kSaveWeekSql);
    if (!statement)
        return statement.error();
    statement->bind(1, formatDate(week.weekEnding()));
    for (int i = 0; i < kIrlsItemCount; ++i)
        statement->bind(2 + i, week.irls().items()[i]);
    statement->bind(12, week.source());
    if (week.sourceName().empty())
        statement->bindNull(13);
    else
        statement->bind(13, week.sourceName());
    auto cannotSave = [&](const Error& error) {
        return Error{"week", formatDate(week.weekEnding()), "cannot save: " + error.rule};
    };
    auto row = statement->step();
    if (!row)
        return cannotSave(row.error());
    if (!*row)
        return cannotSave(Error{"", "", "no row was written"});
    const std::int64_t id = statement->columnInt64(0);
    // A write's errors surface when the statement runs to its end.
    if (auto finished = statement->finish(); !finished)
        return cannotSave(finished.error());
    return id;
}

} // namespace

Result<std::int64_t> Journal::saveWeek(const WeeklyIrls& week)
{
    return writeInTransaction(m_db, [&] { return runSaveWeek(m_db, week); });
}

Result<std::optional<WeeklyIrls>> Journal::week(Date weekEnding) const
{
    auto found = weeks(DateRange{weekEnding, weekEnding});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<WeeklyIrls>{};
    return std::optional<WeeklyIrls>(found->front());
}

Result<std::vector<WeeklyIrls>> Journal::weeks(const DateRange& range) const
{
    return stored::readWeeks(m_db, range);
}

Result<bool> Journal::deleteWeek(Date weekEnding)
{
    return stored::deleteRows(m_db, "DELETE FROM weeks WHERE week_ending = ?1",
                              formatDate(weekEnding));
}

Status Journal::mergeWeeksInOpenTransaction(const std::vector<WeeklyIrls>& weeks,
                                            MergeSummary& summary)
{
    for (const WeeklyIrls& incoming : weeks) {
        auto existing = week(incoming.weekEnding());
        if (!existing)
            return existing.error();
        if (*existing && **existing == incoming) {
            ++summary.unchanged;
            continue;
        }
        ++(*existing ? summary.updated : summary.added);
        if (auto saved = runSaveWeek(m_db, incoming); !saved)
            return saved.error();
    }
    return {};
}

} // namespace quietlegs
