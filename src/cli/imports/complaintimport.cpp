// assure-cli import --complaints: planned by interchange/voices, written by ComplaintEdits.
#include "cli/imports/complaintimport.h"

#include "cli/tableimports.h"
#include "interchange/voices/complaintimport.h"
#include "workspace/voices/complaintedits.h"

namespace assure {

int importComplaints(const TableImportRun &run)
{
    return finishImport(
        run, planComplaintImport(run.table, ComplaintEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return ComplaintEdits(run.ws).applyImport(plan, run.source, why); });
}

} // namespace assure
