// assure-cli import FILE --indicators DEFS | --measurements DATA | --actions ACTIONS | --action-returns PACK
// [--dry-run] [--replace] [--all-or-nothing].
#include "cli/importverb.h"

#include "interchange/tablefile.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionreturnpacks.h"
#include "workspace/actions/actiontransfer.h"
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

// The summary line and one line per rejected row, as the contract says: imported counts
// the rows written (new or changed), unchanged the rows that match what is stored.
int report(CliStreams io, int imported, int unchanged, int rejected, const QStringList &lines)
{
    io.out << QStringLiteral("imported %1, unchanged %2, rejected %3").arg(imported).arg(unchanged).arg(rejected)
           << Qt::endl;
    for (const QString &line : lines)
        io.out << line << Qt::endl;
    return rejected > 0 ? ExitRejected : ExitOk;
}

// A returned progress pack: every return listed, then written whole, or the problems and nothing.
int importReturns(Workspace &ws, const QString &pack, const QString &agency, bool write, CliStreams io)
{
    const ActionReturnsPlan plan = planActionReturns(ws, pack, agency);
    if (!plan.isUsable()) {
        io.err << plan.refusal << Qt::endl;
        return ExitUsage;
    }
    // The updates, or (when there are problems, and so nothing will be written) only the problems.
    for (const ActionReturn &r : plan.canWrite() ? plan.returns : QList<ActionReturn>()) {
        QStringList parts;
        if (r.percent)
            parts << QStringLiteral("%1%").arg(*r.percent);
        if (r.status)
            parts << Tr::tr("status %1 -> %2").arg(r.statusBefore, actionStatusLabel(*r.status));
        if (!r.text.isEmpty())
            parts << Tr::tr("“%1”").arg(r.text);
        io.out << Tr::tr("%1 (row %2): %3").arg(r.ref).arg(r.row).arg(parts.join(QStringLiteral("; "))) << Qt::endl;
    }
    if (write && plan.canWrite()) {
        QString why;
        if (!ActionEdits(ws).applyReturns(plan, QDate::currentDate(), QFileInfo(pack).fileName(), &why)) {
            io.err << why << Qt::endl;
            return ExitFailure;
        }
    }
    // A pack is taken whole: with a problem in it, nothing is imported.
    const int imported = plan.canWrite() ? static_cast<int>(plan.returns.size()) : 0;
    return report(io, imported, plan.unchanged, plan.rejected, plan.problems);
}

} // namespace

QString ImportVerb::summary() const
{
    return Tr::tr("Import indicator definitions, measurements or actions from CSV or XLSX, or action progress "
                  "returns.");
}

int ImportVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption indicators(QStringLiteral("indicators"), Tr::tr("Indicator definitions to import."),
                                        QStringLiteral("DEFS"));
    const QCommandLineOption measurements(QStringLiteral("measurements"), Tr::tr("Measurements to import."),
                                          QStringLiteral("DATA"));
    const QCommandLineOption actions(QStringLiteral("actions"), Tr::tr("Actions to add or update."),
                                     QStringLiteral("ACTIONS"));
    const QCommandLineOption returns(QStringLiteral("action-returns"),
                                     Tr::tr("An action progress return pack, filled in by an agency."),
                                     QStringLiteral("PACK"));
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    Tr::tr("With --action-returns: refuse a pack of any other agency."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Check every row and report, but write nothing."));
    const QCommandLineOption replace(QStringLiteral("replace"), Tr::tr("Overwrite stored values that differ."));
    const QCommandLineOption allOrNothing(QStringLiteral("all-or-nothing"),
                                          Tr::tr("Write nothing if any row is rejected."));
    parser.addOptions({indicators, measurements, actions, returns, agency, dryRun, replace, allOrNothing});
    if (!parse(parser, args, io, 1,
               QStringLiteral(
                   "FILE --indicators DEFS|--measurements DATA|--actions ACTIONS|--action-returns PACK [--agency NAME] "
                   "[--dry-run] [--replace] [--all-or-nothing]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (int(parser.isSet(indicators)) + int(parser.isSet(measurements)) + int(parser.isSet(actions)) +
            int(parser.isSet(returns)) !=
        1) {
        io.err << Tr::tr("Give one of --indicators, --measurements, --actions or --action-returns.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(agency) && !parser.isSet(returns)) {
        io.err << Tr::tr("--agency goes with --action-returns.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(returns)) {
        int exitCode = ExitOk;
        const auto ws =
            openWorkspace(parser.positionalArguments().constFirst(),
                          parser.isSet(dryRun) ? BoardFile::Mode::ReadOnly : BoardFile::Mode::ReadWrite, io, &exitCode);
        if (!ws)
            return exitCode;
        return importReturns(*ws, parser.value(returns), parser.value(agency), !parser.isSet(dryRun), io);
    }
    const QString input = parser.value(parser.isSet(indicators) ? indicators
                                       : parser.isSet(actions)  ? actions
                                                                : measurements);
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
    const auto finish = [&](const auto &plan, const auto &apply) {
        if (!plan.isUsable()) {
            io.err << QStringLiteral("%1: %2").arg(source, plan.error) << Qt::endl;
            return int(ExitUsage);
        }
        for (const QString &w : plan.warnings)
            io.err << QStringLiteral("%1: %2").arg(source, w) << Qt::endl;
        const bool blocked = parser.isSet(allOrNothing) && plan.counts.rejected > 0;
        const int imported = blocked ? 0 : plan.counts.changing();
        if (write && !blocked) {
            QString why;
            if (apply(plan, &why) < 0) {
                io.err << why << Qt::endl;
                return int(ExitFailure);
            }
        }
        return report(io, imported, plan.counts.unchanged, plan.counts.rejected, plan.rejectedLines());
    };
    const auto indicatorImport = [&](const auto &plan, QString *why) {
        return IndicatorEdits(*ws).applyImport(plan, source, why);
    };
    if (parser.isSet(indicators))
        return finish(planIndicatorImport(*table, IndicatorEdits(*ws).importContext()), indicatorImport);
    if (parser.isSet(actions))
        return finish(planActionImport(*table, actionImportContext(*ws)), [&](const auto &plan, QString *why) {
            return ActionEdits(*ws).applyImport(plan, QDate::currentDate(), source, why);
        });
    ImportOptions options;
    options.replace = parser.isSet(replace);
    return finish(planMeasurementImport(*table, IndicatorEdits(*ws).importContext(), options), indicatorImport);
}

} // namespace assure
