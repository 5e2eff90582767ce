#include "quietlegs/storage/SqliteDatabase.h"

#include "quietlegs/storage/JournalAccess.h"

#include <cctype>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <utility>

namespace quietlegs {
namespace {

constexpr int kBusyTimeoutMs = 5000;

Error sqliteError(sqlite3* db, std::string_view context)
{
    return Error{"", "", std::string(context) + ": " + (db ? sqlite3_errmsg(db) : "out of memory")};
}

/// Creates the database file owner-only before SQLite opens it, so the journal is never
/// readable by others (SQLite gives -wal and -shm files the same permissions).
Status createOwnerOnly(const std::filesystem::path& path)
{
    std::error_code ec;
    const auto directory = path.parent_path();
    if (!directory.empty() && !std::filesystem::exists(directory, ec)) {
        std::filesystem::create_directories(directory, ec);
        if (ec)
            return Error{"database", path.string(), "cannot create folder: " + ec.message()};
        ::chmod(directory.c_str(), 0700);
    }
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0 && errno != EEXIST)
        return Error{"database", path.string(),
                     std::string("cannot create: ") + std::strerror(errno)};
    if (fd >= 0)
        ::close(fd);
    return {};
}

/// `file:` URI of `path` with `query` (sqlite.org/uri.html): every byte but unreserved ones
/// and '/' percent-encoded, so '?', '#' and '%' in a folder name stay part of the path.
std::string fileUri(const std::filesystem::path& path, std::string_view query)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string uri = "file:";
    for (unsigned char c : path.string()) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~') {
            uri += char(c);
        } else {
            uri += '%';
            uri += kHex[c >> 4];
            uri += kHex[c & 0xF];
        }
    }
    if (!query.empty())
        uri += "?" + std::string(query);
    return uri;
}

} // namespace

void SqliteDatabase::Closer::operator()(sqlite3* db) const
{
    sqlite3_close_v2(db);
}

/// Statements finished with, by their SQL, for SqliteDatabase::prepare() to hand out again.
class SqliteStatementCache
{
public:
    SqliteStatementCache() = default;
    SqliteStatementCache(const SqliteStatementCache&) = delete;
    SqliteStatementCache& operator=(const SqliteStatementCache&) = delete;
    ~SqliteStatementCache()
    {
        for (auto& [sql, statement] : m_idle)
            sqlite3_finalize(statement);
    }

    sqlite3_stmt* take(std::string_view sql)
    {
        const std::lock_guard lock(m_mutex);
        auto it = m_idle.find(std::string(sql));
        if (it == m_idle.end())
            return nullptr;
        sqlite3_stmt* statement = it->second;
        m_idle.erase(it);
        return statement;
    }

    void give(const std::string& sql, sqlite3_stmt* statement)
    {
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        const std::lock_guard lock(m_mutex);
        if (m_idle.size() >= kMaxIdle)
            sqlite3_finalize(statement);
        else
            m_idle.emplace(sql, statement);
    }

private:
    static constexpr std::size_t kMaxIdle = 64; // the journal has fewer distinct queries
    std::mutex m_mutex;
    std::unordered_multimap<std::string, sqlite3_stmt*> m_idle;
};

void SqliteStatement::Finalizer::operator()(sqlite3_stmt* statement) const
{
    if (auto statements = cache.lock())
        statements->give(sql, statement);
    else
        sqlite3_finalize(statement);
}

SqliteDatabase::SqliteDatabase(sqlite3* db, std::filesystem::path path)
    : m_db(db), m_path(std::move(path)), m_statements(std::make_shared<SqliteStatementCache>())
{}

SqliteDatabase::~SqliteDatabase() = default;

