// An escalation log file read and planned against a board.
#include "workspace/voices/escalationfile.h"

#include "interchange/tablefile.h"
#include "workspace/voices/escalationedits.h"

namespace assure {

EscalationImportPlan planEscalationFile(Workspace &ws, const QString &path)
{
    QString error;
    const std::optional<SourceTable> table = readTableFile(path, &error);
    if (!table) {
        EscalationImportPlan plan;
        plan.error = error;
        return plan;
    }
    return planEscalationImport(*table, EscalationEdits(ws).importContext());
}

} // namespace assure
