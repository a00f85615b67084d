// The board's sub-groups as a table: name, chair, remit.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class SubGroupModel final : public EntityTableModel<SubGroup>
{
    Q_OBJECT

public:
    enum Column { Name, Chair, Remit, ColumnCount };

    SubGroupModel(Workspace *workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    const EntityStore<SubGroup> &store() const override { return m_workspace->subGroups(); }
    void referencedChanged(Entity entity) override;
};

} // namespace assure
