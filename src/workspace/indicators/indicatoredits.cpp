// Undoable edits particular to indicators: a period's measurement, target or benchmark, SPC settings and thresholds.
#include "workspace/indicators/indicatoredits.h"

#include <cmath>

namespace assure {

namespace {

bool hasContent(const Measurement &m)
{
    return m.value || m.numerator || m.denominator || !m.commentary.trimmed().isEmpty();
}

bool hasContent(const Benchmark &b)
{
    return b.national || b.regional || b.statisticalNeighbours;
}

// The Edit menu's words for a benchmark change: the one figure set or cleared, or all of them.
QString benchmarkEditText(const Benchmark *old, const Benchmark &after)
{
    const Benchmark before = old ? *old : Benchmark{};
    const bool national = before.national != after.national;
    const bool regional = before.regional != after.regional;
    const bool neighbours = before.statisticalNeighbours != after.statisticalNeighbours;
    if (int(national) + int(regional) + int(neighbours) != 1)
        return hasContent(after) ? IndicatorEdits::tr("Set benchmarks for %1 %2")
                                 : IndicatorEdits::tr("Clear benchmarks for %1 %2");
    if (national)
        return after.national ? IndicatorEdits::tr("Set national benchmark for %1 %2")
                              : IndicatorEdits::tr("Clear national benchmark for %1 %2");
    if (regional)
        return after.regional ? IndicatorEdits::tr("Set regional benchmark for %1 %2")
                              : IndicatorEdits::tr("Clear regional benchmark for %1 %2");
    return after.statisticalNeighbours ? IndicatorEdits::tr("Set statistical neighbours' benchmark for %1 %2")
                                       : IndicatorEdits::tr("Clear statistical neighbours' benchmark for %1 %2");
}

} // namespace

const Indicator *IndicatorEdits::indicatorFor(qint64 id, QString *error) const
{
    const Indicator *indicator = m_ws.items<Indicator>().find(id);
    if (!indicator && error)
        *error = tr("That indicator is no longer in the board file.");
    return indicator;
}

bool IndicatorEdits::setMeasurement(const Measurement &measurement, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = indicatorFor(measurement.indicatorId, error);
    if (!indicator || !Workspace::acceptable(measurement.problems(), error))
        return false;
    ChangeSet changes;
    changes.upsert(m_ws.items<Measurement>().find(measurement.indicatorId, measurement.periodKey), measurement,
                   hasContent(measurement));
    if (changes.isEmpty())
        return true;
    const auto period = Period::fromKey(measurement.periodKey, m_ws.board().fyStartMonth);
    return m_ws.execute(tr("Edit %1 for %2").arg(indicator->code, period ? period->label() : measurement.periodKey),
                        std::move(changes), error);
}

bool IndicatorEdits::setTarget(qint64 indicatorId, const QString &periodKey, std::optional<double> value,
                               QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_ws.items<Indicator>().find(indicatorId);
    if (!indicator)
        return false;
    ChangeSet changes;
    changes.upsert(m_ws.items<Target>().find(indicatorId, periodKey), Target{indicatorId, periodKey, value.value_or(0)},
                   value.has_value());
    if (changes.isEmpty())
        return true;
    const auto period = Period::fromKey(periodKey, m_ws.board().fyStartMonth);
    return m_ws.execute(tr("Set target of %1 for %2").arg(indicator->code, period ? period->label() : periodKey),
                        std::move(changes), error);
}

bool IndicatorEdits::setBenchmark(const Benchmark &benchmark, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = indicatorFor(benchmark.indicatorId, error);
    if (!indicator)
        return false;
    const auto period = Period::fromKey(benchmark.periodKey, m_ws.board().fyStartMonth);
    if (!period) {
        if (error)
            *error = tr("“%1” is not a reporting period.").arg(benchmark.periodKey);
        return false;
    }
    for (const std::optional<double> &v : {benchmark.national, benchmark.regional, benchmark.statisticalNeighbours}) {
        if (v && !std::isfinite(*v)) {
            if (error)
                *error = tr("A benchmark must be a number; leave it blank when there is none.");
            return false;
        }
    }
    const Benchmark *old = m_ws.items<Benchmark>().find(benchmark.indicatorId, benchmark.periodKey);
    ChangeSet changes;
    changes.upsert(old, benchmark, hasContent(benchmark));
    if (changes.isEmpty())
        return true;
    return m_ws.execute(benchmarkEditText(old, benchmark).arg(indicator->code, period->label()), std::move(changes),
                        error);
}

bool IndicatorEdits::setSpcSettings(const IndicatorSpcSettings &settings, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_ws.items<Indicator>().find(settings.indicatorId);
    if (!indicator || !Workspace::acceptable(settings.problems(), error))
        return false;
    ChangeSet changes;
    changes.upsert(m_ws.items<IndicatorSpcSettings>().find(settings.indicatorId), settings, !settings.isDefault());
    if (changes.isEmpty())
        return true;
    return m_ws.execute(tr("Change SPC settings of %1").arg(indicator->code), std::move(changes), error);
}

bool IndicatorEdits::saveThresholds(const StoredThresholds &thresholds, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_ws.items<Indicator>().find(thresholds.indicatorId);
    if (thresholds.indicatorId != 0 && !indicator)
        return false;
    QStringList problems;
    if (!thresholds.version.effectiveFrom.isValid())
        problems << tr("The thresholds need the date they take effect from.");
    problems << thresholds.version.thresholds.problems(indicator ? indicator->polarity : Polarity::HigherIsBetter);
    if (!Workspace::acceptable(problems, error))
        return false;
    const QString whose = indicator ? indicator->code : tr("the board");
    ChangeSet changes;
    if (thresholds.id == 0) {
        changes.insert(thresholds);
        return m_ws.execute(tr("Add RAG thresholds for %1").arg(whose), std::move(changes), error);
    }
    const StoredThresholds *old = m_ws.items<StoredThresholds>().find(thresholds.id);
    if (!old)
        return false;
    if (*old == thresholds)
        return true;
    changes.update(*old, thresholds);
    return m_ws.execute(tr("Change RAG thresholds for %1").arg(whose), std::move(changes), error);
}

} // namespace assure
