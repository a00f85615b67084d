// assure-cli import FILE --indicators DEFS | --measurements DATA [--dry-run] [--replace] [--all-or-nothing].
#include "cli/importverb.h"

#include "interchange/tablefile.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ImportVerb)
};

// The summary line and one line per rejected row, as the contract says.
int report(CliStreams io, int imported, const ImportCounts &counts, const QStringList &rejected)
{
    io.out << QStringLiteral("imported %1, rejected %2").arg(imported).arg(counts.rejected) << Qt::endl;
    for (const QString &line : rejected)
        io.out << line << Qt::endl;
    return counts.rejected > 0 ? ExitRejected : ExitOk;
}

} // namespace

QString ImportVerb::summary() const
{
    return Tr::tr("Import indicator definitions or measurements from CSV or XLSX.");
}

int ImportVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption indicators(QStringLiteral("indicators"), Tr::tr("Indicator definitions to import."),
                                        QStringLiteral("DEFS"));
    const QCommandLineOption measurements(QStringLiteral("measurements"), Tr::tr("Measurements to import."),
                                          QStringLiteral("DATA"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Check every row and report, but write nothing."));
    const QCommandLineOption replace(QStringLiteral("replace"), Tr::tr("Overwrite stored values that differ."));
    const QCommandLineOption allOrNothing(QStringLiteral("all-or-nothing"),
                                          Tr::tr("Write nothing if any row is rejected."));
    parser.addOptions({indicators, measurements, dryRun, replace, allOrNothing});
    if (!parse(parser, args, io, 1,
               QStringLiteral("FILE --indicators DEFS|--measurements DATA [--dry-run] [--replace] [--all-or-nothing]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (parser.isSet(indicators) == parser.isSet(measurements)) {
        io.err << Tr::tr("Give one of --indicators or --measurements.") << Qt::endl;
        return ExitUsage;
    }
    const QString input = parser.value(parser.isSet(indicators) ? indicators : measurements);
    QString error;
    const auto table = readTableFile(input, &error);
    if (!table) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    const bool write = !parser.isSet(dryRun);
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(),
                                  write ? BoardFile::Mode::ReadWrite : BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    const QString source = QFileInfo(input).fileName();
    const auto finish = [&](const auto &plan) {
        if (!plan.isUsable()) {
            io.err << QStringLiteral("%1: %2").arg(source, plan.error) << Qt::endl;
            return int(ExitUsage);
        }
        for (const QString &w : plan.warnings)
            io.err << QStringLiteral("%1: %2").arg(source, w) << Qt::endl;
        const bool blocked = parser.isSet(allOrNothing) && plan.counts.rejected > 0;
        // Rows already held exactly count as imported: N + M is every row of the file.
        const int imported = blocked ? 0 : plan.counts.accepted();
        if (write && !blocked) {
            QString why;
            if (IndicatorEdits(*ws).applyImport(plan, source, &why) < 0) {
                io.err << why << Qt::endl;
                return int(ExitFailure);
            }
        }
        return report(io, imported, plan.counts, plan.rejectedLines());
    };
    if (parser.isSet(indicators))
        return finish(planIndicatorImport(*table, IndicatorEdits(*ws).importContext()));
    ImportOptions options;
    options.replace = parser.isSet(replace);
    return finish(planMeasurementImport(*table, IndicatorEdits(*ws).importContext(), options));
}

} // namespace assure
