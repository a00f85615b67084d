// The board's sub-groups as a table: name, chair, remit.
#include "models/subgroupmodel.h"

#include "models/personmodel.h"

namespace assure {

SubGroupModel::SubGroupModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, Entity::SubGroup, parent)
{
}

void SubGroupModel::referencedChanged(Entity entity)
{
    if (entity == Entity::Person)
        refreshColumn(Chair);
}

int SubGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const SubGroup &s = itemAt(index.row());
    if (role == IdRole)
        return s.id;
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole;
    switch (index.column()) {
    case Name:
        return text ? QVariant(s.name) : QVariant();
    case Remit:
        return text ? QVariant(s.remit) : QVariant();
    case Chair:
        if (role == Qt::DisplayRole || role == SortRole) {
            const Person *p = m_workspace->people().find(s.chairId);
            return p ? p->name : QString();
        }
        if (role == Qt::EditRole)
            return s.chairId;
        if (role == ChoicesRole)
            return QVariant::fromValue(personChoices(*m_workspace));
        break;
    default:
        break;
    }
    return {};
}

QVariant SubGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Sub-group");
    case Chair: return tr("Chair");
    case Remit: return tr("Remit");
    default: return {};
    }
}

Qt::ItemFlags SubGroupModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SubGroupModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    SubGroup s = itemAt(index.row());
    switch (index.column()) {
    case Name: s.name = value.toString().trimmed(); break;
    case Remit: s.remit = value.toString().trimmed(); break;
    case Chair: s.chairId = value.toLongLong(); break;
    default: return false;
    }
    return submit(s);
}

} // namespace assure
