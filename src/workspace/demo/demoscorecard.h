// The demo board's scorecard: every indicator in one of the five performance domains, and a summary
// line for two of them in the demo's latest quarter.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Puts each of the demo's indicators (both scales) in a domain by its code's prefix, and writes
// two domains' summaries for the latest quarter ended by the demo's date. db already holds the
// indicators and the domains the board file is created with. Draws nothing at random.
bool writeDemoScorecard(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
