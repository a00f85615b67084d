// The escalation log's picture: raised beside resolved, quarter by quarter.
#include "charts/escalationchart.h"

#include "charts/chartparts.h"

#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>

#include <algorithm>

namespace assure {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::EscalationChart)
};

} // namespace

std::unique_ptr<QChart> buildEscalationChart(const QString &title, const QList<EscalationQuarterBar> &bars,
                                             const ChartStyle &style)
{
    auto chart = chartparts::newChart(title, style);
    auto *series = new QBarSeries;
    auto *raised = new QBarSet(Tr::tr("Raised"));
    auto *resolved = new QBarSet(Tr::tr("Resolved"));
    raised->setObjectName(QStringLiteral("raised"));
    resolved->setObjectName(QStringLiteral("resolved"));
    // Dark blue and a light grey-blue: told apart in grey and without red or green.
    raised->setColor(QColor::fromRgb(0x2166ac));
    resolved->setColor(QColor::fromRgb(0x92c5de));
    raised->setLabelColor(Qt::white);
    resolved->setLabelColor(Qt::black);
    QStringList labels;
    int longest = 1;
    for (const EscalationQuarterBar &b : bars) {
        *raised << b.raised;
        *resolved << b.resolved;
        labels << b.label;
        longest = std::max({longest, b.raised, b.resolved});
    }
    for (QBarSet *set : {raised, resolved}) {
        set->setBorderColor(Qt::white);
        set->setLabelFont(chartparts::pixelFont(style.labelPixelSize, true));
        series->append(set);
    }
    chartparts::addCountBars(*chart, series, labels, longest, Qt::AlignBottom, QAbstractBarSeries::LabelsInsideEnd,
                             style);
    chartparts::fitLegend(*chart, style);
    return chart;
}

} // namespace assure
