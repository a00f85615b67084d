// The `attendance` key of assure-cli board's JSON: each agency's attendance over the year.
#include "cli/sections/attendancesection.h"

#include "core/valueformat.h"
#include "workspace/meetings/attendanceyear.h"

#include <QJsonArray>
#include <QJsonObject>

namespace assure {

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
