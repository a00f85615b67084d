// Consistent copies of a board through SQLite's online backup API, for Save a Copy, backups and restore.
#include "storage/filesafety/backupcopy.h"

#include "storage/filesafety/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace assure {

namespace {

constexpr int kBusyTimeoutMs = 5000;
constexpr int kRetryMs = 50;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool BackupCopy::fromHandle(sqlite3 *source, const QString &target, Replace replace, QString *error)
{
    auto failed = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (replace == Replace::Refuse && QFileInfo::exists(target))
        return failed(tr("%1 already exists; choose a new name.").arg(native(target)));
    const QString partial = target + QStringLiteral(".part");
    QFile::remove(partial);
    // A copy of a board is case material like the board: its owner's alone from its first byte.
    QString why;
    if (!PrivateFiles::createEmpty(partial, &why))
        return failed(tr("the copy could not be written to %1: %2").arg(native(target), why));
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        // The copy is a closed board: one self-contained file, like the original.
        sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            // Step until done; a source busy with another writer's transaction is retried a while.
            int waitedMs = 0;
            do {
                rc = sqlite3_backup_step(backup, -1);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    waitedMs += sqlite3_sleep(kRetryMs);
            } while (rc == SQLITE_OK || ((rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && waitedMs < kBusyTimeoutMs));
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? sqlite3_errcode(dest) : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    if (rc != SQLITE_OK)
        why = QString::fromUtf8(dest ? sqlite3_errmsg(dest) : sqlite3_errstr(rc));
    sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(partial);
        return failed(why);
    }
    if (QFileInfo::exists(target) && !QFile::remove(target)) {
        QFile::remove(partial);
        return failed(tr("%1 exists and cannot be replaced.").arg(native(target)));
    }
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return failed(tr("the copy could not be written to %1.").arg(native(target)));
    }
    return true;
}

bool BackupCopy::fromFile(const QString &path, const QString &target, Replace replace, QString *error)
{
    if (!QFileInfo(path).isFile()) {
        if (error)
            *error = tr("%1 does not exist.").arg(native(path));
        return false;
    }
    sqlite3 *source = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc != SQLITE_OK) {
        if (error)
            *error = tr("%1 cannot be read: %2").arg(native(path), QString::fromUtf8(sqlite3_errstr(rc)));
        sqlite3_close(source);
        return false;
    }
    sqlite3_busy_timeout(source, kBusyTimeoutMs);
    const bool ok = fromHandle(source, target, replace, error);
    sqlite3_close(source);
    return ok;
}

} // namespace assure
