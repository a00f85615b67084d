// What the board pack's escalations section says, gathered from a workspace.
#include "reports/escalationdata.h"

#include "core/period.h"
#include "reports/reporttext.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/escalationyear.h"
#include "workspace/workspace.h"

#include <QHash>

#include <algorithm>

namespace assure {

EscalationReportData gatherEscalations(const Workspace &ws, int startYear, const QDate &asOf)
{
    EscalationReportData out;
    const int fyStart = ws.board().fyStartMonth;
    const Period year = Period::year(startYear, fyStart);
    out.yearLabel = year.label();
    out.asOf = asOf.isValid() && asOf < year.end() ? asOf : year.end();
    const EscalationTally tally = escalationYear(ws, startYear, asOf);
    out.raised = tally.raised();
    out.resolved = tally.resolved();
    out.open = tally.open();
    out.medianDays = tally.medianDaysToResolve();
    for (const EscalationReason &r : ws.items<EscalationReason>())
        out.byReason.append({r.name, tally.byReason().value(r.id)});
    const EscalationSettings &settings = ws.items<EscalationSettings>().value();
    for (int level = 1; level <= settings.highestLevel(); ++level)
        out.byLevel.append(
            {ReportText::tr("%1 %2").arg(level).arg(settings.levelName(level)), tally.byLevel().value(level)});
    const auto agency = [&](qint64 id) {
        const Agency *a = ws.items<Agency>().find(id);
        return a ? a->name : QString();
    };
    QHash<qint64, QList<qint64>> actionsOf; // escalation id -> its actions, in the order linked
    for (const EscalationAction &l : ws.items<EscalationAction>())
        actionsOf[l.escalationId] << l.actionId;
    for (const Escalation &e : ws.items<Escalation>()) {
        const bool openAtEnd =
            e.raised.isValid() && e.raised <= out.asOf && !(e.resolved.isValid() && e.resolved <= out.asOf);
        if (openAtEnd)
            out.openOnes.append(
                {e.ref, e.raised, int(e.raised.daysTo(out.asOf)),
                 ReportText::tr("%1 → %2").arg(agency(e.raisedByAgencyId), agency(e.raisedWithAgencyId)),
                 ReportText::tr("%1 %2").arg(e.level).arg(settings.levelName(e.level))});
        const bool resolvedInYear = e.resolved.isValid() && e.resolved >= year.start() && e.resolved <= out.asOf;
        if (resolvedInYear && !e.learning.trimmed().isEmpty()) {
            QStringList actions;
            for (qint64 id : actionsOf.value(e.id))
                if (const Action *a = ws.items<Action>().find(id))
                    actions << a->ref + QLatin1Char(' ') + a->title;
            out.learning.append({e.ref, e.learning, actions});
        }
    }
    std::stable_sort(out.openOnes.begin(), out.openOnes.end(),
                     [](const auto &a, const auto &b) { return a.raised < b.raised; });
    return out;
}

} // namespace assure
