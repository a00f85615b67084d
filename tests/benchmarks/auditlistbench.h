// Issue 15's audit list target: the large demo's audit list filtered, under 50 ms.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct AuditSamples
{
    int audits = 0;
    int matchedStatus = 0;
    int matchedSearch = 0;
    // The Audits page's status filter chosen: the list narrowed, the tabs following, painted.
    std::vector<double> filterStatus;
    // A word typed into its search box (on top of the status filter), narrowed and painted.
    std::vector<double> filterSearch;
};

bool timeAudits(const QString &path, const QString &workDir, int runs, AuditSamples *s, QString *error);

// Adds audits_filter_status and audits_filter_search to timings, the target (under 50 ms) and
// whether each met it.
void addAuditFigures(const AuditSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
