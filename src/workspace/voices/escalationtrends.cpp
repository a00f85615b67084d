// The escalation log's trends over a financial year.
#include "workspace/voices/escalationtrends.h"

#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::EscalationTrends)
};

// A count's days, gathered before the median is taken.
struct Gathered
{
    int raised = 0;
    QList<int> days;
};

} // namespace

EscalationTrends escalationTrends(const Workspace &ws, int startYear, const QDate &asOf)
{
    EscalationTrends out;
    const int fyStart = ws.board().fyStartMonth;
    const Period year = Period::year(startYear, fyStart);
    const QDate end = asOf.isValid() && asOf < year.end() ? asOf : year.end();
    for (int q = 1; q <= 4; ++q) {
        const Period quarter = Period::quarter(startYear, q, fyStart);
        out.quarters << quarter;
        // A quarter not begun by the day is empty (its span runs backwards).
        out.byQuarter << EscalationTally(quarter.start(), std::min(quarter.end(), end));
    }
    QHash<QPair<qint64, qint64>, Gathered> pairs;
    QHash<qint64, Gathered> reasons;
    const auto inYear = [&](const QDate &d) { return d.isValid() && d >= year.start() && d <= end; };
    for (const Escalation &e : ws.items<Escalation>()) {
        for (EscalationTally &t : out.byQuarter)
            t.add(e);
        // -1: not resolved within the year (an int, not an optional: GCC 12's -O2 warns, wrongly,
        // that an optional made by the conditional may be read uninitialised).
        const int days = inYear(e.resolved) ? daysToResolve(e).value_or(-1) : -1;
        const QPair<qint64, qint64> pair{e.raisedByAgencyId, e.raisedWithAgencyId};
        if (inYear(e.raised)) {
            ++pairs[pair].raised;
            ++reasons[e.reasonId].raised;
        }
        if (days >= 0) {
            pairs[pair].days << days;
            reasons[e.reasonId].days << days;
        }
    }
    const auto nameOf = [&](qint64 id) {
        const Agency *a = ws.items<Agency>().find(id);
        return a ? a->name : QString();
    };
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it)
        out.byPair.append({Tr::tr("%1 → %2").arg(nameOf(it.key().first), nameOf(it.key().second)), it->raised,
                           int(it->days.size()), medianDays(it->days)});
    std::sort(out.byPair.begin(), out.byPair.end(), [](const EscalationCount &a, const EscalationCount &b) {
        if (a.raised != b.raised)
            return a.raised > b.raised;
        return a.name.localeAwareCompare(b.name) < 0;
    });
    for (const EscalationReason &r : ws.items<EscalationReason>()) {
        const Gathered g = reasons.value(r.id);
        out.byReason.append({r.name, g.raised, int(g.days.size()), medianDays(g.days)});
    }
    return out;
}

} // namespace assure
