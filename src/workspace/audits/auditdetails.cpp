// An audit's details and agencies saved in one undoable step.
#include "workspace/audits/auditdetails.h"

#include "workspace/audits/caseedits.h"
#include "workspace/linkedits.h"
#include "workspace/workspace.h"

namespace assure {

QList<qint64> AuditDetails::agenciesOf(qint64 auditId) const
{
    return linkedIds(m_ws, &AuditAgency::auditId, auditId, &AuditAgency::agencyId);
}

bool AuditDetails::save(const Audit &edited, const QList<qint64> &agencyIds, QString *error)
{
    using Traits = KindTraits<Audit>;
    // An audit that leaves "planned" has started: it takes its copy of its tool in the same step,
    // so that a tool changed later never rewrites it.
    const Audit audit = edited.status != AuditStatus::Planned ? CaseEdits(m_ws).withToolCopied(edited) : edited;
    const Audit *before = m_ws.items<Audit>().find(audit.id);
    if (!before) {
        if (error)
            *error = tr("That audit is no longer in the board file.");
        return false;
    }
    if (m_ws.refuseWhenReadOnly(error) || !Workspace::acceptable(Traits::problems(m_ws, audit), error))
        return false;
    if (const QString clash = Traits::clash(m_ws, audit); !clash.isEmpty()) {
        if (error)
            *error = clash;
        return false;
    }
    if (!allStillThere<Agency>(m_ws, agencyIds)) {
        if (error)
            *error = tr("One of the agencies chosen is no longer in the board file.");
        return false;
    }
    ChangeSet changes;
    if (*before != audit)
        changes.update(*before, audit);
    relinkOwner(m_ws, &AuditAgency::auditId, audit.id, &AuditAgency::agencyId, agencyIds, changes);
    if (changes.isEmpty())
        return true;
    return m_ws.execute(Traits::editText(m_ws, audit), std::move(changes), error);
}

} // namespace assure
