// Test helper: an SQLite VFS over the default one that remembers every write not yet synced and, when the power
// is cut at a chosen write or sync, throws all of them away, as a disk does when the laptop's battery is pulled.
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <sqlite3.h>

#include <map>
#include <string>
#include <vector>

namespace assure::test {

// As SQLite's own crash tests do: a write reaches the file at once (this process reads it back),
// but until the file is synced it is only in the operating system's cache. A deleted file's
// directory entry is only gone for good once its folder is synced (xDelete's dirSync). Cutting
// the power makes that write or sync and everything after it fail and reach no file;
// loseUnsyncedWrites() then leaves each file as its last sync left it.
class PowerLossVfs final
{
public:
    // Registers the VFS as the default for every connection opened afterwards (once per process).
    static void install()
    {
        State &s = state();
        if (s.installed)
            return;
        s.base = sqlite3_vfs_find(nullptr);
        s.vfs = *s.base;
        s.vfs.zName = "assure-powerloss";
        s.vfs.szOsFile = int(sizeof(File)) + s.base->szOsFile;
        s.vfs.xOpen = &open;
        s.vfs.xDelete = &remove;
        sqlite3_vfs_register(&s.vfs, 1);
        s.installed = true;
    }

    // The power goes at the `at`th write or sync from now (1 is the next one); 0 never.
    static void cutPowerAt(long long at)
    {
        state().countdown = at;
        state().operations = 0;
    }
    static bool powerIsCut() { return state().cut; }
    // Writes and syncs since cutPowerAt().
    static long long operations() { return state().operations; }

    // Leaves every file as its last sync left it, brings back files whose deletion was never made
    // durable, and turns the power back on. Call with every connection closed.
    static void loseUnsyncedWrites()
    {
        State &s = state();
        for (auto &[path, pending] : s.pending) {
            QFile f(QString::fromStdString(path));
            if (!f.exists() || !f.open(QIODevice::ReadWrite))
                continue;
            for (auto it = pending.undo.rbegin(); it != pending.undo.rend(); ++it) {
                f.seek(it->offset);
                f.write(it->old);
            }
            f.resize(pending.syncedSize);
        }
        for (const auto &[path, content] : s.deleted) {
            QFile f(QString::fromStdString(path));
            if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
                f.write(content);
        }
        s.pending.clear();
        s.deleted.clear();
        s.cut = false;
        s.countdown = 0;
    }

    // Forgets what is pending without touching a file (between independent rounds).
    static void forget()
    {
        state().pending.clear();
        state().deleted.clear();
        state().cut = false;
        state().countdown = 0;
    }

private:
    struct Undo
    {
        long long offset;
        QByteArray old;
    };
    struct Pending
    {
        long long syncedSize = 0;
        std::vector<Undo> undo;
    };
    struct File
    {
        sqlite3_file base;  // io methods of the wrapper
        sqlite3_file *real; // the default VFS's file, allocated right after this struct
        int path;           // index into State::paths, or -1 for a file without a name
    };
    struct State
    {
        bool installed = false;
        sqlite3_vfs *base = nullptr;
        sqlite3_vfs vfs{};
        sqlite3_io_methods io{};
        long long countdown = 0;
        long long operations = 0;
        bool cut = false;
        std::vector<std::string> paths;
        std::map<std::string, Pending> pending;
        std::map<std::string, QByteArray> deleted; // content at the last sync
    };
    static State &state()
    {
        static State s;
        return s;
    }
    static sqlite3_file *real(sqlite3_file *f) { return reinterpret_cast<File *>(f)->real; }
    static const std::string *pathOf(sqlite3_file *f)
    {
        const int i = reinterpret_cast<File *>(f)->path;
        return i < 0 ? nullptr : &state().paths[size_t(i)];
    }

    // Counts a write or sync; true when the power is (now) off.
    static bool powerGone()
    {
        State &s = state();
        if (s.cut)
            return true;
        ++s.operations;
        if (s.countdown > 0 && --s.countdown == 0)
            s.cut = true;
        return s.cut;
    }

