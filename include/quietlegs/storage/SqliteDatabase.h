#pragma once

#include "quietlegs/core/Result.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace quietlegs {

class SqliteStatement;
class SqliteStatementCache;

/// An open SQLite connection (RAII); errors come back as values naming the SQL failure.
class SqliteDatabase
{
public:
    enum class Mode
    {
        ReadWrite,
        ReadOnly,
        /// Read-only and immutable=1: for files nobody writes (backups, copies, a journal in a
        /// read-only folder, a damaged file): no -wal or -shm is ever made beside it.
        ReadOnlyImmutable,
        /// Reads only (PRAGMA query_only), but opened read-write on an existing file: closing
        /// it as the last connection checkpoints and deletes the -wal and -shm it made, as a
        /// writer's close does, while it reads with SQLite's locks like any other connection.
        ReadTidy
    };

    /// Opens an existing database file, or creates it (owner-only, 0600) in ReadWrite mode.
    /// Links in its folder are followed; a file that is a link must lead to a file of the same
    /// user (resolveJournalPath). path() keeps the spelling given.
    static Result<SqliteDatabase> open(const std::filesystem::path& path, Mode mode);
    /// A database in memory holding a copy of `source` (one snapshot, by the backup API);
    /// path() is `label`, for messages.
    static Result<SqliteDatabase> copyIntoMemory(const SqliteDatabase& source,
                                                 const std::filesystem::path& label);

    SqliteDatabase(SqliteDatabase&&) noexcept = default;
    SqliteDatabase& operator=(SqliteDatabase&&) noexcept = default;
    ~SqliteDatabase();

    /// Runs one or more statements that return no rows.
    Status execute(std::string_view sql);
    /// Compiles `sql`, or hands out the same statement compiled before and since finished
    /// with (reset, bindings cleared): a journal's few queries, run once per row of an import,
    /// are compiled once instead of thousands of times.
    Result<SqliteStatement> prepare(std::string_view sql) const;
    /// Runs a query whose first row's first column is an integer (e.g. a PRAGMA).
    Result<std::int64_t> queryInteger(std::string_view sql) const;

    std::int64_t lastInsertRowId() const;
    int changes() const;
    std::string errorMessage() const;
    sqlite3* handle() const { return m_db.get(); }
    const std::filesystem::path& path() const { return m_path; }

    /// While set, closing the connection does not checkpoint the WAL into the file.
    void setCheckpointOnClose(bool enabled);

private:
    struct Closer
    {
        void operator()(sqlite3* db) const;
    };
    SqliteDatabase(sqlite3* db, std::filesystem::path path);
    std::unique_ptr<sqlite3, Closer> m_db;
    std::filesystem::path m_path;
    /// Finished statements kept for prepare(); declared last so it is destroyed (finalizing
    /// them) before the connection closes.
    std::shared_ptr<SqliteStatementCache> m_statements;
};

/// A prepared statement; bind by 1-based index, step, read columns by 0-based index.
class SqliteStatement
{
public:
    SqliteStatement(SqliteStatement&&) noexcept = default;
    SqliteStatement& operator=(SqliteStatement&&) noexcept = default;

