#include "quietlegs/storage/JournalBackups.h"

#include "DurableFiles.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <ctime>
#include <set>
#include <sqlite3.h>
#include <sys/stat.h>
#include <thread>

namespace quietlegs {
namespace {

using std::chrono::local_seconds;

constexpr const char* kFolderName = "backups";
constexpr const char* kExtension = ".sqlite";
// A temporary file this old belongs to a process that was killed mid-copy.
constexpr auto kStaleTemporaryAge = std::chrono::hours{1};
constexpr int kRestoreBusyRetries = 200;

constexpr std::pair<BackupReason, std::string_view> kReasonIds[] = {
    {BackupReason::Daily, "daily"},
    {BackupReason::BeforeMigration, "before-upgrade"},
    {BackupReason::BeforeRestore, "before-restore"},
};

bool parseNumber(std::string_view text, int& out)
{
    if (text.empty() ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; }))
        return false;
    auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc() && ptr == text.data() + text.size();
}

/// `YYYY-MM-DD-HHMMSS` as it appears in backup names.
std::string stampOf(local_seconds when)
{
    const auto day = std::chrono::floor<std::chrono::days>(when);
    const std::chrono::hh_mm_ss clock{when - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s-%02d%02d%02d", formatDate(Date{day}).c_str(),
                  int(clock.hours().count()), int(clock.minutes().count()),
                  int(clock.seconds().count()));
    return buffer;
}

/// Reads a backup's time and reason from its name; none for files that are not our backups.
std::optional<JournalBackup> parseBackupName(const std::filesystem::path& file,
                                             std::string_view stem)
{
    const std::string name = file.filename().string();
    std::string_view rest(name);
    if (rest.size() < stem.size() + 1 || rest.substr(0, stem.size()) != stem ||
        rest[stem.size()] != '-')
        return std::nullopt;
    rest.remove_prefix(stem.size() + 1);
    const std::string_view extension(kExtension);
    if (rest.size() < extension.size() || rest.substr(rest.size() - extension.size()) != extension)
        return std::nullopt;
    rest.remove_suffix(extension.size());
    // YYYY-MM-DD-HHMMSS-<reason>[-N]
    if (rest.size() < 19 || rest[10] != '-' || rest[17] != '-')
        return std::nullopt;
    auto date = parseDate(rest.substr(0, 10));
    int hh = 0, mm = 0, ss = 0;
    if (!date || !parseNumber(rest.substr(11, 2), hh) || !parseNumber(rest.substr(13, 2), mm) ||
        !parseNumber(rest.substr(15, 2), ss) || hh > 23 || mm > 59 || ss > 59)
        return std::nullopt;
    std::string_view reasonText = rest.substr(18);
    for (const auto& [reason, id] : kReasonIds) {
        if (reasonText.substr(0, id.size()) != id)
            continue;
        std::string_view suffix = reasonText.substr(id.size());
        int number = 0;
        if (!suffix.empty() && (suffix[0] != '-' || !parseNumber(suffix.substr(1), number)))
            continue;
        JournalBackup backup;
        backup.path = file;
        backup.takenAt = std::chrono::local_days{*date} + std::chrono::hours{hh} +
                         std::chrono::minutes{mm} + std::chrono::seconds{ss};
        backup.reason = reason;
        return backup;
    }
    return std::nullopt;
}

bool newerFirst(const JournalBackup& a, const JournalBackup& b)
{
    if (a.takenAt != b.takenAt)
        return a.takenAt > b.takenAt;
    return a.path.filename().string() > b.path.filename().string();
}

} // namespace

std::string_view backupReasonId(BackupReason reason)
{
    for (const auto& [candidate, id] : kReasonIds)
        if (candidate == reason)
            return id;
    return "daily";
}

std::string_view backupReasonText(BackupReason reason)
{
    switch (reason) {
    case BackupReason::Daily:
        return "daily";
    case BackupReason::BeforeMigration:
        return "before upgrade";
    case BackupReason::BeforeRestore:
        return "before restore";
    }
    return "daily";
}

