// A rating cell: drawn as a chip carrying its word (StatusChipDelegate), edited by picking one of
// the five ratings (ChoiceDelegate); a rating picked with the mouse is written at once.
#pragma once

#include "gui/choicedelegate.h"
#include "gui/statuschipdelegate.h"

namespace assure {

class RatingDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    RatingDelegate(int colourRole, int textRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    StatusChipDelegate m_chips;
    ChoiceDelegate m_choices;
};

} // namespace assure
