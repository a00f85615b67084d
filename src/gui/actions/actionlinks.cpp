// What an action answers and what else links to it, as links to their pages.
#include "gui/actions/actionlinks.h"

#include "core/valueformat.h"
#include "gui/pagelink.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionsources.h"
#include "workspace/risks/riskkinds.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/voices/feedbackkinds.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

QString anchor(const QUrl &link, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(link.toString(), text.toHtmlEscaped());
}

} // namespace

QString ActionLinks::html(const Workspace &ws, const Action &action)
{
    const ActionSources sources(ws);
    const QString name = sources.name(action.sourceKind, action.sourceId);
    // A link where the source has a page to show it on: the audit of a finding or recommendation.
    const qint64 audit = sources.auditOf(action.sourceKind, action.sourceId);
    QString text = name.isEmpty()
                       ? tr("Answers: stands alone")
                       : tr("Answers: %1").arg(audit ? anchor(PageLink::audit(audit), name) : name.toHtmlEscaped());
    if (const QStringList linked = linkedEntries(ws, action.id); !linked.isEmpty())
        text += QStringLiteral("<br>") + tr("Linked to: %1").arg(linked.join(QStringLiteral(", ")));
    return text;
}

QStringList ActionLinks::linkedEntries(const Workspace &ws, qint64 actionId)
{
    const ValueFormat format;
    QStringList out;
    for (const RiskAction &l : ws.items<RiskAction>())
        if (const Risk *r = l.actionId == actionId ? ws.items<Risk>().find(l.riskId) : nullptr)
            out << anchor(PageLink::risk(r->id), tr("risk “%1”").arg(r->title));
    for (const ComplaintAction &l : ws.items<ComplaintAction>())
        if (const Complaint *c = l.actionId == actionId ? ws.items<Complaint>().find(l.complaintId) : nullptr) {
            const QString kind = complaintKindLabel(c->kind).toLower();
            out << anchor(PageLink::complaint(c->id), c->reference.isEmpty()
                                                          ? tr("%1 received %2").arg(kind, format.date(c->received))
                                                          : tr("%1 %2").arg(kind, c->reference));
        }
    for (const EscalationAction &l : ws.items<EscalationAction>())
        if (const Escalation *e = l.actionId == actionId ? ws.items<Escalation>().find(l.escalationId) : nullptr)
            out << anchor(PageLink::escalation(e->id), e->ref.isEmpty()
                                                           ? tr("escalation raised %1").arg(format.date(e->raised))
                                                           : tr("escalation %1").arg(e->ref));
    for (const FeedbackAction &l : ws.items<FeedbackAction>())
        if (const Feedback *f = l.actionId == actionId ? ws.items<Feedback>().find(l.feedbackId) : nullptr)
            out << anchor(PageLink::feedback(f->id), tr("feedback heard %1").arg(format.date(f->date)));
    return out;
}

} // namespace assure
