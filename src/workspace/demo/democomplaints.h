// The demo board's complaints, compliments and comments.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the log from the start of the financial year before the demo's date up to that date:
// about a hundred entries on the small board and 20,000 on the large one, across the agencies,
// most answered (some late, some still open), with learning and a linked action for some upheld
// complaints, and one board day off. db already holds the agencies and actions. Draws from its own
// generator, so the other tables come out as before.
bool writeDemoComplaints(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
