// An audit's details saved as the Audits page's form holds them: its fields and the agencies it
// involves, in one undoable step, so that Undo takes back the whole Save.
#pragma once

#include "workspace/audits/auditkinds.h"

#include <QCoreApplication>
#include <QList>

namespace assure {

class Workspace;

class AuditDetails final
{
    Q_DECLARE_TR_FUNCTIONS(assure::AuditDetails)

public:
    explicit AuditDetails(Workspace &workspace) : m_ws(workspace) {}

    // The ids of the agencies an audit involves, in the order they were added.
    QList<qint64> agenciesOf(qint64 auditId) const;
    // Writes the audit (which must exist) and makes its agencies these; refused, with the reason,
    // when the audit has problems or its reference is taken. Nothing changed is no step at all.
    bool save(const Audit &audit, const QList<qint64> &agencyIds, QString *error = nullptr);

private:
    Workspace &m_ws;
};

} // namespace assure
