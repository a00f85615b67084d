// Draws a status (RAG, SPC variation) as a coloured chip that carries its word, so it reads without colour.
#pragma once

#include <QStringList>
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
    // The column width that shows every one of these words whole in a chip, in this font.
    static int columnWidthFor(const QStringList &words, const QFont &font);

private:
    int m_colourRole;
    int m_textRole;
};

} // namespace assure