local_seconds localNowSeconds()
{
    // libstdc++ 12 has no time-zone database; localtime_r reads the system zone.
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    const Date date{std::chrono::year{local.tm_year + 1900},
                    std::chrono::month{unsigned(local.tm_mon + 1)},
                    std::chrono::day{unsigned(local.tm_mday)}};
    return std::chrono::local_days{date} + std::chrono::hours{local.tm_hour} +
           std::chrono::minutes{local.tm_min} + std::chrono::seconds{local.tm_sec};
}

Date JournalBackup::date() const
{
    return Date{std::chrono::floor<std::chrono::days>(takenAt)};
}

JournalBackups::JournalBackups(std::filesystem::path journalPath)
    : m_journalPath(std::move(journalPath)), m_folder(m_journalPath.parent_path() / kFolderName)
{}

std::filesystem::path JournalBackups::nameFor(local_seconds when, BackupReason reason) const
{
    const std::string base = m_journalPath.stem().string() + "-" + stampOf(when) + "-" +
                             std::string(backupReasonId(reason));
    std::filesystem::path candidate = m_folder / (base + kExtension);
    std::error_code ec;
    for (int n = 2; std::filesystem::exists(candidate, ec); ++n)
        candidate = m_folder / (base + "-" + std::to_string(n) + kExtension);
    return candidate;
}

Result<JournalBackup> JournalBackups::create(SqliteDatabase& journal, BackupReason reason,
                                             local_seconds now)
{
    if (auto created = durable::createOwnerOnlyFolder(m_folder); !created)
        return created.error();
    JournalBackup backup;
    backup.path = nameFor(now, reason);
    backup.takenAt = now;
    backup.reason = reason;
    auto written = writeJournalCopy(journal, backup.path);
    if (!written)
        return written.error();
    backup.contents = *written;
    return backup;
}

Result<std::optional<JournalBackup>> JournalBackups::ensureDaily(Journal& journal,
                                                                 local_seconds now)
{
    if (hasDailyBackupOf(Date{std::chrono::floor<std::chrono::days>(now)}))
        return std::optional<JournalBackup>{};
    return backUpUnlessEmpty(journal, now);
}

Result<std::optional<JournalBackup>> JournalBackups::backUpUnlessEmpty(Journal& journal,
                                                                       local_seconds now)
{
    // An empty journal has nothing to lose; backing it up would only push out real backups.
    auto counts = journal.counts();
    if (!counts)
        return counts.error();
    if (counts->nights + counts->intakes + counts->daily + counts->labs == 0)
        return std::optional<JournalBackup>{};
    auto backup = create(journal.database(), BackupReason::Daily, now);
    if (!backup)
        return backup.error();
    if (auto rotated = rotate(); !rotated)
        return rotated.error();
    return std::optional<JournalBackup>(std::move(backup).value());
}

Result<std::optional<JournalBackup>> JournalBackups::ensureDaily(local_seconds now)
{
    if (hasDailyBackupOf(Date{std::chrono::floor<std::chrono::days>(now)}))
        return std::optional<JournalBackup>{};
    auto journal = Journal::open(m_journalPath, Journal::Access::ReadOnly);
    if (!journal)
        return journal.error();
    return backUpUnlessEmpty(*journal, now);
}

bool JournalBackups::hasDailyBackupOf(Date date) const
{
    const auto backups = files();
    return std::any_of(backups.begin(), backups.end(), [date](const JournalBackup& backup) {
        return backup.reason == BackupReason::Daily && backup.date() == date;
    });
}

