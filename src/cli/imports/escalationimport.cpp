// assure-cli import FILE --escalations: planned by the escalation import, applied as one undo step.
#include "cli/imports/escalationimport.h"

#include "cli/tableimports.h"
#include "interchange/voices/escalationimport.h"
#include "workspace/voices/escalationedits.h"

namespace assure {

int importEscalations(const TableImportRun &run)
{
    return finishImport(
        run, planEscalationImport(run.table, EscalationEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return EscalationEdits(run.ws).applyImport(plan, run.source, why); });
}

} // namespace assure
