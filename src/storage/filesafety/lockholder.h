// Who holds a board file open for changes: read back from the lock file beside it.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace assure {

struct LockHolder
{
    Q_DECLARE_TR_FUNCTIONS(assure::LockHolder)

public:
    qint64 pid = 0;
    QString application; // the holder's program name
    QString machine;     // host name
    QString user;        // the holder's name; empty when the lock file does not say
    QDateTime since;     // when the lock was taken
    bool sameMachine = false;
    bool readable = false; // false when the lock file is empty or not in the expected form

    // Parses a lock file's text: QLockFile's five lines (pid, program, host, machine id, boot id)
    // and Assure's two more (user, time taken). thisMachineId and thisHost are this machine's
    // QSysInfo::machineUniqueId() and host name; the id decides when both sides have one.
    static LockHolder parse(const QByteArray &text, const QByteArray &thisMachineId, const QString &thisHost);
    // The two lines Assure appends to QLockFile's own.
    static QByteArray detailLines(const QString &user, const QDateTime &since);
    // The person using this program, by full name where the system knows it.
    static QString currentUser();

    // For people: "Jane Smith on LAPTOP-7 since 09:14 today".
    QString describe(const QDateTime &now = QDateTime::currentDateTime()) const;
    // A lock nobody can prove alive: from another machine and older than kAbandonedAfterHours,
    // or unreadable and more than a minute old. Such a lock may be cleared after a warning.
    bool looksAbandoned(const QDateTime &now = QDateTime::currentDateTime()) const;

    static constexpr int kAbandonedAfterHours = 12;
};

} // namespace assure
