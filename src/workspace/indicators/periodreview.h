// Every indicator's standing for one reporting period, with its exceptions: what the dashboard
// shows and the performance report prints, gathered once from the workspace.
#pragma once

#include "core/indicators/exceptions.h"
#include "core/indicators/indicatorstatus.h"

#include <QMap>

#include <vector>

namespace assure {

class Workspace;

struct IndicatorReview
{
    Indicator indicator;
    IndicatorStatus status;            // for the indicator's own period that answers for the chosen one
    QList<ExceptionReason> exceptions; // empty when the indicator is not an exception
    QString commentary;                // the story behind the data, for that period
};

struct PeriodReview
{
    Period period;                        // the reporting period chosen
    std::vector<IndicatorReview> reviews; // every indicator, in the workspace's order
    QMap<Rag, int> ragCounts;             // every Rag, counted over reviews (zero counts included)

    // The reviews with at least one exception, in the workspace's order.
    std::vector<const IndicatorReview *> exceptions() const;
};

// Rates every indicator for the period; the previous period's value and the period's benchmarks
// feed the exceptions.
PeriodReview reviewPeriod(const Workspace &ws, const Period &period, const ExceptionSettings &settings = {});

// How many indicators had each RAG in the period (every Rag, zero counts included), as reviewPeriod
// counts them, at a fraction of its cost: no trends, SPC or exceptions.
QMap<Rag, int> ragCounts(const Workspace &ws, const Period &period);

// The latest quarter that has ended by the given day: the period a quarterly report is written for.
Period latestEndedQuarter(const QDate &today, int fyStartMonth);

} // namespace assure
