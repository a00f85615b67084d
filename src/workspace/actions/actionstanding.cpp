// Where each action of a workspace stands on a day.
#include "workspace/actions/actionstanding.h"

#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/workspace.h"

namespace assure {

ActionStandings::ActionStandings(const Workspace &ws) : ActionStandings(ws, ws.items<ActionSettings>().value()) {}

ActionStandings::ActionStandings(const Workspace &ws, const ActionSettings &settings) : m_ws(ws), m_settings(settings)
{
    for (const Milestone &m : ws.items<Milestone>())
        m_milestones[m.actionId].append(m);
    for (const ProgressUpdate &u : ws.items<ProgressUpdate>()) // in id order: the order entered
        m_updates[u.actionId].append(u);
}

ActionStanding ActionStandings::standing(const Action &action, const QDate &asOf) const
{
    ActionStanding s;
    s.overdue = isOverdue(action, asOf);
    s.dueSoon = isDueSoon(action, asOf, m_settings);
    s.percent = latestPercent(action.id, m_updates.value(action.id));
    s.rag = progressRag(action, s.percent, asOf, m_settings);
    SmartContext context;
    context.milestones = m_milestones.value(action.id);
    if (const Person *lead = m_ws.items<Person>().find(action.leadPersonId))
        context.leadAgencyId = lead->agencyId;
    s.smart = smartCheck(action, context);
    return s;
}

} // namespace assure
