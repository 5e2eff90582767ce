#include "quietlegs/storage/JournalRecovery.h"

#include "DurableFiles.h"
#include "quietlegs/storage/JournalAccess.h"
#include "quietlegs/storage/JournalSchema.h"
#include "quietlegs/storage/SqliteDatabase.h"

#include <algorithm>
#include <limits>
#include <optional>
#include <sqlite3.h>

namespace quietlegs {
namespace {

// Halving a failing range stops after this many failed reads per table; what is left is
// reported unreadable as a whole (a journal table holds tens of thousands of rows at most).
constexpr int kFailedReadBudget = 4000;

Error recoveryError(const std::filesystem::path& file, std::string rule)
{
    return Error{"database", file.string(), std::move(rule)};
}

std::string sqlName(const std::string& name)
{
    std::string text = "\"";
    for (char c : name)
        text += c == '"' ? std::string("\"\"") : std::string(1, c);
    return text + "\"";
}

/// Copies the rows of one table that can be read, range by range.
class TableCopier
{
public:
    TableCopier(sqlite3* source, sqlite3* target, RecoveredTable& report)
        : m_source(source), m_target(target), m_report(report)
    {}
    ~TableCopier()
    {
        sqlite3_finalize(m_read);
        sqlite3_finalize(m_insert);
    }
    TableCopier(const TableCopier&) = delete;
    TableCopier& operator=(const TableCopier&) = delete;

    /// Prepares the statements for `columns` (the table's columns in the current format).
    bool prepare(const std::vector<std::string>& columns)
    {
        const std::string table = sqlName(m_report.table);
        std::string list;
        std::string parameters = "?1";
        for (std::size_t i = 0; i < columns.size(); ++i) {
            list += ", " + sqlName(columns[i]);
            parameters += ", ?" + std::to_string(i + 2);
        }
        m_columns = int(columns.size());
        const std::string read = "SELECT rowid" + list + " FROM " + table +
                                 " WHERE rowid BETWEEN ?1 AND ?2 ORDER BY rowid";
        if (sqlite3_prepare_v2(m_source, read.c_str(), -1, &m_read, nullptr) != SQLITE_OK) {
            m_report.lost = sqlite3_errmsg(m_source);
            return false;
        }
        const std::string insert =
            "INSERT INTO " + table + " (rowid" + list + ") VALUES (" + parameters + ")";
        if (sqlite3_prepare_v2(m_target, insert.c_str(), -1, &m_insert, nullptr) != SQLITE_OK) {
            m_report.lost = sqlite3_errmsg(m_target);
            return false;
        }
        return true;
    }

