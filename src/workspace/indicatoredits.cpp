// Undoable edits of performance indicators and their measurements, targets and benchmarks.
#include "workspace/workspace.h"

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
        return hasContent(after) ? Workspace::tr("Set benchmarks for %1 %2")
                                 : Workspace::tr("Clear benchmarks for %1 %2");
    if (national)
        return after.national ? Workspace::tr("Set national benchmark for %1 %2")
                              : Workspace::tr("Clear national benchmark for %1 %2");
    if (regional)
        return after.regional ? Workspace::tr("Set regional benchmark for %1 %2")
                              : Workspace::tr("Clear regional benchmark for %1 %2");
    return after.statisticalNeighbours ? Workspace::tr("Set statistical neighbours' benchmark for %1 %2")
                                       : Workspace::tr("Clear statistical neighbours' benchmark for %1 %2");
}

} // namespace

bool Workspace::add(const Indicator &indicator, QString *error)
{
    if (!checkItem(indicator, error))
        return false;
    if (indicatorByCode(indicator.code)) {
        if (error)
            *error = tr("There is already an indicator with the code “%1”.").arg(indicator.code.trimmed());
        return false;
    }
    Indicator item = indicator;
    item.id = 0;
    item.code = item.code.trimmed();
    ChangeSet changes;
    changes.insert(item);
    return execute(tr("Add indicator %1").arg(item.code), std::move(changes), error);
}

bool Workspace::update(const Indicator &indicator, QString *error)
{
    const Indicator *old = m_indicators.find(indicator.id);
    if (!old || !checkItem(indicator, error))
        return false;
    if (const Indicator *other = indicatorByCode(indicator.code); other && other->id != indicator.id) {
        if (error)
            *error = tr("There is already an indicator with the code “%1”.").arg(indicator.code.trimmed());
        return false;
    }
    if (*old == indicator)
        return true;
    ChangeSet changes;
    changes.update(*old, indicator);
    return execute(tr("Edit indicator %1").arg(indicator.code), std::move(changes), error);
}

Dependents Workspace::dependentsOfIndicator(qint64 id) const
{
    Dependents d;
    d.measurements = qint64(m_measurements.of(id).size() + m_targets.of(id).size() + m_benchmarks.of(id).size());
    return d;
}

bool Workspace::removeIndicator(qint64 id, QString *error)
{
    const Indicator *indicator = m_indicators.find(id);
    if (!indicator || refuseWhenReadOnly(error))
        return false;
    // The file would cascade these; removing them in the change set lets undo put them back.
    ChangeSet changes;
    for (const Measurement &m : m_measurements.of(id))
        changes.remove(m);
    for (const Target &t : m_targets.of(id))
        changes.remove(t);
    for (const Benchmark &b : m_benchmarks.of(id))
        changes.remove(b);
    for (const StoredThresholds &t : m_thresholds)
        if (t.indicatorId == id)
            changes.remove(t);
    if (m_spcSettings.contains(id))
        changes.remove(m_spcSettings.value(id));
    changes.remove(*indicator);
    return execute(tr("Delete indicator %1").arg(indicator->code), std::move(changes), error);
}

bool Workspace::setMeasurement(const Measurement &measurement, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_indicators.find(measurement.indicatorId);
    if (!indicator) {
        if (error)
            *error = tr("That indicator is no longer in the board file.");
        return false;
    }
    const QStringList problems = measurement.problems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    const Measurement *old = m_measurements.find(measurement.indicatorId, measurement.periodKey);
    ChangeSet changes;
    if (old && !hasContent(measurement))
        changes.remove(*old);
    else if (old && *old != measurement)
        changes.update(*old, measurement);
    else if (!old && hasContent(measurement))
        changes.insert(measurement);
    if (changes.isEmpty())
        return true;
    const auto period = Period::fromKey(measurement.periodKey, m_board.fyStartMonth);
    return execute(tr("Edit %1 for %2").arg(indicator->code, period ? period->label() : measurement.periodKey),
                   std::move(changes), error);
}

