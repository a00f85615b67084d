// assure-cli import FILE --attendance: planned by the attendance import, applied as one undo step.
#include "cli/imports/attendanceimport.h"

#include "cli/tableimports.h"
#include "workspace/meetings/meetingedits.h"

namespace assure {

int importAttendance(const TableImportRun &run)
{
    return finishImport(
        run, planAttendanceImport(run.table, MeetingEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return MeetingEdits(run.ws).applyImport(plan, run.source, why); });
}

} // namespace assure
