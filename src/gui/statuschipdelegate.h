// Draws a status (RAG, SPC variation) as a coloured chip that carries its word, so it reads without colour.
#pragma once

#include <QStyledItemDelegate>

namespace assure {

class StatusChipDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // colourRole and textRole are the model's roles for the chip's colour (QColor) and word.
    StatusChipDelegate(int colourRole, int textRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_colourRole;
    int m_textRole;
};

} // namespace assure
