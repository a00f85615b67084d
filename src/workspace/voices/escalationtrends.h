// The escalation log's trends over a financial year (the page's Trends tab, the board pack): the
// tally of each quarter, and the year's escalations counted by agency pair (raising -> receiving)
// and by reason, busiest first.
#pragma once

#include "core/period.h"
#include "core/voices/escalationtally.h"

#include <QList>
#include <QString>

namespace assure {

class Workspace;

struct EscalationCount
{
    QString name; // "Westmere and Fenholt Police → Fenholt Borough Council Housing", a reason
    int raised = 0;
    int resolved = 0;
    std::optional<double> medianDays; // of those resolved
};

struct EscalationTrends
{
    QList<Period> quarters;           // the year's four, in order
    QList<EscalationTally> byQuarter; // as of the day, one per quarter
    QList<EscalationCount> byPair;    // raised in the year, busiest first
    QList<EscalationCount> byReason;  // every reason of the board, in the board's order
};

// The year starting in startYear, as of asOf (nothing after it counted).
EscalationTrends escalationTrends(const Workspace &ws, int startYear, const QDate &asOf);

} // namespace assure