    // The bytes [offset, offset + n) as they are now, within the file's current size.
    static QByteArray current(sqlite3_file *f, long long offset, long long n)
    {
        sqlite3_int64 size = 0;
        real(f)->pMethods->xFileSize(real(f), &size);
        if (offset >= size)
            return {};
        QByteArray bytes(qsizetype(std::min(n, size - offset)), '\0');
        real(f)->pMethods->xRead(real(f), bytes.data(), int(bytes.size()), offset);
        return bytes;
    }

    // What undoing an unsynced change needs: the first time a file changes after a sync, its size.
    static Pending *pendingFor(sqlite3_file *f)
    {
        const std::string *path = pathOf(f);
        if (!path)
            return nullptr;
        auto [it, fresh] = state().pending.try_emplace(*path);
        if (fresh) {
            sqlite3_int64 size = 0;
            real(f)->pMethods->xFileSize(real(f), &size);
            it->second.syncedSize = size;
        }
        return &it->second;
    }

    static int remove(sqlite3_vfs *, const char *name, int dirSync)
    {
        State &s = state();
        if (powerGone())
            return SQLITE_IOERR_DELETE;
        const std::string path(name);
        if (!dirSync) {
            // Until the folder is synced the file may come back, as it was at its last sync.
            QFile f(QString::fromStdString(path));
            QByteArray content = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            if (const auto it = s.pending.find(path); it != s.pending.end()) {
                for (auto u = it->second.undo.rbegin(); u != it->second.undo.rend(); ++u) {
                    if (content.size() < u->offset + u->old.size())
                        content.resize(qsizetype(u->offset + u->old.size()));
                    content.replace(qsizetype(u->offset), u->old.size(), u->old);
                }
                content.resize(qsizetype(it->second.syncedSize));
            }
            s.deleted[path] = content;
        } else {
            s.deleted.clear(); // the folder is synced: every deletion in it is durable
        }
        s.pending.erase(path);
        return s.base->xDelete(s.base, name, dirSync);
    }

    static int open(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        State &s = state();
        auto *wrapper = reinterpret_cast<File *>(file);
        wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
        wrapper->base.pMethods = nullptr;
        wrapper->path = -1;
        const int rc = s.base->xOpen(s.base, name, wrapper->real, flags, outFlags);
        if (rc != SQLITE_OK || !wrapper->real->pMethods)
            return rc;
        if (name && !(flags & SQLITE_OPEN_DELETEONCLOSE)) {
            s.paths.emplace_back(name);
            wrapper->path = int(s.paths.size()) - 1;
        }
        if (!s.io.xClose) {
            s.io = *wrapper->real->pMethods;
            s.io.xClose = [](sqlite3_file *f) { return real(f)->pMethods->xClose(real(f)); };
            s.io.xRead = [](sqlite3_file *f, void *b, int n, sqlite3_int64 o) {
                return real(f)->pMethods->xRead(real(f), b, n, o);
            };
            s.io.xWrite = [](sqlite3_file *f, const void *b, int n, sqlite3_int64 o) {
                if (powerGone())
                    return SQLITE_IOERR_WRITE;
                if (Pending *p = pendingFor(f))
                    p->undo.push_back({o, current(f, o, n)});
                return real(f)->pMethods->xWrite(real(f), b, n, o);
            };
            s.io.xTruncate = [](sqlite3_file *f, sqlite3_int64 n) {
                if (powerGone())
                    return SQLITE_IOERR_TRUNCATE;
                if (Pending *p = pendingFor(f))
                    p->undo.push_back({n, current(f, n, 1LL << 40)});
                return real(f)->pMethods->xTruncate(real(f), n);
            };
            s.io.xSync = [](sqlite3_file *f, int fl) {
                if (powerGone())
                    return SQLITE_IOERR_FSYNC;
                const int r = real(f)->pMethods->xSync(real(f), fl);
                if (r == SQLITE_OK) {
                    if (const std::string *path = pathOf(f)) {
                        state().pending.erase(*path);
                        // A file made again under a deleted one's name: its first sync syncs the
                        // folder too (SQLite asks for that for a new journal), so the old one is gone.
                        state().deleted.erase(*path);
                    }
                }
                return r;
            };
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
                // Nothing about this disk may be assumed safe: no atomic or sequential writes.
                return real(f)->pMethods->xDeviceCharacteristics(real(f)) &
                       ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_SEQUENTIAL |
                         SQLITE_IOCAP_POWERSAFE_OVERWRITE);
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
