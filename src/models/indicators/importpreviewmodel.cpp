// Rows of an import plan as a table: the spreadsheet's row number, what will happen, and why.
#include "models/indicators/importpreviewmodel.h"

#include "core/valueformat.h"
#include "workspace/workspace.h"

#include <QColor>

namespace assure {

ImportPreviewModel::ImportPreviewModel(QObject *parent) : TableModelBase(parent) {}

void ImportPreviewModel::setPlan(const MeasurementImportPlan &plan, const Workspace &workspace)
{
    std::vector<PreviewRow> rows;
    rows.reserve(size_t(plan.rows.size()));
    const ValueFormat format;
    for (const MeasurementImportRow &r : plan.rows) {
        PreviewRow p{r.rowNumber, r.status, r.code, r.periodLabel, {}, r.reason};
        // Values in their indicator's own form (87.5%, £420,000); a target-only row says so.
        const qint64 id = r.measurement ? r.measurement->indicatorId : r.target ? r.target->indicatorId : 0;
        const Indicator *indicator = workspace.items<Indicator>().find(id);
        const Unit unit = indicator ? indicator->unit : Unit::Count;
        if (r.measurement && r.measurement->value)
            p.value = format.value(unit, r.measurement->value);
        if (r.target)
            p.value += (p.value.isEmpty() ? QString() : QStringLiteral("; ")) +
                       tr("target %1").arg(format.value(unit, r.target->value));
        if (p.details.isEmpty() && r.status == ImportStatus::New)
            p.details = r.measurement ? tr("Adds the measurement") : tr("Sets the target");
        rows.push_back(std::move(p));
    }
    show(std::move(rows), true);
}

void ImportPreviewModel::setPlan(const IndicatorImportPlan &plan)
{
    std::vector<PreviewRow> rows;
    rows.reserve(size_t(plan.rows.size()));
    for (const IndicatorImportRow &r : plan.rows) {
        PreviewRow p{r.rowNumber, r.status, r.indicator.code, r.indicator.title, {}, r.reason};
        if (r.status != ImportStatus::Rejected)
            p.value = frequencyLabel(r.indicator.frequency);
        if (p.details.isEmpty() && r.status == ImportStatus::New)
            p.details = tr("Adds the indicator");
        rows.push_back(std::move(p));
    }
    show(std::move(rows), false);
}

void ImportPreviewModel::clear()
{
    show({}, m_measurements);
}

void ImportPreviewModel::show(std::vector<PreviewRow> rows, bool measurements)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_measurements = measurements;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const PreviewRow &r = m_rows[size_t(index.row())];
    switch (role) {
    case StatusRole: return int(r.status);
    case StatusColourRole: return QColor::fromRgb(importStatusRgb(r.status));
    case StatusTextRole: return importStatusLabel(r.status);
    case Qt::ToolTipRole:
        return index.column() == Details || index.column() == What ? data(index, Qt::DisplayRole) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == RowColumn || (m_measurements && index.column() == Value)
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    case SortRole:
        if (index.column() == RowColumn)
            return r.rowNumber;
        if (index.column() == StatusColumn)
            return int(r.status);
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case RowColumn: return r.rowNumber;
        case StatusColumn: return importStatusLabel(r.status);
        case Code: return r.code;
        case What: return r.what;
        case Value: return r.value;
        case Details: return r.details;
        default: break;
        }
        break;
    default: break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RowColumn: return tr("Row");
    case StatusColumn: return tr("Will be");
    case Code: return m_measurements ? tr("Indicator") : tr("Code");
    case What: return m_measurements ? tr("Period") : tr("Title");
    case Value: return m_measurements ? tr("Value") : tr("Frequency");
    case Details: return tr("What happens, or the problem");
    default: break;
    }
    return {};
}

quint32 importStatusRgb(ImportStatus status)
{
    switch (status) {
    case ImportStatus::New: return 0x1b5e20;
    case ImportStatus::Update: return 0x1565c0;
    case ImportStatus::Replace: return 0xb26a00;
    case ImportStatus::Unchanged: return 0x8c8c8c;
    case ImportStatus::Rejected: return 0xd32f2f;
    }
    return 0x8c8c8c;
}

QString describeImportCounts(const ImportCounts &counts)
{
    QStringList parts;
    if (counts.created)
        parts << ImportPreviewModel::tr("%n new", nullptr, counts.created);
    if (counts.updated)
        parts << ImportPreviewModel::tr("%n to update", nullptr, counts.updated);
    if (counts.replaced)
        parts << ImportPreviewModel::tr("%n to replace", nullptr, counts.replaced);
    if (counts.unchanged)
        parts << ImportPreviewModel::tr("%n unchanged", nullptr, counts.unchanged);
    if (counts.rejected)
        parts << ImportPreviewModel::tr("%n rejected", nullptr, counts.rejected);
    const QString rows = ImportPreviewModel::tr("%n rows", nullptr, counts.total());
    return parts.isEmpty() ? rows : ImportPreviewModel::tr("%1: %2").arg(rows, parts.join(QStringLiteral(", ")));
}

} // namespace assure