    SqliteStatement& bind(int index, std::int64_t value);
    SqliteStatement& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, std::string_view value);
    SqliteStatement& bind(int index, const char* value)
    {
        return bind(index, std::string_view(value));
    }
    SqliteStatement& bind(int index, const std::string& value)
    {
        return bind(index, std::string_view(value));
    }
    SqliteStatement& bindNull(int index);
    template <typename T> SqliteStatement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }
    /// Binds text without SQLite copying it: it must stay unchanged until the statement has
    /// run and is bound again or reset (the text of an entry being written, a literal). A
    /// copy was a malloc and a free in SQLite per text (a ten-year import binds 89,000).
    SqliteStatement& bindUncopied(int index, std::string_view value);
    /// Binds text the statement keeps (moved in, not copied) until the parameter is bound
    /// again: a text made only to be written, such as a formatted date.
    SqliteStatement& bindKept(int index, std::string value);
    SqliteStatement& bindKept(int index, std::optional<std::string> value)
    {
        return value ? bindKept(index, std::move(*value)) : bindNull(index);
    }

    /// Advances one row: true when a row is available, false when done.
    Result<bool> step();
    /// Steps to completion (for INSERT/UPDATE/DELETE).
    Status run();
    /// After the row a `... RETURNING` write gave: steps to the end and resets, with the
    /// first error. A write's own error, and in autocommit its COMMIT's (a full disk), may
    /// surface only there; a caller that stops at the row would report unsaved data as saved.
    Status finish();
    void reset();
    /// reset() keeping the bindings, for a caller that binds every parameter again: each bound
    /// text keeps its buffer for the next (a 64-row insert has over a thousand, issue 7).
    void resetForRebinding();

    bool isNull(int column) const;
    std::int64_t columnInt64(int column) const;
    int columnInt(int column) const { return int(columnInt64(column)); }
    double columnDouble(int column) const;
    std::string columnText(int column) const;
    /// The text of `column` without a copy; valid until the next step() or reset().
    std::string_view columnView(int column) const;
    std::optional<std::int64_t> optionalInt64(int column) const;
    std::optional<int> optionalInt(int column) const;
    std::optional<double> optionalDouble(int column) const;
    std::optional<std::string> optionalText(int column) const;

private:
    friend class SqliteDatabase;
    /// Gives the statement back to its connection's cache, or finalizes it when the
    /// connection is gone.
    struct Finalizer
    {
        std::weak_ptr<SqliteStatementCache> cache;
        std::string sql;
        void operator()(sqlite3_stmt* statement) const;
    };
    SqliteStatement(sqlite3_stmt* statement, sqlite3* db, Finalizer finalizer)
        : m_statement(statement, std::move(finalizer)), m_db(db)
    {}
    std::unique_ptr<sqlite3_stmt, Finalizer> m_statement;
    sqlite3* m_db = nullptr;
    // bindKept()'s texts by parameter, sized once (a moved SSO string would move its text).
    // Declared last: destroyed first, while the statement is not running.
    std::vector<std::string> m_kept;
};

/// BEGIN IMMEDIATE on construction (a SAVEPOINT when a transaction is already open);
/// rolls back on destruction unless committed.
class SqliteTransaction
{
public:
    static Result<SqliteTransaction> begin(SqliteDatabase& db);
    SqliteTransaction(SqliteTransaction&& other) noexcept;
    SqliteTransaction& operator=(SqliteTransaction&&) = delete;
    ~SqliteTransaction();

    Status commit();

private:
    explicit SqliteTransaction(SqliteDatabase& db) : m_db(&db) {}
    SqliteDatabase* m_db = nullptr;
    bool m_open = false;
    bool m_nested = false;
};

/// Runs `write` (returning a Result or a Status) in one transaction, or a SAVEPOINT inside a
/// caller's: rolled back when it fails, and its value handed back only once COMMIT succeeded,
/// so that nothing is reported saved that a full disk kept from the file (issue 20).
template <typename Write> auto writeInTransaction(SqliteDatabase& db, Write&& write)
{
    using Returned = decltype(write());
    auto transaction = SqliteTransaction::begin(db);
    if (!transaction)
        return Returned(transaction.error());
    auto result = write();
    if (!result)
        return result; // the transaction's destructor rolls back
    if (auto committed = transaction->commit(); !committed)
        return Returned(committed.error());
    return result;
}

/// Several queries that read one snapshot of the database: BEGIN (deferred) on construction
/// when no transaction is open, its end on end() or destruction. Inside an open transaction
/// it does nothing: the queries already share that transaction's view.
class SqliteReadTransaction
{
public:
    static Result<SqliteReadTransaction> begin(const SqliteDatabase& db);
    SqliteReadTransaction(SqliteReadTransaction&& other) noexcept;
    SqliteReadTransaction& operator=(SqliteReadTransaction&&) = delete;
    ~SqliteReadTransaction();
    Status end();
    /// False inside a caller's transaction, which this does not end.
    bool ownsTransaction() const { return m_db != nullptr; }

private:
    explicit SqliteReadTransaction(sqlite3* db) : m_db(db) {}
    sqlite3* m_db = nullptr;
};

} // namespace quietlegs
