// Drawing a chart without a window: to an image for tests and screenshots, to any painter for PDF.
#include "charts/chartrender.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLegend>
#include <QPainter>

#include <memory>

namespace assure {

void paintChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &layoutSize)
{
    if (!chart || !painter || layoutSize.isEmpty())
        return;
    // A chart is drawn through a scene; one built for a report has none until now.
    std::unique_ptr<QGraphicsScene> ownScene;
    QGraphicsScene *scene = chart->scene();
    if (!scene) {
        ownScene = std::make_unique<QGraphicsScene>();
        ownScene->addItem(chart);
        scene = ownScene.get();
    }
    const QSizeF before = chart->size();
    chart->resize(layoutSize);
    // Axes and legend are laid out on a posted layout request; settle it now, not on the next
    // turn of an event loop a report or a test may never run.
    QCoreApplication::sendPostedEvents(chart, QEvent::LayoutRequest);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    if (QGraphicsLayout *layout = chart->legend()->layout()) {
        layout->invalidate();
        layout->activate();
    }

    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    scene->render(painter, target, QRectF(chart->scenePos(), layoutSize), Qt::IgnoreAspectRatio);
    painter->restore();

    if (ownScene) {
        // Taken out again so that the scene does not delete the caller's chart.
        ownScene->removeItem(chart);
    } else if (before != layoutSize) {
        chart->resize(before);
    }
}

QImage renderChart(QChart *chart, const QSize &size, qreal devicePixelRatio)
{
    const qreal ratio = devicePixelRatio > 0 ? devicePixelRatio : 1.0;
    QImage image((QSizeF(size) * ratio).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paintChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)), QSizeF(size));
    painter.end();
    return image;
}

} // namespace assure
