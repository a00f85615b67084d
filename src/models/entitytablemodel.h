// A table model over one kind of item in the workspace, kept in step through the notifier.
#pragma once

#include "models/tablemodelbase.h"
#include "workspace/workspace.h"

namespace assure {

template <class T>
class EntityTableModel : public TableModelBase
{
public:
    EntityTableModel(Workspace *workspace, Entity entity, QObject *parent)
        : TableModelBase(parent), m_workspace(workspace), m_entity(entity)
    {
        Notifier *n = workspace->notifier();
        connect(n, &Notifier::aboutToInsert, this, [this](Entity e, int row) {
            if (e == m_entity)
                beginInsertRows({}, row, row);
        });
        connect(n, &Notifier::inserted, this, [this](Entity e, int) {
            if (e == m_entity)
                endInsertRows();
        });
        connect(n, &Notifier::aboutToRemove, this, [this](Entity e, int row) {
            if (e == m_entity)
                beginRemoveRows({}, row, row);
        });
        connect(n, &Notifier::removed, this, [this](Entity e, int) {
            if (e == m_entity)
                endRemoveRows();
        });
        connect(n, &Notifier::changed, this, [this](Entity e, int row) {
            if (e == m_entity)
                Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            else
                referencedChanged(e);
        });
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : store().size();
    }

    const T &itemAt(int row) const { return store().at(row); }
    int rowOf(qint64 id) const { return store().indexOf(id); }

protected:
    virtual const EntityStore<T> &store() const = 0;
    // Another kind of item changed (an agency renamed): refresh columns that show it.
    virtual void referencedChanged(Entity) {}

    // Sends an edited copy through the workspace; a refusal is reported, not thrown away.
    bool submit(const T &edited)
    {
        QString error;
        if (m_workspace->update(edited, &error))
            return true;
        if (!error.isEmpty())
            Q_EMIT editRejected(error);
        return false;
    }

    void refreshColumn(int column)
    {
        if (rowCount() > 0)
            Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }

    Workspace *m_workspace;

private:
    Entity m_entity;
};

} // namespace assure
