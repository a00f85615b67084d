// The demo board's audits: a year's audit programme like seed 002's table, and audits of every
// kind with their agencies, cases (answered from the shipped tools, graded and moderated), findings and
// recommendations.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the demo's programme and audits into db, which already holds the demo's agencies, people,
// sub-groups and actions; links some actions to the recommendations and findings they answer.
// Draws from a generator of its own, seeded from options.seed, so the other tables come out as
// they did before audits existed. Small: twelve entries and a dozen audits; large: 5,000 audits
// and 50,000 cases.
bool writeDemoAudits(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
