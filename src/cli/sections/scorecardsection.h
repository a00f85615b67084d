// The scorecard key of assure-cli voices's JSON (issue 19, part 4).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// [{"domain": name, "indicators": count, "rag": {"blue", "green", "amber", "red", "na", "no_data":
// count}, "period": "2026-Q2", "period_label": "2026/27 Q2"}] for the year's last quarter, or,
// before the year is over, the latest quarter of it ended by asOf (scorecardPeriodOfYear). Domains
// in the board's order; indicators with no domain come last under "domain": null.
QJsonValue scorecardSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
