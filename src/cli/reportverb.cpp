// assure-cli report: the performance report, the board pack, an agency's action plan or an audit's report,
// as PDF, ODT or HTML.
#include "cli/reportverb.h"

#include "reports/report.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, so that lupdate files these strings under the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::ReportVerb)
};

} // namespace

QString ReportVerb::summary() const
{
    return QCoreApplication::translate("assure::ReportVerb",
                                       "A board paper: the performance report, the board pack or an agency's action "
                                       "plan for a period, or an audit's report, as PDF, ODT or HTML.");
}

int ReportVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("assure::ReportVerb", "performance, board-pack, agency or audit."),
        QStringLiteral("KIND"));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QCoreApplication::translate("assure::ReportVerb", "The period: 2026/27 Q2, Sep 2026 or 2026/27."),
        QStringLiteral("LABEL"));
    const QCommandLineOption agency(
        QStringLiteral("agency"),
        QCoreApplication::translate("assure::ReportVerb", "The agency whose action plan --kind agency reports."),
        QStringLiteral("NAME"));
    const QCommandLineOption audit(
        QStringLiteral("audit"),
        QCoreApplication::translate("assure::ReportVerb", "The audit (its reference) that --kind audit reports."),
        QStringLiteral("REF"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("assure::ReportVerb", "pdf, odt or html (by default, from the ending of --out)."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption marking(
        QStringLiteral("marking"),
        QCoreApplication::translate("assure::ReportVerb", "The protective marking on every page (OFFICIAL)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption pdfa(QStringLiteral("pdfa"),
                                  QCoreApplication::translate("assure::ReportVerb", "PDF/A-1b, for the archive."));
    const QCommandLineOption asOf(
        QStringLiteral("as-of"),
        QCoreApplication::translate("assure::ReportVerb", "The day the actions stand on and the paper is dated."),
        QStringLiteral("DATE"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 QCoreApplication::translate("assure::ReportVerb", "The file to write."),
                                 QStringLiteral("PATH"));
    parser.addOptions({kind, period, agency, audit, format, marking, pdfa, asOf, out});
    if (!parse(parser, args, io, 1,
               QStringLiteral(
                   "FILE --kind performance|board-pack|agency|audit --period LABEL [--agency NAME] "
                   "[--audit REF] [--format pdf|odt|html] [--marking TEXT] [--pdfa] [--as-of DATE] --out PATH")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;

    const auto refuse = [&](const QString &why) {
        io.err << why << Qt::endl;
        return ExitUsage;
    };
    ReportRequest request;
    const auto chosenKind = reportKindFromKey(parser.value(kind));
    if (!chosenKind)
        return refuse(Tr::tr("--kind is needed: performance, board-pack, agency or audit."));
    request.kind = *chosenKind;
    // An audit's report is about the audit, not a period; a period given still heads its pages.
    if (!parser.isSet(period) && request.kind != ReportKind::Audit)
        return refuse(Tr::tr("--period is needed, e.g. --period \"2026/27 Q2\"."));
    if (!parser.isSet(out))
        return refuse(Tr::tr("--out is needed: the file to write."));
    const QString path = parser.value(out);
    const QString formatKey = parser.isSet(format) ? parser.value(format) : QFileInfo(path).suffix();
    const auto chosenFormat = reportFormatFromKey(formatKey);
    if (!chosenFormat)
        return refuse(Tr::tr("--format: “%1” is not pdf, odt or html.").arg(formatKey));
    request.format = *chosenFormat;
    if (parser.isSet(pdfa) && request.format != ReportFormat::Pdf)
        return refuse(Tr::tr("--pdfa is for PDF only."));
    request.pdfA = parser.isSet(pdfa);
    request.marking = parser.value(marking);
    request.agency = parser.value(agency);
    request.audit = parser.value(audit);
    if (!readAsOf(parser, io, &request.asOf))
        return ExitUsage;

    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    if (parser.isSet(period)) {
        QString why;
        const auto chosenPeriod = Period::parse(parser.value(period), ws->board().fyStartMonth, &why);
        if (!chosenPeriod)
            return refuse(Tr::tr("--period: %1").arg(why));
        request.period = *chosenPeriod;
    }
    const QString refusal = reportRefusal(*ws, request);
    if (!refusal.isEmpty())
        return refuse(refusal);
    QString error;
    if (!writeReport(buildReport(*ws, request), request, path, &error)) {
        io.err << error << Qt::endl;
        return ExitFailure;
    }
    io.out << path << Qt::endl;
    return ExitOk;
}

} // namespace assure
