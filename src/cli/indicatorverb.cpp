// assure-cli indicator FILE --code CODE [--json]: one indicator's history with RAG and SPC.
#include "cli/indicatorverb.h"

#include "core/valueformat.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

QString IndicatorVerb::summary() const
{
    return QCoreApplication::translate(
        "assure::IndicatorVerb",
        "One indicator's history: values, targets, RAG and SPC (mean, limits, special causes).");
}

int IndicatorVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"),
                                  QCoreApplication::translate("assure::IndicatorVerb", "The indicator's code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("assure::IndicatorVerb", "Print JSON."));
    parser.addOption(code);
    parser.addOption(json);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --code CODE [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    const Indicator *indicator = ws->items<Indicator>().byCode(parser.value(code));
    if (!indicator) {
        io.err << QCoreApplication::translate("assure::IndicatorVerb", "There is no indicator with the code “%1”.")
                      .arg(parser.value(code))
               << Qt::endl;
        return ExitUsage;
    }
    const IndicatorHistoryResult h = evaluateHistory(indicatorHistory(*ws, *indicator));
    QJsonArray points;
    for (const HistoryPoint &p : h.points)
        points.append(QJsonObject{{QStringLiteral("period"), machine::period(p.period)},
                                  {QStringLiteral("value"), machine::number(p.value)},
                                  {QStringLiteral("target"), machine::number(p.target)},
                                  {QStringLiteral("rag"), machine::key(p.rag.rag)},
                                  {QStringLiteral("spc_point"), machine::key(p.spcPoint)},
                                  {QStringLiteral("spc_rule"), machine::key(p.spcRule)}});
    const SpcSegment *limits = h.spc.latest();
    const bool hasLimits = limits && limits->hasLimits;
    const auto limit = [&](bool known, double SpcSegment::*line) {
        return machine::number(known ? std::optional<double>(limits->*line) : std::nullopt);
    };
    const QJsonObject spc{{QStringLiteral("mean"), limit(limits != nullptr, &SpcSegment::mean)},
                          {QStringLiteral("lpl"), limit(hasLimits, &SpcSegment::lpl)},
                          {QStringLiteral("upl"), limit(hasLimits, &SpcSegment::upl)},
                          {QStringLiteral("variation"), machine::key(h.spc.variation)},
                          {QStringLiteral("assurance"), machine::key(h.spc.assurance)},
                          {QStringLiteral("trial"), h.spc.trial()}};
    const QJsonObject out{{QStringLiteral("code"), indicator->code},
                          {QStringLiteral("title"), indicator->title},
                          {QStringLiteral("polarity"), machine::key(indicator->polarity)},
                          {QStringLiteral("points"), points},
                          {QStringLiteral("spc"), spc}};
    if (parser.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    io.out << indicator->code << QStringLiteral("  ") << indicator->title << Qt::endl;
    const ValueFormat format;
    for (const HistoryPoint &p : h.points)
        io.out << QStringLiteral("  %1  %2  %3  %4\n")
                      .arg(p.period.label(), -10)
                      .arg(p.value ? format.value(indicator->unit, p.value) : QStringLiteral("–"), 8)
                      .arg(ragLetter(p.rag.rag))
                      .arg(p.spcRule ? spcRuleLabel(*p.spcRule) : QString());
    return ExitOk;
}

} // namespace assure
