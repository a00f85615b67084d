// The `escalations` key of assure-cli voices's JSON (cli/voicessections.cpp), and assure-cli
// import --escalations (cli/tableimports.cpp).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

struct TableImportRun;
class Workspace;

// For the year as of the day: raised (in the year), resolved (in the year), median_days_to_resolve
// (of those resolved in the year, calendar days; null when none), by_reason (reason name to the
// count raised, every reason of the board listed).
QJsonValue escalationsSection(const Workspace &ws, int startYear, const QDate &asOf);

// Checks every row, writes when asked and prints the summary line; returns the exit code.
int importEscalations(const TableImportRun &run);

} // namespace assure
