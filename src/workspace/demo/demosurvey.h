// The demo board's annual effectiveness survey: the two years before the demo's, answered.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the survey questionnaires and responses of the two financial years before options.asOf's
// into db (30 and 24 responses; 1,000 a year on the large board). Draws from a generator of its
// own, seeded from options.seed, so the other tables come out as they did before the survey existed.
bool writeDemoSurvey(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
