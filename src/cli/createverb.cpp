// assure-cli create FILE: a new, empty board file.
#include "cli/createverb.h"

#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

QString CreateVerb::summary() const
{
    return QCoreApplication::translate("assure::CreateVerb", "Create a new, empty board file.");
}

int CreateVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption nameOption(QStringLiteral("name"),
                                        QCoreApplication::translate("assure::CreateVerb", "The board's name."),
                                        QStringLiteral("NAME"), QStringLiteral("New safeguarding board"));
    parser.addOption(nameOption);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE [--name NAME]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    Board board;
    board.name = parser.value(nameOption);
    OpenResult result;
    if (!Workspace::create(parser.positionalArguments().constFirst(), board, &result)) {
        io.err << result.message << Qt::endl;
        return result.status == OpenStatus::Locked ? ExitLocked : ExitUsage;
    }
    return ExitOk;
}

} // namespace assure
