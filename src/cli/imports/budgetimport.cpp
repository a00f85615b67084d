// assure-cli import --budget: a year's budget lines through the table imports' common ending.
#include "cli/imports/budgetimport.h"

#include "cli/tableimports.h"
#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

namespace assure {

int importBudget(const TableImportRun &run)
{
    return finishImport(
        run, planBudgetImport(run.table, budgetImportContext(run.ws, run.year)),
        [&](const auto &plan, QString *why) { return BudgetEdits(run.ws).applyImport(plan, run.source, why); });
}

} // namespace assure
