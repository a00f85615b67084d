// One assure-cli verb: its name, a line of help, and what it does with its arguments.
#include "cli/verb.h"

#include <QCoreApplication>

namespace assure {

bool Verb::parse(QCommandLineParser &parser, const QStringList &args, CliStreams io, int positional,
                 const QString &positionalHelp) const
{
    parser.setApplicationDescription(summary());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("assure::Verb", "Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        io.err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationFilePath(), name());
        return false;
    }
    if (parser.positionalArguments().size() != positional) {
        io.err << QCoreApplication::translate("assure::Verb", "usage: assure-cli %1 %2").arg(name(), positionalHelp)
               << Qt::endl;
        return false;
    }
    return true;
}

} // namespace assure
