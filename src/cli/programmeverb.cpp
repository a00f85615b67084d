// assure-cli programme: every occurrence of the year, stored or due by the entry's frequency, with
// the month it is expected in and its status on a day (issue 15, part 9).
#include "cli/programmeverb.h"

#include "core/period.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::ProgrammeVerb", text);
}

} // namespace

QString ProgrammeVerb::summary() const
{
    return translated(QT_TRANSLATE_NOOP("assure::ProgrammeVerb",
                                        "The audit programme of a year: each occurrence's month and whether it is "
                                        "planned, due, overdue, done or skipped."));
}

int ProgrammeVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption year(
        QStringLiteral("year"),
        translated(QT_TRANSLATE_NOOP("assure::ProgrammeVerb", "The financial year, e.g. 2026/27.")),
        QStringLiteral("YEAR"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        translated(
            QT_TRANSLATE_NOOP("assure::ProgrammeVerb", "The day to judge them on, YYYY-MM-DD (default: today).")),
        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::ProgrammeVerb", "Print JSON.")));
    parser.addOptions({year, asOf, json});
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --year 2026/27 [--as-of DATE] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(year)) {
        io.err << translated(QT_TRANSLATE_NOOP("assure::ProgrammeVerb", "--year is needed, e.g. --year 2026/27."))
               << Qt::endl;
        return ExitUsage;
    }
    QDate day = QDate::currentDate();
    if (!readAsOf(parser, io, &day))
        return ExitUsage;
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    const int fyStart = ws->board().fyStartMonth;
    const auto chosen = readYear(parser, fyStart, io);
    if (!chosen)
        return ExitUsage;

    const QList<ProgrammeOccurrence> stored(ws->items<ProgrammeOccurrence>().begin(),
                                            ws->items<ProgrammeOccurrence>().end());
    QJsonArray rows;
    for (const ProgrammeEntry &entry : ws->items<ProgrammeEntry>()) {
        for (const ProgrammeOccurrence &o : occurrencesInYear(entry, stored, chosen->financialYear(), fyStart)) {
            const OccurrenceStatus status = occurrenceStatus(o, day);
            if (parser.isSet(json)) {
                rows.append(QJsonObject{{QStringLiteral("entry"), entry.subject},
                                        {QStringLiteral("due"), o.month().toString(QStringLiteral("yyyy-MM"))},
                                        {QStringLiteral("status"), occurrenceStatusKey(status)}});
            } else {
                io.out << QStringLiteral("%1  %2  %3\n")
                              .arg(Period::month(o.month().year(), o.month().month(), fyStart).label(), -9)
                              .arg(occurrenceStatusLabel(status), -8)
                              .arg(entry.subject);
            }
        }
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace assure
