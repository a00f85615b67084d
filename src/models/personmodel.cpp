// The board's people as a table: name, role, agency, email.
#include "models/personmodel.h"

#include <QCoreApplication>

namespace assure {

QList<Choice> agencyChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::PersonModel", "No agency"), qint64(0)}};
    for (const Agency &a : workspace.agencies())
        out.append({a.name, a.id});
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

QList<Choice> personChoices(const Workspace &workspace)
{
    QList<Choice> out{{QCoreApplication::translate("assure::PersonModel", "No one"), qint64(0)}};
    for (const Person &p : workspace.people()) {
        const Agency *a = workspace.agencies().find(p.agencyId);
        out.append({a ? QStringLiteral("%1 (%2)").arg(p.name, a->name) : p.name, p.id});
    }
    std::sort(out.begin() + 1, out.end(),
              [](const Choice &x, const Choice &y) { return x.label.localeAwareCompare(y.label) < 0; });
    return out;
}

PersonModel::PersonModel(Workspace *workspace, QObject *parent)
    : EntityTableModel(workspace, Entity::Person, parent)
{
}

void PersonModel::referencedChanged(Entity entity)
{
    if (entity == Entity::Agency)
        refreshColumn(AgencyColumn);
}

int PersonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Person &p = itemAt(index.row());
    if (role == IdRole)
        return p.id;
    const bool text = role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole;
    switch (index.column()) {
    case Name:
        return text ? QVariant(p.name) : QVariant();
    case Role:
        return text ? QVariant(p.role) : QVariant();
    case Email:
        return text ? QVariant(p.email) : QVariant();
    case AgencyColumn:
        if (role == Qt::DisplayRole || role == SortRole) {
            const Agency *a = m_workspace->agencies().find(p.agencyId);
            return a ? a->name : QString();
        }
        if (role == Qt::EditRole)
            return p.agencyId;
        if (role == ChoicesRole)
            return QVariant::fromValue(agencyChoices(*m_workspace));
        break;
    default:
        break;
    }
    return {};
}

QVariant PersonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return TableModelBase::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Role: return tr("Role");
    case AgencyColumn: return tr("Agency");
    case Email: return tr("Email");
    default: return {};
    }
}

Qt::ItemFlags PersonModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = TableModelBase::flags(index);
    if (index.isValid() && !m_workspace->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PersonModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole)
        return false;
    Person p = itemAt(index.row());
    switch (index.column()) {
    case Name: p.name = value.toString().trimmed(); break;
    case Role: p.role = value.toString().trimmed(); break;
    case Email: p.email = value.toString().trimmed(); break;
    case AgencyColumn: p.agencyId = value.toLongLong(); break;
    default: return false;
    }
    return submit(p);
}

} // namespace assure
