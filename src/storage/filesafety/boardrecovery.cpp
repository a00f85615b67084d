// Rolling back a change that a crash or power cut interrupted, before any door reads the board.
#include "storage/filesafety/boardrecovery.h"

#include "storage/filesafety/boardlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace assure {

namespace {

constexpr int kBusyTimeoutMs = 5000;

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

BoardRecovery::Result notPossible(const QString &message)
{
    BoardRecovery::Result r;
    r.outcome = BoardRecovery::Outcome::NotPossible;
    r.message = message;
    return r;
}

// Opening read-write and reading the schema makes SQLite see the hot journal, take the exclusive
// lock, write the saved pages back, sync and delete the journal.
QString rollBack(const QString &boardPath)
{
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(boardPath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, kBusyTimeoutMs);
        rc = sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    }
    const QString why = rc == SQLITE_OK ? QString() : QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return why;
}

} // namespace

QString BoardRecovery::journalPath(const QString &boardPath)
{
    return boardPath + QStringLiteral("-journal");
}

bool BoardRecovery::hasJournal(const QString &boardPath)
{
    const QFileInfo journal(journalPath(boardPath));
    return journal.size() > 0; // 0 when it does not exist
}

QString BoardRecovery::heldMessage(const QString &boardPath, const LockHolder &holder)
{
    return tr("%1 has a change under way or interrupted, and %2 has it open for changes, so it cannot be read "
              "now. Try again when they have closed it; nothing was changed.")
        .arg(native(boardPath), holder.describe());
}

BoardRecovery::Result BoardRecovery::recover(const QString &boardPath)
{
    if (!hasJournal(boardPath))
        return {};
    const QFileInfo info(boardPath);
    if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
        return notPossible(tr("%1 holds a change that was interrupted, and it cannot be read until that change is "
                              "rolled back, which needs write access: the file or its folder is read-only. Copy "
                              "it together with %2 to a folder you can change and open the copy; nothing was "
                              "changed.")
                               .arg(native(boardPath), native(journalPath(boardPath))));

    // The lock keeps another Assure from opening the board for changes during the rollback, and
    // says whether a running program holds it: then the journal may be its write under way.
    BoardLock::Outcome locked = BoardLock::Outcome::Failed;
    Result r;
    QString error;
    const auto lock = BoardLock::acquire(boardPath, &locked, &r.holder, &error);
    if (locked == BoardLock::Outcome::Held) {
        r.outcome = Outcome::HeldByOther;
        return r;
    }
    if (!lock)
        return notPossible(tr("%1 holds a change that was interrupted and could not be rolled back: %2 Nothing was "
                              "changed.")
                               .arg(native(boardPath), error));
    const QString why = rollBack(boardPath);
    if (!why.isEmpty())
        return notPossible(tr("%1 holds a change that was interrupted and could not be rolled back (%2). The "
                              "change is still kept beside it, so nothing is lost: make sure no other program uses "
                              "it, then try again.")
                               .arg(native(boardPath), why));
    if (hasJournal(boardPath))
        return {}; // a journal SQLite did not need: no change was interrupted
    r.outcome = Outcome::RolledBack;
    r.message = tr("An interrupted change was rolled back; everything saved before it is intact.");
    return r;
}

} // namespace assure
