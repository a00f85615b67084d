// What an import will do, row by row, for the preview shown before anything is written.
#pragma once

#include "workspace/boardspreadsheets.h"

#include "models/tablemodelbase.h"

#include <vector>

namespace assure {

class Workspace;

class ImportPreviewModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { RowColumn, StatusColumn, Code, What, Value, Details, ColumnCount };
    enum ExtraRole { StatusColourRole = SortRole + 11, StatusTextRole, StatusRole };

    explicit ImportPreviewModel(QObject *parent = nullptr);

    // Shows a plan's rows in file order; the What and Value columns take the plan's kind:
    // period and value for measurements, title and frequency for indicator definitions.
    // The workspace gives each indicator's unit, so values read as they do elsewhere.
    void setPlan(const MeasurementImportPlan &plan, const Workspace &workspace);
    void setPlan(const IndicatorImportPlan &plan);
    void clear();

    ImportStatus statusAt(int row) const { return m_rows[size_t(row)].status; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct PreviewRow
    {
        int rowNumber = 0;
        ImportStatus status = ImportStatus::Rejected;
        QString code;
        QString what;
        QString value;
        QString details;
    };
    void show(std::vector<PreviewRow> rows, bool measurements);

    std::vector<PreviewRow> m_rows;
    bool m_measurements = true;
};

// The colour of the chip for an import status (the chip also carries the status's word).
quint32 importStatusRgb(ImportStatus status);
// "48 rows: 40 new, 3 to update, 2 unchanged, 3 rejected", naming only the kinds present.
QString describeImportCounts(const ImportCounts &counts);

} // namespace assure
