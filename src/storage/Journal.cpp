#include "quietlegs/storage/Journal.h"

#include "StoredRows.h"
#include "quietlegs/storage/JournalAccess.h"
#include "quietlegs/storage/JournalBackups.h"
#include "quietlegs/storage/JournalCheck.h"
#include "quietlegs/storage/JournalSchema.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <string_view>
#include <tuple>

namespace quietlegs {
namespace {

using stored::bindIntakeRange;
using stored::bindRange;
using stored::corruptRow;
using stored::kDailyColumns;
using stored::kIntakeColumns;
using stored::kNightColumns;
using stored::readAll;
using stored::readDaily;
using stored::readIntake;
using stored::readNight;

std::optional<std::string> optionalDateTime(const std::optional<LocalDateTime>& when)
{
    if (!when)
        return std::nullopt;
    return formatLocalDateTime(*when);
}

/// A source name as stored: NULL for none (the CHECK wants 1..200 characters).
std::optional<std::string> optionalName(const std::string& name)
{
    return name.empty() ? std::nullopt : std::optional<std::string>(name);
}

bool sameAmount(std::optional<double> a, std::optional<double> b)
{
    if (a.has_value() != b.has_value())
        return false;
    return !a || std::fabs(*a - *b) < 1e-9;
}

// The statements that write one entity, and their bindings: shared by the single-entity
// calls, merge() and the insert into an empty journal, so all write the same rows.
// The plain inserts are for a journal that holds nothing yet (no conflict is possible, and
// RETURNING would keep every new id in a temporary table); the upserts for everything else.
constexpr int kNightParameters = 35;
constexpr const char* kNightSaveTime = ", strftime('%Y-%m-%dT%H:%M:%SZ', 'now')";
const std::string kInsertNightHead =
    std::string("INSERT INTO nights (") + kNightColumns + ", updated_at) VALUES ";
const std::string kInsertNightSql =
    kInsertNightHead + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
                       "?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, "
                       "?32, ?33, ?34, ?35, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))";
const std::string kSaveNightSql =
    kInsertNightSql +
    " ON CONFLICT (date) DO UPDATE SET irls1 = ?2, irls2 = ?3, irls3 = ?4, irls4 = ?5, "
    "irls5 = ?6, irls6 = ?7, irls7 = ?8, irls8 = ?9, irls9 = ?10, irls10 = ?11, "
    "severity = ?12, into_bed = ?13, lights_out = ?14, sleep_latency_min = ?15, "
    "awakenings = ?16, waso_min = ?17, final_wake = ?18, out_of_bed = ?19, notes = ?20, "
    "time_zone = ?21, symptom_onset = ?22, rls_awakenings = ?23, arms = ?24, "
    "source = ?25, source_name = ?26, device_source = ?27, device_source_name = ?28, "
    "device_into_bed = ?29, device_lights_out = ?30, device_sleep_latency_min = ?31, "
    "device_awakenings = ?32, device_waso_min = ?33, device_final_wake = ?34, "
    "device_out_of_bed = ?35, updated_at = excluded.updated_at RETURNING id";
constexpr int kIntakeParameters = 10;
const std::string kInsertIntakeHead =
    "INSERT INTO intakes (taken_at, nutrient, form, route, compound_mg, elemental_mg, label, "
    "preset_id, source, source_name) VALUES ";
const std::string kInsertIntakeSql =
    kInsertIntakeHead + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
constexpr int kDailyParameters = 7;
const std::string kInsertDailyHead =
    std::string("INSERT INTO daily_factors (") + kDailyColumns + ") VALUES ";
const std::string kInsertDailySql = kInsertDailyHead + "(?1, ?2, ?3, ?4, ?5, ?6, ?7)";
const std::string kSaveDailySql =
    kInsertDailySql + " ON CONFLICT (date) DO UPDATE SET caffeine_mg = ?2, alcohol_units = ?3, "
                      "exercise_min = ?4, stress = ?5, source = ?6, source_name = ?7 RETURNING id";
constexpr int kLabParameters = 8;
const std::string kInsertLabHead =
    "INSERT INTO lab_results (date, test, value, unit, laboratory, morning_no_iron_24h, source, "
    "source_name) VALUES ";
const std::string kInsertLabSql = kInsertLabHead + "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
const std::string kSaveLabSql =
    kInsertLabSql + " ON CONFLICT (date, test) DO UPDATE SET value = ?3, unit = ?4, "
                    "laboratory = ?5, morning_no_iron_24h = ?6, source = ?7, source_name = ?8 "
                    "RETURNING id";

// The binders below bind an entry's own texts and the ids' literals uncopied (the entry is
// written before the caller lets it go), and formatted dates and times kept by the statement:
// SQLite's copy of each text was a fifth of importing ten years.

/// A source name as stored: NULL for none (the CHECK wants 1..200 characters).
void bindName(SqliteStatement& statement, int index, const std::string& name)
{
    if (name.empty())
        statement.bindNull(index);
    else
        statement.bindUncopied(index, name);
}

void bindNight(SqliteStatement& statement, const Night& night, int offset = 0)
{
    statement.bindKept(offset + 1, formatDate(night.date()));
    for (int i = 0; i < kIrlsItemCount; ++i) {
        if (night.irls())
            statement.bind(offset + 2 + i, night.irls()->items()[i]);
        else
            statement.bindNull(offset + 2 + i);
    }
    const auto& t = night.sleep().times();
    statement.bind(offset + 12, night.severity())
        .bindKept(offset + 13, optionalDateTime(t.intoBed))
        .bindKept(offset + 14, optionalDateTime(t.lightsOut))
        .bind(offset + 15, t.sleepLatencyMin)
        .bind(offset + 16, t.awakenings)
        .bind(offset + 17, t.wasoMin)
        .bindKept(offset + 18, optionalDateTime(t.finalWake))
        .bindKept(offset + 19, optionalDateTime(t.outOfBed))
        .bindUncopied(offset + 20, night.notes())
        .bindKept(offset + 21, night.timeZone().name())
        .bindKept(offset + 22, optionalDateTime(night.symptomOnset()))
        .bind(offset + 23, night.rlsAwakenings());
    if (night.arms())
        statement.bind(offset + 24, *night.arms() ? 1 : 0);
    else
        statement.bindNull(offset + 24);
    statement.bindUncopied(offset + 25, entrySourceId(night.source()));
    bindName(statement, offset + 26, night.sourceName());
    if (const auto& device = night.deviceSleep()) {
        const SleepDiaryTimes& d = device->times;
        statement.bindUncopied(offset + 27, entrySourceId(device->source));
        bindName(statement, offset + 28, device->sourceName);
        statement.bindKept(offset + 29, optionalDateTime(d.intoBed))
            .bindKept(offset + 30, optionalDateTime(d.lightsOut))
            .bind(offset + 31, d.sleepLatencyMin)
            .bind(offset + 32, d.awakenings)
            .bind(offset + 33, d.wasoMin)
            .bindKept(offset + 34, optionalDateTime(d.finalWake))
            .bindKept(offset + 35, optionalDateTime(d.outOfBed));
    } else {
        for (int i = 27; i <= 35; ++i)
            statement.bindNull(offset + i);
    }
}

Error cannotSave(const char* entity, const std::string& key, const Error& error)
{
    return Error{entity, key, "cannot save: " + error.rule};
}

/// The id an upsert's `RETURNING id` gave, once the statement ran to its end (where a
/// write's errors surface: SqliteStatement::finish).
template <typename Named> Result<std::int64_t> returnedId(SqliteStatement& statement, Named named)
{
    auto row = statement.step();
    if (!row)
        return named(row.error());
    if (!*row)
        return named(Error{"", "", "no row was written"});
    const std::int64_t id = statement.columnInt64(0);
    if (auto finished = statement.finish(); !finished)
        return named(finished.error());
    return id;
}

Result<std::int64_t> stepSaveNight(SqliteStatement& statement, const Night& night)
{
    bindNight(statement, night);
    return returnedId(statement, [&](const Error& error) {
        return cannotSave("night", formatDate(night.date()), error);
    });
}

void bindIntake(SqliteStatement& statement, const Intake& intake,
                std::optional<std::int64_t> presetId, int offset = 0)
{
    statement.bindKept(offset + 1, formatLocalDateTime(intake.takenAt()))
        .bindUncopied(offset + 2, nutrientId(intake.nutrient()))
        .bindUncopied(offset + 3, intake.form())
        .bindUncopied(offset + 4, routeId(intake.route()))
        .bind(offset + 5, intake.compoundMg())
        .bind(offset + 6, intake.elementalMg())
        .bindUncopied(offset + 7, intake.label())
        .bind(offset + 8, presetId)
        .bindUncopied(offset + 9, entrySourceId(intake.origin()));
    bindName(statement, offset + 10, intake.originName());
}

Status runInsertIntake(SqliteStatement& statement, const Intake& intake,
                       std::optional<std::int64_t> presetId)
{
    bindIntake(statement, intake, presetId);
    if (auto status = statement.run(); !status)
        return cannotSave("intake", formatLocalDateTime(intake.takenAt()), status.error());
    return {};
}

void bindDaily(SqliteStatement& statement, const DailyFactors& factors, int offset = 0)
{
    statement.bindKept(offset + 1, formatDate(factors.date()))
        .bind(offset + 2, factors.caffeineMg())
        .bind(offset + 3, factors.alcoholUnits())
        .bind(offset + 4, factors.exerciseMin())
        .bind(offset + 5, factors.stress())
        .bindUncopied(offset + 6, entrySourceId(factors.source()));
    bindName(statement, offset + 7, factors.sourceName());
}

Result<std::int64_t> stepSaveDaily(SqliteStatement& statement, const DailyFactors& factors)
{
    bindDaily(statement, factors);
    return returnedId(statement, [&](const Error& error) {
        return cannotSave("daily", formatDate(factors.date()), error);
    });
}

void bindLab(SqliteStatement& statement, const LabResult& result, int offset = 0)
{
    statement.bind(offset + 1, formatDate(result.date()))
        .bind(offset + 2, labTestId(result.test()))
        .bind(offset + 3, result.value())
        .bind(offset + 4, result.unit())
        .bind(offset + 5, result.laboratory());
    const auto drawn = result.morningNoIron24h();
    statement.bind(offset + 6, drawn ? std::optional<int>(*drawn ? 1 : 0) : std::nullopt)
        .bind(offset + 7, entrySourceId(result.details().source));
    const std::string& sourceName = result.details().sourceName;
    statement.bind(offset + 8,
                   sourceName.empty() ? std::nullopt : std::optional<std::string>(sourceName));
}

Result<std::int64_t> stepSaveLab(SqliteStatement& statement, const LabResult& result)
{
    bindLab(statement, result);
    return returnedId(statement, [&](const Error& error) {
        return cannotSave("lab", formatDate(result.date()), error);
    });
}

/// One upsert inside merge()'s transaction, which commits it: without a savepoint of its own
/// per entry (saveNight() and the like), which would cost an import of years dearly.
template <typename Step, typename Entry>
Result<std::int64_t> inOpenTransaction(SqliteDatabase& db, const std::string& sql, Step step,
                                       const Entry& entry)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return statement.error();
    return step(*statement, entry);
}

/// `rows` groups of `parameters` parameters for a multi-row INSERT, each group ending with
/// `extra` (a value every row gets, as the nights' save time). The parameters are plain `?`,
/// numbered in order as `?NNN` would be: SQLite looks each `?NNN` up by number in a list while
/// it compiles the statement, which for 64 rows of 35 took longer than the list is long.
std::string valueRows(std::size_t rows, int parameters, std::string_view extra)
{
    std::string text;
    for (std::size_t row = 0; row < rows; ++row) {
        text += row ? ", (?" : "(?";
        for (int i = 2; i <= parameters; ++i)
            text += ", ?";
        text += extra;
        text += ')';
    }
    return text;
}

/// Inserts `entries` in order, many rows per statement: one INSERT per entry cost as much again
/// as the rows themselves (issue 7). `bind(statement, entry, offset)` binds an entry's
/// parameters after `offset`; `named(entry, error)` words a failure as one insert per entry
/// would. When a statement fails, its rows are inserted one by one (the failed statement
/// changed nothing) to name the entry at fault, unless the transaction itself is gone.
template <typename T, typename Bind, typename Named>
Status insertInChunks(SqliteDatabase& db, const std::string& head, int parameters,
                      std::string_view extra, const std::vector<T>& entries, Bind bind, Named named)
{
    constexpr std::size_t kRowsPerStatement = 64;
    std::optional<SqliteStatement> full;
    for (std::size_t start = 0; start < entries.size(); start += kRowsPerStatement) {
        const std::size_t rows = std::min(kRowsPerStatement, entries.size() - start);
        std::optional<SqliteStatement> partial;
        SqliteStatement* statement = nullptr;
        if (rows == kRowsPerStatement && full) {
            full->resetForRebinding(); // bind() below sets every parameter
            statement = &*full;
        } else {
            auto prepared = db.prepare(head + valueRows(rows, parameters, extra));
            if (!prepared)
                return prepared.error();
            auto& slot = rows == kRowsPerStatement ? full : partial;
            slot.emplace(std::move(prepared).value());
            statement = &*slot;
        }
        for (std::size_t row = 0; row < rows; ++row)
            bind(*statement, entries[start + row], int(row) * parameters);
        auto status = statement->run();
        if (status)
            continue;
        if (sqlite3_get_autocommit(db.handle()) != 0)
            return named(entries[start], status.error());
        auto single = db.prepare(head + valueRows(1, parameters, extra));
        if (!single)
            return single.error();
        for (std::size_t row = 0; row < rows; ++row) {
            single->reset();
            bind(*single, entries[start + row], 0);
            if (auto one = single->run(); !one)
                return named(entries[start + row], one.error());
        }
        return named(entries[start], status.error());
    }
    return {};
}

/// Whether two entries of `records` have the same key (the keys merge() matches on): then
/// the later one updates the earlier or leaves it unchanged, which only merge() counts.
bool repeatsAKey(const JournalRecords& records)
{
    auto repeats = [](auto keys) {
        std::sort(keys.begin(), keys.end());
        return std::adjacent_find(keys.begin(), keys.end()) != keys.end();
    };
    std::vector<Date> dates;
    for (const Night& night : records.nights)
        dates.push_back(night.date());
    if (repeats(dates))
        return true;
    dates.clear();
    for (const DailyFactors& factors : records.daily)
        dates.push_back(factors.date());
    if (repeats(dates))
        return true;
    std::vector<std::pair<Date, LabTest>> labs;
    for (const LabResult& lab : records.labs)
        labs.emplace_back(lab.date(), lab.test());
    if (repeats(labs))
        return true;
    // Intakes match on (taken_at, nutrient, form) and elemental mg within 1e-9: sorted, two
    // that match are next to each other.
    std::vector<const Intake*> intakes;
    for (const Intake& intake : records.intakes)
        intakes.push_back(&intake);
    auto key = [](const Intake* intake) {
        return std::tuple<LocalDateTime, Nutrient, const std::string&>(
            intake->takenAt(), intake->nutrient(), intake->form());
    };
    std::sort(intakes.begin(), intakes.end(), [&](const Intake* a, const Intake* b) {
        if (key(a) != key(b))
            return key(a) < key(b);
        return a->elementalMg() < b->elementalMg();
    });
    for (std::size_t i = 1; i < intakes.size(); ++i)
        if (key(intakes[i - 1]) == key(intakes[i]) &&
            std::fabs(intakes[i - 1]->elementalMg() - intakes[i]->elementalMg()) < 1e-9)
            return true;
    return false;
}

} // namespace

