// A dashboard tile: a count under a status word on its coloured chip.
#include "gui/dashboard/dashboardtile.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"

#include <QPainter>

#include <algorithm>

namespace assure {

namespace {

QFont countFont(const QFont &base)
{
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.8);
    f.setBold(true);
    return f;
}

} // namespace

DashboardTile::DashboardTile(const QString &word, const QString &noun, const QColor &colour, QWidget *parent)
    : QAbstractButton(parent), m_word(word), m_noun(noun), m_colour(colour)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    describe();
}

void DashboardTile::setCount(int count)
{
    setCount(count, -1);
}

void DashboardTile::setCount(int count, int of)
{
    if (count == m_count && of == m_of)
        return;
    m_count = count;
    m_of = of;
    describe();
    update();
}

void DashboardTile::describe()
{
    const ValueFormat format;
    const QString text = m_of < 0
                             ? tr("%1: %2 %3").arg(m_word, format.count(m_count), m_noun)
                             : tr("%1: %2 of %3 %4").arg(m_word, format.count(m_count), format.count(m_of), m_noun);
    setText(text);
    setAccessibleName(text);
    setToolTip(tr("%1. Click to see them.").arg(text));
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics word(font());
    const QFontMetrics count(countFont(font()));
    const int width =
        std::max({word.horizontalAdvance(m_word) + 20,
                  count.horizontalAdvance(m_of < 0 ? QStringLiteral("0000") : QStringLiteral("00/00")), 72});
    return {width + 12, word.height() + 8 + count.height() + 14};
}

QSize DashboardTile::minimumSizeHint() const
{
    const QFontMetrics word(font());
    const QFontMetrics count(countFont(font()));
    const int width =
        std::max({word.horizontalAdvance(m_word) + 14,
                  count.horizontalAdvance(m_of < 0 ? QStringLiteral("000") : QStringLiteral("00/00")) + 8, 48});
    return {width, sizeHint().height()};
}

void DashboardTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const QColor ink = QColor::fromRgb(kInkRgb);
    p.setPen(QPen(isDown() ? ink : palette().color(QPalette::Mid), 1));
    p.setBrush(palette().color(QPalette::Base));
    p.drawRoundedRect(frame, 4, 4);

    // The chip across the top, the word on it in the ink that reads on its colour.
    const QFontMetrics fm(font());
    const QRectF chip(frame.left() + 4, frame.top() + 4, frame.width() - 8, fm.height() + 4);
    p.setPen(Qt::NoPen);
    p.setBrush(m_colour);
    p.drawRoundedRect(chip, 3, 3);
    p.setPen(QColor::fromRgb(textOn(m_colour.rgb())));
    p.drawText(chip, Qt::AlignCenter, m_word);

    p.setFont(countFont(font()));
    p.setPen(ink);
    const QRectF figure(frame.left(), chip.bottom(), frame.width(), frame.bottom() - chip.bottom());
    const ValueFormat format;
    p.drawText(figure, Qt::AlignCenter,
               m_of < 0 ? format.count(m_count) : tr("%1/%2").arg(format.count(m_count), format.count(m_of)));

    // Focus shows as a heavier frame in the palette's highlight: plain to see when tabbing along.
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(frame, 4, 4);
    }
}

} // namespace assure