Status JournalBackups::rotate()
{
    std::vector<JournalBackup> daily;
    for (JournalBackup& backup : files())
        if (backup.reason == BackupReason::Daily)
            daily.push_back(std::move(backup));
    // files() is newest first, so the first backup seen of a date or week is its newest.
    std::set<std::filesystem::path> kept;
    std::vector<Date> keptDates;
    for (const JournalBackup& backup : daily) {
        if (int(keptDates.size()) == kDailyKept)
            break;
        if (std::find(keptDates.begin(), keptDates.end(), backup.date()) == keptDates.end()) {
            keptDates.push_back(backup.date());
            kept.insert(backup.path);
        }
    }
    if (int(keptDates.size()) == kDailyKept) {
        const Date oldestDaily = keptDates.back();
        std::vector<Date> keptWeeks;
        for (const JournalBackup& backup : daily) {
            if (int(keptWeeks.size()) == kWeeklyKept)
                break;
            if (!(backup.date() < oldestDaily))
                continue;
            const Date week = mondayOfWeek(backup.date());
            if (std::find(keptWeeks.begin(), keptWeeks.end(), week) == keptWeeks.end()) {
                keptWeeks.push_back(week);
                kept.insert(backup.path);
            }
        }
    }
    Status status;
    for (const JournalBackup& backup : daily) {
        if (kept.count(backup.path))
            continue;
        std::error_code ec;
        std::filesystem::remove(backup.path, ec);
        if (ec && status)
            status = Error{"backup", backup.path.string(), "cannot delete: " + ec.message()};
    }

    std::error_code ec;
    const auto now = std::filesystem::file_time_type::clock::now();
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        if (!durable::isTemporaryName(entry.path()))
            continue;
        std::error_code timeError;
        const auto written = entry.last_write_time(timeError);
        if (!timeError && now - written > kStaleTemporaryAge)
            std::filesystem::remove(entry.path(), timeError);
    }
    return status;
}

std::vector<JournalBackup> JournalBackups::files() const
{
    std::vector<JournalBackup> found;
    std::error_code ec;
    const std::string stem = m_journalPath.stem().string();
    for (const auto& entry : std::filesystem::directory_iterator(m_folder, ec)) {
        std::error_code typeError;
        if (!entry.is_regular_file(typeError))
            continue;
        if (auto backup = parseBackupName(entry.path(), stem))
            found.push_back(std::move(*backup));
    }
    std::sort(found.begin(), found.end(), newerFirst);
    return found;
}

std::vector<JournalBackup> JournalBackups::list() const
{
    std::vector<JournalBackup> backups = files();
    for (JournalBackup& backup : backups) {
        auto contents = inspectJournalFile(backup.path);
        if (contents)
            backup.contents = *contents;
        else
            backup.problem = contents.error().rule;
    }
    return backups;
}

std::optional<JournalBackup> JournalBackups::newestRestorable() const
{
    for (JournalBackup& backup : files()) {
        if (auto contents = inspectJournalFile(backup.path)) {
            backup.contents = *contents;
            return backup;
        }
    }
    return std::nullopt;
}