Result<SqliteDatabase> SqliteDatabase::open(const std::filesystem::path& path, Mode mode)
{
    // A connection is only ever used by the thread that opened it (the app reads and writes
    // on its GUI thread; JournalCheck's thread opens, uses and closes a connection of its own;
    // PeriodCorrelations' worker computes from series in memory), so SQLite's lock around
    // every call on a connection (FULLMUTEX) buys nothing; it was a tenth of the instructions
    // of reading a journal in `stats` (issue 7). NOMUTEX keeps SQLite's own locking of the
    // file. A new worker that reads the journal must open its own connection likewise.
    auto resolved = resolveJournalPath(path);
    if (!resolved)
        return resolved.error();
    // NOFOLLOW stays: the path is resolved now, so a link appearing later is refused.
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_NOFOLLOW | SQLITE_OPEN_URI;
    std::string query;
    if (mode == Mode::ReadWrite) {
        if (auto created = createOwnerOnly(*resolved); !created)
            return created.error();
        flags |= SQLITE_OPEN_READWRITE;
    } else if (mode == Mode::ReadTidy) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(*resolved, ec))
            return Error{"database", path.string(), "no such journal file"};
        flags |= SQLITE_OPEN_READWRITE; // never CREATE: reading makes no file
    } else {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(*resolved, ec))
            return Error{"database", path.string(), "no such journal file"};
        flags |= SQLITE_OPEN_READONLY;
        query = mode == Mode::ReadOnlyImmutable ? "mode=ro&immutable=1" : "mode=ro";
    }
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(fileUri(*resolved, query).c_str(), &raw, flags, nullptr);
    SqliteDatabase db(raw, path);
    if (rc != SQLITE_OK)
        return Error{"database", path.string(), std::string("cannot open: ") + sqlite3_errstr(rc)};
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (mode == Mode::ReadTidy)
        if (auto status = db.execute("PRAGMA query_only = 1"); !status)
            return Error{"database", path.string(), "cannot open: " + status.error().rule};
    return db;
}

Result<SqliteDatabase> SqliteDatabase::copyIntoMemory(const SqliteDatabase& source,
                                                      const std::filesystem::path& label)
{
    sqlite3* raw = nullptr;
    const int rc =
        sqlite3_open_v2(":memory:", &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    SqliteDatabase db(raw, label);
    if (rc != SQLITE_OK)
        return Error{"database", label.string(), std::string("cannot copy: ") + sqlite3_errstr(rc)};
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_backup* backup = sqlite3_backup_init(raw, "main", source.handle(), "main");
    if (!backup)
        return Error{"database", label.string(), "cannot copy: " + db.errorMessage()};
    // One step copies every page under one read snapshot of the source.
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        return Error{"database", label.string(),
                     std::string("cannot copy: ") +
                         sqlite3_errstr(stepped != SQLITE_DONE ? stepped : finished)};
    return db;
}

void SqliteDatabase::setCheckpointOnClose(bool enabled)
{
    sqlite3_db_config(m_db.get(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

Status SqliteDatabase::execute(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(m_db.get(), text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error error{"", "", message ? message : sqlite3_errmsg(m_db.get())};
        sqlite3_free(message);
        return error;
    }
    return {};
}

Result<SqliteStatement> SqliteDatabase::prepare(std::string_view sql) const
{
    sqlite3_stmt* raw = m_statements ? m_statements->take(sql) : nullptr; // moved from: none
    if (!raw &&
        sqlite3_prepare_v2(m_db.get(), sql.data(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return sqliteError(m_db.get(), "cannot prepare query");
    return SqliteStatement(raw, m_db.get(),
                           SqliteStatement::Finalizer{m_statements, std::string(sql)});
}

Result<std::int64_t> SqliteDatabase::queryInteger(std::string_view sql) const
{
    auto statement = prepare(sql);
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    if (!*row)
        return Error{"", "", "query returned no row: " + std::string(sql)};
    return statement->columnInt64(0);
}

std::int64_t SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db.get());
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db.get());
}

std::string SqliteDatabase::errorMessage() const
{
    return sqlite3_errmsg(m_db.get());
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_statement.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement.get(), index, value);
    return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view value)
{
    sqlite3_bind_text(m_statement.get(), index, value.data(), int(value.size()), SQLITE_TRANSIENT);
    return *this;
}

SqliteStatement& SqliteStatement::bindUncopied(int index, std::string_view value)
{
    // A null data pointer would bind NULL instead of an empty text.
    sqlite3_bind_text(m_statement.get(), index, value.empty() ? "" : value.data(),
                      int(value.size()), SQLITE_STATIC);
    return *this;
}

SqliteStatement& SqliteStatement::bindKept(int index, std::string value)
{
    if (m_kept.empty())
        m_kept.resize(std::size_t(sqlite3_bind_parameter_count(m_statement.get())));
    if (index < 1 || std::size_t(index) > m_kept.size())
        return bind(index, std::string_view(value)); // SQLite reports the bad index
    std::string& kept = m_kept[std::size_t(index) - 1];
    kept = std::move(value);
    return bindUncopied(index, kept);
}

SqliteStatement& SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement.get(), index);
    return *this;
}

Result<bool> SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement.get());
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return sqliteError(m_db, "database error");
}

