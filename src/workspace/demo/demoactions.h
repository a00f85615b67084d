// The demo board's action plans: actions under its priorities, with milestones and progress.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the demo's actions, milestones and progress updates into db, which already holds the
// demo's agencies, people and priorities. Draws from a generator of its own, seeded from
// options.seed, so the other tables come out as they did before actions existed.
bool writeDemoActions(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
