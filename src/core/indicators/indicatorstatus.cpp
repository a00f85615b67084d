// An indicator's standing for a period and across its history: value, target, RAG, trend and SPC together.
#include "core/indicators/indicatorstatus.h"

#include <algorithm>

namespace assure {

Period periodForIndicator(const Period &chosen, Frequency frequency)
{
    const Period::Kind own = periodKind(frequency);
    if (chosen.kind() == own)
        return chosen;
    const auto rank = [](Period::Kind k) { return k == Period::Kind::Month ? 0 : k == Period::Kind::Quarter ? 1 : 2; };
    if (rank(own) > rank(chosen.kind()))
        return chosen.enclosing(own);
    // Finer: the last of the indicator's periods that ends with the chosen one.
    return Period::containing(chosen.end(), own, chosen.fyStartMonth());
}

namespace {

RagResult rate(const IndicatorHistory &h, const Period &period, std::optional<double> value,
               std::optional<double> target)
{
    const RagThresholds thresholds = thresholdsInForce(h.indicatorThresholds, h.boardThresholds, period.end());
    return evaluateRag(value, target, h.indicator->polarity, thresholds);
}

// The history's periods in order: those with a measurement, and those with only a target.
std::vector<HistoryPoint> collect(const IndicatorHistory &h, const std::optional<Period> &upTo)
{
    std::vector<HistoryPoint> out;
    const Period::Kind kind = periodKind(h.indicator->frequency);
    QList<Target> targets;
    if (h.targets)
        targets = QList<Target>(h.targets->begin(), h.targets->end());
    std::vector<Period> periods;
    for (const Measurement &m : *h.measurements) {
        const auto p = Period::fromKey(m.periodKey, h.fyStartMonth);
        if (p && p->kind() == kind && (!upTo || !(*upTo < *p)))
            periods.push_back(*p);
    }
    for (const Target &t : targets) {
        const auto p = Period::fromKey(t.periodKey, h.fyStartMonth);
        if (p && p->kind() == kind && (!upTo || !(*upTo < *p)) &&
            std::find(periods.begin(), periods.end(), *p) == periods.end())
            periods.push_back(*p);
    }
    std::sort(periods.begin(), periods.end());
    size_t next = 0;
    for (const Period &p : periods) {
        HistoryPoint point;
        point.period = p;
        const QString key = p.key();
        while (next < h.measurements->size() && (*h.measurements)[next].periodKey < key)
            ++next;
        if (next < h.measurements->size() && (*h.measurements)[next].periodKey == key)
            point.value = (*h.measurements)[next].value;
        point.target = targetFor(*h.indicator, p, targets);
        point.rag = rate(h, p, point.value, point.target);
        out.push_back(point);
    }
    return out;
}

void addSpc(const IndicatorHistory &h, IndicatorHistoryResult &result)
{
    std::vector<double> values;
    result.spcPointOf.assign(result.points.size(), -1);
    for (size_t i = 0; i < result.points.size(); ++i) {
        if (result.points[i].value) {
            result.spcPointOf[i] = int(values.size());
            values.push_back(*result.points[i].value);
        }
    }
    const std::optional<double> latestTarget = result.points.empty() ? std::nullopt : result.points.back().target;
    result.spc = evaluateSpc(values, h.indicator->polarity, latestTarget, h.spc);
    for (size_t i = 0; i < result.points.size(); ++i) {
        if (result.spcPointOf[i] < 0)
            continue;
        const SpcPoint &sp = result.spc.points[size_t(result.spcPointOf[i])];
        result.points[i].spcPoint = sp.type;
        result.points[i].spcRule = sp.rule;
    }
}

IndicatorHistoryResult evaluate(const IndicatorHistory &h, const std::optional<Period> &upTo)
{
    IndicatorHistoryResult result;
    result.points = collect(h, upTo);
    addSpc(h, result);
    return result;
}

} // namespace

IndicatorHistoryResult evaluateHistory(const IndicatorHistory &history)
{
    return evaluate(history, std::nullopt);
}

RagResult evaluateRagOnly(const IndicatorHistory &history, const Period &chosen)
{
    const Period own = periodForIndicator(chosen, history.indicator->frequency);
    const QString key = own.key();
    std::optional<double> value;
    // Measurements are ordered by period key.
    const auto found = std::lower_bound(history.measurements->begin(), history.measurements->end(), key,
                                        [](const Measurement &m, const QString &k) { return m.periodKey < k; });
    if (found != history.measurements->end() && found->periodKey == key)
        value = found->value;
    QList<Target> targets;
    if (history.targets)
        targets = QList<Target>(history.targets->begin(), history.targets->end());
    return rate(history, own, value, targetFor(*history.indicator, own, targets));
}

IndicatorStatus evaluateStatus(const IndicatorHistory &history, const Period &chosen)
{
    IndicatorStatus status;
    status.period = periodForIndicator(chosen, history.indicator->frequency);
    const IndicatorHistoryResult result = evaluate(history, status.period);
    const auto here = std::find_if(result.points.begin(), result.points.end(),
                                   [&](const HistoryPoint &p) { return p.period == status.period; });
    if (here == result.points.end()) {
        // Nothing recorded for the period: rate it with the target in force, if any.
        QList<Target> targets;
        if (history.targets)
            targets = QList<Target>(history.targets->begin(), history.targets->end());
        status.target = targetFor(*history.indicator, status.period, targets);
        status.rag = rate(history, status.period, std::nullopt, status.target);
        return status;
    }
    status.value = here->value;
    status.target = here->target;
    status.rag = here->rag;
    status.spcPoint = here->spcPoint;
    status.spcRule = here->spcRule;
    // Trend: against the period before (when it was recorded) and the mean of the N before it.
    std::vector<double> earlier;
    for (auto it = result.points.begin(); it != here; ++it)
        if (it->value)
            earlier.push_back(*it->value);
    if (here != result.points.begin()) {
        const HistoryPoint &previous = *(here - 1);
        if (previous.period == status.period.previous())
            status.trend = trendAgainstPrevious(status.value, previous.value, history.indicator->polarity);
    }
    status.trendVsMean = trendAgainstMean(status.value, earlier, history.trendMeanOf, history.indicator->polarity);
    if (status.value) {
        status.variation = result.spc.variation;
        status.assurance = result.spc.assurance;
        status.trialLimits = result.spc.trial();
    }
    return status;
}

} // namespace assure
