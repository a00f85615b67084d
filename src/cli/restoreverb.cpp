// assure-cli restore: a backup checked and copied to a new board file.
#include "cli/restoreverb.h"

#include "storage/filesafety/backupstore.h"
#include "storage/filesafety/backupsummary.h"

#include <QDir>
#include <QFileInfo>

namespace assure {

QString RestoreVerb::summary() const
{
    return QCoreApplication::translate("assure::RestoreVerb",
                                       "Check a backup and copy it to a new board file (never over an existing one).");
}

int RestoreVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("assure::RestoreVerb", "The new board file to make."),
                                 QStringLiteral("FILE"));
    parser.addOption(out);
    if (!parse(parser, args, io, 1, QStringLiteral("BACKUP --out FILE")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(out)) {
        io.err << QCoreApplication::translate("assure::RestoreVerb", "usage: assure-cli restore BACKUP --out FILE")
               << Qt::endl;
        return ExitUsage;
    }
    const QString backup = parser.positionalArguments().constFirst();
    const QString target = parser.value(out);
    if (QFileInfo::exists(target)) {
        io.err << QCoreApplication::translate("assure::RestoreVerb",
                                              "%1 already exists; restore to a new file (nothing was changed).")
                      .arg(QDir::toNativeSeparators(target))
               << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    if (!inspect(backup, io, &exitCode))
        return exitCode;
    QString error;
    if (!BackupStore::restore(backup, target, &error)) {
        io.err << QCoreApplication::translate("assure::RestoreVerb", "Not restored: %1").arg(error) << Qt::endl;
        return ExitFailure;
    }
    io.out << QCoreApplication::translate("assure::RestoreVerb", "Restored %1 (%2)")
                  .arg(QDir::toNativeSeparators(target),
                       BackupSummary::read(target, BackupSummary::Depth::Quick).describe())
           << Qt::endl;
    return ExitOk;
}

} // namespace assure
