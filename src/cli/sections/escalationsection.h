// The `escalations` key of assure-cli voices's JSON (cli/voicessections.cpp).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// For the year as of the day: raised (in the year), resolved (in the year), median_days_to_resolve
// (of those resolved in the year, calendar days; null when none), by_reason (reason name to the
// count raised, every reason of the board listed).
QJsonValue escalationsSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
