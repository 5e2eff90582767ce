#pragma once

#include "quietlegs/core/Result.h"

#include <filesystem>
#include <string>

namespace quietlegs {

/// Refuses a place to write an export, report or backup copy that would clobber the journal
/// at `journal` (issue 20): the journal file, its `-wal`, `-shm` or `-journal`, anything in
/// its `backups/` folder, or (for a folder that an export replaces as a whole) a folder
/// holding the journal. Paths are compared after resolving symbolic links and `..`, and
/// existing files also by device and inode, so a link (symbolic or hard) to the journal is
/// refused too. The error names `field` (a CLI flag or a form label) and says why.
Status checkOutputTarget(const std::filesystem::path& journal, const std::filesystem::path& target,
                         const std::string& field);

} // namespace quietlegs
