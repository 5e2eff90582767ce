#include "quietlegs/storage/JournalFile.h"

#include "DurableFiles.h"
#include "quietlegs/storage/JournalSchema.h"

#include <array>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sqlite3.h>
#include <string>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

namespace quietlegs {
namespace {

// The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat.html, 1.3).
constexpr std::array<char, 16> kSqliteHeader = {'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f',
                                                'o', 'r', 'm', 'a', 't', ' ', '3', '\0'};
// How often a busy source is retried while copying (each wait is short, see below).
constexpr int kBackupBusyRetries = 200;

Error fileError(const std::filesystem::path& file, std::string rule)
{
    return Error{"file", file.string(), std::move(rule)};
}

bool hasSqliteHeader(const std::filesystem::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::array<char, 16> header{};
    in.read(header.data(), header.size());
    return in.gcount() == std::streamsize(header.size()) && header == kSqliteHeader;
}

Status syncPath(const std::filesystem::path& path, int flags)
{
    const int fd = ::open(path.c_str(), flags | O_CLOEXEC);
    if (fd < 0)
        return fileError(path, std::string("cannot open to sync: ") + std::strerror(errno));
    const int rc = ::fsync(fd);
    const int syncErrno = errno;
    ::close(fd);
    if (rc != 0)
        return fileError(path, std::string("cannot sync to disk: ") + std::strerror(syncErrno));
    return {};
}

} // namespace

Result<JournalFileInfo> inspectJournalFile(const std::filesystem::path& file)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fileError(file, "no such file");
    if (!hasSqliteHeader(file))
        return fileError(file, "is not a QuietLegs journal (not an SQLite database)");
    // Backups and copies are never written in place: read them immutable, so that inspecting
    // one (a damaged backup in a listing, too) leaves no -wal or -shm beside it. A file with a
    // -wal may be a journal in use, whose latest writes are in that -wal: read it normally.
    const bool hasWal = std::filesystem::exists(file.string() + "-wal", ec);
    auto db = SqliteDatabase::open(file, hasWal ? SqliteDatabase::Mode::ReadOnly
                                                : SqliteDatabase::Mode::ReadOnlyImmutable);
    if (!db)
        return fileError(file, "cannot open: " + db.error().rule);
    auto applicationId = db->queryInteger("PRAGMA application_id");
    if (!applicationId)
        return fileError(file, "is damaged (" + applicationId.error().rule + ")");
    if (*applicationId != kJournalApplicationId)
        return fileError(file, "is an SQLite database of another program, not a QuietLegs journal");
    auto version = db->queryInteger("PRAGMA user_version");
    if (!version)
        return fileError(file, "is damaged (" + version.error().rule + ")");
    if (*version < 1)
        return fileError(file, "is not a QuietLegs journal (it has no journal tables)");
    if (*version > kJournalSchemaVersion)
        return fileError(file, "was written by a newer QuietLegs (journal format " +
                                   std::to_string(*version) + ", this version reads up to " +
                                   std::to_string(kJournalSchemaVersion) + ")");

    // integrity_check reads every page and index; a few of its complaints name the damage.
    auto check = db->prepare("PRAGMA integrity_check(5)");
    if (!check)
        return fileError(file, "is damaged (" + check.error().rule + ")");
    std::string problems;
    for (;;) {
        auto row = check->step();
        if (!row)
            return fileError(file, "is damaged (" + row.error().rule + ")");
        if (!*row)
            break;
        const std::string line = check->columnText(0);
        if (line != "ok")
            problems += (problems.empty() ? "" : "; ") + line;
    }
    if (!problems.empty())
        return fileError(file, "is damaged (integrity check: " + problems + ")");

    auto counts =
        db->prepare("SELECT (SELECT count(*) FROM nights), (SELECT count(*) FROM intakes), "
                    "(SELECT min(date) FROM nights), (SELECT max(date) FROM nights)");
    if (!counts)
        return fileError(file, "is not a QuietLegs journal (" + counts.error().rule + ")");
    auto row = counts->step();
    if (!row || !*row)
        return fileError(file, "is damaged (cannot count its nights)");
    JournalFileInfo info;
    info.schemaVersion = int(*version);
    info.nights = counts->columnInt64(0);
    info.intakes = counts->columnInt64(1);
    if (auto first = counts->optionalText(2))
        if (auto date = parseDate(*first))
            info.firstNight = *date;
    if (auto last = counts->optionalText(3))
        if (auto date = parseDate(*last))
            info.lastNight = *date;
    return info;
}

Result<JournalFileInfo> writeJournalCopy(SqliteDatabase& source,
                                         const std::filesystem::path& target)
{
    auto temporary = durable::writeVerifiedTemporaryCopy(source, target);
    if (!temporary)
        return temporary.error();
    if (auto renamed = durable::renameDurably(*temporary, target); !renamed) {
        std::error_code ec;
        std::filesystem::remove(*temporary, ec);
        return renamed.error();
    }
    return inspectJournalFile(target);
}

