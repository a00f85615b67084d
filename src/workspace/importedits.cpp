// Imports of indicator definitions and measurements, each written as one transaction and one undo step.
#include "workspace/workspace.h"

namespace assure {

namespace {

bool writes(ImportStatus status)
{
    return status == ImportStatus::New || status == ImportStatus::Update || status == ImportStatus::Replace;
}

} // namespace

ImportContext Workspace::importContext() const
{
    ImportContext context(m_board.fyStartMonth);
    for (const Agency &a : m_agencies)
        context.addAgency(a);
    context.reserveMeasurements(m_measurements.count());
    for (const Indicator &i : m_indicators) {
        context.addIndicator(i);
        for (const Measurement &m : m_measurements.of(i.id))
            context.addMeasurement(m);
        for (const Target &t : m_targets.of(i.id))
            context.addTarget(t);
    }
    return context;
}

int Workspace::applyImport(const MeasurementImportPlan &plan, const QString &source, QString *error)
{
    if (refuseWhenReadOnly(error))
        return -1;
    ChangeSet changes;
    // Room for every write up front: a 100,000-row import would otherwise move the set as it grows.
    size_t writesAtMost = 0;
    for (const MeasurementImportRow &row : plan.rows)
        if (writes(row.status))
            writesAtMost += size_t(row.measurement.has_value()) + size_t(row.target.has_value());
    changes.changes().reserve(writesAtMost);
    int rows = 0;
    for (const MeasurementImportRow &row : plan.rows) {
        if (!writes(row.status))
            continue;
        ++rows;
        if (row.measurement) {
            const Measurement &m = *row.measurement;
            if (const Measurement *old = m_measurements.find(m.indicatorId, m.periodKey)) {
                if (*old != m)
                    changes.update(*old, m);
            } else {
                changes.insert(m);
            }
        }
        if (row.target) {
            const Target &t = *row.target;
            if (const Target *old = m_targets.find(t.indicatorId, t.periodKey)) {
                if (*old != t)
                    changes.update(*old, t);
            } else {
                changes.insert(t);
            }
        }
    }
    if (changes.isEmpty())
        return 0;
    return execute(tr("Import %n measurements from %1", nullptr, rows).arg(source), std::move(changes), error) ? rows : -1;
}

int Workspace::applyImport(const IndicatorImportPlan &plan, const QString &source, QString *error)
{
    if (refuseWhenReadOnly(error))
        return -1;
    ChangeSet changes;
    int rows = 0;
    for (const IndicatorImportRow &row : plan.rows) {
        if (!writes(row.status))
            continue;
        ++rows;
        if (const Indicator *old = row.indicator.id != 0 ? m_indicators.find(row.indicator.id) : nullptr)
            changes.update(*old, row.indicator);
        else
            changes.insert(row.indicator);
    }
    if (changes.isEmpty())
        return 0;
    return execute(tr("Import %n indicators from %1", nullptr, rows).arg(source), std::move(changes), error) ? rows : -1;
}

} // namespace assure
