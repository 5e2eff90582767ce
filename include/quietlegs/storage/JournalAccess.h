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
    /// Its -wal or its -shm exists (either alone: a connection, or the leftovers of one).
    bool walOrShmExists = false;
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
    ReadOnlyImmutable, // mode=ro&immutable=1: no QuietLegs writer can open the file, and no
                       // -wal or -shm is there (a read-only folder could hold no -shm anyway)
    ReadTidy,          // read-write connection that only reads (query_only): closing it as the
                       // last connection removes the -wal and -shm it made
    RefusedReadOnly,   // writing was asked for, but the file or folder is read-only
};

/// The decision: writing needs a writable file (or none yet) and a writable folder (SQLite
/// keeps -wal and -shm beside the file, QuietLegs its backups). Reading needs neither, and
/// leaves the folder as it found it:
/// - a -wal or -shm is there (a connection has the journal open, or one was killed): mode=ro,
///   which reads the writes in that -wal and leaves the files as they were;
/// - file and folder writable: ReadTidy. A mode=ro connection would make -wal and -shm that it
///   cannot delete at close; a read-write one deletes them (checkpointing first) when it is the
///   last. It takes SQLite's usual locks, so a writer starting meanwhile never shows it a torn
///   journal. immutable=1 could: it takes no locks, and that writer's checkpoint rewrites pages
///   of the file while they are read;
/// - otherwise (file or folder read-only, no -wal/-shm): immutable=1. No QuietLegs writer can
///   open such a file (it gets RefusedReadOnly), so nothing changes under the read.

JournalOpenMode chooseOpenMode(bool forWriting, const JournalWritability& facts);

} // namespace quietlegs
