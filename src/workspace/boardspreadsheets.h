// The spreadsheets the desktop reads and writes for the open board: an import file read and planned against
// the board (IndicatorEdits::applyImport writes the plan), the measurements template, the history export. The GUI
// comes here, never to interchange itself.
#pragma once

#include "core/historyentry.h"
#include "interchange/indicators/indicatorimport.h"
#include "interchange/indicators/measurementimport.h"
#include "interchange/sourcetable.h"

#include <QString>

#include <optional>
#include <vector>

namespace assure {

class Workspace;

// A .csv or .xlsx file's first sheet; null and error (for people) when it cannot be read.
std::optional<SourceTable> readSpreadsheet(const QString &path, QString *error);

// What importing table into the board would do, row by row; nothing is written.
MeasurementImportPlan planMeasurementImport(Workspace &workspace, const SourceTable &table,
                                            const ImportOptions &options);
IndicatorImportPlan planIndicatorImport(Workspace &workspace, const SourceTable &table);

// An empty measurements template for the board's financial year, as .csv or .xlsx by path's suffix.
bool writeMeasurementTemplate(const Workspace &workspace, const QString &path, QString *error);

// The history entries as CSV, as the CLI's `history --csv` writes them.
bool exportHistoryEntries(const QString &path, const std::vector<HistoryEntry> &entries, QString *error);

} // namespace assure