namespace durable {

Status createOwnerOnlyFolder(const std::filesystem::path& folder)
{
    std::error_code ec;
    if (folder.empty() || std::filesystem::is_directory(folder, ec))
        return {};
    if (auto parent = folder.parent_path(); !parent.empty() && parent != folder)
        if (auto status = createOwnerOnlyFolder(parent); !status)
            return status;
    if (::mkdir(folder.c_str(), 0700) != 0 && errno != EEXIST)
        return Error{"folder", folder.string(),
                     std::string("cannot create: ") + std::strerror(errno)};
    return {};
}

std::filesystem::path temporaryNameFor(const std::filesystem::path& target)
{
    return target.parent_path() /
           ("." + target.filename().string() + ".tmp-" + std::to_string(::getpid()));
}

bool isTemporaryName(const std::filesystem::path& file)
{
    const std::string name = file.filename().string();
    return name.size() > 1 && name[0] == '.' && name.find(".tmp-") != std::string::npos;
}

Result<std::filesystem::path> writeVerifiedTemporaryCopy(SqliteDatabase& source,
                                                         const std::filesystem::path& target)
{
    const auto temporary = temporaryNameFor(target);
    std::error_code ec;
    std::filesystem::remove(temporary, ec);
    // Clear what earlier, killed copies to the same name left (an hour old: surely not running).
    const std::string prefix = "." + target.filename().string() + ".tmp-";
    const auto folder =
        target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    const auto now = std::filesystem::file_time_type::clock::now();
    for (const auto& entry : std::filesystem::directory_iterator(folder, ec)) {
        std::error_code entryError;
        if (entry.path().filename().string().rfind(prefix, 0) == 0 &&
            now - entry.last_write_time(entryError) > std::chrono::hours{1} && !entryError)
            std::filesystem::remove(entry.path(), entryError);
    }
    // Owner-only from the first byte: the copy holds the same health data as the journal.
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fileError(target, std::string("cannot create: ") + std::strerror(errno));
    ::close(fd);
    auto fail = [&temporary](Error error) -> Result<std::filesystem::path> {
        std::error_code ignored;
        std::filesystem::remove(temporary, ignored);
        std::filesystem::remove(temporary.string() + "-journal", ignored);
        return error;
    };

    {
        auto copy = SqliteDatabase::open(temporary, SqliteDatabase::Mode::ReadWrite);
        if (!copy)
            return fail(copy.error());
        sqlite3_backup* backup =
            sqlite3_backup_init(copy->handle(), "main", source.handle(), "main");
        if (!backup)
            return fail(fileError(target, "cannot start the copy: " + copy->errorMessage()));
        int rc = SQLITE_OK;
        // One step copies every page under one read snapshot of the source; a writer holding
        // the source (rollback mode only; WAL readers never wait) makes us retry.
        for (int attempt = 0; attempt < kBackupBusyRetries; ++attempt) {
            rc = sqlite3_backup_step(backup, -1);
            if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
                break;
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
        }
        sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE)
            return fail(
                fileError(target, std::string("cannot copy the journal: ") + sqlite3_errstr(rc)));
        // A copy in WAL mode would need -wal/-shm files beside it; a backup is one file.
        if (auto status = copy->execute("PRAGMA journal_mode = DELETE"); !status)
            return fail(fileError(target, "cannot finish the copy: " + status.error().rule));
    }
    if (auto checked = inspectJournalFile(temporary); !checked)
        return fail(fileError(target, "the copy failed verification: " + checked.error().rule));
    return temporary;
}

Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to)
{
    if (auto synced = syncPath(from, O_RDONLY); !synced)
        return synced;
    if (::rename(from.c_str(), to.c_str()) != 0)
        return fileError(to, std::string("cannot move into place: ") + std::strerror(errno));
    const auto folder = to.parent_path().empty() ? std::filesystem::path(".") : to.parent_path();
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

Status copyBytes(const std::filesystem::path& from, const std::filesystem::path& to)
{
    const int in = ::open(from.c_str(), O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return fileError(from, std::string("cannot read: ") + std::strerror(errno));
    const int out = ::open(to.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (out < 0) {
        ::close(in);
        return fileError(to, std::string("cannot create: ") + std::strerror(errno));
    }
    std::array<char, 1 << 16> buffer{};
    Status status;
    for (;;) {
        const ssize_t got = ::read(in, buffer.data(), buffer.size());
        if (got == 0)
            break;
        if (got < 0) {
            if (errno == EINTR)
                continue;
            status = fileError(from, std::string("cannot read: ") + std::strerror(errno));
            break;
        }
        ssize_t written = 0;
        while (written < got) {
            const ssize_t n = ::write(out, buffer.data() + written, std::size_t(got - written));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                status = fileError(to, std::string("cannot write: ") + std::strerror(errno));
                break;
            }
            written += n;
        }
        if (!status)
            break;
    }
    if (status && ::fsync(out) != 0)
        status = fileError(to, std::string("cannot sync to disk: ") + std::strerror(errno));
    ::close(in);
    ::close(out);
    return status;
}

} // namespace durable
} // namespace quietlegs