Result<Journal> Journal::open(const std::filesystem::path& path, Access access, JournalCheck* check)
{
    auto checked = openChecked(path, access, check);
    if (!checked.journal)
        return checked.error;
    return std::move(*checked.journal);
}

CheckedJournal Journal::openChecked(const std::filesystem::path& path, Access access,
                                    JournalCheck* check)
{
    auto refused = [](JournalProblem problem, Error error) {
        CheckedJournal checked;
        checked.problem = problem;
        checked.error = std::move(error);
        return checked;
    };
    auto resolved = resolveJournalPath(path);
    if (!resolved)
        return refused(JournalProblem::CannotOpen, resolved.error());
    const auto facts = probeWritability(*resolved);
    const auto mode = chooseOpenMode(access == Access::ReadWrite, facts);
    if (mode == JournalOpenMode::RefusedReadOnly) {
        if (!facts.fileExists)
            return refused(JournalProblem::CannotOpen,
                           Error{"database", path.string(),
                                 "cannot be created: its folder is read-only"});
        return refused(JournalProblem::ReadOnly,
                       Error{"database", path.string(),
                             "is read-only (the file or its folder cannot be written: read-only "
                             "media or permissions); it can be listed and exported, not "
                             "changed"});
    }
    if (mode == JournalOpenMode::ReadOnly)
        return examine(path, SqliteDatabase::Mode::ReadOnly, access, check, Examine::Open);
    if (mode == JournalOpenMode::ReadTidy)
        return examine(path, SqliteDatabase::Mode::ReadTidy, access, check, Examine::Open);
    if (mode == JournalOpenMode::ReadOnlyImmutable)
        return examine(path, SqliteDatabase::Mode::ReadOnlyImmutable, access, check,
                       Examine::Open);

    // A damaged or foreign file must not get -wal and -shm files beside it, which a
    // read-write connection (or a read-only one, in a writable folder) makes for a WAL file.
    // Without a -wal no connection has the file open, so it is first looked at read-only and
    // immutable; a file that passes is then opened for writing without checking it again.
    std::error_code ec;
    const auto wal = std::filesystem::path(resolved->string() + "-wal");
    if (facts.fileExists && !std::filesystem::exists(wal, ec)) {
        auto look = examine(path, SqliteDatabase::Mode::ReadOnlyImmutable, access, check,
                            Examine::LookOnly);
        // A writer that started meanwhile could have changed the file under the immutable
        // look: then only a check on the opening connection counts.
        const bool overtaken = look.problem == JournalProblem::Damaged &&
                               std::filesystem::exists(wal, ec);
        if (look.problem != JournalProblem::None && !overtaken)
            return look;
        if (!overtaken)
            return examine(path, SqliteDatabase::Mode::ReadWrite, access, nullptr,
                           Examine::OpenChecked);
        check = nullptr;
    }
    return examine(path, SqliteDatabase::Mode::ReadWrite, access, check, Examine::Open);
}

