// The one-writer lock on a board file: a sidecar "<board>.lock" that exists only while a
// program has the board open for changes.
#include "storage/filesafety/boardlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSysInfo>
#include <QThread>

namespace assure {

BoardLock::BoardLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}

BoardLock::~BoardLock()
{
    m_lock->unlock();
}

QString BoardLock::lockPath(const QString &boardPath)
{
    return boardPath + QStringLiteral(".lock");
}

std::unique_ptr<BoardLock> BoardLock::acquire(const QString &boardPath, Outcome *outcome, LockHolder *holder,
                                              QString *error)
{
    auto lock = std::make_unique<QLockFile>(lockPath(boardPath));
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        QFile details(lockPath(boardPath));
        if (details.open(QIODevice::Append))
            details.write(LockHolder::detailLines(LockHolder::currentUser(), QDateTime::currentDateTimeUtc()));
        *outcome = Outcome::Acquired;
        return std::unique_ptr<BoardLock>(new BoardLock(std::move(lock)));
    }
    if (lock->error() == QLockFile::LockFailedError) {
        *outcome = Outcome::Held;
        if (holder)
            *holder = BoardLock::holder(boardPath);
        return nullptr;
    }
    *outcome = Outcome::Failed;
    if (error)
        *error = tr("the lock file %1 cannot be made there, so others could not be kept from changing it at the "
                    "same time.")
                     .arg(QDir::toNativeSeparators(lockPath(boardPath)));
    return nullptr;
}

LockHolder BoardLock::holder(const QString &boardPath)
{
    LockHolder h;
    // A lock caught between QLockFile writing its lines and Assure appending its own gets the
    // moment it needs; an old lock without them is from elsewhere and is read as it is.
    for (int attempt = 0; attempt < 10; ++attempt) {
        QFile file(lockPath(boardPath));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        h = LockHolder::parse(file.read(4096), QSysInfo::machineUniqueId(), QSysInfo::machineHostName());
        const QDateTime modified = QFileInfo(file).lastModified();
        if (!h.since.isValid())
            h.since = modified;
        if (!h.user.isEmpty() || qAbs(modified.msecsTo(QDateTime::currentDateTime())) > 2000)
            break;
        QThread::msleep(20);
    }
    return h;
}

bool BoardLock::isHeld(const QString &boardPath)
{
    return QFileInfo::exists(lockPath(boardPath));
}

bool BoardLock::clear(const QString &boardPath, const LockHolder &shown, QString *error)
{
    const LockHolder now = holder(boardPath);
    if (!QFileInfo::exists(lockPath(boardPath)))
        return true;
    if (now.pid != shown.pid || now.machine != shown.machine || now.since != shown.since) {
        if (error)
            *error = tr("The lock has changed since it was shown: %1 has just opened the file.").arg(now.describe());
        return false;
    }
    QLockFile lock(lockPath(boardPath));
    if (!lock.removeStaleLockFile()) {
        if (error)
            *error = tr("The lock file %1 cannot be removed; the program holding it may still be running.")
                         .arg(QDir::toNativeSeparators(lockPath(boardPath)));
        return false;
    }
    return true;
}

} // namespace assure
