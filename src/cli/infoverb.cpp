// assure-cli info FILE: the file's format and what it holds, as JSON.
#include "cli/infoverb.h"

#include "core/valueformat.h"
#include "storage/boardinfo.h"
#include "storage/filesafety/boardlock.h"
#include "storage/filesafety/filelocation.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    const QString path = parser.positionalArguments().constFirst();
    int exitCode = ExitOk;
    const auto file = openFile(path, io, &exitCode);
    if (!file)
        return exitCode;
    const BoardInfo board = BoardInfo::read(*file);
    QJsonObject counts;
    for (const auto &[table, count] : board.counts)
        counts.insert(table, count);
    const LocationRisk risk = FileLocation::assess(path);
    QJsonObject location{{QStringLiteral("risk"), risk.key()}, {QStringLiteral("filesystem"), risk.filesystem}};
    if (!risk.service.isEmpty())
        location.insert(QStringLiteral("service"), risk.service);
    QJsonObject info{{QStringLiteral("schema_version"), board.schemaVersion},
                     {QStringLiteral("application_id"), board.applicationId},
                     {QStringLiteral("board"), board.boardName},
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
