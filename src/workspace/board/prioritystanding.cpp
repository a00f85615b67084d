// Where each business plan priority stands, from its linked indicators and actions.
#include "workspace/board/prioritystanding.h"

#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/actions/actionstanding.h"
#include "workspace/workspace.h"

namespace assure {

Period priorityPeriod(int startYear, const QDate &asOf, int fyStartMonth)
{
    const Period ended = Period::containing(asOf, Period::Kind::Quarter, fyStartMonth).previous();
    const Period last = Period::quarter(startYear, 4, fyStartMonth);
    return ended.start() > last.start() ? last : ended;
}

PriorityStandings::PriorityStandings(const Workspace &ws, const Period &period, const QDate &asOf) : m_period(period)
{
    for (const Indicator &indicator : ws.items<Indicator>())
        if (indicator.priorityId != 0)
            m_standings[indicator.priorityId].indicators.add(
                evaluateRagOnly(indicatorHistory(ws, indicator), period).rag);
    QHash<qint64, qint64> planPriority; // development plan -> the priority it delivers
    for (const DevelopmentPlan &p : ws.items<DevelopmentPlan>())
        if (p.priorityId != 0)
            planPriority.insert(p.id, p.priorityId);
    const ActionStandings actions(ws);
    for (const Action &a : ws.items<Action>()) {
        qint64 priorityId = 0;
        if (a.sourceKind == ActionSource::Priority)
            priorityId = a.sourceId;
        else if (a.sourceKind == ActionSource::DevelopmentPlan)
            priorityId = planPriority.value(a.sourceId);
        if (priorityId != 0)
            m_standings[priorityId].actions.add(actions.standing(a, asOf).rag);
    }
    for (PriorityStanding &s : m_standings)
        s.status = priorityStatus(s.indicators, s.actions);
}

PriorityStanding PriorityStandings::standing(qint64 priorityId) const
{
    return m_standings.value(priorityId);
}

} // namespace assure
