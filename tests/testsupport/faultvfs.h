// Test helper: an SQLite VFS over the default one that fails writes on demand, as a full disk, a
// removed USB stick or a folder that has become read-only would. Install it before opening files.
#pragma once

#include <sqlite3.h>

#include <cstring>

namespace assure::test {

class FaultVfs final
{
public:
    enum class Fault { None, DiskFull, IoError, NoNewFiles };

    // Registers the VFS as the default for every connection opened afterwards (once per process).
    static void install()
    {
        State &s = state();
        if (s.installed)
            return;
        s.base = sqlite3_vfs_find(nullptr);
        s.vfs = *s.base;
        s.vfs.zName = "assure-fault";
        s.vfs.szOsFile = int(sizeof(File)) + s.base->szOsFile;
        s.vfs.xOpen = &open;
        s.io = {};
        sqlite3_vfs_register(&s.vfs, 1);
        s.installed = true;
    }

    // From now on, after `allowed` more writes succeed, every write (DiskFull, IoError) or every
    // new file such as a journal (NoNewFiles) fails.
    static void failAfter(Fault fault, int allowed = 0)
    {
        state().fault = fault;
        state().allowed = allowed;
    }
    static void heal() { failAfter(Fault::None); }
    static int failures() { return state().failures; }

private:
    struct File
    {
        sqlite3_file base;  // io methods of the wrapper
        sqlite3_file *real; // the default VFS's file, allocated right after this struct
    };
    struct State
    {
        bool installed = false;
        sqlite3_vfs *base = nullptr;
        sqlite3_vfs vfs{};
        sqlite3_io_methods io{};
        Fault fault = Fault::None;
        int allowed = 0;
        int failures = 0;
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }
    static bool failNow(Fault kind)
    {
        State &s = state();
        if (s.fault != kind)
            return false;
        if (s.allowed > 0) {
            --s.allowed;
            return false;
        }
        ++s.failures;
        return true;
    }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        State &s = state();
        auto *wrapper = reinterpret_cast<File *>(file);
        wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
        wrapper->base.pMethods = nullptr;
        if ((flags & (SQLITE_OPEN_MAIN_JOURNAL | SQLITE_OPEN_SUPER_JOURNAL)) && failNow(Fault::NoNewFiles))
            return SQLITE_CANTOPEN;
        const int rc = s.base->xOpen(s.base, name, wrapper->real, flags, outFlags);
        if (rc != SQLITE_OK || !wrapper->real->pMethods)
            return rc;
        if (!s.io.xClose) {
            s.io = *wrapper->real->pMethods;
            s.io.xClose = [](sqlite3_file *f) {
                const int r = real(f)->pMethods->xClose(real(f));
                return r;
            };
            s.io.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xRead(real(f), b, n, o);
            };
            s.io.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
                if (failNow(Fault::DiskFull))
                    return SQLITE_FULL;
                if (failNow(Fault::IoError))
                    return SQLITE_IOERR_WRITE;
                return real(f)->pMethods->xWrite(real(f), b, n, o);
            };
            s.io.xTruncate = [](sqlite3_file *f, sqlite3_int64 n) { return real(f)->pMethods->xTruncate(real(f), n); };
            s.io.xSync = [](sqlite3_file *f, int fl) { return real(f)->pMethods->xSync(real(f), fl); };
            s.io.xFileSize = [](sqlite3_file *f, sqlite3_int64 *n) { return real(f)->pMethods->xFileSize(real(f), n); };
            s.io.xLock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xLock(real(f), l); };
            s.io.xUnlock = [](sqlite3_file *f, int l) { return real(f)->pMethods->xUnlock(real(f), l); };
            s.io.xCheckReservedLock = [](sqlite3_file *f, int *r) {
                return real(f)->pMethods->xCheckReservedLock(real(f), r);
            };
            s.io.xFileControl = [](sqlite3_file *f, int op, void *a) {
                return real(f)->pMethods->xFileControl(real(f), op, a);
            };
            s.io.xSectorSize = [](sqlite3_file *f) { return real(f)->pMethods->xSectorSize(real(f)); };
            s.io.xDeviceCharacteristics = [](sqlite3_file *f) {
                return real(f)->pMethods->xDeviceCharacteristics(real(f));
            };
            // Shared memory and memory mapping are WAL and mmap features the board file does not use.
            s.io.iVersion = 1;
            s.io.xShmMap = nullptr;
            s.io.xShmLock = nullptr;
            s.io.xShmBarrier = nullptr;
            s.io.xShmUnmap = nullptr;
            s.io.xFetch = nullptr;
            s.io.xUnfetch = nullptr;
        }
        wrapper->base.pMethods = &s.io;
        return SQLITE_OK;
    }
};

} // namespace assure::test
