#pragma once

#include "quietlegs/storage/Journal.h"
#include "quietlegs/storage/JournalFile.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quietlegs {

/// Why an automatic backup was made; part of its file name.
enum class BackupReason
{
    Daily,
    BeforeMigration,
    BeforeRestore
};

std::string_view backupReasonId(BackupReason reason);
/// For people: "daily", "before upgrade", "before restore".
std::string_view backupReasonText(BackupReason reason);

/// The local date and time, to the second, that backup names carry.
std::chrono::local_seconds localNowSeconds();

/// One file in a journal's backups folder.
struct JournalBackup
{
    std::filesystem::path path;
    std::chrono::local_seconds takenAt;
    BackupReason reason = BackupReason::Daily;
    /// Set by JournalBackups::list(): what the file holds, or (when empty) why it cannot be
    /// restored in `problem`.
    std::optional<JournalFileInfo> contents;
    std::string problem;

    Date date() const;
    bool restorable() const { return contents.has_value(); }
};

/// What a restore did.
struct RestoreSummary
{
    JournalFileInfo restored;
    /// The backup of the journal as it was just before, when there was one.
    std::optional<JournalBackup> previous;
};

/// A journal's `backups/` folder (beside the journal file): automatic backups before schema
/// migrations and once a day, their rotation, their listing, and restoring a journal from a
/// backup. Every backup is written with the SQLite online backup API to a temporary file,
/// verified, fsynced and renamed (JournalFile.h); files are 0600, the folder 0700.
///
/// File names: `<journal stem>-YYYY-MM-DD-HHMMSS-<reason>[-N].sqlite` in local time.
///
/// Rotation (daily backups only; event backups are rare and kept): keep the newest daily
/// backup of each of the 7 most recent dates that have one, plus, among the older ones, the
/// newest of each of the 4 most recent ISO weeks (Monday to Sunday) that have one. Gaps in
/// use never delete everything: the policy counts dates with backups, not calendar days.
class JournalBackups
{
public:
    static constexpr int kDailyKept = 7;
    static constexpr int kWeeklyKept = 4;

    explicit JournalBackups(std::filesystem::path journalPath);

    const std::filesystem::path& folder() const { return m_folder; }

    /// Backs up the journal open in `journal` now, verified.
    Result<JournalBackup> create(SqliteDatabase& journal, BackupReason reason,
                                 std::chrono::local_seconds now);
    /// The once-a-day backup the apps call after opening: reads only the folder listing when
    /// today's daily backup exists; otherwise backs up (unless the journal holds nothing)
    /// and rotates. Returns the backup made, if any.
    Result<std::optional<JournalBackup>> ensureDaily(Journal& journal,
                                                     std::chrono::local_seconds now);
    /// As above, on a read-only connection of its own, opened only when a backup is due. For
    /// a worker thread while the app keeps writing on its connection: the copy is one read
    /// snapshot of what was committed, and WAL readers never hold a writer up.
    Result<std::optional<JournalBackup>> ensureDaily(std::chrono::local_seconds now);
    /// Deletes the daily backups the rotation does not keep, and leftover temporary files of
    /// killed processes older than an hour.
    Status rotate();

    /// The backups by file name only (cheap), newest first; contents not inspected.
    std::vector<JournalBackup> files() const;
    /// The backups, newest first, each inspected (schema, night count, integrity).
    std::vector<JournalBackup> list() const;
    /// The newest backup that passes inspectJournalFile(), if any.
    std::optional<JournalBackup> newestRestorable() const;

    /// Replaces the journal's content with `source` after checking that source is a sound
    /// QuietLegs journal (refused with the reason otherwise, journal untouched) and backing up
    /// the current journal. A sound current journal is overwritten in one SQLite transaction
    /// through the backup API, which is safe while other processes have it open; a damaged or
    /// missing one is kept byte for byte in the backups folder and replaced by rename.
    Result<RestoreSummary> restore(const std::filesystem::path& source,
                                   std::chrono::local_seconds now);

private:
    bool hasDailyBackupOf(Date date) const;
    /// The daily backup of `journal` now, unless it holds nothing; then rotation.
    Result<std::optional<JournalBackup>> backUpUnlessEmpty(Journal& journal,
                                                           std::chrono::local_seconds now);
    std::filesystem::path nameFor(std::chrono::local_seconds when, BackupReason reason) const;

    std::filesystem::path m_journalPath;
    std::filesystem::path m_folder;
};

} // namespace quietlegs
