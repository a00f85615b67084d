// The board's agencies as a table: name, sector, Section 11 duty, active.
#include "models/agencymodel.h"

namespace assure {

AgencyModel::AgencyModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, Entity::Agency, parent)
{
}

int AgencyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgencyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Agency &a = itemAt(index.row());
    if (role == IdRole)
        return a.id;
    switch (index.column()) {
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return a.name;
        break;
    case SectorColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return sectorLabel(a.sector);
        if (role == Qt::EditRole)
            return sectorKey(a.sector);
        if (role == ChoicesRole) {
            QList<Choice> choices;
            for (Sector s : allSectors())
                choices.append({sectorLabel(s), sectorKey(s)});
            return QVariant::fromValue(choices);
        }
        break;
    case Section11:
    case Active: {
        const bool on = index.column() == Section11 ? a.section11 : a.active;
        if (role == Qt::CheckStateRole)
            return on ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return on;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return on ? tr("Yes") : tr("No");
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant AgencyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Agency");
    case SectorColumn: return tr("Sector");
    case Section11: return tr("Section 11 duty");
    case Active: return tr("Active");
    default: return {};
    }
}

Qt::ItemFlags AgencyModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (!index.isValid() || m_workspace->isReadOnly())
        return f;
    if (index.column() == Section11 || index.column() == Active)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

bool AgencyModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Agency a = itemAt(index.row());
    switch (index.column()) {
    case Name:
        if (role != Qt::EditRole)
            return false;
        a.name = value.toString().trimmed();
        break;
    case SectorColumn:
        if (role != Qt::EditRole)
            return false;
        a.sector = sectorFromKey(value.toString());
        break;
    case Section11:
    case Active:
        if (role != Qt::CheckStateRole)
            return false;
        (index.column() == Section11 ? a.section11 : a.active) = value.toInt() == Qt::Checked;
        break;
    default:
        return false;
    }
    return submit(a);
}

} // namespace assure
