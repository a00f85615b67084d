// Draws a cell of the programme calendar filled in its status colour, with its word.
#include "gui/audits/calendarcelldelegate.h"

#include "core/statuspalette.h"

#include <QApplication>
#include <QPainter>

namespace assure {

namespace {

// The fill's inset from the grid (2 each side) and the word's air inside it (5 each side).
constexpr int kInset = 2;
constexpr int kAir = 5;

} // namespace

CalendarCellDelegate::CalendarCellDelegate(int colourRole, int textRole, QObject *parent)
    : QStyledItemDelegate(parent), m_colourRole(colourRole), m_textRole(textRole)
{
}

void CalendarCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colour = index.data(m_colourRole);
    const QString text = index.data(m_textRole).toString();
    if (!colour.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QColor fill = colour.value<QColor>();
    const QRect cell = option.rect.adjusted(kInset, kInset, -kInset, -kInset);
    painter->save();
    painter->setPen(fill.darker(130));
    painter->setBrush(fill);
    painter->drawRect(cell.adjusted(0, 0, -1, -1));
    // Black or white, whichever the palette's contrast rule gives this fill (WCAG AA).
    painter->setPen(QColor::fromRgb(textOn(fill.rgb() & 0xffffff)));
    painter->setFont(option.font);
    painter->drawText(cell, Qt::AlignCenter,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, cell.width() - 2 * kAir));
    if (option.state & QStyle::State_Selected) {
        // A frame in the selection's colour, so the chosen month keeps its status colour.
        QPen frame(option.palette.color(QPalette::Highlight), 3);
        frame.setJoinStyle(Qt::MiterJoin);
        painter->setPen(frame);
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -2, -2));
    }
    painter->restore();
}

int CalendarCellDelegate::columnWidthFor(const QStringList &words, const QFont &font)
{
    const QFontMetrics metrics(font);
    int widest = 0;
    for (const QString &w : words)
        widest = qMax(widest, metrics.horizontalAdvance(w));
    return widest + 2 * (kInset + kAir) + 2;
}

} // namespace assure