CheckedJournal Journal::examine(const std::filesystem::path& path, SqliteDatabase::Mode mode,
                                Access access, JournalCheck* check, Examine how)
{
    auto refused = [](JournalProblem problem, Error error) {
        CheckedJournal checked;
        checked.problem = problem;
        checked.error = std::move(error);
        return checked;
    };
    auto db = SqliteDatabase::open(path, mode);
    if (!db)
        return refused(JournalProblem::CannotOpen, db.error());
    // Until we know the file is ours and not newer, closing must not checkpoint a WAL into it.
    // A ReadTidy connection found no -wal: the one it makes holds only what writers commit
    // while it reads, and closing it (checkpoint, then delete) leaves the folder as it was.
    if (mode != SqliteDatabase::Mode::ReadTidy)
        db->setCheckpointOnClose(false);
    auto damaged = [&](const std::string& detail) {
        return refused(
            JournalProblem::Damaged,
            Error{"database", path.string(), "is damaged (" + detail + "); it was not changed"});
    };
    // SQLite reports a mangled file as "not a database" or "malformed"; anything else (a lock,
    // an I/O error) is not evidence of damage.
    auto failed = [&](const Error& error) {
        const int code = sqlite3_errcode(db->handle());
        if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
            return damaged(error.rule);
        return refused(JournalProblem::CannotOpen, error);
    };

    auto version = JournalSchema::versionOf(*db);
    if (!version)
        return failed(version.error());
    auto applicationId = db->queryInteger("PRAGMA application_id");
    if (!applicationId)
        return failed(applicationId.error());
    if (*applicationId != 0 && *applicationId != kJournalApplicationId)
        return refused(JournalProblem::NotAJournal,
                       Error{"database", path.string(),
                             "is an SQLite file of another program, not a QuietLegs journal"});
    if (*version < 0) // no QuietLegs writes these (found by the journal_open fuzz target)
        return refused(JournalProblem::NotAJournal,
                       Error{"database", path.string(),
                             "has journal format " + std::to_string(*version) +
                                 ", which no QuietLegs writes: not a QuietLegs journal"});
    if (*version == 0) {
        auto tables = db->queryInteger("SELECT count(*) FROM sqlite_schema");
        if (!tables)
            return failed(tables.error());
        if (*tables > 0)
            return refused(JournalProblem::NotAJournal,
                           Error{"database", path.string(),
                                 "is an SQLite file of another program, not a QuietLegs journal"});
    }
    if (*version > kJournalSchemaVersion)
        return refused(JournalProblem::TooNew,
                       JournalSchema::migrate(*db).error()); // file untouched

    if (access == Access::ReadOnly) {
        // Reading a damaged journal stays possible, to save what can be saved; every row read
        // is validated again by the domain rules.
        if (*version < kJournalSchemaVersion)
            return readOlderFormat(*db, path, int(*version));
        db->setCheckpointOnClose(true);
        CheckedJournal checked;
        checked.journal = Journal(std::move(db).value());
        checked.journal->m_readOnly = true;
        return checked;
    }

    // Nothing is written to a journal that fails the check: a write could spread the damage
    // and the newest good backup is the way out (JournalBackups::restore).
    if (how != Examine::OpenChecked) {
        std::optional<std::string> problems;
        if (check && check->path() == path)
            problems = check->problems(); // run ahead on its own connection
        if (!problems) {
            auto found = quickCheckProblems(*db);
            if (!found)
                return failed(found.error());
            problems = std::move(found).value();
        }
        if (!problems->empty())
            return damaged("quick_check: " + *problems);
    }
    if (how == Examine::LookOnly)
        return {}; // sound so far; closing this connection leaves nothing behind

    if (*version > 0 && *version < kJournalSchemaVersion) {
        auto backup =
            JournalBackups(path).create(*db, BackupReason::BeforeMigration, localNowSeconds());
        if (!backup)
            return refused(JournalProblem::CannotOpen,
                           Error{"database", path.string(),
                                 "not upgraded to the new journal format, because the backup "
                                 "before the upgrade failed: " +
                                     backup.error().message()});
    }
    // temp_store: the statement journal of a many-row insert, and any sort, stay in memory
    // rather than in an unlinked file under /var/tmp (a journal is a few megabytes at most).
    if (auto status = db->execute(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; "
            "PRAGMA foreign_keys = ON;");
        !status)
        return refused(JournalProblem::CannotOpen,
                       Error{"database", path.string(), "cannot open: " + status.error().rule});
    if (auto status = JournalSchema::migrate(*db); !status)
        return refused(JournalProblem::CannotOpen, status.error());
    db->setCheckpointOnClose(true);
    CheckedJournal checked;
    checked.journal = Journal(std::move(db).value());
    return checked;
}

