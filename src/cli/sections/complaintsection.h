// The `complaints` key of assure-cli voices's JSON (cli/voicessections.cpp).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// What was received from the year's start to its end or the as-of day, whichever is first:
// received (complaints, compliments and comments), by_kind and by_outcome (key to count, every key
// given), by_agency (agency name to count, agencies with entries only), and of those answered by
// then, responded, in_time, late, responded_in_time (in_time / responded; null when none was
// answered), with overdue (not answered and past the target) and target_days.
QJsonValue complaintsSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
