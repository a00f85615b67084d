// assure-cli export: writes what `import` reads back, so a board's indicators travel through spreadsheets.
#include "cli/exportverb.h"

#include "interchange/tablefile.h"
#include "workspace/boardexport.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace assure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("assure::ExportVerb", text);
}

} // namespace

QString ExportVerb::summary() const
{
    return tr("Export indicator definitions or measurements to CSV or XLSX.");
}

int ExportVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption indicators(QStringLiteral("indicators"), tr("Write the indicator definitions to OUT."),
                                        QStringLiteral("OUT"));
    const QCommandLineOption measurements(QStringLiteral("measurements"), tr("Write the measurements and targets to OUT."),
                                          QStringLiteral("OUT"));
    const QCommandLineOption codes(QStringLiteral("codes"), tr("Only these indicators (codes separated by commas)."),
                                   QStringLiteral("CODES"));
    parser.addOptions({indicators, measurements, codes});
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --indicators OUT|--measurements OUT [--codes A,B]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(indicators) == parser.isSet(measurements)) {
        io.err << tr("Give one of --indicators or --measurements.") << Qt::endl;
        return ExitUsage;
    }
    const QString out = parser.value(parser.isSet(indicators) ? indicators : measurements);
    if (!tableFormatFor(out)) {
        io.err << tr("%1: the file is written as .csv or .xlsx; give one of those endings.").arg(out) << Qt::endl;
        return ExitUsage;
    }
    QStringList chosen;
    if (parser.isSet(codes))
        chosen = parser.value(codes).split(QLatin1Char(','), Qt::SkipEmptyParts);
    OpenResult result;
    const auto ws = Workspace::open(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, &result);
    if (!ws) {
        io.err << result.message << Qt::endl;
        return ExitUsage;
    }
    // An unknown code is a usage error; a failed write (a full disk, a folder that is not there)
    // is the work failing.
    for (const QString &code : chosen) {
        if (!ws->items<Indicator>().byCode(code)) {
            io.err << tr("The board has no indicator with the code “%1”.").arg(code.trimmed()) << Qt::endl;
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
