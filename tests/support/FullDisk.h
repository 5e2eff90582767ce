#pragma once

// A disk that fills up, for tests, without root: an SQLite VFS over the default one, made the
// default for every connection opened afterwards in this process. While armed, it lets a
// number of writes (or bytes) through and then fails every xWrite with SQLITE_FULL, as
// pwrite() failing with ENOSPC does (issue 20). Everything else goes to the real VFS.
//
//     FullDisk::install();            // once, before opening the journal
//     FullDisk::failAfterWrites(3);   // the 4th write and all after it fail
//     ... a write path ...
//     FullDisk::disarm();

#include <cstdint>
#include <cstring>
#include <limits>
#include <sqlite3.h>
#include <stdexcept>

namespace quietlegs::testsupport {

class FullDisk
{
public:
    /// Registers the shim as the default VFS (idempotent).
    static void install()
    {
        State& state = self();
        if (state.installed)
            return;
        sqlite3_initialize();
        state.real = sqlite3_vfs_find(nullptr);
        if (!state.real)
            throw std::runtime_error("FullDisk: no default SQLite VFS");
        state.vfs = *state.real;
        state.vfs.zName = "quietlegs-full-disk";
        state.vfs.szOsFile = int(sizeof(File)) + state.real->szOsFile;
        state.vfs.pAppData = nullptr;
        state.vfs.xOpen = &open;
        if (sqlite3_vfs_register(&state.vfs, 1) != SQLITE_OK)
            throw std::runtime_error("FullDisk: cannot register the VFS");
        state.installed = true;
    }

    /// After `writes` more successful writes, every write fails until disarm().
    static void failAfterWrites(std::int64_t writes)
    {
        State& state = self();
        state.writesLeft = writes;
        state.bytesLeft = std::numeric_limits<std::int64_t>::max();
        state.failed = 0;
        state.armed = true;
    }

    /// After `bytes` more bytes written, every write fails until disarm() (a write that
    /// would cross the limit fails whole, as SQLite's own writes of a page do).
    static void failAfterBytes(std::int64_t bytes)
    {
        State& state = self();
        state.writesLeft = std::numeric_limits<std::int64_t>::max();
        state.bytesLeft = bytes;
        state.failed = 0;
        state.armed = true;
    }

    static void disarm() { self().armed = false; }
    /// How many writes failed since the last arming.
    static int failedWrites() { return self().failed; }

private:
    struct File
    {
        sqlite3_file base;
        sqlite3_file* real; // the real VFS's file, in the same allocation after this struct
    };

    struct State
    {
        bool installed = false;
        bool armed = false;
        std::int64_t writesLeft = 0;
        std::int64_t bytesLeft = 0;
        int failed = 0;
        sqlite3_vfs* real = nullptr;
        sqlite3_vfs vfs{};
        sqlite3_io_methods methods{};
    };

    static State& self()
    {
        static State state;
        return state;
    }

    static sqlite3_file* real(sqlite3_file* file) { return reinterpret_cast<File*>(file)->real; }

    static int open(sqlite3_vfs*, const char* name, sqlite3_file* file, int flags, int* outFlags)
    {
        State& state = self();
        auto* shim = reinterpret_cast<File*>(file);
        shim->base.pMethods = nullptr;
        shim->real = reinterpret_cast<sqlite3_file*>(shim + 1);
        std::memset(shim->real, 0, std::size_t(state.real->szOsFile));
        const int rc = state.real->xOpen(state.real, name, shim->real, flags, outFlags);
        if (rc != SQLITE_OK || !shim->real->pMethods) {
            // SQLite calls xClose only when pMethods is set: close the real file ourselves.
            if (shim->real->pMethods)
                shim->real->pMethods->xClose(shim->real);
            return rc;
        }
        state.methods = methodsOver(*shim->real->pMethods);
        shim->base.pMethods = &state.methods;
        return SQLITE_OK;
    }

    static int write(sqlite3_file* file, const void* data, int amount, sqlite3_int64 offset)
    {
        State& state = self();
        if (state.armed) {
            if (state.writesLeft <= 0 || state.bytesLeft < amount) {
                ++state.failed;
                return SQLITE_FULL;
            }
            --state.writesLeft;
            state.bytesLeft -= amount;
        }
        return real(file)->pMethods->xWrite(real(file), data, amount, offset);
    }

    /// The real file's methods, each forwarded, with xWrite going through write() above.
    static sqlite3_io_methods methodsOver(const sqlite3_io_methods& base)
    {
        sqlite3_io_methods m{};
        m.iVersion = base.iVersion;
        m.xClose = [](sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); };
        m.xRead = [](sqlite3_file* f, void* d, int n, sqlite3_int64 o) {
            return real(f)->pMethods->xRead(real(f), d, n, o);
        };
        m.xWrite = &write;
        m.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
            return real(f)->pMethods->xTruncate(real(f), size);
        };
        m.xSync = [](sqlite3_file* f, int flags) {
            return real(f)->pMethods->xSync(real(f), flags);
        };
        m.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
            return real(f)->pMethods->xFileSize(real(f), size);
        };
        m.xLock = [](sqlite3_file* f, int lock) { return real(f)->pMethods->xLock(real(f), lock); };
        m.xUnlock = [](sqlite3_file* f, int lock) {
            return real(f)->pMethods->xUnlock(real(f), lock);
        };
        m.xCheckReservedLock = [](sqlite3_file* f, int* out) {
            return real(f)->pMethods->xCheckReservedLock(real(f), out);
        };
        m.xFileControl = [](sqlite3_file* f, int op, void* arg) {
            return real(f)->pMethods->xFileControl(real(f), op, arg);
        };
        m.xSectorSize = [](sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); };
        m.xDeviceCharacteristics = [](sqlite3_file* f) {
            return real(f)->pMethods->xDeviceCharacteristics(real(f));
        };
        if (base.iVersion >= 2) {
            m.xShmMap = [](sqlite3_file* f, int region, int size, int extend, void volatile** p) {
                return real(f)->pMethods->xShmMap(real(f), region, size, extend, p);
            };
            m.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
                return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
            };
            m.xShmBarrier = [](sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); };
            m.xShmUnmap = [](sqlite3_file* f, int deleteFlag) {
                return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
            };
        }
        if (base.iVersion >= 3) {
            m.xFetch = [](sqlite3_file* f, sqlite3_int64 o, int n, void** p) {
                return real(f)->pMethods->xFetch(real(f), o, n, p);
            };
            m.xUnfetch = [](sqlite3_file* f, sqlite3_int64 o, void* p) {
                return real(f)->pMethods->xUnfetch(real(f), o, p);
            };
        }
        return m;
    }
};

} // namespace quietlegs::testsupport
