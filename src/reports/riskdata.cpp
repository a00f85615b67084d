// What the board pack's priorities and risk register sections say, gathered from a workspace.
#include "reports/riskdata.h"

#include "workspace/risks/riskkinds.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

int RiskRegisterData::count(int likelihood, int impact) const
{
    return int(std::count_if(lines.begin(), lines.end(), [&](const RiskLine &l) {
        return l.risk.likelihood == likelihood && l.risk.impact == impact;
    }));
}

PrioritiesData gatherPriorities(const Workspace &ws, const Period &period, const QDate &asOf)
{
    const int fyStart = ws.board().fyStartMonth;
    const int year = period.isValid() ? period.financialYear()
                                      : Period::containing(asOf, Period::Kind::Year, fyStart).financialYear();
    PrioritiesData data;
    data.yearLabel = Period::yearLabel(year, fyStart);
    data.period = priorityPeriod(year, asOf, fyStart);
    const PriorityStandings standings(ws, data.period, asOf);
    for (const Priority &p : ws.items<Priority>()) {
        if (p.year != year && p.year != 0)
            continue;
        const SubGroup *lead = ws.items<SubGroup>().find(p.leadSubgroupId);
        data.lines.push_back({p.title, lead ? lead->name : QString(), standings.standing(p.id)});
    }
    std::stable_sort(data.lines.begin(), data.lines.end(), [](const PriorityLine &a, const PriorityLine &b) {
        return a.title.localeAwareCompare(b.title) < 0;
    });
    return data;
}

RiskRegisterData gatherRisks(const Workspace &ws, const QDate &asOf)
{
    const RiskStandings standings(ws, asOf);
    RiskRegisterData data;
    data.asOf = asOf;
    data.period = standings.period();
    data.settings = standings.settings();
    for (const Risk &r : ws.items<Risk>()) {
        const Person *owner = ws.items<Person>().find(r.ownerPersonId);
        data.lines.push_back({r, owner ? owner->name : QString(), standings.standing(r)});
    }
    std::stable_sort(data.lines.begin(), data.lines.end(), [](const RiskLine &a, const RiskLine &b) {
        if (a.standing.score != b.standing.score)
            return a.standing.score > b.standing.score;
        return a.risk.title.localeAwareCompare(b.risk.title) < 0;
    });
    return data;
}

} // namespace assure
