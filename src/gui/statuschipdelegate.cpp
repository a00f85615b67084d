// Draws a status (RAG, SPC variation) as a coloured chip that carries its word, so it reads without colour.
#include "gui/statuschipdelegate.h"

#include "core/statuspalette.h"

#include <QApplication>
#include <QPainter>

namespace assure {

namespace {

// What a chip needs beside its word: the cell's margins (4 each side), the chip's padding (8 each
// side) and a little air, so the word is never cut short.
constexpr int kChipRoom = 28;

} // namespace

StatusChipDelegate::StatusChipDelegate(int colourRole, int textRole, QObject *parent)
    : QStyledItemDelegate(parent), m_colourRole(colourRole), m_textRole(textRole)
{
}

void StatusChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant colour = index.data(m_colourRole);
    const QString text = index.data(m_textRole).toString();
    if (!colour.isValid() || text.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's own background (selection, alternate rows) first, without its text.
    QStyleOptionViewItem plain = option;
    initStyleOption(&plain, index);
    plain.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &plain, painter, option.widget);

    const QColor fill = colour.value<QColor>();
    // The word is drawn bold, so the chip is measured bold: measured plain, it cut words short.
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fm(bold);
    const int width = qMin(option.rect.width() - 8, fm.horizontalAdvance(text) + 16);
    const QRect chip(option.rect.left() + 4, option.rect.top() + 3, width, option.rect.height() - 6);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(fill.darker(130));
    painter->setBrush(fill);
    painter->drawRoundedRect(chip, 6, 6);
    // Black or white, whichever the palette's contrast rule gives this fill (WCAG AA).
    painter->setPen(QColor::fromRgb(textOn(fill.rgb() & 0xffffff)));
    painter->setFont(bold);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 8));
    painter->restore();
}

QSize StatusChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QString text = index.data(m_textRole).toString();
    QFont bold = option.font;
    bold.setBold(true);
    s.setWidth(qMax(s.width(), QFontMetrics(bold).horizontalAdvance(text) + kChipRoom));
    return s;
}

int StatusChipDelegate::columnWidthFor(const QStringList &words, const QFont &font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString &w : words)
        widest = qMax(widest, metrics.horizontalAdvance(w));
    return widest + kChipRoom;
}

} // namespace assure
