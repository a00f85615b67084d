// Where each risk stands on a day: score, rating, review overdue, indicators of concern.
#include "workspace/risks/riskstanding.h"

#include "workspace/indicators/periodreview.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/workspace.h"

namespace assure {

RiskStandings::RiskStandings(const Workspace &ws, const QDate &asOf)
    : RiskStandings(ws, asOf, ws.items<RiskSettings>().value())
{
}

RiskStandings::RiskStandings(const Workspace &ws, const QDate &asOf, const RiskSettings &settings)
    : m_ws(ws), m_settings(settings), m_asOf(asOf), m_period(latestEndedQuarter(asOf, ws.board().fyStartMonth))
{
    for (const RiskIndicator &l : ws.items<RiskIndicator>())
        m_indicators[l.riskId].append(l.indicatorId);
    for (const RiskAction &l : ws.items<RiskAction>())
        m_actions[l.riskId] += 1;
}

QList<IndicatorConcern> RiskStandings::concernsOf(qint64 indicatorId) const
{
    if (const auto found = m_concerns.constFind(indicatorId); found != m_concerns.constEnd())
        return *found;
    QList<IndicatorConcern> concerns;
    if (const Indicator *indicator = m_ws.items<Indicator>().find(indicatorId))
        concerns = assure::concernsOf(evaluateStatus(indicatorHistory(m_ws, *indicator), m_period));
    m_concerns.insert(indicatorId, concerns);
    return concerns;
}

RiskStanding RiskStandings::standing(const Risk &risk) const
{
    RiskStanding s;
    s.score = riskScore(risk);
    s.rating = ratingOf(s.score, m_settings);
    if (risk.targetScore > 0)
        s.targetRating = ratingOf(risk.targetScore, m_settings);
    s.reviewOverdue = isReviewOverdue(risk, m_asOf);
    const QList<qint64> indicators = m_indicators.value(risk.id);
    s.indicators = int(indicators.size());
    s.actions = m_actions.value(risk.id);
    for (qint64 id : indicators) {
        const QList<IndicatorConcern> concerns = concernsOf(id);
        if (concerns.isEmpty())
            continue;
        const Indicator *indicator = m_ws.items<Indicator>().find(id);
        // The code is what a table has room for; the title stands in where there is none.
        const QString label = !indicator ? QString() : indicator->code.isEmpty() ? indicator->title : indicator->code;
        s.flags.append({id, label, concerns});
    }
    return s;
}

} // namespace assure
