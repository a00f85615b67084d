// What an action answers: the source's name, and a new action made from it.
#include "workspace/actions/actionsources.h"

#include "workspace/actions/actionplankinds.h"
#include "workspace/assessment/assessmentkinds.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/workspace.h"

namespace assure {

namespace {

// A source's words inside a name: its first sentence, short enough for one line of a form.
QString quoted(const QString &text)
{
    return ActionSources::tr("“%1”").arg(ActionSources::suggestedTitle(text, 80));
}

QString auditRef(const Workspace &ws, qint64 auditId)
{
    const Audit *audit = ws.items<Audit>().find(auditId);
    return audit ? audit->ref : QString();
}

} // namespace

QString ActionSources::suggestedTitle(const QString &text, int maxLength)
{
    QString s = text.simplified();
    // The first sentence: up to a full stop, question or exclamation mark followed by a space.
    for (int i = 0; i + 1 < s.size(); ++i)
        if ((s[i] == QLatin1Char('.') || s[i] == QLatin1Char('?') || s[i] == QLatin1Char('!')) &&
            s[i + 1] == QLatin1Char(' ')) {
            s.truncate(i);
            break;
        }
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    if (s.size() <= maxLength)
        return s;
    // Cut at the last word that fits, with an ellipsis that counts in the length.
    int cut = s.lastIndexOf(QLatin1Char(' '), maxLength - 1);
    if (cut <= 0)
        cut = maxLength - 1;
    return s.left(cut).trimmed() + QChar(0x2026);
}

bool ActionSources::exists(ActionSource kind, qint64 id) const
{
    switch (kind) {
    case ActionSource::None: return false;
    case ActionSource::Priority: return m_ws.items<Priority>().find(id) != nullptr;
    case ActionSource::Recommendation: return m_ws.items<Recommendation>().find(id) != nullptr;
    case ActionSource::Finding: return m_ws.items<Finding>().find(id) != nullptr;
    case ActionSource::Audit:
    case ActionSource::Review: return m_ws.items<Audit>().find(id) != nullptr;
    case ActionSource::SelfAssessment: return m_ws.items<AssessmentCriterion>().find(id) != nullptr;
    case ActionSource::DevelopmentPlan: return m_ws.items<DevelopmentPlan>().find(id) != nullptr;
    }
    return false;
}

QString ActionSources::name(ActionSource kind, qint64 id) const
{
    if (kind == ActionSource::None)
        return {};
    if (id == 0)
        return actionSourceLabel(kind);
    if (!exists(kind, id))
        return tr("%1 (deleted)").arg(actionSourceLabel(kind));
    switch (kind) {
    case ActionSource::Priority: return tr("Priority %1").arg(quoted(m_ws.items<Priority>().find(id)->title));
    case ActionSource::Recommendation: {
        const Recommendation *r = m_ws.items<Recommendation>().find(id);
        return tr("Recommendation of %1: %2").arg(auditRef(m_ws, r->auditId), quoted(r->text));
    }
    case ActionSource::Finding: {
        const Finding *f = m_ws.items<Finding>().find(id);
        return tr("Finding of %1: %2").arg(auditRef(m_ws, f->auditId), quoted(f->text));
    }
    case ActionSource::Audit:
    case ActionSource::Review: {
        const Audit *a = m_ws.items<Audit>().find(id);
        return tr("%1 %2 %3").arg(actionSourceLabel(kind), a->ref, quoted(a->title));
    }
    case ActionSource::SelfAssessment: {
        const AssessmentCriterion *c = m_ws.items<AssessmentCriterion>().find(id);
        const AssessmentStandard *s = m_ws.items<AssessmentStandard>().find(c->standardId);
        return tr("Self-assessment criterion %1 %2").arg(criterionCode(s ? s->number : 0, c->number), quoted(c->text));
    }
    case ActionSource::DevelopmentPlan:
        return tr("Development plan %1").arg(quoted(m_ws.items<DevelopmentPlan>().find(id)->title));
    case ActionSource::None: break;
    }
    return actionSourceLabel(kind);
}

qint64 ActionSources::auditOf(ActionSource kind, qint64 id) const
{
    switch (kind) {
    case ActionSource::Recommendation:
        if (const Recommendation *r = m_ws.items<Recommendation>().find(id))
            return r->auditId;
        return 0;
    case ActionSource::Finding:
        if (const Finding *f = m_ws.items<Finding>().find(id))
            return f->auditId;
        return 0;
    case ActionSource::Audit:
    case ActionSource::Review: return m_ws.items<Audit>().find(id) ? id : 0;
    default: return 0;
    }
}

Action ActionSources::newActionFrom(ActionSource kind, qint64 id) const
{
    Action a;
    a.sourceKind = kind;
    if (!exists(kind, id))
        return a;
    a.sourceId = id;
    switch (kind) {
    case ActionSource::Priority: a.title = suggestedTitle(m_ws.items<Priority>().find(id)->title); break;
    case ActionSource::Recommendation: {
        const Recommendation *r = m_ws.items<Recommendation>().find(id);
        a.title = suggestedTitle(r->text);
        a.ownerAgencyId = r->ownerAgencyId;
        break;
    }
    case ActionSource::Finding: a.title = suggestedTitle(m_ws.items<Finding>().find(id)->text); break;
    case ActionSource::Audit:
    case ActionSource::Review: a.title = suggestedTitle(m_ws.items<Audit>().find(id)->title); break;
    case ActionSource::SelfAssessment:
        a.title = suggestedTitle(m_ws.items<AssessmentCriterion>().find(id)->text);
        break;
    case ActionSource::DevelopmentPlan: {
        // A component: within the plan's timescale, led by its chair unless said otherwise.
        const DevelopmentPlan *p = m_ws.items<DevelopmentPlan>().find(id);
        a.start = p->start;
        a.due = p->end;
        a.leadPersonId = p->chairPersonId;
        if (const Person *chair = m_ws.items<Person>().find(p->chairPersonId))
            a.ownerAgencyId = chair->agencyId;
        break;
    }
    case ActionSource::None: break;
    }
    return a;
}

} // namespace assure
