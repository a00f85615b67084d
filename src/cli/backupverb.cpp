// assure-cli backup: a consistent copy of a board file, even while it is open elsewhere.
#include "cli/backupverb.h"

#include "storage/filesafety/backupcopy.h"
#include "storage/filesafety/backupstore.h"
#include "storage/filesafety/backupsummary.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

namespace assure {

QString BackupVerb::summary() const
{
    return QCoreApplication::translate("assure::BackupVerb",
                                       "Copy a board file consistently (even while it is open) into a folder; print "
                                       "the copy's path.");
}

int BackupVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption out(
        QStringLiteral("out"),
        QCoreApplication::translate("assure::BackupVerb",
                                    "The folder for the copy (default: Assure's backups folder)."),
        QStringLiteral("DIR"));
    parser.addOption(out);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE [--out DIR]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString path = parser.positionalArguments().constFirst();
    int exitCode = ExitOk;
    if (!inspect(path, io, &exitCode))
        return exitCode;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QString target;
    QString error;
    if (parser.isSet(out)) {
        const QString dir = parser.value(out);
        if (!QDir().mkpath(dir)) {
            io.err << QCoreApplication::translate("assure::BackupVerb", "The folder %1 cannot be created.")
                          .arg(QDir::toNativeSeparators(dir))
                   << Qt::endl;
            return ExitFailure;
        }
        target = QDir(dir).filePath(
            QStringLiteral("%1-%2.assure")
                .arg(QFileInfo(path).completeBaseName(), now.toString(QStringLiteral("yyyy-MM-dd'T'HHmmss.zzz'Z'"))));
    } else {
        target = BackupStore().newBackupPath(path, BackupSummary::read(path, BackupSummary::Depth::Quick).boardName,
                                             BackupStore::kManual, now, &error);
        if (target.isEmpty()) {
            io.err << QCoreApplication::translate("assure::BackupVerb", "No copy was made: %1").arg(error) << Qt::endl;
            return ExitFailure;
        }
    }
    if (!BackupCopy::fromFile(path, target, BackupCopy::Replace::Refuse, &error)) {
        io.err << QCoreApplication::translate("assure::BackupVerb", "No copy was made: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    io.out << QDir::toNativeSeparators(target) << Qt::endl;
    return ExitOk;
}

} // namespace assure
