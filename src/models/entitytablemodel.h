// A table model over one kind of item in the workspace, kept in step through the notifier; a model
// that only shows and edits the item's fields gives a column table and nothing more.
#pragma once

#include "models/tablemodelbase.h"
#include "workspace/workspace.h"

#include <functional>
#include <vector>

namespace assure {

template <class T> class EntityTableModel : public TableModelBase
{
public:
    // One column: its header, what a cell shows for each role, and how an edit changes the item.
    struct ColumnSpec
    {
        std::function<QString()> header;
        std::function<QVariant(const T &item, int role)> data;
        std::function<bool(T &item, const QVariant &value)> edit; // none: read-only
        int editRole = Qt::EditRole;                              // Qt::CheckStateRole: a check box
    };

    EntityTableModel(Workspace *workspace, QObject *parent) : TableModelBase(parent), m_workspace(workspace)
    {
        Notifier::RowHandlers rows;
        rows.aboutToInsert = [this](int row) { beginInsertRows({}, row, row); };
        rows.inserted = [this](int) { endInsertRows(); };
        rows.aboutToRemove = [this](int row) { beginRemoveRows({}, row, row); };
        rows.removed = [this](int) { endRemoveRows(); };
        rows.changed = [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); };
        workspace->notifier()->subscribe(kindOf<T>(), this, std::move(rows));
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : store().size(); }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || size_t(index.column()) >= m_columns.size())
            return {};
        const T &item = itemAt(index.row());
        if (role == IdRole)
            return item.id;
        return m_columns[size_t(index.column())].data(item, role);
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
            size_t(section) >= m_columns.size())
            return TableModelBase::headerData(section, orientation, role);
        return m_columns[size_t(section)].header();
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = TableModelBase::flags(index);
        if (!index.isValid() || m_workspace->isReadOnly() || size_t(index.column()) >= m_columns.size())
            return f;
        const ColumnSpec &c = m_columns[size_t(index.column())];
        if (!c.edit)
            return f;
        return f | (c.editRole == Qt::CheckStateRole ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid) || size_t(index.column()) >= m_columns.size())
            return false;
        const ColumnSpec &c = m_columns[size_t(index.column())];
        if (!c.edit || role != c.editRole)
            return false;
        T item = itemAt(index.row());
        return c.edit(item, value) && submit(item);
    }

    const T &itemAt(int row) const { return store().at(row); }
    int rowOf(qint64 id) const { return store().indexOf(id); }

protected:
    const typename KindTraits<T>::Store &store() const { return m_workspace->items<T>(); }

    void setColumns(std::vector<ColumnSpec> columns) { m_columns = std::move(columns); }

    // A column of text, edited as text (trimmed).
    static ColumnSpec textColumn(std::function<QString()> header, QString T::*member)
    {
        return {std::move(header),
                [member](const T &item, int role) {
                    const bool text = role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole;
                    return text ? QVariant(item.*member) : QVariant();
                },
                [member](T &item, const QVariant &value) {
                    item.*member = value.toString().trimmed();
                    return true;
                }};
    }

    // Refreshes a column whenever an item of kind Referred changes (an agency renamed), and when
    // one is added or removed too if counted is true (the column counts them).
    template <class Referred> void refreshOn(int column, bool counted = false)
    {
        Notifier::RowHandlers handlers;
        handlers.changed = [this, column](int) { refreshColumn(column); };
        if (counted)
            handlers.inserted = handlers.removed = handlers.changed;
        m_workspace->notifier()->subscribe(kindOf<Referred>(), this, std::move(handlers));
    }

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
    std::vector<ColumnSpec> m_columns;
};

} // namespace assure
