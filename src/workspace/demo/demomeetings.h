// The demo board's membership, meetings and attendance.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the demo's memberships of the board and its sub-groups, their meetings over last
// financial year and this one up to options.asOf, and who attended. db already holds the demo's
// agencies, people and sub-groups. Draws from a generator of its own, seeded from options.seed,
// so the other tables come out as they did before meetings existed.
bool writeDemoMeetings(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
