// How charts look: sizes, fonts and the colours of RAG and SPC, chosen to read on white and in grey.
#include "charts/chartstyle.h"

#include "core/statuspalette.h"

#include <QImage>

namespace assure {

namespace {

// The tile of a band's texture. Tints are translucent so the value grid shows through them.
constexpr int kTile = 10;

QImage tile(const QColor &tint)
{
    QImage image(kTile, kTile, QImage::Format_ARGB32);
    image.fill(tint);
    return image;
}

// One pixel wide and drawn pixel by pixel, so that tiles meet without seams at any scale.
void hatch(QImage &image, const QColor &ink)
{
    for (int x = 0; x < kTile; ++x)
        image.setPixelColor(x, kTile - 1 - x, ink);
}

void dots(QImage &image, const QColor &ink)
{
    for (const int at : {1, 6})
        for (int dx = 0; dx < 2; ++dx)
            for (int dy = 0; dy < 2; ++dy)
                image.setPixelColor(at + dx, at + dy, ink);
}

} // namespace

ChartStyle ChartStyle::print()
{
    ChartStyle style;
    style.titlePixelSize = 19;
    style.labelPixelSize = 14;
    style.pointLabelPixelSize = 13;
    style.lineWidth = 2.5;
    style.markerSize = 11;
    return style;
}

QColor ragColour(Rag rag)
{
    return QColor::fromRgb(ragRgb(rag));
}

QBrush ragBandBrush(Rag rag)
{
    switch (rag) {
    case Rag::Blue: return QBrush(tile(QColor(21, 101, 192, 34)));
    case Rag::Green: return QBrush(tile(QColor(46, 125, 50, 40)));
    case Rag::Amber: {
        QImage image = tile(QColor(242, 169, 0, 52));
        dots(image, QColor(170, 110, 0, 120));
        return QBrush(image);
    }
    case Rag::Red: {
        QImage image = tile(QColor(211, 47, 47, 40));
        hatch(image, QColor(170, 30, 30, 120));
        return QBrush(image);
    }
    case Rag::NotApplicable:
    case Rag::NoData: break;
    }
    return QBrush(Qt::NoBrush);
}

QColor spcPointColour(SpcPointType type)
{
    return QColor::fromRgb(spcRgb(type));
}

} // namespace assure
