// The automatic backups folder: one sub-folder per board, timestamped copies, rotation and restore.
#include "storage/filesafety/backupstore.h"

#include "storage/boardfile.h"
#include "storage/filesafety/backupcopy.h"
#include "storage/filesafety/privatefiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

#include <QTimeZone>

#include <algorithm>
#include <numeric>

namespace assure {

namespace {

const QString kTimeFormat = QStringLiteral("yyyy-MM-dd'T'HHmmss.zzz'Z'");
const QString kSuffix = QStringLiteral(".assure");

QString slug(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^a-z0-9]+"));
    QString s = name.toLower().replace(unsafe, QStringLiteral("-"));
    if (s.size() > 40) // at a word's end
        s = s.left(s.lastIndexOf(QLatin1Char('-'), 40));
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? QStringLiteral("board") : s;
}

QDate weekStart(const QDate &d)
{
    return d.addDays(1 - d.dayOfWeek());
}

} // namespace

BackupStore::BackupStore() : m_root(defaultRoot()) {}

BackupStore::BackupStore(const QString &root) : m_root(root) {}

QString BackupStore::defaultRoot()
{
    const QString fromEnvironment = qEnvironmentVariable("ASSURE_BACKUP_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("Assure/backups"));
}

QString BackupStore::shortId(const QString &boardPath)
{
    const QByteArray absolute = QFileInfo(boardPath).absoluteFilePath().toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(absolute, QCryptographicHash::Sha1).toHex().left(8));
}

QString BackupStore::folderFor(const QString &boardPath, const QString &boardName) const
{
    const QString id = shortId(boardPath);
    const QDir root(m_root);
    const QStringList existing = root.entryList({QStringLiteral("*-") + id}, QDir::Dirs | QDir::NoDotAndDotDot);
    if (!existing.isEmpty())
        return root.filePath(existing.constFirst());
    return root.filePath(slug(boardName) + QLatin1Char('-') + id);
}

QString BackupStore::newBackupPath(const QString &boardPath, const QString &boardName, const QString &trigger,
                                   const QDateTime &now, QString *error) const
{
    const QString folder = folderFor(boardPath, boardName);
    // Every copy is case material: the folders are their owner's alone, however they were made.
    if (!PrivateFiles::makeFolder(m_root) || !PrivateFiles::makeFolder(folder)) {
        if (error)
            *error = tr("the backups folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    // Two copies in the same millisecond (a test, a fast machine) take the next free one.
    QDateTime at = now.toUTC();
    for (int i = 0; i < 1000; ++i, at = at.addMSecs(1)) {
        const QString target = QDir(folder).filePath(at.toString(kTimeFormat) + QLatin1Char('-') + trigger + kSuffix);
        if (!QFileInfo::exists(target))
            return target;
    }
    if (error)
        *error = tr("the backups folder %1 is full of copies from this moment.").arg(QDir::toNativeSeparators(folder));
    return {};
}

QString BackupStore::backUp(sqlite3 *db, const QString &boardPath, const QString &boardName, const QString &trigger,
                            const QDateTime &now, QString *error) const
{
    const QString target = newBackupPath(boardPath, boardName, trigger, now, error);
    if (target.isEmpty() || !BackupCopy::fromHandle(db, target, BackupCopy::Replace::Refuse, error))
        return {};
    return target;
}

QStringList BackupStore::boardFolders() const
{
    const QDir root(m_root);
    QStringList out;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        out << root.filePath(name);
    return out;
}

QList<BackupEntry> BackupStore::backupsIn(const QString &folder)
{
    QList<BackupEntry> out;
    const QStringList names = QDir(folder).entryList({QStringLiteral("*") + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        // <time>-<trigger>.assure; anything else in the folder is not ours and is left alone.
        const qsizetype cut = kTimeFormat.size() - 4; // the format's quotes are not in the name
        QDateTime time = QDateTime::fromString(name.left(cut), kTimeFormat);
        if (!time.isValid() || name.mid(cut, 1) != QLatin1String("-"))
            continue;
        time.setTimeZone(QTimeZone::utc());
        out.append({QDir(folder).filePath(name), time, name.mid(cut + 1).chopped(kSuffix.size())});
    }
    std::sort(out.begin(), out.end(), [](const BackupEntry &a, const BackupEntry &b) { return a.time > b.time; });
    return out;
}

QSet<int> BackupStore::kept(const QList<QDateTime> &times, const BackupPolicy &policy, const QDateTime &now)
{
    QList<int> order(times.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return times[a] > times[b]; });
    const QDate today = now.toUTC().date();
    QSet<int> keep;
    QSet<QDate> daysSeen;
    QSet<QDate> weeksSeen;
    for (int rank = 0; rank < order.size(); ++rank) {
        const int i = order[rank];
        const QDate day = times[i].toUTC().date();
        if (rank < policy.keepLast)
            keep.insert(i);
        if (today.toJulianDay() - day.toJulianDay() < policy.days && !daysSeen.contains(day)) {
            daysSeen.insert(day);
            keep.insert(i);
        }
        const QDate week = weekStart(day);
        if ((weekStart(today).toJulianDay() - week.toJulianDay()) / 7 < policy.weeks && !weeksSeen.contains(week)) {
            weeksSeen.insert(week);
            keep.insert(i);
        }
    }
    return keep;
}

int BackupStore::rotate(const QString &folder, const BackupPolicy &policy, const QDateTime &now)
{
    QList<BackupEntry> rotating;
    for (const BackupEntry &e : backupsIn(folder))
        if (e.trigger != kBeforeUpgrade)
            rotating << e;
    QList<QDateTime> times;
    for (const BackupEntry &e : std::as_const(rotating))
        times << e.time;
    const QSet<int> keep = kept(times, policy, now);
    int removed = 0;
    for (int i = 0; i < rotating.size(); ++i)
        if (!keep.contains(i) && QFile::remove(rotating[i].path))
            ++removed;
    return removed;
}

bool BackupStore::restore(const QString &backup, const QString &target, QString *error)
{
    if (QFileInfo::exists(target)) {
        if (error)
            *error = tr("%1 already exists; restore to a new file.").arg(QDir::toNativeSeparators(target));
        return false;
    }
    const OpenResult checked = BoardFile::inspect(backup);
    if (!checked.ok()) {
        if (error)
            *error = checked.message;
        return false;
    }
    return BackupCopy::fromFile(backup, target, BackupCopy::Replace::Refuse, error);
}

} // namespace assure
