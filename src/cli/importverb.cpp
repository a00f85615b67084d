// assure-cli import FILE --KIND TABLE (one of tableimports.h) | --action-returns PACK [--agency NAME]
// [--year LABEL] [--dry-run] [--replace] [--all-or-nothing].
#include "cli/importverb.h"

#include "cli/tableimports.h"
#include "core/period.h"
#include "interchange/tablefile.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionreturnpacks.h"
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
    return reportImport(io, imported, plan.unchanged, plan.rejected, plan.problems);
}

} // namespace

QString ImportVerb::summary() const
{
    QStringList kinds;
    for (const TableImport &kind : tableImports())
        kinds << kind.option;
    return Tr::tr("Import rows from a CSV or XLSX file (%1), or action progress returns.")
        .arg(kinds.join(QStringLiteral(", ")));
}

int ImportVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const auto &imports = tableImports();
    QList<QCommandLineOption> tableOptions;
    QStringList forms;
    for (const TableImport &kind : imports) {
        tableOptions << QCommandLineOption(kind.option, kind.help, kind.valueName);
        forms << QStringLiteral("--%1 %2").arg(kind.option, kind.valueName);
    }
    const QCommandLineOption returns(QStringLiteral("action-returns"),
                                     Tr::tr("An action progress return pack, filled in by an agency."),
                                     QStringLiteral("PACK"));
    forms << QStringLiteral("--action-returns PACK");
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    Tr::tr("With --action-returns: refuse a pack of any other agency."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption year(QStringLiteral("year"),
                                  Tr::tr("The financial year the rows are for, e.g. 2026/27 (where asked for)."),
                                  QStringLiteral("LABEL"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    Tr::tr("Check every row and report, but write nothing."));
    const QCommandLineOption replace(QStringLiteral("replace"), Tr::tr("Overwrite stored values that differ."));
    const QCommandLineOption allOrNothing(QStringLiteral("all-or-nothing"),
                                          Tr::tr("Write nothing if any row is rejected."));
    parser.addOptions(tableOptions);
    parser.addOptions({returns, agency, year, dryRun, replace, allOrNothing});
    if (!parse(parser, args, io, 1,
               QStringLiteral("FILE %1 [--agency NAME] [--year LABEL] [--dry-run] [--replace] [--all-or-nothing]")
                   .arg(forms.join(QLatin1Char('|')))))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const TableImport *chosen = nullptr;
    int given = parser.isSet(returns) ? 1 : 0;
    for (const TableImport &kind : imports) {
        if (parser.isSet(kind.option)) {
            chosen = &kind;
            ++given;
        }
    }
    if (given != 1) {
        io.err << Tr::tr("Give one of %1.").arg(forms.join(QStringLiteral(", "))) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(agency) && !parser.isSet(returns)) {
        io.err << Tr::tr("--agency goes with --action-returns.") << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(year) && !(chosen && chosen->needsYear)) {
        io.err << Tr::tr("--year does not go with this import.") << Qt::endl;
        return ExitUsage;
    }
    if (chosen && chosen->needsYear && !parser.isSet(year)) {
        io.err << Tr::tr("--%1 needs --year, e.g. --year 2026/27.").arg(chosen->option) << Qt::endl;
        return ExitUsage;
    }
    const bool write = !parser.isSet(dryRun);
    int exitCode = ExitOk;
    if (parser.isSet(returns)) {
        const auto ws = openWorkspace(parser.positionalArguments().constFirst(),
                                      write ? BoardFile::Mode::ReadWrite : BoardFile::Mode::ReadOnly, io, &exitCode);
        if (!ws)
            return exitCode;
        return importReturns(*ws, parser.value(returns), parser.value(agency), write, io);
    }
    const QString input = parser.value(chosen->option);
    QString error;
    const auto table = readTableFile(input, &error);
    if (!table) {
        io.err << error << Qt::endl;
        return ExitUsage;
    }
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(),
                                  write ? BoardFile::Mode::ReadWrite : BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    int startYear = 0;
    if (chosen->needsYear) {
        const auto period = readYear(parser, ws->board().fyStartMonth, io);
        if (!period)
            return ExitUsage;
        startYear = period->financialYear();
    }
    const TableImportRun run{*ws,
                             *table,
                             QFileInfo(input).fileName(),
                             write,
                             parser.isSet(replace),
                             parser.isSet(allOrNothing),
                             startYear,
                             QDate::currentDate(),
                             io};
    return chosen->run(run);
}

} // namespace assure
