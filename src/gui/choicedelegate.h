// Edits a cell that holds a choice (a sector, an agency, a chair) with a combo box.
#pragma once

#include <QStyledItemDelegate>

namespace assure {

// Cells whose model gives ChoicesRole get a combo box; the rest edit as usual.
class ChoiceDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace assure
