#pragma once

#include "quietlegs/core/Result.h"

#include <filesystem>

namespace quietlegs {

/// The path SQLite is given for a journal: its folder with every symbolic link resolved (Fedora
/// Silverblue's /home -> /var/home, an XDG_DATA_HOME on a linked drive), and the file itself
/// resolved when it is a link to a file of the same user. A journal file that is a link to a
/// file of another user is refused: writing through it would change someone else's data (or
/// hand them ours), so the message says so and names the owner.
Result<std::filesystem::path> resolveJournalPath(const std::filesystem::path& path);

/// What the file system lets this process do with a journal file (access(2), so a read-only
/// mount counts as well as permissions). Facts rather than a verdict so that the decision
/// below can be tested without read-only media (tests often run as root, where chmod does not
/// stop writes).
struct JournalWritability
{
    bool fileExists = false;
    bool fileWritable = false;
    bool folderWritable = false;
    /// Its -wal and -shm exist (a connection has it open, or one ended without checkpointing).
    bool walFilesExist = false;
};

/// The facts for the (resolved) journal at `file`. The test-only environment variable
/// QUIETLEGS_TEST_UNWRITABLE=file|folder makes the file or its folder count as not writable,
/// so that the read-only paths can be tested end to end as root; it can only take rights away.
JournalWritability probeWritability(const std::filesystem::path& file);

/// How SQLite opens a journal.
enum class JournalOpenMode
{
    ReadWrite,
    ReadOnly,          // URI mode=ro: reads, sees other connections' WAL
    ReadOnlyImmutable, // mode=ro&immutable=1: the folder is read-only, so no -shm can be made
    RefusedReadOnly,   // writing was asked for, but the file or folder is read-only
};

/// The decision: writing needs a writable file (or none yet) and a writable folder (SQLite
/// keeps -wal and -shm beside the file, QuietLegs its backups). Reading needs neither; only a
/// read-only folder without -wal and -shm needs immutable=1, since a WAL journal cannot make
/// its -shm there. immutable=1 is not used otherwise: it would miss the writes in a -wal.
JournalOpenMode chooseOpenMode(bool forWriting, const JournalWritability& facts);

} // namespace quietlegs
