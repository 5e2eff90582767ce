#pragma once

#include "quietlegs/core/Result.h"

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

namespace quietlegs {

/// Writes `bytes` to `path` through a temporary file in the same directory that is flushed
/// to disk and renamed into place, so a crash never leaves half a file. The file is
/// readable by its owner only (0600): a journal export is health data.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

/// Creates `dir` (owner-only, 0700) when it does not exist; an existing directory is used as
/// it is.
Status makeExportDirectory(const std::filesystem::path& dir);

/// Files larger than this are refused by importers (no real export comes near it).
inline constexpr std::size_t kImportMaxBytes = 256u << 20;

/// Reads a whole file for an importer; missing, unreadable or oversized files are errors.
Result<std::string> readImportFile(const std::filesystem::path& path,
                                   std::size_t maxBytes = kImportMaxBytes);

} // namespace quietlegs
