#include "quietlegs/storage/JournalAccess.h"

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

namespace quietlegs {

Result<std::filesystem::path> resolveJournalPath(const std::filesystem::path& path)
{
    std::error_code ec;
    auto absolute = std::filesystem::absolute(path, ec);
    if (ec)
        absolute = path;
    // weakly_canonical resolves the links of the part that exists; a folder still to be made
    // keeps its spelling.
    auto folder = std::filesystem::weakly_canonical(absolute.parent_path(), ec);
    if (ec)
        folder = absolute.parent_path();
    const auto file = folder / absolute.filename();

    struct stat link
    {
    };
    if (::lstat(file.c_str(), &link) != 0 || !S_ISLNK(link.st_mode))
        return file;
    struct stat target
    {
    };
    if (::stat(file.c_str(), &target) != 0)
        return Error{"database", path.string(),
                     std::string("is a symbolic link to a file that cannot be opened (") +
                         std::strerror(errno) + ")"};
    if (target.st_uid != ::geteuid())
        return Error{"database", path.string(),
                     "is a symbolic link to a file of another user (uid " +
                         std::to_string(target.st_uid) +
                         "); QuietLegs does not open a journal through a link to someone else's "
                         "file. Open the file itself, or copy it to a journal of your own"};
    auto resolved = std::filesystem::canonical(file, ec);
    if (ec)
        return Error{"database", path.string(), "cannot resolve its link: " + ec.message()};
    return resolved;
}

JournalWritability probeWritability(const std::filesystem::path& file)
{
    JournalWritability facts;
    const auto folder =
        file.parent_path().empty() ? std::filesystem::path(".") : file.parent_path();
    facts.fileExists = ::access(file.c_str(), F_OK) == 0;
    facts.fileWritable = facts.fileExists && ::access(file.c_str(), W_OK) == 0;
    std::error_code ec;
    // A folder still to be made is writable when its nearest existing ancestor is.
    auto existing = folder;
    while (!existing.empty() && !std::filesystem::exists(existing, ec) &&
           existing != existing.parent_path())
        existing = existing.parent_path();
    facts.folderWritable = ::access(existing.c_str(), W_OK) == 0;
    facts.walFilesExist = ::access((file.string() + "-wal").c_str(), F_OK) == 0 &&
                          ::access((file.string() + "-shm").c_str(), F_OK) == 0;
    facts.walOrShmExists = ::access((file.string() + "-wal").c_str(), F_OK) == 0 ||
                           ::access((file.string() + "-shm").c_str(), F_OK) == 0;
    if (const char* unwritable = std::getenv("QUIETLEGS_TEST_UNWRITABLE")) {
        if (std::strcmp(unwritable, "file") == 0)
            facts.fileWritable = false;
        else if (std::strcmp(unwritable, "folder") == 0)
            facts.folderWritable = false;
    }
    return facts;
}

JournalOpenMode chooseOpenMode(bool forWriting, const JournalWritability& facts)
{
    if (forWriting) {
        const bool fileOk = !facts.fileExists || facts.fileWritable;
        return fileOk && facts.folderWritable ? JournalOpenMode::ReadWrite
                                              : JournalOpenMode::RefusedReadOnly;
    }
    // Reading leaves the folder as it found it (see the header for why each mode).
    if (facts.walFilesExist || facts.walOrShmExists)
        return facts.folderWritable || facts.walFilesExist ? JournalOpenMode::ReadOnly
                                                           : JournalOpenMode::ReadOnlyImmutable;
    if (facts.fileWritable && facts.folderWritable)
        return JournalOpenMode::ReadTidy;
    return JournalOpenMode::ReadOnlyImmutable;
}

} // namespace quietlegs
