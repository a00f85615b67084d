// The demo board's escalation log (issue 19, part 3).
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes some 60 escalations (20,000 on the large board) over the two years before the demo's
// date, between the demo's agencies, for each of the shipped reasons, most settled at the first
// levels, a few open and some with their learning and a linked action. db already holds the
// agencies and actions. Draws from a generator of its own: the other tables come out as before.
bool writeDemoEscalations(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
