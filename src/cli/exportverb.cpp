// assure-cli export: writes what `import` reads back, so a board's indicators travel through spreadsheets.
#include "cli/exportverb.h"

#include "interchange/tablefile.h"
#include "workspace/actions/actiontransfer.h"
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

// The id of the item whose name is this (trimmed, any case); 0 when nothing has it.
template <class Store> qint64 idByName(const Store &items, const QString &name)
{
    for (const auto &item : items)
        if (item.name.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return item.id;
    return 0;
}

// The filters of `assure-cli actions`, read into a filter; false, having said why, on a bad one.
bool readActionFilter(const QCommandLineParser &parser, const Workspace &ws, CliStreams io, ActionFilter &filter)
{
    filter.asOf = QDate::currentDate();
    if (!readAsOf(parser, io, &filter.asOf))
        return false;
    if (parser.isSet(QStringLiteral("status"))) {
        filter.status = actionStatusFromKey(parser.value(QStringLiteral("status")).trimmed().toLower());
        if (!filter.status) {
            io.err << Tr::tr("--status: “%1” is not one of not_started, in_progress, completed, impact_evidenced, "
                             "cancelled.")
                          .arg(parser.value(QStringLiteral("status")))
                   << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("agency"))) {
        filter.agencyId = idByName(ws.items<Agency>(), parser.value(QStringLiteral("agency")));
        if (!filter.agencyId) {
            io.err
                << Tr::tr("--agency: the board has no agency called “%1”.").arg(parser.value(QStringLiteral("agency")))
                << Qt::endl;
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("lead"))) {
        filter.leadId = idByName(ws.items<Person>(), parser.value(QStringLiteral("lead")));
        if (!filter.leadId) {
            io.err << Tr::tr("--lead: the board has no one called “%1”.").arg(parser.value(QStringLiteral("lead")))
                   << Qt::endl;
            return false;
        }
    }
    filter.overdue = parser.isSet(QStringLiteral("overdue"));
    filter.dueSoon = parser.isSet(QStringLiteral("due-soon"));
    return true;
}

} // namespace

QString ExportVerb::summary() const
{
    return Tr::tr("Export indicator definitions, measurements or actions to CSV or XLSX.");
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
    const QCommandLineOption actions(QStringLiteral("actions"), Tr::tr("Write the actions to OUT."),
                                     QStringLiteral("OUT"));
    parser.addOptions({indicators, measurements, actions, codes});
    // The filters of `assure-cli actions`, for --actions.
    parser.addOptions(
        {{QStringLiteral("agency"), Tr::tr("Actions: only those owned by this agency."), QStringLiteral("NAME")},
         {QStringLiteral("lead"), Tr::tr("Actions: only those led by this person."), QStringLiteral("NAME")},
         {QStringLiteral("status"), Tr::tr("Actions: only those of this status."), QStringLiteral("STATUS")},
         {QStringLiteral("overdue"), Tr::tr("Actions: only overdue ones.")},
         {QStringLiteral("due-soon"), Tr::tr("Actions: only those due soon (with --overdue: either).")},
         {QStringLiteral("as-of"), Tr::tr("Actions: the day for overdue and due soon, YYYY-MM-DD."),
          QStringLiteral("DATE")}});
    if (!parse(parser, args, io, 1,
               QStringLiteral("FILE --indicators OUT|--measurements OUT [--codes A,B]|--actions OUT [--agency NAME] "
                              "[--lead NAME] [--status STATUS] [--overdue] [--due-soon] [--as-of DATE]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (int(parser.isSet(indicators)) + int(parser.isSet(measurements)) + int(parser.isSet(actions)) != 1) {
        io.err << Tr::tr("Give one of --indicators, --measurements or --actions.") << Qt::endl;
        return ExitUsage;
    }
    const QString out = parser.value(parser.isSet(indicators) ? indicators
                                     : parser.isSet(actions)  ? actions
                                                              : measurements);
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
    if (parser.isSet(actions)) {
        ActionFilter filter;
        if (!readActionFilter(parser, *ws, io, filter))
            return ExitUsage;
        QString error;
        if (!exportActions(*ws, out, filter, &error)) {
            io.err << error << Qt::endl;
            return ExitFailure;
        }
        return ExitOk;
    }
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