Status SqliteStatement::run()
{
    for (;;) {
        auto row = step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
    }
}

Status SqliteStatement::finish()
{
    for (;;) {
        auto row = step();
        if (!row) {
            sqlite3_reset(m_statement.get());
            return row.error();
        }
        if (!*row)
            break;
    }
    if (sqlite3_reset(m_statement.get()) != SQLITE_OK)
        return sqliteError(m_db, "database error");
    return {};
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement.get());
    sqlite3_clear_bindings(m_statement.get());
}

void SqliteStatement::resetForRebinding()
{
    sqlite3_reset(m_statement.get());
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement.get(), column) == SQLITE_NULL;
}

std::int64_t SqliteStatement::columnInt64(int column) const
{
    return sqlite3_column_int64(m_statement.get(), column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement.get(), column);
}

std::string SqliteStatement::columnText(int column) const
{
    const auto* text = sqlite3_column_text(m_statement.get(), column);
    const int bytes = sqlite3_column_bytes(m_statement.get(), column);
    return text ? std::string(reinterpret_cast<const char*>(text), std::size_t(bytes))
                : std::string();
}

std::string_view SqliteStatement::columnView(int column) const
{
    const auto* text = sqlite3_column_text(m_statement.get(), column);
    const int bytes = sqlite3_column_bytes(m_statement.get(), column);
    return text ? std::string_view(reinterpret_cast<const char*>(text), std::size_t(bytes))
                : std::string_view();
}

std::optional<std::int64_t> SqliteStatement::optionalInt64(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt64(column);
}

std::optional<int> SqliteStatement::optionalInt(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnInt(column);
}

std::optional<double> SqliteStatement::optionalDouble(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

std::optional<std::string> SqliteStatement::optionalText(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnText(column);
}

Result<SqliteTransaction> SqliteTransaction::begin(SqliteDatabase& db)
{
    // Inside an open transaction a savepoint nests, so a caller's batch stays one unit.
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    if (auto status = db.execute(nested ? "SAVEPOINT quietlegs" : "BEGIN IMMEDIATE"); !status)
        return Error{"", "", "cannot start a transaction: " + status.error().rule};
    SqliteTransaction transaction(db);
    transaction.m_open = true;
    transaction.m_nested = nested;
    return transaction;
}

SqliteTransaction::SqliteTransaction(SqliteTransaction&& other) noexcept
    : m_db(other.m_db), m_open(other.m_open), m_nested(other.m_nested)
{
    other.m_open = false;
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_open)
        return;
    if (m_nested)
        (void)m_db->execute("ROLLBACK TO quietlegs; RELEASE quietlegs");
    else
        (void)m_db->execute("ROLLBACK");
}

Status SqliteTransaction::commit()
{
    if (!m_open)
        return Error{"", "", "transaction is not open"};
    // In WAL mode the new pages reach the disk only here: a full disk or an I/O error shows
    // here and nowhere before, and SQLite then rolls back (the destructor makes sure).
    if (auto status = m_db->execute(m_nested ? "RELEASE quietlegs" : "COMMIT"); !status)
        return Error{"journal", m_db->path().string(), "nothing was saved: " + status.error().rule};
    m_open = false;
    return {};
}

Result<SqliteReadTransaction> SqliteReadTransaction::begin(const SqliteDatabase& db)
{
    if (sqlite3_get_autocommit(db.handle()) == 0)
        return SqliteReadTransaction(nullptr);
    if (sqlite3_exec(db.handle(), "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error{"", "", "cannot start reading: " + db.errorMessage()};
    return SqliteReadTransaction(db.handle());
}

SqliteReadTransaction::SqliteReadTransaction(SqliteReadTransaction&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteReadTransaction::~SqliteReadTransaction()
{
    (void)end();
}

Status SqliteReadTransaction::end()
{
    sqlite3* db = std::exchange(m_db, nullptr);
    // A read changes nothing, so COMMIT only ends it; it fails only while a statement of the
    // connection is still stepping, which a caller's error path may leave behind.
    if (db && sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK) {
        Error error{"", "", std::string("cannot end reading: ") + sqlite3_errmsg(db)};
        (void)sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
        return error;
    }
    return {};
}

} // namespace quietlegs
