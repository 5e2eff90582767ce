// The journal's settings table (schema version 3): read, set one, clear one.
#include "StoredRows.h"
#include "quietlegs/storage/Journal.h"

namespace quietlegs {
namespace stored {

Result<JournalSettings> readSettings(const SqliteDatabase& db)
{
    auto statement = db.prepare("SELECT key, value FROM settings ORDER BY key");
    if (!statement)
        return statement.error();
    JournalSettings settings;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return row.error();
        if (!*row)
            return settings;
        const std::string key = statement->columnText(0);
        if (auto status = settings.set(key, statement->columnView(1)); !status)
            return corruptRow("settings", key, status.error());
    }
}

Status writeSettings(SqliteDatabase& db, const JournalSettings& settings)
{
    const auto entries = settings.entries();
    if (entries.empty())
        return Status::success();
    auto statement = db.prepare("INSERT INTO settings (key, value) VALUES (?1, ?2) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!statement)
        return statement.error();
    for (const auto& [key, value] : entries) {
        statement->reset();
        statement->bind(1, key).bind(2, value);
        if (auto status = statement->run(); !status)
            return status;
    }
    return Status::success();
}

} // namespace stored

Result<JournalSettings> Journal::settings() const
{
    return stored::readSettings(m_db);
}

Status Journal::saveSetting(std::string_view key, std::string_view value)
{
    JournalSettings one;
    if (auto status = one.set(key, value); !status)
        return status;
    return inTransaction([&] { return stored::writeSettings(m_db, one); });
}

Result<bool> Journal::clearSetting(std::string_view key)
{
    bool removed = false;
    auto status = inTransaction([&]() -> Status {
        auto statement = m_db.prepare("DELETE FROM settings WHERE key = ?1");
        if (!statement)
            return statement.error();
        statement->bind(1, key);
        if (auto run = statement->run(); !run)
            return run;
        removed = m_db.changes() > 0;
        return Status::success();
    });
    if (!status)
        return status.error();
    return removed;
}

Status Journal::restoreSettings(const JournalSettings& settings)
{
    return inTransaction([&]() -> Status {
        if (auto cleared = m_db.execute("DELETE FROM settings"); !cleared)
            return cleared;
        return stored::writeSettings(m_db, settings);
    });
}

} // namespace quietlegs