CheckedJournal Journal::readOlderFormat(const SqliteDatabase& file,
                                        const std::filesystem::path& path, int version)
{
    // Reading must not change the file (it may be on read-only media, and upgrading belongs to
    // an opening for writing, with its backup first), and the queries speak today's format: so
    // the journal is read through a copy in memory, upgraded there. A journal is a few
    // megabytes at most; the copy is one snapshot of the file.
    auto fail = [&](const Error& error) {
        CheckedJournal refused;
        refused.problem = JournalProblem::CannotOpen;
        refused.error = Error{"database", path.string(),
                              "uses the older journal format " + std::to_string(version) +
                                  " and cannot be read: " + error.rule};
        return refused;
    };
    auto copy = SqliteDatabase::copyIntoMemory(file, path);
    if (!copy)
        return fail(copy.error());
    if (auto status = copy->execute("PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = ON;");
        !status)
        return fail(status.error());
    if (auto status = JournalSchema::migrate(*copy); !status)
        return fail(status.error());
    if (auto status = copy->execute("PRAGMA query_only = 1"); !status)
        return fail(status.error());
    CheckedJournal checked;
    checked.journal = Journal(std::move(copy).value());
    checked.journal->m_readOnly = true;
    checked.journal->m_olderFormat = version;
    return checked;
}

