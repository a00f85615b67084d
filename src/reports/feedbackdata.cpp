// The board pack's feedback data: the pack's financial year of the log.
#include "reports/feedbackdata.h"

#include "workspace/actions/actionkinds.h"
#include "workspace/voices/feedbackkinds.h"
#include "workspace/workspace.h"

#include <QHash>

#include <algorithm>

namespace assure {

FeedbackReportData gatherFeedback(const Workspace &ws, const Period &period)
{
    FeedbackReportData data;
    if (!period.isValid())
        return data;
    const int fyStart = ws.board().fyStartMonth;
    const Period year = Period::year(period.financialYear(), fyStart);
    data.yearLabel = year.label();
    QHash<qint64, QList<qint64>> actions;
    for (const FeedbackAction &l : ws.items<FeedbackAction>())
        actions[l.feedbackId].append(l.actionId);
    QSet<qint64> actedOn;
    for (auto it = actions.cbegin(); it != actions.cend(); ++it)
        actedOn.insert(it.key());
    data.figures = feedbackFigures(ws.items<Feedback>(), actedOn, year.start(), year.end());
    for (const Feedback &f : ws.items<Feedback>()) {
        if (f.date < year.start() || f.date > year.end())
            continue;
        FeedbackReportRow row{f, {}};
        for (qint64 id : actions.value(f.id))
            if (const Action *a = ws.items<Action>().find(id))
                row.actions << QStringLiteral("%1 %2 (%3)").arg(a->ref, a->title, actionStatusLabel(a->status));
        data.youSaid.append(row);
    }
    // What the board did comes first, the newest first; then what it heard without action yet.
    std::stable_sort(data.youSaid.begin(), data.youSaid.end(), [](const auto &a, const auto &b) {
        if (a.actions.isEmpty() != b.actions.isEmpty())
            return !a.actions.isEmpty();
        return a.entry.date > b.entry.date;
    });
    return data;
}

} // namespace assure
