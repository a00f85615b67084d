// Imports of indicator definitions and measurements, each written as one transaction and one undo step.
#include "workspace/indicators/indicatoredits.h"

namespace assure {

namespace {

bool writes(ImportStatus status)
{
    return status == ImportStatus::New || status == ImportStatus::Update || status == ImportStatus::Replace;
}

} // namespace

ImportContext IndicatorEdits::importContext() const
{
    ImportContext context(m_ws.board().fyStartMonth);
    for (const Agency &a : m_ws.items<Agency>())
        context.addAgency(a);
    const SeriesStore<Measurement> &measurements = m_ws.items<Measurement>();
    context.reserveMeasurements(measurements.count());
    for (const Indicator &i : m_ws.items<Indicator>()) {
        context.addIndicator(i);
        for (const Measurement &m : measurements.of(i.id))
            context.addMeasurement(m);
        for (const Target &t : m_ws.items<Target>().of(i.id))
            context.addTarget(t);
    }
    return context;
}

int IndicatorEdits::applyImport(const MeasurementImportPlan &plan, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return -1;
    ChangeSet changes;
    // Room for every write up front: a 100,000-row import would otherwise move the set as it grows.
    size_t measurementsAtMost = 0, targetsAtMost = 0;
    for (const MeasurementImportRow &row : plan.rows) {
        if (writes(row.status)) {
            measurementsAtMost += size_t(row.measurement.has_value());
            targetsAtMost += size_t(row.target.has_value());
        }
    }
    if (measurementsAtMost > 0)
        changes.reserve<Measurement>(measurementsAtMost);
    if (targetsAtMost > 0)
        changes.reserve<Target>(targetsAtMost);
    int rows = 0;
    for (const MeasurementImportRow &row : plan.rows) {
        if (!writes(row.status))
            continue;
        ++rows;
        // A row inserts, or replaces the stored row for its period when it differs.
        if (const auto &m = row.measurement)
            changes.upsert(m_ws.items<Measurement>().find(m->indicatorId, m->periodKey), *m, true);
        if (const auto &t = row.target)
            changes.upsert(m_ws.items<Target>().find(t->indicatorId, t->periodKey), *t, true);
    }
    if (changes.isEmpty())
        return 0;
    return m_ws.execute(tr("Import %n measurements from %1", nullptr, rows).arg(source), std::move(changes), error)
               ? rows
               : -1;
}

int IndicatorEdits::applyImport(const IndicatorImportPlan &plan, const QString &source, QString *error)
{
    if (m_ws.refuseWhenReadOnly(error))
        return -1;
    ChangeSet changes;
    int rows = 0;
    for (const IndicatorImportRow &row : plan.rows) {
        if (!writes(row.status))
            continue;
        ++rows;
        if (const Indicator *old = row.indicator.id != 0 ? m_ws.items<Indicator>().find(row.indicator.id) : nullptr)
            changes.update(*old, row.indicator);
        else
            changes.insert(row.indicator);
    }
    if (changes.isEmpty())
        return 0;
    return m_ws.execute(tr("Import %n indicators from %1", nullptr, rows).arg(source), std::move(changes), error) ? rows
                                                                                                                  : -1;
}

} // namespace assure