std::string Journal::olderFormatNote() const
{
    if (m_olderFormat == 0)
        return {};
    return path().string() + " uses the older journal format " + std::to_string(m_olderFormat) +
           ". It is shown as it is and was not upgraded: reading never changes the file. On "
           "read-only media it cannot be upgraded there; elsewhere, opening it for writing "
           "(the app, or any log command) upgrades it after a backup";
}

Status Journal::inTransaction(const std::function<Status()>& change)
{
    return writeInTransaction(m_db, change);
}

// Every change below is one transaction of its own (a SAVEPOINT inside a caller's), whose
// COMMIT is checked before the change is reported done: writeInTransaction.

Result<std::int64_t> Journal::saveNight(const Night& night)
{
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement = m_db.prepare(kSaveNightSql);
        if (!statement)
            return statement.error();
        return stepSaveNight(*statement, night);
    });
}

Result<std::optional<Night>> Journal::night(Date date) const
{
    auto found = nights(DateRange{date, date});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Night>{};
    return std::optional<Night>(found->front());
}

Result<std::vector<Night>> Journal::nights(const DateRange& range) const
{
    auto statement = m_db.prepare(std::string("SELECT ") + kNightColumns +
                                  " FROM nights WHERE date BETWEEN ?1 AND ?2 ORDER BY date");
    if (!statement)
        return statement.error();
    bindRange(*statement, range);
    return readAll<Night>(*statement, readNight);
}

Result<bool> Journal::deleteNight(Date date)
{
    return stored::deleteRows(m_db, "DELETE FROM nights WHERE date = ?1", formatDate(date));
}

Result<std::int64_t> Journal::insertIntake(const Intake& intake,
                                           std::optional<std::int64_t> presetId)
{
    auto statement = m_db.prepare(kInsertIntakeSql);
    if (!statement)
        return statement.error();
    if (auto status = runInsertIntake(*statement, intake, presetId); !status)
        return status.error();
    return m_db.lastInsertRowId();
}

Result<std::int64_t> Journal::addIntake(const Intake& intake, std::optional<std::int64_t> presetId)
{
    return writeInTransaction(m_db, [&] { return insertIntake(intake, presetId); });
}

