// The change history as a table: one row per entry, oldest first, growing as edits are recorded.
#pragma once

#include "core/historyentry.h"
#include "models/tablemodelbase.h"

#include <vector>

namespace assure {

class Workspace;

class HistoryModel final : public TableModelBase
{
    Q_OBJECT

public:
    enum Column { Time, User, Machine, Kind, What, Old, New, Label, ColumnCount };

    explicit HistoryModel(Workspace *workspace, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const HistoryEntry &entry(int row) const { return m_entries[size_t(row)]; }
    const std::vector<HistoryEntry> &entries() const { return m_entries; }
    // Whether an entry is about one item: the row itself (its table and id), or a row that refers
    // to it by a "<table>_id" key or column (an indicator's measurements, a person's agency).
    static bool concerns(const HistoryEntry &entry, const QString &table, qint64 id);
    // A table's name for people ("indicator_target" -> "Target"); unknown tables as they are.
    static QString tableLabel(const QString &table);
    // {"name":"A","active":1} -> "name: A; active: 1"
    static QString valuesText(const QString &json);

private:
    void fetchNew();

    Workspace *m_workspace;
    std::vector<HistoryEntry> m_entries;
};

} // namespace assure
