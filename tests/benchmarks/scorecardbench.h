// Issue 19's scorecard on the large demo: every indicator rated for a quarter and grouped by domain,
// as the Scorecard page and the board pack build it, and the counts alone that assure-cli voices
// lists (issue 19: voices --json under 200 ms).
#pragma once

#include "json.h"

#include <QString>

#include <vector>

namespace assure {

struct ScorecardSamples
{
    int indicators = 0;
    int domains = 0;
    std::vector<double> build;  // buildScorecard for the demo's latest quarter (page, board pack)
    std::vector<double> counts; // countByDomain for it (assure-cli voices)
};

bool timeScorecard(const QString &path, int runs, ScorecardSamples *s, QString *error);

void addScorecardFigures(const ScorecardSamples &s, JsonObject &timings, JsonObject &targets, JsonObject &met);

} // namespace assure
