#pragma once

#include "quietlegs/core/Result.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quietlegs {

/// Writes `bytes` to `path` through a temporary file in the same directory that is flushed
/// to disk and renamed into place, so a crash never leaves half a file. The file is
/// readable by its owner only (0600): a journal export is health data.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Creates `dir` (owner-only, 0700) when it does not exist; an existing directory is used as
/// it is.
Status makeExportDirectory(const std::filesystem::path& dir);

/// What an export of the files `names` into the folder `dir` would replace, for asking first:
/// false when `dir` is absent or empty, true when it holds files of an earlier export.
/// Refused, naming `field`: a `dir` that is a file, or a folder holding anything but those
/// files (writeFolderAtomically replaces the folder whole and would delete them).
Result<bool> exportFolderReplaces(const std::filesystem::path& dir,
                                  const std::vector<std::string>& names, const std::string& field);
/// Writes `files` (name, bytes) as the whole content of the folder `dir`, as one set: into a
/// temporary sibling folder `.NAME.tmp-XXXXXX` (0700, files 0600, each fsynced), which then
/// takes the place of `dir` (an atomic exchange where the file system has one, else the old
/// folder is renamed away, the new one in, and the old removed). A failure at any point
/// leaves `dir` as it was. The caller checks `dir` first (exportFolderReplaces).
Status writeFolderAtomically(const std::filesystem::path& dir,
                             const std::vector<std::pair<std::string, std::string>>& files);
/// Files larger than this are refused by importers (no real export comes near it).
inline constexpr std::size_t kImportMaxBytes = 256u << 20;

/// Reads a whole file for an importer; missing, unreadable or oversized files are errors.
Result<std::string> readImportFile(const std::filesystem::path& path,
                                   std::size_t maxBytes = kImportMaxBytes);

} // namespace quietlegs
