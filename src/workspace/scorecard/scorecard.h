// The scorecard of a reporting period: the board's domains in order, each with its indicators
// rated as the Indicators page rates them (reviewPeriod), the counts per RAG and its summary line.
#pragma once

#include "core/scorecard/scorecarddomain.h"
#include "workspace/indicators/periodreview.h"

#include <QDate>

#include <vector>

namespace assure {

class Workspace;

struct DomainCard
{
    qint64 domainId = 0;                        // 0: the indicators with no domain
    QString name;                               // the domain's name, or "No domain"
    std::vector<const IndicatorReview *> items; // into Scorecard::review, in the workspace's order
    QMap<Rag, int> ragCounts;                   // every Rag, zero counts included
    QString summary;                            // the period's summary line; empty when none
};

struct Scorecard
{
    PeriodReview review;             // every indicator rated for the period, once
    std::vector<DomainCard> domains; // in the board's order; "No domain" last, when any indicator has none
};

// Rates every indicator once for the period (reviewPeriod) and groups them by domain. The
// cards point into the result's review, so it is returned whole and not copied apart.
Scorecard buildScorecard(const Workspace &ws, const Period &period);

// The counts alone, per domain in the same order (items left empty; "No domain" last when any
// indicator has none), each indicator rated as buildScorecard rates it (evaluateRagOnly) at a
// fraction of its cost: no trends, SPC or exceptions. What assure-cli voices lists.
std::vector<DomainCard> countByDomain(const Workspace &ws, const Period &period);

// The period a year's scorecard is given for: the year's last quarter once the year is over by
// asOf; before then, the latest quarter of that year that has ended by asOf; when none has ended
// yet, the year's first quarter (its indicators are then counted as having no data).
Period scorecardPeriodOfYear(int startYear, const QDate &asOf, int fyStartMonth);

// The board's domains in position order.
std::vector<ScorecardDomain> orderedDomains(const Workspace &ws);

} // namespace assure
