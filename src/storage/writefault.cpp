// Why a write to the board file failed, in words that say what happened, what is safe and what to do.
#include "storage/writefault.h"

#include <QDir>
#include <QFileInfo>

#include <sqlite3.h>

namespace assure {

bool WriteFault::hasMoved(sqlite3 *db, const QString &path)
{
    int moved = 0;
    if (db && sqlite3_file_control(db, "main", SQLITE_FCNTL_HAS_MOVED, &moved) == SQLITE_OK && moved)
        return true;
    return !QFileInfo::exists(path);
}

WriteFault::Kind WriteFault::classify(sqlite3 *db, const QString &path, const QString &why)
{
    if (hasMoved(db, path))
        return Kind::Moved;
    const QString text = why.toLower();
    // SQLite's own messages (and the words describeSqliteMessage() makes of them).
    if (text.contains(QLatin1String("full")))
        return Kind::DiskFull;
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")) ||
        text.contains(QLatin1String("unable to open")))
        return Kind::ReadOnly;
    if (text.contains(QLatin1String("i/o error")) || text.contains(QLatin1String("disk")))
        return Kind::DiskError;
    return Kind::Other;
}

QString WriteFault::explain(Kind kind, const QString &path, const QString &why)
{
    const QString name = QDir::toNativeSeparators(path);
    const QString safe = tr("Every change saved before this one is safe in the file.");
    switch (kind) {
    case Kind::DiskFull:
        return tr("The change was not saved: the disk that holds %1 is full.").arg(name) + QLatin1Char(' ') + safe +
               QLatin1Char(' ') + tr("Free some space and make the change again, or save a copy on another disk.");
    case Kind::ReadOnly:
        return tr("The change was not saved: %1 no longer accepts changes (the file, its folder or the disk has "
                  "become read-only).")
                   .arg(name) +
               QLatin1Char(' ') + safe + QLatin1Char(' ') +
               tr("Save a copy somewhere you can write to and open that, or ask whoever manages the folder.");
    case Kind::Moved:
        return tr("The change was not saved: %1 was moved, renamed or deleted while it was open.").arg(name) +
               QLatin1Char(' ') +
               tr("Everything saved before this change is still in the open board, but only until it is closed: "
                  "save a copy now, then open the copy.");
    case Kind::DiskError:
        return tr("The change was not saved: %1 could not be written (a disk error; was a USB stick or network "
                  "drive removed?).")
                   .arg(name) +
               QLatin1Char(' ') + safe + QLatin1Char(' ') +
               tr("Reconnect the drive and open the file again, or save a copy elsewhere.");
    case Kind::Other: break;
    }
    return tr("The change was not saved: %1.").arg(why) + QLatin1Char(' ') + safe;
}

QString WriteFault::movedWarning(const QString &path)
{
    return tr("%1 has been moved, renamed or deleted while it was open (or the drive holding it was removed). "
              "Nothing more can be saved to it. Everything saved so far is still in the open board, but only "
              "until it is closed: save a copy now, then open the copy.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace assure