Status Journal::updateIntake(std::int64_t id, const Intake& intake)
{
    return writeInTransaction(m_db, [&] { return updateIntakeInTransaction(id, intake); });
}

Status Journal::updateIntakeInTransaction(std::int64_t id, const Intake& intake)
{
    auto statement = m_db.prepare(
        "UPDATE intakes SET taken_at = ?2, nutrient = ?3, form = ?4, route = ?5, compound_mg = ?6, "
        "elemental_mg = ?7, label = ?8, source = ?9, source_name = ?10 WHERE id = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, id)
        .bind(2, formatLocalDateTime(intake.takenAt()))
        .bind(3, nutrientId(intake.nutrient()))
        .bind(4, intake.form())
        .bind(5, routeId(intake.route()))
        .bind(6, intake.compoundMg())
        .bind(7, intake.elementalMg())
        .bind(8, intake.label())
        .bind(9, entrySourceId(intake.origin()))
        .bind(10, optionalName(intake.originName()));
    if (auto status = statement->run(); !status)
        return status;
    if (m_db.changes() == 0)
        return Error{"intake", "#" + std::to_string(id), "no such intake"};
    return {};
}

Result<bool> Journal::deleteIntake(std::int64_t id)
{
    return stored::deleteRows(m_db, "DELETE FROM intakes WHERE id = ?1", id);
}

Result<std::optional<StoredIntake>> Journal::intake(std::int64_t id) const
{
    auto statement =
        m_db.prepare(std::string("SELECT ") + kIntakeColumns + " FROM intakes WHERE id = ?1");
    if (!statement)
        return statement.error();
    statement->bind(1, id);
    auto found = readAll<StoredIntake>(*statement, readIntake);
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<StoredIntake>{};
    return std::optional<StoredIntake>(found->front());
}

Result<std::vector<StoredIntake>> Journal::intakes(const DateRange& range) const
{
    auto statement = m_db.prepare(std::string("SELECT ") + kIntakeColumns +
                                  " FROM intakes WHERE taken_at >= ?1 AND taken_at < ?2 "
                                  "ORDER BY taken_at, id");
    if (!statement)
        return statement.error();
    bindIntakeRange(*statement, range, 1);
    return readAll<StoredIntake>(*statement, readIntake);
}

Result<std::int64_t> Journal::saveDailyFactors(const DailyFactors& factors)
{
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement = m_db.prepare(kSaveDailySql);
        if (!statement)
            return statement.error();
        return stepSaveDaily(*statement, factors);
    });
}

Result<std::optional<DailyFactors>> Journal::dailyFactors(Date date) const
{
    auto found = dailyFactors(DateRange{date, date});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<DailyFactors>{};
    return std::optional<DailyFactors>(found->front());
}

Result<std::vector<DailyFactors>> Journal::dailyFactors(const DateRange& range) const
{
    auto statement = m_db.prepare(std::string("SELECT ") + kDailyColumns +
                                  " FROM daily_factors WHERE date BETWEEN ?1 AND ?2 ORDER BY date");
    if (!statement)
        return statement.error();
    bindRange(*statement, range);
    return readAll<DailyFactors>(*statement, readDaily);
}

Result<bool> Journal::deleteDailyFactors(Date date)
{
    return stored::deleteRows(m_db, "DELETE FROM daily_factors WHERE date = ?1", formatDate(date));
}

Result<std::int64_t> Journal::saveLabResult(const LabResult& result)
{
    return writeInTransaction(m_db, [&]() -> Result<std::int64_t> {
        auto statement = m_db.prepare(kSaveLabSql);
        if (!statement)
            return statement.error();
        return stepSaveLab(*statement, result);
    });
}

Result<std::vector<StoredLabResult>> Journal::labResults(const DateRange& range) const
{
    auto statement = m_db.prepare(std::string("SELECT ") + stored::kLabColumns +
                                  " FROM lab_results WHERE date BETWEEN ?1 AND ?2 "
                                  "ORDER BY date, test");
    if (!statement)
        return statement.error();
    bindRange(*statement, range);
    return readAll<StoredLabResult>(*statement, stored::readLab);
}

Result<bool> Journal::deleteLabResult(std::int64_t id)
{
    return stored::deleteRows(m_db, "DELETE FROM lab_results WHERE id = ?1", id);
}

Result<std::int64_t> Journal::savePreset(const SupplementPreset& preset,
                                         std::optional<std::int64_t> id)
{
    return writeInTransaction(m_db, [&] { return savePresetInTransaction(preset, id); });
}

Result<std::int64_t> Journal::savePresetInTransaction(const SupplementPreset& preset,
                                                      std::optional<std::int64_t> id)
{
    auto statement =
        id ? m_db.prepare("UPDATE supplement_presets SET name = ?2, nutrient = ?3, form = ?4, "
                          "route = ?5, compound_mg = ?6, elemental_mg = ?7 WHERE id = ?1 "
                          "RETURNING id")
           : m_db.prepare("INSERT INTO supplement_presets (name, nutrient, form, route, "
                          "compound_mg, elemental_mg, position) VALUES (?2, ?3, ?4, ?5, ?6, ?7, "
                          "(SELECT coalesce(max(position), 0) + 1 FROM supplement_presets)) "
                          "RETURNING id");
    if (!statement)
        return statement.error();
    if (id)
        statement->bind(1, *id);
    statement->bind(2, preset.name())
        .bind(3, nutrientId(preset.nutrient()))
        .bind(4, preset.form())
        .bind(5, routeId(preset.route()))
        .bind(6, preset.compoundMg())
        .bind(7, preset.elementalMg());
    auto row = statement->step();
    if (!row) {
        if (row.error().rule.find("UNIQUE") != std::string::npos)
            return Error{"name", preset.name(), "a preset with this name exists already"};
        return Error{"preset", preset.name(), "cannot save: " + row.error().rule};
    }
    if (!*row)
        return Error{"preset", "#" + std::to_string(id.value_or(0)), "no such preset"};
    const std::int64_t saved = statement->columnInt64(0);
    if (auto finished = statement->finish(); !finished)
        return Error{"preset", preset.name(), "cannot save: " + finished.error().rule};
    return saved;
}

