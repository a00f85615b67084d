// What the board pack's scorecard section says, gathered from a workspace: the scorecard of the
// pack's period, every indicator rated once and grouped by the board's domains.
#pragma once

#include "workspace/scorecard/scorecard.h"

namespace assure {

struct ScorecardReportData
{
    Period period;
    Scorecard card;

    // Nothing to print: the board has no indicators.
    bool isEmpty() const { return card.review.reviews.empty(); }
};

ScorecardReportData gatherScorecard(const Workspace &ws, const Period &period);

} // namespace assure
