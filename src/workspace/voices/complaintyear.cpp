// A financial year of the complaints log as the board is told it.
#include "workspace/voices/complaintyear.h"

#include "workspace/actions/actionkinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

namespace {

QList<QPair<QString, int>> ranked(QList<QPair<QString, int>> rows)
{
    std::sort(rows.begin(), rows.end(), [](const QPair<QString, int> &a, const QPair<QString, int> &b) {
        if (a.second != b.second)
            return a.second > b.second;
        return a.first.localeAwareCompare(b.first) < 0;
    });
    return rows;
}

} // namespace

QList<QPair<QString, int>> ComplaintYear::agencies(const ComplaintFigures &f) const
{
    QList<QPair<QString, int>> rows;
    for (auto it = f.byAgency.cbegin(); it != f.byAgency.cend(); ++it)
        rows.append({agencyNames.value(it.key()), it.value()});
    return ranked(rows);
}

QList<QPair<QString, int>> ComplaintYear::themes(const ComplaintFigures &f)
{
    QList<QPair<QString, int>> rows;
    for (auto it = f.byTheme.cbegin(); it != f.byTheme.cend(); ++it)
        rows.append({it.key(), it.value()});
    return ranked(rows);
}

ComplaintYear complaintYear(const Workspace &ws, int startYear, const QDate &asOf)
{
    ComplaintYear y;
    const int fyStart = ws.board().fyStartMonth;
    y.year = Period::year(startYear, fyStart);
    y.to = std::min(y.year.end(), asOf);
    y.targetDays = ws.items<ComplaintSettings>().value().targetDays;
    const WorkingDays days = boardWorkingDays(ws);
    const QList<Complaint> all(ws.items<Complaint>().begin(), ws.items<Complaint>().end());
    y.total = complaintFigures(all, y.year.start(), y.to, days, y.targetDays);
    for (int q = 0; q < 4; ++q) {
        y.quarters[size_t(q)] = Period::quarter(startYear, q + 1, fyStart);
        const Period &p = y.quarters[size_t(q)];
        if (p.start() <= y.to)
            y.byQuarter[size_t(q)] =
                complaintFigures(all, p.start(), std::min(p.end(), y.to), days, y.targetDays, y.to);
    }
    for (const Agency &a : ws.items<Agency>())
        y.agencyNames.insert(a.id, a.name);

    QHash<qint64, QStringList> actions;
    for (const ComplaintAction &l : ws.items<ComplaintAction>())
        if (const Action *a = ws.items<Action>().find(l.actionId))
            actions[l.complaintId] << QStringLiteral("%1 %2 (%3)").arg(a->ref, a->title, actionStatusLabel(a->status));
    for (const Complaint &c : all) {
        if (c.received < y.year.start() || c.received > y.to)
            continue;
        const QStringList followed = actions.value(c.id);
        if (c.learning.trimmed().isEmpty() && followed.isEmpty())
            continue;
        y.learning.append(
            {c.reference, c.received, y.agencyNames.value(c.agencyId), c.kind, c.theme, c.learning, followed});
    }
    std::stable_sort(y.learning.begin(), y.learning.end(),
                     [](const ComplaintLearning &a, const ComplaintLearning &b) { return a.received < b.received; });
    return y;
}

} // namespace assure
