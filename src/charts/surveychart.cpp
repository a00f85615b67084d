// The survey's distribution chart: a stacked bar of ratings per statement.
#include "charts/surveychart.h"

#include "charts/chartparts.h"
#include "core/statuspalette.h"
#include "core/survey/survey.h"

#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>

#include <algorithm>

namespace assure {

std::unique_ptr<QChart> buildSurveyChart(const QString &title, const QList<SurveyBar> &bars, const ChartStyle &style)
{
    auto chart = chartparts::newChart(title, style);
    auto *series = new QHorizontalStackedBarSeries;
    int longest = 0;
    for (const SurveyBar &b : bars) {
        int sum = 0;
        for (const int c : b.counts)
            sum += c;
        longest = std::max(longest, sum);
    }
    // ColorBrewer's red-blue diverging scale: light in the middle, dark at either end.
    const quint32 colours[] = {0xb2182b, 0xef8a62, 0xbababa, 0x67a9cf, 0x2166ac};
    for (int r = kLowestRating; r <= kHighestRating; ++r) {
        auto *set = new QBarSet(QStringLiteral("%1 %2").arg(r).arg(ratingLabel(r)));
        set->setObjectName(QStringLiteral("rating-%1").arg(r));
        const quint32 rgb = colours[r - 1];
        set->setColor(QColor::fromRgb(rgb));
        set->setBorderColor(Qt::white);
        set->setLabelColor(QColor::fromRgb(textOn(rgb)));
        set->setLabelFont(chartparts::pixelFont(style.labelPixelSize, true));
        // Bars run top to bottom: the axis counts from the bottom, so the list goes in reversed.
        for (auto it = bars.crbegin(); it != bars.crend(); ++it)
            *set << it->counts[size_t(r - 1)];
        series->append(set);
    }
    QStringList labels;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        labels << it->label;
    chartparts::addCountBars(*chart, series, labels, std::max(longest, 1), Qt::AlignLeft,
                             QAbstractBarSeries::LabelsCenter, style);
    chartparts::fitLegend(*chart, style);
    return chart;
}

} // namespace assure
