// assure-cli export: writes what `import` reads back, so a board's indicators travel through spreadsheets.
#include "cli/exportverb.h"

#include "interchange/tablefile.h"
#include "workspace/indicators/boardexport.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ExportVerb)
};

} // namespace

QString ExportVerb::summary() const
{
    return Tr::tr("Export indicator definitions or measurements to CSV or XLSX.");
}

int ExportVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption indicators(QStringLiteral("indicators"), Tr::tr("Write the indicator definitions to OUT."),
                                        QStringLiteral("OUT"));
    const QCommandLineOption measurements(QStringLiteral("measurements"),
                                          Tr::tr("Write the measurements and targets to OUT."), QStringLiteral("OUT"));
    const QCommandLineOption codes(
        QStringLiteral("codes"), Tr::tr("Only these indicators (codes separated by commas)."), QStringLiteral("CODES"));
    parser.addOptions({indicators, measurements, codes});
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --indicators OUT|--measurements OUT [--codes A,B]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(indicators) == parser.isSet(measurements)) {
        io.err << Tr::tr("Give one of --indicators or --measurements.") << Qt::endl;
        return ExitUsage;
    }
    const QString out = parser.value(parser.isSet(indicators) ? indicators : measurements);
    if (!tableFormatFor(out)) {
        io.err << Tr::tr("%1: the file is written as .csv or .xlsx; give one of those endings.").arg(out) << Qt::endl;
        return ExitUsage;
    }
    QStringList chosen;
    if (parser.isSet(codes))
        chosen = parser.value(codes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    // An unknown code is a usage error; a failed write (a full disk, a folder that is not there)
    // is the work failing.
    for (const QString &code : chosen) {
        if (!ws->items<Indicator>().byCode(code)) {
            io.err << Tr::tr("The board has no indicator with the code “%1”.").arg(code.trimmed()) << Qt::endl;
            return ExitUsage;
        }
    }
    QString error;
    const bool written = parser.isSet(indicators) ? exportBoardIndicators(*ws, out, chosen, &error)
                                                  : exportBoardMeasurements(*ws, out, chosen, &error);
    if (!written) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace assure
