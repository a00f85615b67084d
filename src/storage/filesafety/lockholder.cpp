// Who holds a board file open for changes: read back from the lock file beside it.
#include "storage/filesafety/lockholder.h"

#include "core/valueformat.h"

#include <QList>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace assure {

namespace {

constexpr int kPidLine = 0;
constexpr int kApplicationLine = 1;
constexpr int kMachineLine = 2;
constexpr int kMachineIdLine = 3;
constexpr int kUserLine = 5;
constexpr int kSinceLine = 6;

} // namespace

LockHolder LockHolder::parse(const QByteArray &text, const QByteArray &thisMachineId, const QString &thisHost)
{
    LockHolder h;
    const QList<QByteArray> lines = text.split('\n');
    auto line = [&lines](int i) { return i < lines.size() ? lines.at(i).trimmed() : QByteArray(); };
    bool ok = false;
    h.pid = line(kPidLine).toLongLong(&ok);
    h.readable = ok && h.pid > 0;
    h.application = QString::fromUtf8(line(kApplicationLine));
    h.machine = QString::fromUtf8(line(kMachineLine));
    h.user = QString::fromUtf8(line(kUserLine));
    h.since = QDateTime::fromString(QString::fromLatin1(line(kSinceLine)), Qt::ISODate);
    const QByteArray machineId = line(kMachineIdLine);
    h.sameMachine = h.readable && (!machineId.isEmpty() && !thisMachineId.isEmpty() ? machineId == thisMachineId
                                                                                    : h.machine == thisHost);
    return h;
}

QByteArray LockHolder::detailLines(const QString &user, const QDateTime &since)
{
    QString safeUser = user;
    safeUser.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return safeUser.toUtf8() + '\n' + since.toUTC().toString(Qt::ISODate).toLatin1() + '\n';
}

QString LockHolder::currentUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(getuid())) {
        // The first field of GECOS is the full name; the login name when there is none.
        const QString fullName = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        return fullName.isEmpty() ? QString::fromLocal8Bit(pw->pw_name) : fullName;
    }
#endif
    const QString name = qEnvironmentVariable("USERNAME", qEnvironmentVariable("USER"));
    return name.isEmpty() ? tr("someone") : name;
}

QString LockHolder::describe(const QDateTime &now) const
{
    if (!readable)
        return tr("another program (the lock file does not say who)");
    const QString who = user.isEmpty() ? tr("someone") : user;
    const QString where = machine.isEmpty() ? tr("another computer") : machine;
    const QString base = sameMachine ? tr("%1 on this computer (%2)").arg(who, where) : tr("%1 on %2").arg(who, where);
    if (!since.isValid())
        return base;
    const ValueFormat format;
    const QDateTime local = since.toLocalTime();
    const QString time = format.time(local.time());
    const qint64 days = local.date().daysTo(now.toLocalTime().date());
    if (days == 0)
        return tr("%1 since %2 today").arg(base, time);
    if (days == 1)
        return tr("%1 since %2 yesterday").arg(base, time);
    return tr("%1 since %2 %3").arg(base, format.date(local.date()), time);
}

bool LockHolder::looksAbandoned(const QDateTime &now) const
{
    if (!readable)
        return !since.isValid() || since.secsTo(now) > 60;
    if (sameMachine)
        return false; // QLockFile has already cleared it if its process were gone
    return since.isValid() && since.secsTo(now) > qint64(kAbandonedAfterHours) * 3600;
}

} // namespace assure
