// What a backup (or any board file) holds, read from the file itself without changing it.
#include "storage/filesafety/backupsummary.h"

#include "storage/board/boardrepository.h"
#include "storage/boardfile.h"

#include <QAtomicInt>
#include <QSqlDatabase>

namespace assure {

qint64 BackupSummary::count(const QString &table) const
{
    for (const auto &[name, rows] : counts)
        if (name == table)
            return rows;
    return 0;
}

QString BackupSummary::describe() const
{
    if (!ok)
        return problem;
    auto n = [this](const char *table) { return int(count(QString::fromLatin1(table))); };
    return QStringList{tr("%Ln agencies", nullptr, n("agency")), tr("%Ln people", nullptr, n("person")),
                       tr("%Ln indicators", nullptr, n("indicator")), tr("%Ln measurements", nullptr, n("measurement"))}
        .join(QStringLiteral(", "));
}

BackupSummary BackupSummary::read(const QString &path, Depth depth)
{
    BackupSummary s;
    const OpenResult checked =
        BoardFile::inspect(path, depth == Depth::Quick ? BoardFile::Check::HeaderOnly : BoardFile::Check::Full);
    if (!checked.ok()) {
        s.problem = checked.message;
        return s;
    }
    s.notice = checked.notice;
    s.schemaVersion = checked.schemaVersion;
    // A plain read-only connection: a backup from before an upgrade has an older schema, which
    // BoardFile would refuse to open without upgrading it.
    static QAtomicInt counter;
    const QString connection = QStringLiteral("assure-summary-%1").arg(counter.fetchAndAddRelaxed(1));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            const BoardRepository board(db);
            s.counts = board.tableCounts();
            s.boardName = board.load().name;
            s.ok = true;
        } else {
            s.problem = tr("%1 cannot be read.").arg(path);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return s;
}

} // namespace assure
