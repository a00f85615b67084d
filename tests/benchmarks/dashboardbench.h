// Issue 17's dashboard target: the large demo's dashboard shown for a period, under 200 ms.
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct DashboardSamples
{
    int indicators = 0;
    // The dashboard stepped to another period: every indicator rated and checked for exceptions,
    // the chart's earlier periods counted, the tables refreshed, and the page painted.
    std::vector<double> periodShown;
    // The window opened on the board with the dashboard first, until the dashboard is painted.
    std::vector<double> openShown;
};

bool timeDashboard(const QString &path, const QString &workDir, int runs, DashboardSamples *s, QString *error);

// Adds dashboard_period_shown and dashboard_open_shown to timings, the target (under 200 ms for a
// period shown) and whether it was met.
void addDashboardFigures(const DashboardSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
