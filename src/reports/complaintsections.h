// The board pack's section "Complaints and compliments" (issue 19, part 2): the year's and the
// quarter's figures by kind and outcome, timeliness against the target, by agency and theme, and
// the learning with the actions that followed.
#pragma once

#include "reports/complaintdata.h"
#include "reports/reportdocument.h"

namespace assure {

// At most this many entries' learning are listed, the latest first; the rest are counted.
constexpr int kComplaintLearningShown = 25;

void addComplaints(ReportDocument &doc, const ComplaintReportData &data, const QString &summary = QString());

} // namespace assure
