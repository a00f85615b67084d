// The board's agencies as a table: name, sector, Section 11 duty, active.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class AgencyModel final : public EntityTableModel<Agency>
{
    Q_OBJECT

public:
    enum Column { Name, SectorColumn, Section11, Active, ColumnCount };

    AgencyModel(Workspace *workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    const EntityStore<Agency> &store() const override { return m_workspace->agencies(); }
};

} // namespace assure
