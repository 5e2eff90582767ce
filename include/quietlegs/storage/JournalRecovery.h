#pragma once

#include "quietlegs/core/Result.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace quietlegs {

/// What recoverJournal() made of one table of the damaged journal.
struct RecoveredTable
{
    std::string table;
    std::int64_t copied = 0;
    /// Inclusive rowid ranges that SQLite could not read (a damaged page or more); a range
    /// may also span rowids that never held a row.
    std::vector<std::pair<std::int64_t, std::int64_t>> unreadable;
    /// Rows read but not copied, one line each: they fail a CHECK of the schema or refer to a
    /// row that is lost ("rowid 12: CHECK constraint failed: ...").
    std::vector<std::string> refused;
    /// Not empty when the table could not be read at all (its definition or root is lost).
    std::string lost;

    bool complete() const { return unreadable.empty() && refused.empty() && lost.empty(); }
};

struct RecoveryReport
{
    int sourceVersion = 0;
    std::vector<RecoveredTable> tables;

    bool complete() const;
    /// One line per table, for the CLI: "nights: 295 rows copied; rowids 120-180 could not be
    /// read".
    std::string text() const;
};

/// Copies every row SQLite can still read from the (damaged) journal `source` into a new
/// journal at `target`, in the current format: each table is scanned by rowid, and where a
/// read fails the bad rowid range is found by halving ranges (`WHERE rowid BETWEEN a AND b`)
/// and skipped. Works without sqlite_dbpage (which Debian's SQLite lacks). Rows that fail the
/// schema's CHECKs are reported, not copied; a reference to a lost row is cleared as the
/// schema's ON DELETE rule would (or the row reported, for CASCADE). The new journal passes
/// `PRAGMA integrity_check` and inspectJournalFile() before it is renamed to `target` (written
/// as a temporary file beside it: a failure leaves nothing). `source` is opened read-only and
/// gets no -wal or -shm beside it. The caller decides whether `target` may be replaced.
Result<RecoveryReport> recoverJournal(const std::filesystem::path& source,
                                      const std::filesystem::path& target);

} // namespace quietlegs
