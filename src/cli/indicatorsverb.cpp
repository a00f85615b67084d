// assure-cli indicators FILE --period LABEL [--json]: every indicator's standing for a period.
#include "cli/indicatorsverb.h"

#include "core/valueformat.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace assure {

QString IndicatorsVerb::summary() const
{
    return QCoreApplication::translate("assure::IndicatorsVerb",
                                       "Every indicator's value, target, achievement, RAG and trend for a period.");
}

int IndicatorsVerb::run(const QStringList &args, CliStreams io)
{
    QCommandLineParser parser;
    const QCommandLineOption period(
        QStringLiteral("period"),
        QCoreApplication::translate("assure::IndicatorsVerb", "The period: 2026/27 Q2, Sep 2026 or 2026/27."),
        QStringLiteral("LABEL"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("assure::IndicatorsVerb", "Print JSON."));
    parser.addOption(period);
    parser.addOption(json);
    if (!parse(parser, args, io, 1, QStringLiteral("FILE --period LABEL [--json]")))
        return parser.isSet(QStringLiteral("help")) ? ExitOk : ExitUsage;
    if (!parser.isSet(period)) {
        io.err << QCoreApplication::translate("assure::IndicatorsVerb",
                                              "--period is needed, e.g. --period \"2026/27 Q2\".")
               << Qt::endl;
        return ExitUsage;
    }
    int exitCode = ExitOk;
    const auto ws = openWorkspace(parser.positionalArguments().constFirst(), BoardFile::Mode::ReadOnly, io, &exitCode);
    if (!ws)
        return exitCode;
    QString why;
    const auto chosen = Period::parse(parser.value(period), ws->board().fyStartMonth, &why);
    if (!chosen) {
        io.err << QCoreApplication::translate("assure::IndicatorsVerb", "--period: %1").arg(why) << Qt::endl;
        return ExitUsage;
    }
    QJsonArray rows;
    const ValueFormat format;
    for (const Indicator &indicator : ws->items<Indicator>()) {
        const IndicatorStatus s = evaluateStatus(indicatorHistory(*ws, indicator), *chosen);
        if (parser.isSet(json)) {
            rows.append(QJsonObject{{QStringLiteral("code"), indicator.code},
                                    {QStringLiteral("title"), indicator.title},
                                    {QStringLiteral("period"), machine::period(s.period)},
                                    {QStringLiteral("value"), machine::number(s.value)},
                                    {QStringLiteral("target"), machine::number(s.target)},
                                    {QStringLiteral("achievement"), machine::number(s.rag.achievement)},
                                    {QStringLiteral("rag"), machine::key(s.rag.rag)},
                                    {QStringLiteral("trend"), machine::key(s.trend)}});
        } else {
            const auto number = [&](const std::optional<double> &v) {
                return v ? format.value(indicator.unit, v) : QStringLiteral("–");
            };
            io.out << QStringLiteral("%1  %2  %3  value %4  target %5  %6  %7\n")
                          .arg(indicator.code, -10)
                          .arg(ragLetter(s.rag.rag))
                          .arg(s.period.label(), -10)
                          .arg(number(s.value), number(s.target), ValueFormat::rag(s.rag.rag),
                               s.trend ? ValueFormat::trend(*s.trend) : QString());
        }
    }
    if (parser.isSet(json))
        io.out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
    return ExitOk;
}

} // namespace assure