    /// The lowest or highest rowid (`aggregate` min or max), when that edge can be read.
    std::optional<std::int64_t> edgeRowId(const char* aggregate)
    {
        sqlite3_stmt* statement = nullptr;
        const std::string sql =
            std::string("SELECT ") + aggregate + "(rowid) FROM " + sqlName(m_report.table);
        std::optional<std::int64_t> found;
        if (sqlite3_prepare_v2(m_source, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW)
            found = sqlite3_column_type(statement, 0) == SQLITE_NULL
                        ? std::int64_t(0)
                        : sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return found;
    }

    /// Copies what can be read of rowids lo..hi; a failing range is halved until the parts
    /// that fail are single rowids (or the budget is spent).
    Status copyRange(std::int64_t lo, std::int64_t hi)
    {
        if (lo > hi)
            return {};
        std::int64_t next = lo;
        auto scanned = scan(next, hi);
        if (!scanned)
            return scanned.error();
        if (*scanned || next > hi)
            return {};
        if (next == hi || ++m_failedReads > kFailedReadBudget) {
            markUnreadable(next, hi);
            return {};
        }
        // In unsigned arithmetic: hi - next may not fit in an int64.
        const auto mid =
            std::int64_t(std::uint64_t(next) + (std::uint64_t(hi) - std::uint64_t(next)) / 2);
        if (auto status = copyRange(next, mid); !status)
            return status;
        return copyRange(mid + 1, hi);
    }

    void finish()
    {
        // Neighbouring single rowids of one damaged page read better as one range.
        auto& ranges = m_report.unreadable;
        std::sort(ranges.begin(), ranges.end());
        std::vector<std::pair<std::int64_t, std::int64_t>> merged;
        for (const auto& range : ranges) {
            if (!merged.empty() &&
                merged.back().second != std::numeric_limits<std::int64_t>::max() &&
                range.first <= merged.back().second + 1)
                merged.back().second = std::max(merged.back().second, range.second);
            else
                merged.push_back(range);
        }
        ranges = std::move(merged);
    }

private:
    /// Reads rowids next..hi in order, copying each row; `next` ends past the last row read.
    /// True when the range was read to its end, false when a read failed.
    Result<bool> scan(std::int64_t& next, std::int64_t hi)
    {
        sqlite3_reset(m_read);
        sqlite3_bind_int64(m_read, 1, next);
        sqlite3_bind_int64(m_read, 2, hi);
        for (;;) {
            const int rc = sqlite3_step(m_read);
            if (rc == SQLITE_DONE) {
                sqlite3_reset(m_read);
                return true;
            }
            if (rc != SQLITE_ROW) {
                sqlite3_reset(m_read);
                return false;
            }
            const std::int64_t rowid = sqlite3_column_int64(m_read, 0);
            if (rowid < next || rowid > hi) {
                // A damaged page can hand out rows out of order: what it says is not trusted.
                sqlite3_reset(m_read);
                return false;
            }
            if (auto status = insertRow(rowid); !status)
                return status.error();
            if (rowid == hi) {
                next = hi + 1; // hi may be the largest rowid: no overflow past it
                sqlite3_reset(m_read);
                return true;
            }
            next = rowid + 1;
        }
    }

    Status insertRow(std::int64_t rowid)
    {
        sqlite3_reset(m_insert);
        for (int i = 0; i <= m_columns; ++i)
            sqlite3_bind_value(m_insert, i + 1, sqlite3_column_value(m_read, i));
        const int rc = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (rc == SQLITE_DONE) {
            ++m_report.copied;
            return {};
        }
        if ((rc & 0xFF) == SQLITE_CONSTRAINT || (rc & 0xFF) == SQLITE_MISMATCH ||
            (rc & 0xFF) == SQLITE_TOOBIG) {
            // Only this statement failed; the copy goes on.
            m_report.refused.push_back("rowid " + std::to_string(rowid) + ": " +
                                       sqlite3_errmsg(m_target));
            return {};
        }
        return Error{
            "", "", std::string("cannot write the recovered journal: ") + sqlite3_errmsg(m_target)};
    }

    void markUnreadable(std::int64_t lo, std::int64_t hi)
    {
        m_report.unreadable.emplace_back(lo, hi);
    }

    sqlite3* m_source;
    sqlite3* m_target;
    RecoveredTable& m_report;
    sqlite3_stmt* m_read = nullptr;
    sqlite3_stmt* m_insert = nullptr;
    int m_columns = 0;
    int m_failedReads = 0;
};

/// The text of the first column of every row `statement` returns.
Result<std::vector<std::string>> firstColumn(SqliteStatement& statement)
{
    std::vector<std::string> texts;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return row.error();
        if (!*row)
            return texts;
        texts.push_back(statement.columnText(0));
    }
}

Result<std::vector<std::string>> tablesOf(const SqliteDatabase& db)
{
    auto statement = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name "
                                "NOT LIKE 'sqlite_%' ORDER BY rowid");
    if (!statement)
        return statement.error();
    return firstColumn(*statement);
}

Result<std::vector<std::string>> columnsOf(const SqliteDatabase& db, const std::string& table)
{
    auto statement = db.prepare("SELECT name FROM pragma_table_info(?1) ORDER BY cid");
    if (!statement)
        return statement.error();
    statement->bind(1, table);
    return firstColumn(*statement);
}

/// Rows whose reference names a lost row: cleared where the schema says ON DELETE SET NULL,
/// otherwise removed and reported (ON DELETE CASCADE would have removed them too).
Status settleForeignKeys(SqliteDatabase& db, std::vector<RecoveredTable>& tables)
{
    struct Violation
    {
        std::string table;
        std::int64_t rowid;
        std::string parent;
        int key;
    };
    std::vector<Violation> violations;
    {
        auto check = db.prepare("PRAGMA foreign_key_check");
        if (!check)
            return check.error();
        for (;;) {
            auto row = check->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            violations.push_back(Violation{check->columnText(0), check->columnInt64(1),
                                           check->columnText(2), check->columnInt(3)});
        }
    }
    for (const Violation& violation : violations) {
        auto key = db.prepare("SELECT \"from\", on_delete FROM pragma_foreign_key_list(?1) "
                              "WHERE id = ?2");
        if (!key)
            return key.error();
        key->bind(1, violation.table).bind(2, violation.key);
        auto row = key->step();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        const std::string column = key->columnText(0);
        const bool setNull = key->columnText(1) == "SET NULL";
        key->reset();
        const std::string sql =
            setNull ? "UPDATE " + sqlName(violation.table) + " SET " + sqlName(column) +
                          " = NULL WHERE rowid = ?1"
                    : "DELETE FROM " + sqlName(violation.table) + " WHERE rowid = ?1";
        auto change = db.prepare(sql);
        if (!change)
            return change.error();
        change->bind(1, violation.rowid);
        if (auto status = change->run(); !status)
            return status;
        if (setNull)
            continue;
        for (RecoveredTable& table : tables)
            if (table.table == violation.table) {
                --table.copied;
                table.refused.push_back("rowid " + std::to_string(violation.rowid) +
                                        ": refers to a lost row of " + violation.parent);
            }
    }
    return {};
}

Result<RecoveryReport> copyInto(SqliteDatabase& source, SqliteDatabase& target,
                                const std::filesystem::path& sourcePath)
{
    auto applicationId = source.queryInteger("PRAGMA application_id");
    auto version = source.queryInteger("PRAGMA user_version");
    if (!applicationId || !version)
        return recoveryError(
            sourcePath, "cannot be recovered: its first page, which names the format, "
                        "cannot be read (" +
                            (!applicationId ? applicationId.error() : version.error()).rule + ")");
    if (*applicationId != kJournalApplicationId || *version < 1)
        return recoveryError(sourcePath, "is not a QuietLegs journal; nothing to recover");
    if (*version > kJournalSchemaVersion)
        return recoveryError(sourcePath, "was written by a newer QuietLegs (journal format " +
                                             std::to_string(*version) +
                                             "); recover it with that version");
    // The rows go into tables of the source's own format, then migrate as any journal would.
    if (auto status = JournalSchema::migrate(target, int(*version)); !status)
        return status.error();

    RecoveryReport report;
    report.sourceVersion = int(*version);
    auto tables = tablesOf(target);
    if (!tables)
        return tables.error();
    auto transaction = SqliteTransaction::begin(target);
    if (!transaction)
        return transaction.error();
    for (const std::string& table : *tables) {
        auto columns = columnsOf(target, table);
        if (!columns)
            return columns.error();
        RecoveredTable& recovered = report.tables.emplace_back();
        recovered.table = table;
        TableCopier copier(source.handle(), target.handle(), recovered);
        if (!copier.prepare(*columns))
            continue;
        // Journal ids start at 1; an unreadable edge leaves the search to the halving.
        const auto lo = std::min<std::int64_t>(copier.edgeRowId("min").value_or(1), 1);
        const auto hi = copier.edgeRowId("max").value_or(std::numeric_limits<std::int64_t>::max());
        if (auto status = copier.copyRange(lo, hi); !status)
            return status.error();
        copier.finish();
    }
    if (auto status = settleForeignKeys(target, report.tables); !status)
        return status.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    if (auto status = JournalSchema::migrate(target); !status)
        return status.error();
    return report;
}

} // namespace

