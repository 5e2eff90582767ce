#include "quietlegs/storage/OutputTarget.h"

#include "quietlegs/storage/JournalBackups.h"

#include <sys/stat.h>
#include <vector>

namespace quietlegs {
namespace {

/// `path` with symbolic links, `.` and `..` resolved as far as it exists (the rest kept).
std::filesystem::path resolved(const std::filesystem::path& path)
{
    std::error_code ec;
    auto absolute = std::filesystem::absolute(path, ec);
    if (ec)
        absolute = path;
    auto canonical = std::filesystem::weakly_canonical(absolute, ec);
    return ec ? absolute.lexically_normal() : canonical;
}

/// Whether both exist and are the same file: a hard link, or a symbolic link to it.
bool sameFile(const std::filesystem::path& a, const std::filesystem::path& b)
{
    struct stat first
    {
    };
    struct stat second
    {
    };
    return ::stat(a.c_str(), &first) == 0 && ::stat(b.c_str(), &second) == 0 &&
           first.st_dev == second.st_dev && first.st_ino == second.st_ino;
}

/// Whether `inner` is `outer` or lies somewhere below it (both resolved).
bool within(const std::filesystem::path& inner, const std::filesystem::path& outer)
{
    auto i = inner.begin();
    for (auto o = outer.begin(); o != outer.end(); ++o, ++i)
        if (i == inner.end() || *i != *o)
            return false;
    return true;
}

} // namespace

Status checkOutputTarget(const std::filesystem::path& journal, const std::filesystem::path& target,
                         const std::string& field)
{
    const std::filesystem::path where = resolved(target);
    const std::filesystem::path journalFile = resolved(journal);
    const std::string name = journalFile.string();
    const std::vector<std::filesystem::path> journalFiles = {journalFile, name + "-wal",
                                                             name + "-shm", name + "-journal"};
    for (const auto& file : journalFiles)
        if (where == file || sameFile(target, file))
            return Error{field, target.string(),
                         file == journalFile
                             ? "is the journal itself; writing there would destroy it"
                             : "is a working file of the journal (" + file.filename().string() +
                                   "); writing there would damage it"};

    const std::filesystem::path backups = resolved(JournalBackups(journalFile).folder());
    if (within(where, backups))
        return Error{field, target.string(),
                     "is in the journal's backups folder, which QuietLegs manages"};
    std::error_code ec;
    if (std::filesystem::is_regular_file(target, ec))
        for (const auto& entry : std::filesystem::directory_iterator(backups, ec))
            if (sameFile(target, entry.path()))
                return Error{field, target.string(),
                             "is a link to the journal's backup " +
                                 entry.path().filename().string()};
    // A folder that an export replaces whole must not hold the journal or its backups.
    if (std::filesystem::is_directory(where, ec) && within(journalFile, where))
        return Error{field, target.string(),
                     "is a folder holding the journal, which an export would replace whole"};
    return {};
}

} // namespace quietlegs
