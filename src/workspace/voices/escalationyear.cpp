// A financial year of the escalation log as of a day.
#include "workspace/voices/escalationyear.h"

#include "core/period.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

namespace assure {

EscalationTally escalationYear(const Workspace &ws, int startYear, const QDate &asOf)
{
    const Period year = Period::year(startYear, ws.board().fyStartMonth);
    const QDate end = asOf.isValid() && asOf < year.end() ? asOf : year.end();
    EscalationTally tally(year.start(), end);
    for (const Escalation &e : ws.items<Escalation>())
        tally.add(e);
    return tally;
}

} // namespace assure
