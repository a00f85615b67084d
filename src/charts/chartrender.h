// Drawing a chart without a window: to an image for tests and screenshots, to any painter for PDF.
#pragma once

#include <QImage>
#include <QRectF>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
class QPainter;
QT_END_NAMESPACE

namespace assure {

// The chart laid out at `size` (logical pixels, as ChartStyle::size) on white. With a device
// pixel ratio of 2 the image has twice the pixels and the same layout, for print or HiDPI.
// A chart shown in a view is laid out again at its old size afterwards.
QImage renderChart(QChart *chart, const QSize &size, qreal devicePixelRatio = 1.0);

// The chart laid out at `layoutSize` and drawn scaled into `target` on the painter: vectors stay
// vectors, so a QPdfWriter gets sharp lines and real text. Reports pass the ChartStyle size so
// the text keeps the proportions the style chose for it.
void paintChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize);

} // namespace assure
