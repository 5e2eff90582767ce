// A full disk for a real quietlegs-cli process, without root and without anything in the
// shipped program: an LD_PRELOAD library (built for the tests only) whose write(), pwrite()
// and pwrite64() fail with ENOSPC for files whose path ends in
// QUIETLEGS_FULL_DISK_SUFFIX (e.g. "-wal"), after QUIETLEGS_FULL_DISK_ALLOWED writes to such
// files (default 0). This is what strace showed on a full disk (issue 20):
// pwrite64(...) = -1 ENOSPC.
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

static long allowedWrites = -1; // read from the environment on first use

static int diskIsFull(int fd)
{
    const char* suffix = getenv("QUIETLEGS_FULL_DISK_SUFFIX");
    if (!suffix || !*suffix)
        return 0;
    char link[64];
    char target[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t length = readlink(link, target, sizeof target - 1);
    if (length < 0)
        return 0;
    target[length] = '\0';
    const size_t suffixLength = strlen(suffix);
    if ((size_t)length < suffixLength || strcmp(target + length - suffixLength, suffix) != 0)
        return 0;
    if (allowedWrites < 0) {
        const char* allowed = getenv("QUIETLEGS_FULL_DISK_ALLOWED");
        allowedWrites = allowed ? atol(allowed) : 0;
    }
    if (allowedWrites > 0) {
        --allowedWrites;
        return 0;
    }
    return 1;
}

ssize_t write(int fd, const void* data, size_t size)
{
    static ssize_t (*real)(int, const void*, size_t);
    if (!real)
        *(void**)&real = dlsym(RTLD_NEXT, "write"); // the POSIX way to keep a function
    if (diskIsFull(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, data, size);
}

ssize_t pwrite(int fd, const void* data, size_t size, off_t offset)
{
    static ssize_t (*real)(int, const void*, size_t, off_t);
    if (!real)
        *(void**)&real = dlsym(RTLD_NEXT, "pwrite"); // the POSIX way to keep a function
    if (diskIsFull(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, data, size, offset);
}

ssize_t pwrite64(int fd, const void* data, size_t size, off64_t offset)
{
    static ssize_t (*real)(int, const void*, size_t, off64_t);
    if (!real)
        *(void**)&real = dlsym(RTLD_NEXT, "pwrite64"); // the POSIX way to keep a function
    if (diskIsFull(fd)) {
        errno = ENOSPC;
        return -1;
    }
    return real(fd, data, size, offset);
}
