// assure-cli check FILE: integrity, foreign keys and the change history's hash chain; exit 3 when the file is damaged.
#include "cli/checkverb.h"

#include "storage/history/historylog.h"

#include <QCoreApplication>

namespace assure {

QString CheckVerb::summary() const
{
    return QCoreApplication::translate(
        "assure::CheckVerb",
        "Check a board file's integrity, references and change history; exit 3 when it is damaged.");
}

int CheckVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1, QStringLiteral("FILE")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString path = parser.positionalArguments().constFirst();
    int exitCode = ExitOk;
    if (!inspect(path, io, &exitCode))
        return exitCode;
    const auto file = openFile(path, io, &exitCode);
    if (!file)
        return exitCode;
    qint64 entries = 0;
    QString head;
    const QStringList problems = file->integrityProblems() + HistoryLog::verify(file->handle(), &entries, &head);
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            io.err << p << Qt::endl;
        return ExitDamaged;
    }
    io.out << QCoreApplication::translate("assure::CheckVerb", "%1: sound").arg(path) << Qt::endl;
    // The newest hash, to note elsewhere: a history rewritten end to end shows against it.
    io.out << QCoreApplication::translate(
                  "assure::CheckVerb",
                  "Change history: %n entries (one per edit, import, undo or redo), chain whole, ending %1", nullptr,
                  int(entries))
                  .arg(head)
           << Qt::endl;
    return ExitOk;
}

} // namespace assure
