// What the board pack's complaints section reports.
#include "reports/complaintdata.h"

#include "workspace/workspace.h"

namespace assure {

ComplaintReportData gatherComplaints(const Workspace &ws, const Period &period, const QDate &asOf)
{
    ComplaintReportData data;
    const int fyStart = ws.board().fyStartMonth;
    // The year to the report's period's end, or to its day when that comes first.
    data.year = complaintYear(ws, period.financialYear(), std::min(asOf, period.end()));
    if (period.kind() == Period::Kind::Quarter)
        for (int q = 0; q < 4; ++q)
            if (Period::quarter(period.financialYear(), q + 1, fyStart) == period)
                data.quarter = q;
    return data;
}

} // namespace assure
