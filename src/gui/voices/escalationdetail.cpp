// The Escalations page's detail pane, as rich text.
#include "gui/voices/escalationdetail.h"

#include "core/valueformat.h"
#include "gui/pagelink.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/linkedits.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

namespace assure {

QString EscalationDetail::html(const Workspace &ws, const Escalation &e, const QDate &asOf)
{
    const ValueFormat format;
    const auto para = [](const QString &caption, const QString &text) {
        return QStringLiteral("<p><b>%1</b> %2</p>").arg(caption.toHtmlEscaped(), text);
    };
    const auto agencyName = [&ws](qint64 agencyId) {
        const Agency *a = ws.items<Agency>().find(agencyId);
        return a ? a->name : QString();
    };
    const EscalationReason *reason = ws.items<EscalationReason>().find(e.reasonId);
    const EscalationSettings &s = ws.items<EscalationSettings>().value();
    QString html = QStringLiteral("<p><b>%1</b></p>").arg(e.ref.toHtmlEscaped());
    html += para(tr("Raised:"),
                 tr("%1 by %2 with %3")
                     .arg(format.date(e.raised), agencyName(e.raisedByAgencyId), agencyName(e.raisedWithAgencyId))
                     .toHtmlEscaped());
    html += para(tr("Reason:"), (reason ? reason->name : QString()).toHtmlEscaped());
    html += para(tr("Level reached:"), tr("%1 %2").arg(e.level).arg(s.levelName(e.level)).toHtmlEscaped());
    if (const std::optional<int> days = daysToResolve(e))
        html += para(tr("Resolved:"),
                     tr("%1, after %n calendar days", nullptr, *days).arg(format.date(e.resolved)).toHtmlEscaped());
    else
        html += para(tr("Resolved:"), tr("not yet: open for %n days", nullptr, int(e.raised.daysTo(asOf))));
    if (!e.resolution.isEmpty())
        html += para(tr("Resolution:"), e.resolution.toHtmlEscaped());
    html += para(tr("Learning:"), e.learning.isEmpty() ? tr("none recorded") : e.learning.toHtmlEscaped());
    QStringList actions;
    for (qint64 actionId : linkedIds(ws, &EscalationAction::escalationId, e.id, &EscalationAction::actionId))
        if (const Action *a = ws.items<Action>().find(actionId))
            actions << QStringLiteral("<a href=\"%1\">%2</a> %3 (%4)")
                           .arg(PageLink::action(actionId).toString(QUrl::FullyEncoded), a->ref.toHtmlEscaped(),
                                a->title.toHtmlEscaped(), actionStatusLabel(a->status).toHtmlEscaped());
    html += para(tr("Actions taken:"), actions.isEmpty() ? tr("none linked") : actions.join(QStringLiteral("<br>")));
    return html;
}

} // namespace assure
