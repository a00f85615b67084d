// Test helpers: a lock file beside a board for a holder the test makes up, and a process that is provably gone.
#pragma once

#include "storage/filesafety/boardlock.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QSysInfo>

namespace assure::test {

// A lock file as QLockFile and Assure write it: pid, program, host, machine id and boot id, then
// Assure's user and time taken.
inline bool writeLock(const QString &boardPath, qint64 pid, const QString &host, const QByteArray &machineId,
                      const QString &user, const QDateTime &since)
{
    QFile f(BoardLock::lockPath(boardPath));
    const QByteArray text = QByteArray::number(pid) + "\nassure\n" + host.toUtf8() + '\n' + machineId + '\n' +
                            QSysInfo::bootUniqueId() + '\n' + LockHolder::detailLines(user, since);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(text) == text.size();
}

// The pid of a process that has run and been reaped: provably not running.
inline qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("true"), {});
    if (!p.waitForStarted())
        return 0;
    const qint64 pid = p.processId();
    p.waitForFinished();
    return pid;
}

} // namespace assure::test
