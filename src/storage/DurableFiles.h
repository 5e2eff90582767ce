#pragma once

// Storage-internal steps shared by copies, backups and restore: owner-only files and
// folders, fsync, and the rename that makes a finished file appear under its final name.

#include "quietlegs/storage/JournalFile.h"

#include <filesystem>

namespace quietlegs::durable {

/// Creates `folder` (and missing parents) owner-only (0700); an existing folder is kept as is.
Status createOwnerOnlyFolder(const std::filesystem::path& folder);

/// The temporary name a file being written to `target` carries until it is complete:
/// hidden, in the same folder (so the rename is atomic), unique to this process.
std::filesystem::path temporaryNameFor(const std::filesystem::path& target);

/// True for a name made by temporaryNameFor (used to clear leftovers of killed processes).
bool isTemporaryName(const std::filesystem::path& file);

/// Writes a verified copy of the database open in `source` to temporaryNameFor(target) and
/// returns that path; nothing is left behind on failure.
Result<std::filesystem::path> writeVerifiedTemporaryCopy(SqliteDatabase& source,
                                                         const std::filesystem::path& target);

/// fsyncs `from`, renames it to `to` and fsyncs the folder, so the new name survives a crash.
Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to);

/// Copies a file's bytes as they are (for a damaged journal the backup API cannot read).
Status copyBytes(const std::filesystem::path& from, const std::filesystem::path& to);

} // namespace quietlegs::durable
