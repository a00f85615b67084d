// The `attendance` key of assure-cli board's JSON (cli/boardyearsections.cpp).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// Per agency: agency, meetings, attended, percentage (a fraction; null when no meeting was held),
// below_threshold; for the financial year starting in startYear, up to asOf.
QJsonValue attendanceSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
