// What the board pack's "Complaints and compliments" section reports, gathered from the
// workspace: the year of the report's period to its day, and the report's own quarter.
#pragma once

#include "core/period.h"
#include "workspace/voices/complaintyear.h"

#include <QDate>

namespace assure {

class Workspace;

struct ComplaintReportData
{
    ComplaintYear year;
    int quarter = -1; // the report's quarter (0 to 3) when its period is a quarter; -1 for a year

    bool isEmpty() const { return year.total.received == 0 && year.learning.isEmpty(); }
};

ComplaintReportData gatherComplaints(const Workspace &ws, const Period &period, const QDate &asOf);

} // namespace assure
