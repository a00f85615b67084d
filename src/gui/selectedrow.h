// The one rule for "which row is this view on": the selection, never the current index alone.
#pragma once

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QModelIndex>

namespace assure {

// A pane that follows a table reads the selected row, and listens for the selection model's
// selectionChanged. It must not answer currentRowChanged: a mouse press makes the row current
// before it selects it, so at that moment the selection still holds the previous row, and a pane
// that mixed the two would show (and edit) the row chosen before. The keyboard moves both together,
// which is why only a real click shows the difference. Returns the first selected row's index in
// column 0, or an invalid index when nothing is selected.
inline QModelIndex selectedRow(const QAbstractItemView *view)
{
    const QItemSelectionModel *selection = view->selectionModel();
    if (!selection)
        return {};
    const QModelIndexList rows = selection->selectedRows();
    return rows.isEmpty() ? QModelIndex() : rows.first();
}

} // namespace assure
