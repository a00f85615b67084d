// assure-cli check FILE: integrity and foreign keys; exit 3 when the file is damaged.
#include "cli/checkverb.h"

#include "storage/boardfile.h"

#include <QCoreApplication>

namespace assure {

QString CheckVerb::summary() const
{
    return QCoreApplication::translate("assure::CheckVerb",
                                       "Check a board file's integrity and references; exit 3 when it is damaged.");
}

int CheckVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    if (!parse(parser, args, io, 1, QStringLiteral("FILE")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    const QString path = parser.positionalArguments().constFirst();
    OpenResult result = BoardFile::inspect(path);
    if (result.status == OpenStatus::Damaged) {
        io.err << result.message << Qt::endl;
        return ExitDamaged;
    }
    const auto file = result.ok() ? BoardFile::open(path, BoardFile::Mode::ReadOnly, &result) : nullptr;
    if (!file) {
        io.err << result.message << Qt::endl;
        return result.status == OpenStatus::Damaged ? ExitDamaged : ExitUsage;
    }
    const QStringList problems = file->integrityProblems();
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            io.err << p << Qt::endl;
        return ExitDamaged;
    }
    io.out << QCoreApplication::translate("assure::CheckVerb", "%1: sound").arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace assure
