// The spreadsheets the desktop reads and writes for the open board: an import file read and planned against
// the board (IndicatorEdits::applyImport writes the plan), the measurements template, the history export.
#include "workspace/boardspreadsheets.h"

#include "interchange/history/historyexport.h"
#include "interchange/indicators/measurementexport.h"
#include "interchange/tablefile.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

namespace assure {

std::optional<SourceTable> readSpreadsheet(const QString &path, QString *error)
{
    return readTableFile(path, error);
}

MeasurementImportPlan planMeasurementImport(Workspace &workspace, const SourceTable &table,
                                            const ImportOptions &options)
{
    return planMeasurementImport(table, IndicatorEdits(workspace).importContext(), options);
}

IndicatorImportPlan planIndicatorImport(Workspace &workspace, const SourceTable &table)
{
    return planIndicatorImport(table, IndicatorEdits(workspace).importContext());
}

bool writeMeasurementTemplate(const Workspace &workspace, const QString &path, QString *error)
{
    return writeMeasurementTemplate(path, workspace.board().fyStartMonth, error);
}

bool exportHistoryEntries(const QString &path, const std::vector<HistoryEntry> &entries, QString *error)
{
    return exportHistory(path, entries, error);
}

} // namespace assure
