// assure-bench: an audit's summary over 1,000 cases (issue 15: under 100 ms), on the large board.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct AuditSummaryTimings
{
    int cases = 0;
    std::vector<double> summary; // its cases gathered from the workspace and summarised with the audit it repeats
    std::vector<double> panel;   // the summary panel shown for it: the summary, its tables and charts, painted
};

// Adds an audit of 1,000 answered cases repeating one of the board's (one undo step, undone at the
// end) and times its summary runs times.
bool timeAuditSummary(const QString &path, int runs, AuditSummaryTimings *out, QString *error);

// The medians, the target (under 100 ms for the summary) and whether it was met.
JsonObject auditSummaryJson(const AuditSummaryTimings &t);

} // namespace assure
