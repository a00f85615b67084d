// assure-cli's doors to attendance: the --attendance table import and the board verb's `attendance` key.
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

struct TableImportRun;
class Workspace;

// assure-cli import FILE --attendance ATT.csv|.xlsx; the exit code.
int importAttendance(const TableImportRun &run);

// Per agency: agency, meetings, attended, percentage (a fraction; null when no meeting was held),
// below_threshold; for the financial year starting in startYear, up to asOf.
QJsonValue attendanceSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
