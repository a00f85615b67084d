// assure-cli indicator FILE --code CODE [--json]: one indicator's history with RAG and SPC.
#include "cli/indicatorverb.h"

#include "cli/jsonvalues.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

QString IndicatorVerb::summary() const
{
    return QCoreApplication::translate("assure::IndicatorVerb",
                                       "One indicator's history: values, targets, RAG and SPC (mean, limits, special causes).");
}

int IndicatorVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption code(QStringLiteral("code"), QCoreApplication::translate("assure::IndicatorVerb", "The indicator's code."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("assure::IndicatorVerb", "Print JSON."));
    parser.addOption(code);
    parser.addOption(json);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --code CODE [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    OpenResult result;
    const auto ws = Workspace::open(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, &result);
    if (!ws) {
        io.err << result.message << Qt::endl;
        return ExitUsage;
    }
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
        points.append(QJsonObject{{QStringLiteral("period"), p.period.label()},
                                  {QStringLiteral("value"), jsonNumber(p.value)},
                                  {QStringLiteral("target"), jsonNumber(p.target)},
                                  {QStringLiteral("rag"), ragKey(p.rag.rag)},
                                  {QStringLiteral("spc_point"), jsonKey(p.spcPoint, spcPointTypeKey)},
                                  {QStringLiteral("spc_rule"), jsonKey(p.spcRule, spcRuleKey)}});
    const SpcSegment *limits = h.spc.latest();
    const bool hasLimits = limits && limits->hasLimits;
    const QJsonObject spc{{QStringLiteral("mean"), limits ? QJsonValue(limits->mean) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("lpl"), hasLimits ? QJsonValue(limits->lpl) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("upl"), hasLimits ? QJsonValue(limits->upl) : QJsonValue(QJsonValue::Null)},
                          {QStringLiteral("variation"), jsonKey(h.spc.variation, spcVariationKey)},
                          {QStringLiteral("assurance"), jsonKey(h.spc.assurance, spcAssuranceKey)},
                          {QStringLiteral("trial"), h.spc.trial()}};
    const QJsonObject out{{QStringLiteral("code"), indicator->code},
                          {QStringLiteral("title"), indicator->title},
                          {QStringLiteral("polarity"), polarityKey(indicator->polarity)},
                          {QStringLiteral("points"), points},
                          {QStringLiteral("spc"), spc}};
    if (parser.isSet(json)) {
        io.out << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    io.out << indicator->code << QStringLiteral("  ") << indicator->title << Qt::endl;
    for (const HistoryPoint &p : h.points)
        io.out << QStringLiteral("  %1  %2  %3  %4\n")
                      .arg(p.period.label(), -10)
                      .arg(p.value ? QString::number(*p.value) : QStringLiteral("–"), 8)
                      .arg(ragLetter(p.rag.rag))
                      .arg(p.spcRule ? spcRuleLabel(*p.spcRule) : QString());
    return ExitOk;
}

} // namespace assure
