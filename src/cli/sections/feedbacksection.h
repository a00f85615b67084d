// The feedback key of assure-cli voices's JSON (issue 19, part 6).
#pragma once

#include <QDate>
#include <QJsonValue>

namespace assure {

class Workspace;

// {"entries": heard in the financial year, "by_voice": {voice key: count} (every voice, 0 when
// none), "with_actions": entries of the year with at least one linked action}.
QJsonValue feedbackSection(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
