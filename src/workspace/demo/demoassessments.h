// The demo board's self-assessments: the two shipped frameworks, and Section 11 rounds for last
// year and this year (ten years on the large board) with evidence, challenges and moderation.
#pragma once

#include "workspace/demo/demoboard.h"

#include <QSqlDatabase>

namespace assure {

// Writes them into db, which already holds the demo's agencies. Draws from a generator of its
// own, seeded from options.seed, so the other tables come out as they did before.
bool writeDemoAssessments(const QSqlDatabase &db, const DemoOptions &options, QString *why);

} // namespace assure
