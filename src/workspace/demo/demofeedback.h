// The demo board's feedback log (issue 19, part 1).
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the feedback log: 24 entries over the year before the demo's date and the one before
// (20,000 on the large board, over three years), tagged with the default themes, naming the
// demo's agencies, and a third of the small board's linked to the demo's actions with what changed.
// db already holds the agencies, the themes (from the migration) and the actions. Draws nothing at
// random: the other tables come out as before.
bool writeDemoFeedback(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
