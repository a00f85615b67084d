// Undoable edits particular to indicators: a period's measurement, target or benchmark, SPC
// settings, threshold versions, and imports. Adding, changing and deleting indicators themselves
// (and threshold versions) go through Workspace::add/update/remove.
#pragma once

#include "interchange/indicators/indicatorimport.h"
#include "interchange/indicators/measurementimport.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

#include <optional>

namespace assure {

class IndicatorEdits final
{
    Q_DECLARE_TR_FUNCTIONS(assure::IndicatorEdits)

public:
    explicit IndicatorEdits(Workspace &workspace) : m_ws(workspace) {}

    // Writes a measurement, inserting or replacing the one for its period; a measurement with no
    // value, numerator, denominator or commentary deletes the stored one.
    bool setMeasurement(const Measurement &measurement, QString *error = nullptr);
    // Sets (or with no value, clears) the target for one period or a year ("2026-Y").
    bool setTarget(qint64 indicatorId, const QString &periodKey, std::optional<double> value, QString *error = nullptr);
    // Writes one period's benchmarks (national, regional, statistical neighbours), inserting or
    // replacing the row for its period; a benchmark with none of the three deletes the stored one.
    bool setBenchmark(const Benchmark &benchmark, QString *error = nullptr);
    // Saves an indicator's SPC settings; the defaults remove its own row.
    bool setSpcSettings(const IndicatorSpcSettings &settings, QString *error = nullptr);
    // Adds (id 0) or changes a version of RAG thresholds: the board's (indicatorId 0) or an
    // indicator's override. A version takes effect for periods ending on or after its date.
    bool saveThresholds(const StoredThresholds &thresholds, QString *error = nullptr);

    // What an importer needs to know of this board: indicators, stored values and targets, agencies.
    ImportContext importContext() const;
    // Applies the accepted rows of a plan (new, updated, replaced) as one transaction and one
    // undo step. Returns the number of rows written; -1 when the write failed.
    int applyImport(const MeasurementImportPlan &plan, const QString &source, QString *error = nullptr);
    int applyImport(const IndicatorImportPlan &plan, const QString &source, QString *error = nullptr);

private:
    // The indicator an edit is for, or null with the reason.
    const Indicator *indicatorFor(qint64 id, QString *error) const;

    Workspace &m_ws;
};

} // namespace assure
