// Undoable edits of a case audit's work: tools copied, cases saved, the board's tools kept.
#include "workspace/audits/caseedits.h"

#include "core/audits/grades.h"
#include "core/audits/moderationdraw.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/workspace.h"

#include <algorithm>

namespace assure {

const AuditTool *CaseEdits::toolFor(const Audit &audit) const
{
    const ToolKind wanted = audit.type == AuditType::SingleAgency ? ToolKind::SingleAgency : ToolKind::MultiAgency;
    const AuditTool *first = nullptr;
    for (const AuditTool &t : m_ws.items<AuditTool>()) {
        if (t.questionnaire.kind == wanted)
            return &t;
        if (!first)
            first = &t;
    }
    return first;
}

Questionnaire CaseEdits::questionnaireOf(qint64 auditId) const
{
    const Audit *audit = m_ws.items<Audit>().find(auditId);
    if (!audit)
        return {};
    if (!audit->questionnaire.isEmpty())
        return Questionnaire::fromJson(audit->questionnaire).value_or(Questionnaire());
    const AuditTool *tool = toolFor(*audit);
    return tool ? tool->questionnaire : Questionnaire();
}

bool CaseEdits::hasOwnCopy(qint64 auditId) const
{
    const Audit *audit = m_ws.items<Audit>().find(auditId);
    return audit && !audit->questionnaire.isEmpty();
}

Audit CaseEdits::withToolCopied(const Audit &audit) const
{
    Audit out = audit;
    if (out.questionnaire.isEmpty())
        if (const AuditTool *tool = toolFor(audit))
            out.questionnaire = tool->questionnaire.toJson();
    return out;
}

bool CaseEdits::useTool(qint64 auditId, qint64 toolId, QString *error)
{
    const Audit *audit = m_ws.items<Audit>().find(auditId);
    const AuditTool *tool = m_ws.items<AuditTool>().find(toolId);
    if (!audit || !tool) {
        if (error)
            *error = tr("That audit or tool is no longer in the board file.");
        return false;
    }
    for (const AuditCase *c : casesOf(auditId))
        if (!c->answers.isEmpty()) {
            if (error)
                *error = tr("%1 has answers to its own questions already; its tool can no longer be changed.")
                             .arg(audit->ref);
            return false;
        }
    Audit after = *audit;
    after.questionnaire = tool->questionnaire.toJson();
    if (after == *audit)
        return true;
    ChangeSet changes;
    changes.update(*audit, after);
    return m_ws.execute(tr("Use “%1” for %2").arg(tool->questionnaire.name, audit->ref), std::move(changes), error);
}

bool CaseEdits::saveCase(const AuditCase &after, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const AuditCase *before = m_ws.items<AuditCase>().find(after.id);
    const Audit *audit = before ? m_ws.items<Audit>().find(before->auditId) : nullptr;
    if (!before || !audit) {
        if (error)
            *error = tr("That case is no longer in the board file.");
        return false;
    }
    const Audit started = withToolCopied(*audit);
    const Questionnaire tool = Questionnaire::fromJson(started.questionnaire).value_or(Questionnaire());
    QStringList problems = KindTraits<AuditCase>::problems(m_ws, after);
    if (audit->questionnaire.isEmpty()) // the copy is taken in this step: check against it here
        problems << answerProblems(tool, GradeScale::fromText(audit->gradeScale), answersFromJson(after.answers));
    if (!Workspace::acceptable(problems, error))
        return false;
    if (after == *before && started == *audit)
        return true;
    ChangeSet changes;
    if (started != *audit)
        changes.update(*audit, started);
    if (after != *before)
        changes.update(*before, after);
    return m_ws.execute(KindTraits<AuditCase>::editText(m_ws, after), std::move(changes), error);
}

std::vector<const AuditCase *> CaseEdits::casesOf(qint64 auditId) const
{
    std::vector<const AuditCase *> out;
    for (const AuditCase &c : m_ws.items<AuditCase>())
        if (c.auditId == auditId)
            out.push_back(&c);
    std::sort(out.begin(), out.end(), [](const AuditCase *a, const AuditCase *b) {
        const QString la = a->ref.trimmed().toCaseFolded(), lb = b->ref.trimmed().toCaseFolded();
        return la != lb ? la < lb : a->id < b->id;
    });
    return out;
}

QList<qint64> CaseEdits::drawnForModeration(qint64 auditId, double share) const
{
    const Audit *audit = m_ws.items<Audit>().find(auditId);
    if (!audit)
        return {};
    bool ok = false;
    quint64 seed = audit->samplingSeed.toULongLong(&ok);
    if (!ok)
        seed = quint64(audit->id);
    const std::vector<const AuditCase *> cases = casesOf(auditId);
    QStringList refs;
    for (const AuditCase *c : cases)
        refs << c->ref;
    QList<qint64> ids;
    for (const QString &ref : drawForModeration(refs, share, seed))
        for (const AuditCase *c : cases)
            if (c->ref.trimmed() == ref)
                ids << c->id;
    return ids;
}

bool CaseEdits::addTool(const Questionnaire &tool, QString *error, qint64 *id)
{
    AuditTool t;
    t.questionnaire = tool;
    if (!m_ws.add(t, error))
        return false;
    if (id)
        *id = m_ws.items<AuditTool>().items().back().id; // ids only grow, and the store is in id order
    return true;
}

bool CaseEdits::updateTool(qint64 toolId, const Questionnaire &tool, QString *error)
{
    AuditTool t;
    t.id = toolId;
    t.questionnaire = tool;
    return m_ws.update(t, error);
}

bool CaseEdits::removeTool(qint64 toolId, QString *error)
{
    return m_ws.remove<AuditTool>(toolId, error);
}

QStringList CaseEdits::auditsCopying(const QString &toolName) const
{
    QStringList refs;
    for (const Audit &a : m_ws.items<Audit>())
        if (!a.questionnaire.isEmpty() && Questionnaire::fromJson(a.questionnaire)
                                                  .value_or(Questionnaire())
                                                  .name.compare(toolName.trimmed(), Qt::CaseInsensitive) == 0)
            refs << a.ref;
    refs.sort(Qt::CaseInsensitive);
    return refs;
}

} // namespace assure
