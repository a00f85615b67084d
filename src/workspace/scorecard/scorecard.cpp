// The scorecard of a reporting period, grouped by domain from one review of every indicator.
#include "workspace/scorecard/scorecard.h"

#include "workspace/indicators/indicatorkinds.h"
#include "workspace/scorecard/scorecardedits.h"
#include "workspace/workspace.h"

#include <QHash>

#include <algorithm>

namespace assure {

namespace {

QMap<Rag, int> zeroCounts()
{
    QMap<Rag, int> counts;
    for (Rag rag : allRags())
        counts.insert(rag, 0);
    return counts;
}

} // namespace

std::vector<ScorecardDomain> orderedDomains(const Workspace &ws)
{
    std::vector<ScorecardDomain> out(ws.items<ScorecardDomain>().begin(), ws.items<ScorecardDomain>().end());
    std::stable_sort(out.begin(), out.end(), [](const ScorecardDomain &a, const ScorecardDomain &b) {
        return a.position != b.position ? a.position < b.position : a.id < b.id;
    });
    return out;
}

Scorecard buildScorecard(const Workspace &ws, const Period &period)
{
    Scorecard card;
    card.review = reviewPeriod(ws, period);
    QHash<qint64, size_t> slotOf;
    for (const ScorecardDomain &d : orderedDomains(ws)) {
        DomainCard domain;
        domain.domainId = d.id;
        domain.name = d.name;
        domain.ragCounts = zeroCounts();
        domain.summary = ScorecardEdits::summary(ws, d.id, period);
        slotOf.insert(d.id, card.domains.size());
        card.domains.push_back(std::move(domain));
    }
    DomainCard none;
    none.name = ScorecardEdits::tr("No domain");
    none.ragCounts = zeroCounts();
    for (const IndicatorReview &r : card.review.reviews) {
        const auto it = slotOf.constFind(r.indicator.domainId);
        DomainCard &domain = it == slotOf.cend() ? none : card.domains[*it];
        domain.items.push_back(&r);
        domain.ragCounts[r.status.rag.rag] += 1;
    }
    if (!none.items.empty())
        card.domains.push_back(std::move(none));
    return card;
}

std::vector<DomainCard> countByDomain(const Workspace &ws, const Period &period)
{
    std::vector<DomainCard> out;
    QHash<qint64, size_t> slotOf;
    for (const ScorecardDomain &d : orderedDomains(ws)) {
        DomainCard domain;
        domain.domainId = d.id;
        domain.name = d.name;
        domain.ragCounts = zeroCounts();
        slotOf.insert(d.id, out.size());
        out.push_back(std::move(domain));
    }
    DomainCard none;
    none.name = ScorecardEdits::tr("No domain");
    none.ragCounts = zeroCounts();
    for (const Indicator &indicator : ws.items<Indicator>()) {
        const auto it = slotOf.constFind(indicator.domainId);
        DomainCard &domain = it == slotOf.cend() ? none : out[*it];
        domain.ragCounts[evaluateRagOnly(indicatorHistory(ws, indicator), period).rag] += 1;
    }
    int unplaced = 0;
    for (int n : std::as_const(none.ragCounts))
        unplaced += n;
    if (unplaced > 0)
        out.push_back(std::move(none));
    return out;
}

Period scorecardPeriodOfYear(int startYear, const QDate &asOf, int fyStartMonth)
{
    const Period last = Period::quarter(startYear, 4, fyStartMonth);
    const Period first = Period::quarter(startYear, 1, fyStartMonth);
    const Period ended = latestEndedQuarter(asOf, fyStartMonth);
    if (!ended.isValid() || ended.start() >= last.start())
        return last;
    if (ended.start() < first.start())
        return first;
    return ended;
}

} // namespace assure
