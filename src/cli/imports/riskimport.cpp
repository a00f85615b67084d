// assure-cli import --risks: planned by interchange/risks, written by RiskEdits.
#include "cli/imports/riskimport.h"

#include "cli/tableimports.h"
#include "interchange/risks/riskimport.h"
#include "workspace/risks/riskedits.h"

namespace assure {

int importRisks(const TableImportRun &run)
{
    return finishImport(
        run, planRiskImport(run.table, RiskEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return RiskEdits(run.ws).applyImport(plan, run.source, why); });
}

} // namespace assure
