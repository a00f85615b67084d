// The indicators' kinds: their uniqueness rule, their registration, and what the loaded indicators answer.
#include "workspace/indicators/indicatorkinds.h"

#include "workspace/kindops.h"

namespace assure {

void applyChange(IndicatorStore &items, const RowChange<Indicator> &change, Applied &applied, bool rowSignals)
{
    items.noteChange(change);
    applyChange(static_cast<EntityStore<Indicator> &>(items), change, applied, rowSignals);
}

QString KindTraits<Indicator>::clash(const Workspace &ws, const Indicator &i)
{
    const Indicator *other = ws.items<Indicator>().byCode(i.code);
    if (!other || other->id == i.id)
        return {};
    return IndicatorKinds::tr("There is already an indicator with the code “%1”.").arg(i.code.trimmed());
}

QString KindTraits<StoredThresholds>::deleteText(const Workspace &ws, const StoredThresholds &t)
{
    const Indicator *indicator = ws.items<Indicator>().find(t.indicatorId);
    return IndicatorKinds::tr("Delete RAG thresholds for %1")
        .arg(indicator ? indicator->code : IndicatorKinds::tr("the board"));
}

void IndicatorKinds::registerAll()
{
    registerKind<Indicator>();
    registerKind<Measurement>();
    registerKind<Target>();
    registerKind<Benchmark>();
    registerKind<StoredThresholds>();
    registerKind<IndicatorSpcSettings>();
}

IndicatorSpcSettings spcSettingsOf(const Workspace &ws, qint64 indicatorId)
{
    const IndicatorSpcSettings *own = ws.items<IndicatorSpcSettings>().find(indicatorId);
    IndicatorSpcSettings s = own ? *own : IndicatorSpcSettings{};
    s.indicatorId = indicatorId;
    return s;
}

QList<ThresholdVersion> boardThresholds(const Workspace &ws)
{
    return indicatorThresholds(ws, 0);
}

QList<ThresholdVersion> indicatorThresholds(const Workspace &ws, qint64 indicatorId)
{
    QList<ThresholdVersion> out;
    for (const StoredThresholds &t : ws.items<StoredThresholds>())
        if (t.indicatorId == indicatorId)
            out << t.version;
    return out;
}

IndicatorHistory indicatorHistory(const Workspace &ws, const Indicator &indicator)
{
    IndicatorHistory h;
    h.indicator = &indicator;
    h.measurements = &ws.items<Measurement>().of(indicator.id);
    h.targets = &ws.items<Target>().of(indicator.id);
    h.indicatorThresholds = indicatorThresholds(ws, indicator.id);
    h.boardThresholds = boardThresholds(ws);
    h.fyStartMonth = ws.board().fyStartMonth;
    h.spc = spcSettingsFor(spcSettingsOf(ws, indicator.id), *h.measurements);
    return h;
}

} // namespace assure
