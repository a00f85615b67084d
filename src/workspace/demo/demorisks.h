// The demo board's risk register, and the sub-groups that lead its priorities.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes a dozen risks (240 on the large board: a dozen per district) linked to the demo's
// indicators and actions, owned by its people, some past their review; and names a lead
// sub-group for each of the demo's priorities. db already holds the people, sub-groups,
// priorities, indicators and actions. Draws nothing at random: the other tables come out as before.
bool writeDemoRisks(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