Result<std::vector<StoredPreset>> Journal::presets() const
{
    auto statement = m_db.prepare("SELECT id, name, nutrient, form, route, compound_mg, "
                                  "elemental_mg FROM supplement_presets ORDER BY position, id");
    if (!statement)
        return statement.error();
    return readAll<StoredPreset>(
        *statement, [](const SqliteStatement& row) -> Result<StoredPreset> {
            const std::string key = "#" + std::to_string(row.columnInt64(0));
            auto nutrient = parseNutrient(row.columnText(2));
            if (!nutrient)
                return corruptRow("preset", key, nutrient.error());
            auto route = parseRoute(row.columnText(4));
            if (!route)
                return corruptRow("preset", key, route.error());
            auto preset =
                SupplementPreset::create(row.columnText(1), *nutrient, row.columnText(3), *route,
                                         row.optionalDouble(5), row.optionalDouble(6));
            if (!preset)
                return corruptRow("preset", key, preset.error());
            return StoredPreset{row.columnInt64(0), std::move(preset).value()};
        });
}

Result<bool> Journal::deletePreset(std::int64_t id)
{
    return stored::deleteRows(m_db, "DELETE FROM supplement_presets WHERE id = ?1", id);
}

Result<JournalRecords> Journal::records(const DateRange& range) const
{
    auto records = stored::readRecords(m_db, range);
    if (!records)
        return records;
    auto plans = experiments();
    if (!plans)
        return plans.error();
    records->experiments = std::move(plans).value();
    return records;
}

Result<MergeSummary> Journal::merge(const JournalRecords& records)
{
    auto transaction = SqliteTransaction::begin(m_db);
    if (!transaction)
        return transaction.error();
    auto summary = mergeInOpenTransaction(records);
    if (!summary)
        return summary.error();
    if (auto status = mergeWeeksInOpenTransaction(records.weeks, *summary); !status)
        return status.error();
    if (auto factors = stored::mergeFactors(m_db, records, *summary); !factors)
        return factors.error();
    if (!records.meds.empty()) {
        auto meds = mergeMedicines(records.meds);
        if (!meds)
            return meds.error();
        summary->added += meds->added;
        summary->updated += meds->updated;
        summary->unchanged += meds->unchanged;
    }
    // Plans are keyed by id; a known plan keeps its fixed fields (JournalExperiments.cpp).
    if (!records.experiments.empty())
        if (auto plans = mergeExperiments(records.experiments); !plans)
            return plans.error();
    if (auto status = transaction->commit(); !status)
        return status.error();
    return summary;
}

Result<MergeSummary> Journal::mergeInOpenTransaction(const JournalRecords& records)
{
    if (auto status = stored::writeSettings(m_db, records.settings); !status)
        return status.error();
    auto empty = m_db.queryInteger(
        "SELECT NOT (EXISTS (SELECT 1 FROM nights) OR EXISTS (SELECT 1 FROM intakes) OR "
        "EXISTS (SELECT 1 FROM daily_factors) OR EXISTS (SELECT 1 FROM lab_results))");
    if (!empty)
        return empty.error();
    if (*empty && !repeatsAKey(records))
        return insertIntoEmptyJournal(records);

    MergeSummary summary;
    auto count = [&summary](bool existed, bool same) {
        if (!existed)
            ++summary.added;
        else if (same)
            ++summary.unchanged;
        else
            ++summary.updated;
    };
    for (const Night& night : records.nights) {
        auto existing = this->night(night.date());
        if (!existing)
            return existing.error();
        count(existing->has_value(), *existing == night);
        if (!*existing || !(**existing == night))
            if (auto saved = inOpenTransaction(m_db, kSaveNightSql, stepSaveNight, night); !saved)
                return saved.error();
    }

    auto findIntake = m_db.prepare("SELECT id, compound_mg, route, label, source, "
                                   "coalesce(source_name, '') FROM intakes WHERE "
                                   "taken_at = ?1 AND nutrient = ?2 AND form = ?3 AND "
                                   "abs(elemental_mg - ?4) < 1e-9 LIMIT 1");
    if (!findIntake)
        return findIntake.error();
    for (const Intake& intake : records.intakes) {
        findIntake->reset();
        findIntake->bind(1, formatLocalDateTime(intake.takenAt()))
            .bind(2, nutrientId(intake.nutrient()))
            .bind(3, intake.form())
            .bind(4, intake.elementalMg());
        auto row = findIntake->step();
        if (!row)
            return row.error();
        if (!*row) {
            count(false, false);
            if (auto added = insertIntake(intake, std::nullopt); !added)
                return added.error();
            continue;
        }
        const std::int64_t id = findIntake->columnInt64(0);
        const bool same = sameAmount(findIntake->optionalDouble(1), intake.compoundMg()) &&
                          findIntake->columnText(2) == routeId(intake.route()) &&
                          findIntake->columnText(3) == intake.label() &&
                          findIntake->columnText(4) == entrySourceId(intake.origin()) &&
                          findIntake->columnText(5) == intake.originName();
        count(true, same);
        if (!same)
            if (auto status = updateIntakeInTransaction(id, intake); !status)
                return status.error();
    }

    for (const DailyFactors& factors : records.daily) {
        auto existing = dailyFactors(factors.date());
        if (!existing)
            return existing.error();
        const bool same = *existing && **existing == factors;
        count(existing->has_value(), same);
        if (!same)
            if (auto saved = inOpenTransaction(m_db, kSaveDailySql, stepSaveDaily, factors); !saved)
                return saved.error();
    }

    for (const LabResult& lab : records.labs) {
        auto existing = labResults(DateRange{lab.date(), lab.date()});
        if (!existing)
            return existing.error();
        const StoredLabResult* match = nullptr;
        for (const auto& stored : *existing)
            if (stored.result.test() == lab.test())
                match = &stored;
        const bool same = match && match->result == lab;
        count(match != nullptr, same);
        if (!same)
            if (auto saved = inOpenTransaction(m_db, kSaveLabSql, stepSaveLab, lab); !saved)
                return saved.error();
    }
    return summary;
}

