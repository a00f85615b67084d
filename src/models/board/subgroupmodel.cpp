// The board's sub-groups as a table: name, chair, remit.
#include "models/board/subgroupmodel.h"

#include "models/board/personmodel.h"

namespace assure {

SubGroupModel::SubGroupModel(Workspace *workspace, QObject *parent) : EntityTableModel(workspace, parent)
{
    ColumnSpec chair{[] { return tr("Chair"); },
                     [this](const SubGroup &s, int role) -> QVariant {
                         if (role == Qt::DisplayRole || role == SortRole) {
                             const Person *p = m_workspace->items<Person>().find(s.chairId);
                             return p ? p->name : QString();
                         }
                         if (role == Qt::EditRole)
                             return s.chairId;
                         if (role == ChoicesRole)
                             return QVariant::fromValue(personChoices(*m_workspace));
                         return {};
                     },
                     [](SubGroup &s, const QVariant &value) {
                         s.chairId = value.toLongLong();
                         return true;
                     }};
    setColumns({textColumn([] { return tr("Sub-group"); }, &SubGroup::name), std::move(chair),
                textColumn([] { return tr("Remit"); }, &SubGroup::remit)});
    refreshOn<Person>(Chair);
}

} // namespace assure
