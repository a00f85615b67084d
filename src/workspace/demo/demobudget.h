// The demo board's budget: partners' contributions by agency and the board's spending lines.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes the budget of the financial year holding options.asOf and of the year before into db,
// which already holds the demo's agencies. A quarter is reported once it has ended before
// options.asOf (so the demo dated 22 November 2026 has Q1 and Q2 of 2026/27, and all of
// 2025/26). The small board has 8 contributions (not from Fenholt's housing service or the
// county's education service) and 9 spending lines a year; the large board a contribution from
// every agency but those two kinds (360 of 400) and 63 spending lines. Draws from a generator of
// its own, seeded from options.seed, so the other tables come out as they did before the budget
// existed.
bool writeDemoBudget(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