Result<MergeSummary> Journal::insertIntoEmptyJournal(const JournalRecords& records)
{
    // Into a journal with nothing in it, records without a repeated key are all added: no
    // look-up per entry for what it would replace (they were most of importing ten years,
    // issue 7). The inserts of merge()'s statements with the same bindings, many rows per
    // statement, in the same order, so the journal is the same row for row.
    //
    // Every entry here was made by a core constructor (Night::create, Intake::create, ...),
    // whose rules the schema's CHECK constraints repeat for writers that bypass the core
    // (docs/reliability.md, "Bad input"). SQLite evaluated them per row, and the
    // `nutrient IN (...)` list of intakes built a temporary B-tree for every row: half of
    // importing ten years. So they are off for these statements only; PRAGMA quick_check,
    // which every opening for writing runs, still verifies them on every row.
    MergeSummary summary;
    if (auto status = m_db.execute("PRAGMA ignore_check_constraints = ON"); !status)
        return status.error();
    struct ChecksBackOn
    {
        SqliteDatabase& db;
        ~ChecksBackOn() { (void)db.execute("PRAGMA ignore_check_constraints = OFF"); }
    } checksBackOn{m_db};
    if (auto status = insertInChunks(
            m_db, kInsertNightHead, kNightParameters, kNightSaveTime, records.nights,
            [](SqliteStatement& statement, const Night& night, int offset) {
                bindNight(statement, night, offset);
            },
            [](const Night& night, const Error& error) {
                return cannotSave("night", formatDate(night.date()), error);
            });
        !status)
        return status.error();
    if (auto status = insertInChunks(
            m_db, kInsertIntakeHead, kIntakeParameters, "", records.intakes,
            [](SqliteStatement& statement, const Intake& intake, int offset) {
                bindIntake(statement, intake, std::nullopt, offset);
            },
            [](const Intake& intake, const Error& error) {
                return cannotSave("intake", formatLocalDateTime(intake.takenAt()), error);
            });
        !status)
        return status.error();
    if (auto status = insertInChunks(
            m_db, kInsertDailyHead, kDailyParameters, "", records.daily,
            [](SqliteStatement& statement, const DailyFactors& factors, int offset) {
                bindDaily(statement, factors, offset);
            },
            [](const DailyFactors& factors, const Error& error) {
                return cannotSave("daily", formatDate(factors.date()), error);
            });
        !status)
        return status.error();
    if (auto status = insertInChunks(
            m_db, kInsertLabHead, kLabParameters, "", records.labs,
            [](SqliteStatement& statement, const LabResult& lab, int offset) {
                bindLab(statement, lab, offset);
            },
            [](const LabResult& lab, const Error& error) {
                return cannotSave("lab", formatDate(lab.date()), error);
            });
        !status)
        return status.error();
    summary.added = int(records.size() - records.factorValues.size() -
                        records.meds.size()); // merge() adds those
    return summary;
}

Result<std::int64_t> Journal::dataVersion() const
{
    return m_db.queryInteger("PRAGMA data_version");
}

Result<JournalCounts> Journal::counts() const
{
    JournalCounts counts;
    auto statement =
        m_db.prepare("SELECT (SELECT count(*) FROM nights), (SELECT count(*) FROM intakes), "
                     "(SELECT count(*) FROM daily_factors), (SELECT count(*) FROM lab_results), "
                     "(SELECT min(date) FROM nights), (SELECT max(date) FROM nights)");
    if (!statement)
        return statement.error();
    auto row = statement->step();
    if (!row)
        return row.error();
    counts.nights = statement->columnInt64(0);
    counts.intakes = statement->columnInt64(1);
    counts.daily = statement->columnInt64(2);
    counts.labs = statement->columnInt64(3);
    if (auto first = statement->optionalText(4))
        if (auto date = parseDate(*first))
            counts.firstDate = *date;
    if (auto last = statement->optionalText(5))
        if (auto date = parseDate(*last))
            counts.lastDate = *date;
    return counts;
}

} // namespace quietlegs
