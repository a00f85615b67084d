// A report's chart drawn as vectors: the RAG chart of charts/, painted into a text document or an SVG.
#include "reports/reportchart.h"

#include "charts/chartrender.h"
#include "charts/chartstyle.h"
#include "charts/ragchart.h"

#include <QBuffer>
#include <QChart>
#include <QPainter>
#include <QSvgGenerator>
#include <QTextDocument>

namespace assure {

void paintReportChart(const ReportChart &chart, QPainter *painter, const QRectF &target)
{
    ChartStyle style = ChartStyle::print();
    style.size = QSize(style.size.width(), qRound(style.size.width() * kChartAspect));
    const std::unique_ptr<QChart> built = buildRagChart(chart.series, style);
    paintChart(built.get(), painter, target, QSizeF(style.size));
}

QByteArray reportChartSvg(const ReportChart &chart)
{
    const QSize size(720, qRound(720 * kChartAspect));
    QByteArray svg;
    QBuffer buffer(&svg);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(chart.description);
    generator.setDescription(chart.description);
    QPainter painter(&generator);
    paintReportChart(chart, &painter, QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return svg;
}

ChartTextObject::ChartTextObject(QObject *parent) : QObject(parent) {}

QTextCharFormat ChartTextObject::formatFor(std::shared_ptr<const ReportChart> chart)
{
    QTextCharFormat format;
    format.setObjectType(kObjectType);
    format.setProperty(kChartProperty, int(m_charts.size()));
    m_charts.push_back(std::move(chart));
    return format;
}

QSizeF ChartTextObject::intrinsicSize(QTextDocument *doc, int, const QTextFormat &)
{
    // Across the text width, less a little so that the line never wraps for the sake of a pixel.
    const qreal width = doc->pageSize().width() > 0 ? doc->pageSize().width() : doc->textWidth();
    const qreal w = width * 0.98;
    return {w, w * kChartAspect};
}

void ChartTextObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format)
{
    // A chart moved on to the next page is still offered to the page before, whose clip the chart's
    // scene would not keep to: draw it only on the page it is on.
    if (painter->hasClipping() && !painter->clipBoundingRect().contains(rect.center()))
        return;
    const int index = format.property(kChartProperty).toInt();
    if (index < 0 || size_t(index) >= m_charts.size())
        return;
    paintReportChart(*m_charts[size_t(index)], painter, rect);
}

} // namespace assure
