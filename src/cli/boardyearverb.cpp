// assure-cli board and voices: a financial year as JSON, one key per section (boardyearsections.cpp,
// voicessections.cpp).
#include "cli/boardyearverb.h"

#include "core/period.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("assure::BoardYearVerb", text);
}

} // namespace

QString BoardYearVerb::summary() const
{
    return translated(m_summary);
}

int BoardYearVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption year(
        QStringLiteral("year"),
        translated(QT_TRANSLATE_NOOP("assure::BoardYearVerb", "The financial year, e.g. 2026/27.")),
        QStringLiteral("LABEL"));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        translated(QT_TRANSLATE_NOOP("assure::BoardYearVerb", "The day to judge on, YYYY-MM-DD (default: today).")),
        QStringLiteral("DATE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  translated(QT_TRANSLATE_NOOP("assure::BoardYearVerb", "Print JSON.")));
    parser.addOptions({year, asOf, json});
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --year 2026/27 [--as-of DATE] --json")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(year)) {
        io.err << translated(QT_TRANSLATE_NOOP("assure::BoardYearVerb", "--year is needed, e.g. --year 2026/27."))
               << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(json)) {
        // JSON is the one output: for the reports and pages, the desktop app.
        io.err << translated(QT_TRANSLATE_NOOP("assure::BoardYearVerb", "Give --json: the %1 verb prints JSON."))
                      .arg(m_name)
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
    const auto chosen = readYear(parser, ws->board().fyStartMonth, io);
    if (!chosen)
        return ExitUsage;
    QJsonObject out{{QStringLiteral("year"), chosen->label()}, {QStringLiteral("as_of"), day.toString(Qt::ISODate)}};
    for (const BoardYearSection &section : m_sections())
        out.insert(section.key, section.write(*ws, chosen->financialYear(), day));
    io.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace assure
