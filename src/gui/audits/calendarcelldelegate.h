// Draws a cell of the programme calendar filled in its status colour with the status word on it,
// so a month reads at a glance and without colour; a whole cell is the chip, which lets the
// year's twelve months sit side by side in a window where twelve padded chips (StatusChipDelegate)
// would not. A chosen cell keeps its fill and shows a frame.
#pragma once

#include <QStyledItemDelegate>

namespace assure {

class CalendarCellDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // colourRole and textRole are the model's roles for the fill (QColor) and the word.
    CalendarCellDelegate(int colourRole, int textRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // The column width that shows every one of these words whole, in this font.
    static int columnWidthFor(const QStringList &words, const QFont &font);

private:
    int m_colourRole;
    int m_textRole;
};

} // namespace assure
