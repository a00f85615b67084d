// assure-cli demo OUT [--scale small|large] [--seed N]: a fictional partnership.
#include "cli/demoverb.h"

#include "workspace/demo/demoboard.h"

#include <QCoreApplication>

namespace assure {

QString DemoVerb::summary() const
{
    return QCoreApplication::translate("assure::DemoVerb",
                                       "Write a demo board: a fictional partnership, the same for the same seed.");
}

int DemoVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QCoreApplication::translate("assure::DemoVerb", "small (a real board) or large (ten times the largest)."),
        QStringLiteral("SCALE"), QStringLiteral("small"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QCoreApplication::translate("assure::DemoVerb", "Random seed."), QStringLiteral("N"),
                                  QStringLiteral("2026"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("assure::DemoVerb", "Histories run up to this date (default: today)."),
        QStringLiteral("YYYY-MM-DD"));
    parser.addOption(scale);
    parser.addOption(seed);
    parser.addOption(asOf);
    if (!parse(parser, args, io, 1, QStringLiteral("OUT.assure [--scale small|large] [--seed N] [--as-of DATE]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    DemoOptions options;
    const QString scaleText = parser.value(scale);
    if (scaleText == QLatin1String("large")) {
        options.scale = DemoScale::Large;
    } else if (scaleText != QLatin1String("small")) {
        io.err << QCoreApplication::translate("assure::DemoVerb", "--scale is small or large, not “%1”.").arg(scaleText)
               << Qt::endl;
        return ExitUsage;
    }
    bool ok = false;
    options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        io.err << QCoreApplication::translate("assure::DemoVerb", "--seed takes a whole number from 0 to 4294967295.")
               << Qt::endl;
        return ExitUsage;
    }
    if (!readAsOf(parser, io, &options.asOf))
        return ExitUsage;
    QString error;
    if (!writeDemoBoard(parser.positionalArguments().constFirst(), options, &error)) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace assure
