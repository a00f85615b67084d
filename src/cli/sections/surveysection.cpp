// The survey key of assure-cli board's JSON: a year's results per statement, free text and breakdown.
#include "cli/sections/surveysection.h"

#include "workspace/survey/surveyedits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assure {

namespace {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonValue surveySection(const Workspace &ws, int startYear, const QDate &)
{
    const SurveyResults r = surveyResultsOf(ws, startYear);
    QJsonArray statements;
    for (const StatementResult &s : r.statements) {
        QJsonArray counts;
        for (const int c : s.counts)
            counts.append(c);
        statements.append(QJsonObject{{QStringLiteral("text"), s.text},
                                      {QStringLiteral("mean"), number(s.mean())},
                                      {QStringLiteral("counts"), counts},
                                      {QStringLiteral("previous_mean"), number(s.previousMean)}});
    }
    QJsonArray freeText;
    for (const FreeTextResult &f : r.freeText)
        freeText.append(QJsonObject{{QStringLiteral("text"), f.text},
                                    {QStringLiteral("answers"), QJsonArray::fromStringList(f.answers)}});
    QJsonObject out{{QStringLiteral("responses"), r.responses},
                    {QStringLiteral("previous_responses"), r.previousResponses},
                    {QStringLiteral("statements"), statements},
                    {QStringLiteral("free_text"), freeText}};
    if (!r.breakdownTitle.isEmpty()) {
        QJsonArray groups;
        for (const BreakdownGroup &g : r.groups) {
            QJsonObject group{{QStringLiteral("name"), g.name}, {QStringLiteral("suppressed"), g.suppressed}};
            if (!g.suppressed) {
                QJsonArray means;
                for (const auto &m : g.means)
                    means.append(number(m));
                group.insert(QStringLiteral("responses"), g.responses);
                group.insert(QStringLiteral("means"), means);
            }
            groups.append(group);
        }
        out.insert(QStringLiteral("breakdown"), QJsonObject{{QStringLiteral("title"), r.breakdownTitle},
                                                            {QStringLiteral("smallest_shown"), kSmallestGroupShown},
                                                            {QStringLiteral("groups"), groups}});
    }
    return out;
}

} // namespace assure