bool Workspace::setTarget(qint64 indicatorId, const QString &periodKey, std::optional<double> value, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_indicators.find(indicatorId);
    if (!indicator)
        return false;
    const Target *old = m_targets.find(indicatorId, periodKey);
    ChangeSet changes;
    Target target{indicatorId, periodKey, value.value_or(0)};
    if (old && !value)
        changes.remove(*old);
    else if (old && old->value != *value)
        changes.update(*old, target);
    else if (!old && value)
        changes.insert(target);
    if (changes.isEmpty())
        return true;
    const auto period = Period::fromKey(periodKey, m_board.fyStartMonth);
    return execute(tr("Set target of %1 for %2").arg(indicator->code, period ? period->label() : periodKey),
                   std::move(changes), error);
}

bool Workspace::setBenchmark(const Benchmark &benchmark, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_indicators.find(benchmark.indicatorId);
    if (!indicator) {
        if (error)
            *error = tr("That indicator is no longer in the board file.");
        return false;
    }
    const auto period = Period::fromKey(benchmark.periodKey, m_board.fyStartMonth);
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
    const Benchmark *old = m_benchmarks.find(benchmark.indicatorId, benchmark.periodKey);
    ChangeSet changes;
    if (old && !hasContent(benchmark))
        changes.remove(*old);
    else if (old && *old != benchmark)
        changes.update(*old, benchmark);
    else if (!old && hasContent(benchmark))
        changes.insert(benchmark);
    if (changes.isEmpty())
        return true;
    return execute(benchmarkEditText(old, benchmark).arg(indicator->code, period->label()), std::move(changes), error);
}

bool Workspace::setSpcSettings(const IndicatorSpcSettings &settings, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_indicators.find(settings.indicatorId);
    if (!indicator)
        return false;
    const QStringList problems = settings.problems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    const auto old = m_spcSettings.constFind(settings.indicatorId);
    const bool stored = old != m_spcSettings.cend();
    ChangeSet changes;
    if (stored && settings.isDefault())
        changes.remove(*old);
    else if (stored && *old != settings)
        changes.update(*old, settings);
    else if (!stored && !settings.isDefault())
        changes.insert(settings);
    if (changes.isEmpty())
        return true;
    return execute(tr("Change SPC settings of %1").arg(indicator->code), std::move(changes), error);
}

bool Workspace::saveThresholds(const StoredThresholds &thresholds, QString *error)
{
    if (refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_indicators.find(thresholds.indicatorId);
    if (thresholds.indicatorId != 0 && !indicator)
        return false;
    QStringList problems;
    if (!thresholds.version.effectiveFrom.isValid())
        problems << tr("The thresholds need the date they take effect from.");
    problems << thresholds.version.thresholds.problems(indicator ? indicator->polarity : Polarity::HigherIsBetter);
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.join(QLatin1Char(' '));
        return false;
    }
    const QString whose = indicator ? indicator->code : tr("the board");
    ChangeSet changes;
    if (thresholds.id == 0) {
        changes.insert(thresholds);
        return execute(tr("Add RAG thresholds for %1").arg(whose), std::move(changes), error);
    }
    const StoredThresholds *old = m_thresholds.find(thresholds.id);
    if (!old)
        return false;
    if (*old == thresholds)
        return true;
    changes.update(*old, thresholds);
    return execute(tr("Change RAG thresholds for %1").arg(whose), std::move(changes), error);
}

bool Workspace::removeThresholds(qint64 id, QString *error)
{
    const StoredThresholds *old = m_thresholds.find(id);
    if (!old || refuseWhenReadOnly(error))
        return false;
    const Indicator *indicator = m_indicators.find(old->indicatorId);
    ChangeSet changes;
    changes.remove(*old);
    return execute(tr("Delete RAG thresholds for %1").arg(indicator ? indicator->code : tr("the board")),
                   std::move(changes), error);
}

} // namespace assure
