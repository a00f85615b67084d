// Test helper: driving item views with the mouse, as people do (a press makes a row current before
// it selects it, which keyboard and code paths never show).
#pragma once

#include <QAbstractItemView>
#include <QTest>

namespace assure::test {

// The row (in the view's own model) whose column holds this text; -1 when none does.
inline int rowWithText(const QAbstractItemView *view, int column, const QString &text)
{
    const QAbstractItemModel *model = view->model();
    for (int r = 0; r < model->rowCount(); ++r)
        if (model->index(r, column).data().toString() == text)
            return r;
    return -1;
}

// Scrolls the cell into sight and clicks it with the left button.
inline void clickCell(QAbstractItemView *view, const QModelIndex &cell)
{
    view->scrollTo(cell);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
}

// Scrolls the cell into sight and double-clicks it.
inline void doubleClickCell(QAbstractItemView *view, const QModelIndex &cell)
{
    view->scrollTo(cell);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, view->visualRect(cell).center());
}

} // namespace assure::test
