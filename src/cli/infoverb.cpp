// assure-cli info FILE: the file's format and what it holds, as JSON.
#include "cli/infoverb.h"

#include "core/valueformat.h"
#include "storage/boardfile.h"
#include "storage/boardlock.h"
#include "storage/boardrepository.h"
#include "storage/filelocation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace assure {

QString InfoVerb::summary() const
{
    return QCoreApplication::translate("assure::InfoVerb",
                                       "Print the board file's format version, application id and row counts as JSON.");
}

int InfoVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1, QStringLiteral("FILE")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    OpenResult result;
    const QString path = parser.positionalArguments().constFirst();
    const auto file = BoardFile::open(path, BoardFile::Mode::ReadOnly, &result);
    if (!file) {
        io.err << result.message << Qt::endl;
        return ExitUsage;
    }
    QSqlQuery q(file->database());
    q.exec(QStringLiteral("PRAGMA application_id"));
    const qint64 applicationId = q.next() ? q.value(0).toLongLong() : 0;
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    q.finish();

    const BoardRepository board(file->database());
    QJsonObject counts;
    for (const auto &[table, count] : board.tableCounts())
        counts.insert(table, count);
    const LocationRisk risk = FileLocation::assess(path);
    QJsonObject location{{QStringLiteral("risk"), risk.key()}, {QStringLiteral("filesystem"), risk.filesystem}};
    if (!risk.service.isEmpty())
        location.insert(QStringLiteral("service"), risk.service);
    QJsonObject info{{QStringLiteral("schema_version"), version},
                     {QStringLiteral("application_id"), applicationId},
                     {QStringLiteral("board"), board.load().name},
                     {QStringLiteral("counts"), counts},
                     {QStringLiteral("location"), location}};
    if (BoardLock::isHeld(path)) {
        const LockHolder holder = BoardLock::holder(path);
        info.insert(QStringLiteral("open_for_changes_by"),
                    QJsonObject{{QStringLiteral("user"), holder.user},
                                {QStringLiteral("machine"), holder.machine},
                                {QStringLiteral("pid"), holder.pid},
                                {QStringLiteral("since"), machine::dateTime(holder.since)}});
    }
    io.out << QString::fromUtf8(QJsonDocument(info).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace assure
