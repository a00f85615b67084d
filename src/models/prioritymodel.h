// The board's business plan priorities as a table: title, year, description, and how many indicators sit under each.
#pragma once

#include "models/entitytablemodel.h"

namespace assure {

class PriorityModel final : public EntityTableModel<Priority>
{
    Q_OBJECT

public:
    enum Column { Title, Year, Indicators, Description, ColumnCount };

    PriorityModel(Workspace *workspace, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

protected:
    const EntityStore<Priority> &store() const override { return m_workspace->priorities(); }
    void referencedChanged(Entity entity) override;
};

// "No priority" and then the board's priorities, by title: for editors and filters.
QList<Choice> priorityChoices(const Workspace &workspace);
// "2026/27", or "Standing" for a priority set for no one year.
QString priorityYearLabel(int year, int fyStartMonth);

} // namespace assure
