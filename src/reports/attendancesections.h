// The board pack's attendance section (issue 18, part 6): each agency's attendance over the
// financial year so far, those below the board's threshold marked.
#pragma once

#include "reports/reportdocument.h"
#include "workspace/meetings/attendanceyear.h"

namespace assure {

// The section (level 2); call only when the year has agencies to show.
void addAttendance(ReportDocument &doc, const AttendanceYear &year, const QString &yearLabel,
                   const QString &summary = QString());

} // namespace assure