Result<RestoreSummary> JournalBackups::restore(const std::filesystem::path& source,
                                               local_seconds now)
{
    std::error_code ec;
    if (std::filesystem::equivalent(source, m_journalPath, ec))
        return Error{"file", source.string(), "is the journal itself; choose a backup"};
    auto sourceInfo = inspectJournalFile(source);
    if (!sourceInfo)
        return sourceInfo.error();
    auto sourceDb = SqliteDatabase::open(source, SqliteDatabase::Mode::ReadOnly);
    if (!sourceDb)
        return sourceDb.error();

    RestoreSummary summary;
    const bool present = std::filesystem::is_regular_file(m_journalPath, ec) &&
                         std::filesystem::file_size(m_journalPath, ec) > 0;
    const bool sound = present && inspectJournalFile(m_journalPath).ok();
    // The backup API cannot copy into a WAL database of another page size (a file someone
    // vacuumed by hand); such a file takes the rename path below.
    bool samePageSize = false;
    if (sound) {
        auto journalDb = SqliteDatabase::open(m_journalPath, SqliteDatabase::Mode::ReadOnly);
        auto journalPageSize = journalDb ? journalDb->queryInteger("PRAGMA page_size")
                                         : Result<std::int64_t>(journalDb.error());
        auto sourcePageSize = sourceDb->queryInteger("PRAGMA page_size");
        samePageSize = journalPageSize && sourcePageSize && *journalPageSize == *sourcePageSize;
    }
    if (sound && samePageSize) {
        // The journal is sound: overwrite its pages in one transaction, so that a crash leaves
        // the old or the new content and other open connections simply see the new content.
        auto journalDb = SqliteDatabase::open(m_journalPath, SqliteDatabase::Mode::ReadWrite);
        if (!journalDb)
            return journalDb.error();
        auto previous = create(*journalDb, BackupReason::BeforeRestore, now);
        if (!previous)
            return Error{"database", m_journalPath.string(),
                         "not restored, because backing up the current journal failed: " +
                             previous.error().message()};
        summary.previous = *previous;
        sqlite3_backup* backup =
            sqlite3_backup_init(journalDb->handle(), "main", sourceDb->handle(), "main");
        if (!backup)
            return Error{"database", m_journalPath.string(),
                         "cannot restore: " + journalDb->errorMessage()};
        int rc = SQLITE_OK;
        for (int attempt = 0; attempt < kRestoreBusyRetries; ++attempt) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        // The copy commits in its last step; finish() reports an error of that step again,
        // or its own, which must not pass for a restore.
        if (const int finished = sqlite3_backup_finish(backup);
            rc == SQLITE_DONE && finished != SQLITE_OK)
            rc = finished;
        if (rc != SQLITE_DONE)
            return Error{"database", m_journalPath.string(),
                         std::string("cannot restore (the journal is unchanged): ") +
                             sqlite3_errstr(rc)};
    } else {
        // Missing, damaged or foreign: keep its bytes as found, then put a verified copy of the
        // backup in its place by rename. A stale -wal would be replayed into the new file, so
        // it goes before the rename (it is kept with the copy).
        if (sound) {
            auto journalDb = SqliteDatabase::open(m_journalPath, SqliteDatabase::Mode::ReadWrite);
            if (!journalDb)
                return journalDb.error();
            auto previous = create(*journalDb, BackupReason::BeforeRestore, now);
            if (!previous)
                return Error{"database", m_journalPath.string(),
                             "not restored, because backing up the current journal failed: " +
                                 previous.error().message()};
            summary.previous = *previous;
        } else if (present) {
            if (auto created = durable::createOwnerOnlyFolder(m_folder); !created)
                return created.error();
            JournalBackup previous;
            previous.path = nameFor(now, BackupReason::BeforeRestore);
            previous.takenAt = now;
            previous.reason = BackupReason::BeforeRestore;
            if (auto copied = durable::copyBytes(m_journalPath, previous.path); !copied)
                return copied.error();
            const std::filesystem::path wal = m_journalPath.string() + "-wal";
            if (std::filesystem::exists(wal, ec))
                if (auto copied = durable::copyBytes(wal, previous.path.string() + "-wal"); !copied)
                    return copied.error();
            previous.problem = "the journal as it was found (not a sound journal)";
            summary.previous = previous;
        } else if (auto created = durable::createOwnerOnlyFolder(m_journalPath.parent_path());
                   !created) {
            return created.error();
        }
        auto temporary = durable::writeVerifiedTemporaryCopy(*sourceDb, m_journalPath);
        if (!temporary)
            return temporary.error();
        std::filesystem::remove(m_journalPath.string() + "-wal", ec);
        std::filesystem::remove(m_journalPath.string() + "-shm", ec);
        if (auto renamed = durable::renameDurably(*temporary, m_journalPath); !renamed) {
            std::filesystem::remove(*temporary, ec);
            return renamed.error();
        }
    }
    auto restored = inspectJournalFile(m_journalPath);
    if (!restored)
        return Error{"database", m_journalPath.string(),
                     "the restored journal failed verification: " + restored.error().rule};
    summary.restored = *restored;
    return summary;
}

} // namespace quietlegs
