// The board pack's scorecard, gathered once for the pack's period.
#include "reports/scorecarddata.h"

namespace assure {

ScorecardReportData gatherScorecard(const Workspace &ws, const Period &period)
{
    ScorecardReportData data;
    data.period = period;
    data.card = buildScorecard(ws, period);
    return data;
}

} // namespace assure
