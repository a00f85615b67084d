// A report's chart drawn as vectors: inline in a QTextDocument for PDF, and as SVG for HTML. Never a bitmap.
#pragma once

#include "reports/reportdocument.h"

#include <QObject>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

namespace assure {

// How tall a chart is for its width: the print style's proportions.
constexpr qreal kChartAspect = 0.5;

// Paints the chart's RAG chart into target on any painter (a QPdfWriter's, a QSvgGenerator's).
void paintReportChart(const ReportChart &chart, QPainter *painter, const QRectF &target);

// The chart as a standalone SVG document, with the description as its <title> and <desc>.
QByteArray reportChartSvg(const ReportChart &chart);

// Draws the charts of one QTextDocument where its object characters stand, across the text width.
class ChartTextObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int kObjectType = QTextFormat::UserObject + 1;
    static constexpr int kChartProperty = QTextFormat::UserProperty + 1;

    explicit ChartTextObject(QObject *parent = nullptr);

    // The format of an object character that stands for chart.
    QTextCharFormat formatFor(std::shared_ptr<const ReportChart> chart);

    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int posInDocument,
                    const QTextFormat &format) override;

private:
    std::vector<std::shared_ptr<const ReportChart>> m_charts;
};

} // namespace assure
