// Stacked bars of how many indicators had each RAG status, period by period.
#include "charts/ragcountchart.h"

#include "charts/chartparts.h"
#include "core/statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QLegend>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace assure {

std::unique_ptr<QChart> buildRagCountChart(const QString &title, const QList<RagCountPeriod> &periods,
                                           const ChartStyle &style)
{
    auto chart = chartparts::newChart(title, style);
    auto *series = new QStackedBarSeries;
    int tallest = 0;
    for (const RagCountPeriod &p : periods) {
        int total = 0;
        for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue})
            total += p.counts.value(rag);
        tallest = std::max(tallest, total);
    }
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue}) {
        auto *set = new QBarSet(ragLabel(rag));
        set->setObjectName(QStringLiteral("rag-") + ragKey(rag));
        const QColor colour = ragColour(rag);
        set->setColor(colour);
        set->setBorderColor(Qt::white);
        // The count sits on its own colour: in the ink that reads on it (statuspalette's rule).
        set->setLabelColor(QColor::fromRgb(textOn(colour.rgb())));
        set->setLabelFont(chartparts::pixelFont(style.labelPixelSize, true));
        for (const RagCountPeriod &p : periods)
            *set << p.counts.value(rag);
        series->append(set);
    }
    QStringList labels;
    for (const RagCountPeriod &p : periods)
        labels << (p.axisLabel.isEmpty() ? p.label : p.axisLabel);
    chartparts::addCountBars(*chart, series, labels, tallest, Qt::AlignBottom, QAbstractBarSeries::LabelsCenter, style);
    return chart;
}

} // namespace assure
