#include "quietlegs/io/ExportFile.h"

#include "quietlegs/io/JsonOutline.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace quietlegs {
namespace {

Error fileError(const std::filesystem::path& path, const std::string& what)
{
    return Error{"file", path.string(), what + ": " + std::strerror(errno)};
}

/// Closes a descriptor and removes the temporary file unless released.
class TemporaryFile
{
public:
    TemporaryFile(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.empty())
            ::unlink(m_path.c_str());
    }
    TemporaryFile(const TemporaryFile&) = delete;
    TemporaryFile& operator=(const TemporaryFile&) = delete;

    int fd() const { return m_fd; }
    const std::string& path() const { return m_path; }
    bool close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0;
    }
    void keep() { m_path.clear(); }

private:
    int m_fd;
    std::string m_path;
};

} // namespace

Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes)
{
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    // Appended, not "." + name: GCC 12 at -O3 warns falsely (-Wrestrict) on that operator+.
    std::string hidden(1, '.');
    hidden += path.filename().string();
    hidden += ".XXXXXX";
    std::string pattern = (dir / hidden).string();
    // mkstemp creates the file with mode 0600.
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0)
        return fileError(path, "cannot create a temporary file next to it");
    TemporaryFile temporary(fd, pattern);
    std::size_t written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return fileError(path, "cannot write");
        }
        written += std::size_t(n);
    }
    if (::fchmod(fd, S_IRUSR | S_IWUSR) != 0 || ::fsync(fd) != 0)
        return fileError(path, "cannot write");
    if (!temporary.close())
        return fileError(path, "cannot write");
    if (::rename(temporary.path().c_str(), path.c_str()) != 0)
        return fileError(path, "cannot replace");
    temporary.keep();
    // Make the rename itself durable.
    if (const int dirFd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY); dirFd >= 0) {
        (void)::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

Status makeExportDirectory(const std::filesystem::path& dir)
{
    struct stat info
    {
    };
    if (::stat(dir.c_str(), &info) == 0) {
        if (!S_ISDIR(info.st_mode))
            return Error{"--out", dir.string(), "exists and is not a directory"};
        return {};
    }
    if (::mkdir(dir.c_str(), S_IRWXU) != 0)
        return fileError(dir, "cannot create the directory");
    return {};
}

namespace {

void syncFolder(const std::filesystem::path& dir)
{
    if (const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

/// Removes a folder and what is in it at scope end, unless released.
struct FolderRemover
{
    std::filesystem::path path;
    ~FolderRemover()
    {
        std::error_code ignored;
        if (!path.empty())
            std::filesystem::remove_all(path, ignored);
    }
};

/// `dir` without a trailing slash ("out/" names the folder "out").
std::filesystem::path folderName(const std::filesystem::path& dir)
{
    return dir.has_filename() ? dir : dir.parent_path();
}

} // namespace

Result<bool> exportFolderReplaces(const std::filesystem::path& dir,
                                  const std::vector<std::string>& names, const std::string& field)
{
    std::error_code ec;
    const auto status = std::filesystem::status(dir, ec);
    if (!std::filesystem::exists(status))
        return false;
    if (!std::filesystem::is_directory(status))
        return Error{field, dir.string(), "is a file; the export writes a folder of files"};
    bool earlierExport = false;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (std::find(names.begin(), names.end(), name) == names.end() ||
            !entry.is_regular_file(ec))
            return Error{field, dir.string(),
                         "holds other files (" + name +
                             ", ...); the export replaces the whole folder, so choose a new or "
                             "empty folder"};
        earlierExport = true;
    }
    if (ec)
        return Error{field, dir.string(), "cannot read the folder: " + ec.message()};
    return earlierExport;
}

Status writeFolderAtomically(const std::filesystem::path& target,
                             const std::vector<std::pair<std::string, std::string>>& files)
{
    const std::filesystem::path dir = folderName(target);
    const std::filesystem::path parent = dir.has_parent_path() ? dir.parent_path() : ".";
    const std::string name = dir.filename().string();
    std::string pattern = (parent / ("." + name + ".tmp-XXXXXX")).string();
    if (!::mkdtemp(pattern.data())) // 0700
        return fileError(dir, "cannot create a temporary folder next to it");
    FolderRemover temporary{pattern};
    for (const auto& [file, bytes] : files)
        if (auto status = writeFileAtomically(temporary.path / file, bytes); !status)
            return Error{"file", (dir / file).string(), status.error().rule};
    syncFolder(temporary.path);

    std::error_code ec;
    if (!std::filesystem::exists(std::filesystem::symlink_status(dir, ec))) {
        if (::rename(temporary.path.c_str(), dir.c_str()) != 0)
            return fileError(dir, "cannot move the export into place");
        temporary.path.clear();
        syncFolder(parent);
        return {};
    }
    // Both folders exist: exchange them in one step, so that `dir` holds the old set or the
    // new one at every moment; the temporary name then holds the old set, removed below.
    if (::renameat2(AT_FDCWD, temporary.path.c_str(), AT_FDCWD, dir.c_str(), RENAME_EXCHANGE) ==
        0) {
        syncFolder(parent);
        return {};
    }
    // A file system without the exchange: rename the old folder away (over an empty folder
    // reserved by mkdtemp), the new one in, and remove the old; put it back on failure.
    std::string oldPattern = (parent / ("." + name + ".old-XXXXXX")).string();
    if (!::mkdtemp(oldPattern.data()))
        return fileError(dir, "cannot make room to replace the earlier export");
    if (::rename(dir.c_str(), oldPattern.c_str()) != 0) {
        const int error = errno;
        ::rmdir(oldPattern.c_str());
        errno = error;
        return fileError(dir, "cannot move the earlier export aside");
    }
    if (::rename(temporary.path.c_str(), dir.c_str()) != 0) {
        const int error = errno;
        (void)::rename(oldPattern.c_str(), dir.c_str());
        errno = error;
        return fileError(dir, "cannot move the export into place");
    }
    temporary.path = oldPattern;
    syncFolder(parent);
    return {};
}

Result<std::string> readImportFile(const std::filesystem::path& path, std::size_t maxBytes)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return Error{"file", path.string(), "is a directory, not a file"};
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fileError(path, "cannot open");
    std::string bytes;
    // Room for the whole file at once: growing by doubling copied a ten-year export three
    // times over (issue 7); and room after it for the JSON reader to read it in place. The
    // size is only a hint; the loop still reads to the end.
    if (auto size = std::filesystem::file_size(path, ec); !ec)
        bytes.reserve(std::min<std::uintmax_t>(size, maxBytes) + kJsonReadAhead);
    char buffer[65536];
    while (in.read(buffer, sizeof buffer) || in.gcount() > 0) {
        bytes.append(buffer, std::size_t(in.gcount()));
        if (bytes.size() > maxBytes)
            return Error{"file", path.string(),
                         "is larger than " + std::to_string(maxBytes >> 20) + " MiB"};
    }
    if (in.bad())
        return fileError(path, "cannot read");
    return bytes;
}

} // namespace quietlegs