bool RecoveryReport::complete() const
{
    return std::all_of(tables.begin(), tables.end(),
                       [](const RecoveredTable& table) { return table.complete(); });
}

std::string RecoveryReport::text() const
{
    std::string text;
    for (const RecoveredTable& table : tables) {
        text += table.table + ": ";
        if (!table.lost.empty()) {
            text += "could not be read at all (" + table.lost + ")\n";
            continue;
        }
        text += std::to_string(table.copied) + (table.copied == 1 ? " row" : " rows") + " copied";
        if (!table.unreadable.empty()) {
            text += "; rowids ";
            for (std::size_t i = 0; i < table.unreadable.size(); ++i) {
                const auto [lo, hi] = table.unreadable[i];
                text += (i ? ", " : "") + std::to_string(lo);
                if (hi != lo)
                    text += "-" + std::to_string(hi);
            }
            text += " could not be read";
        }
        if (!table.refused.empty())
            text += "; " + std::to_string(table.refused.size()) + " not copied";
        text += '\n';
        for (const std::string& line : table.refused)
            text += "  " + line + '\n';
    }
    return text;
}

Result<RecoveryReport> recoverJournal(const std::filesystem::path& source,
                                      const std::filesystem::path& target)
{
    std::error_code ec;
    if (std::filesystem::equivalent(source, target, ec))
        return Error{"--out", target.string(), "is the damaged journal itself"};
    auto resolved = resolveJournalPath(source);
    if (!resolved)
        return resolved.error();
    // Immutable unless a -wal holds writes not yet in the file: a damaged journal gets no
    // -wal or -shm beside it.
    const bool hasWal = std::filesystem::exists(resolved->string() + "-wal", ec);
    auto sourceDb = SqliteDatabase::open(source, hasWal ? SqliteDatabase::Mode::ReadOnly
                                                        : SqliteDatabase::Mode::ReadOnlyImmutable);
    if (!sourceDb)
        return sourceDb.error();

    const auto temporary = durable::temporaryNameFor(target);
    std::filesystem::remove(temporary, ec);
    auto cleanUp = [&temporary] {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        std::filesystem::remove(temporary.string() + "-journal", ignored);
    };
    Result<RecoveryReport> report = Error{};
    {
        auto targetDb = SqliteDatabase::open(temporary, SqliteDatabase::Mode::ReadWrite);
        if (!targetDb)
            return targetDb.error();
        report = copyInto(*sourceDb, *targetDb, source);
        if (report) {
            auto integrity = targetDb->prepare("PRAGMA integrity_check");
            std::string problems;
            if (!integrity)
                problems = integrity.error().rule;
            for (; integrity;) {
                auto row = integrity->step();
                if (!row) {
                    problems = row.error().rule;
                    break;
                }
                if (!*row)
                    break;
                if (std::string line = integrity->columnText(0); line != "ok")
                    problems += (problems.empty() ? "" : "; ") + line;
            }
            if (!problems.empty())
                report = Error{"--out", target.string(),
                               "the recovered journal failed its integrity check: " + problems};
        }
    }
    if (!report) {
        cleanUp();
        return report;
    }
    if (auto checked = inspectJournalFile(temporary); !checked) {
        cleanUp();
        return Error{"--out", target.string(),
                     "the recovered journal failed verification: " + checked.error().rule};
    }
    if (auto renamed = durable::renameDurably(temporary, target); !renamed) {
        cleanUp();
        return renamed.error();
    }
    return report;
}

} // namespace quietlegs
