// Every indicator's standing for one reporting period, with its exceptions.
#include "workspace/indicators/periodreview.h"

#include "workspace/indicators/indicatorkinds.h"
#include "workspace/workspace.h"

namespace assure {

std::vector<const IndicatorReview *> PeriodReview::exceptions() const
{
    std::vector<const IndicatorReview *> out;
    for (const IndicatorReview &r : reviews)
        if (!r.exceptions.isEmpty())
            out.push_back(&r);
    return out;
}

PeriodReview reviewPeriod(const Workspace &ws, const Period &period, const ExceptionSettings &settings)
{
    PeriodReview review;
    review.period = period;
    for (Rag rag : allRags())
        review.ragCounts.insert(rag, 0);
    const auto &measurements = ws.items<Measurement>();
    const auto &benchmarks = ws.items<Benchmark>();
    for (const Indicator &indicator : ws.items<Indicator>()) {
        IndicatorReview r;
        r.indicator = indicator;
        r.status = evaluateStatus(indicatorHistory(ws, indicator), period);
        const QString key = r.status.period.key();
        if (const Measurement *m = measurements.find(indicator.id, key))
            r.commentary = m->commentary;

        ExceptionInput input;
        input.polarity = indicator.polarity;
        input.rag = r.status.rag.rag;
        input.value = r.status.value;
        if (const Measurement *prev = measurements.find(indicator.id, r.status.period.previous().key()))
            input.previous = prev->value;
        input.spcPoint = r.status.spcPoint;
        input.spcRule = r.status.spcRule;
        if (const Benchmark *b = benchmarks.find(indicator.id, key))
            input.benchmark = *b;
        r.exceptions = exceptionsFor(input, settings);

        review.ragCounts[r.status.rag.rag] += 1;
        review.reviews.push_back(std::move(r));
    }
    return review;
}

QMap<Rag, int> ragCounts(const Workspace &ws, const Period &period)
{
    QMap<Rag, int> counts;
    for (Rag rag : allRags())
        counts.insert(rag, 0);
    for (const Indicator &indicator : ws.items<Indicator>())
        counts[evaluateRagOnly(indicatorHistory(ws, indicator), period).rag] += 1;
    return counts;
}

Period latestEndedQuarter(const QDate &today, int fyStartMonth)
{
    return Period::containing(today, Period::Kind::Quarter, fyStartMonth).previous();
}

} // namespace assure
