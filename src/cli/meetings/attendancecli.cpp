// assure-cli's doors to attendance: the --attendance import and the board verb's `attendance` key.
#include "cli/meetings/attendancecli.h"

#include "cli/tableimports.h"
#include "core/valueformat.h"
#include "workspace/meetings/attendanceyear.h"
#include "workspace/meetings/meetingedits.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assure {

int importAttendance(const TableImportRun &run)
{
    return finishImport(
        run, planAttendanceImport(run.table, MeetingEdits(run.ws).importContext()),
        [&](const auto &plan, QString *why) { return MeetingEdits(run.ws).applyImport(plan, run.source, why); });
}

QJsonValue attendanceSection(const Workspace &ws, int startYear, const QDate &asOf)
{
    const AttendanceYear year = gatherAttendance(ws, startYear, asOf);
    QJsonArray agencies;
    for (const AgencyAttendanceRow &row : year.agencies)
        agencies.append(QJsonObject{{QStringLiteral("agency"), row.agency},
                                    {QStringLiteral("meetings"), row.rate.meetings},
                                    {QStringLiteral("attended"), row.rate.attended},
                                    {QStringLiteral("percentage"), machine::number(row.rate.share())},
                                    {QStringLiteral("below_threshold"), row.below}});
    return agencies;
}

} // namespace assure
