// An audit summary's charts: grades given, and each yes / no question's answers.
#include "charts/auditcharts.h"

#include "charts/chartparts.h"
#include "core/audits/questionnaire.h"
#include "core/statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QValueAxis>

#include <algorithm>

namespace assure {

namespace {

QBarSet *barSet(const QString &label, const QString &name, quint32 rgb, const ChartStyle &style)
{
    auto *set = new QBarSet(label);
    set->setObjectName(name);
    const QColor colour = QColor::fromRgb(rgb);
    set->setColor(colour);
    set->setBorderColor(Qt::white);
    // The count sits on its own colour: in the ink that reads on it (statuspalette's rule).
    set->setLabelColor(QColor::fromRgb(textOn(rgb)));
    set->setLabelFont(chartparts::pixelFont(style.labelPixelSize, true));
    return set;
}

} // namespace

std::unique_ptr<QChart> buildGradeChart(const QString &title, const QStringList &grades, const QList<int> &counts,
                                        const QString &thisLabel, const QList<int> &earlierCounts,
                                        const QString &earlierLabel, const ChartStyle &style)
{
    auto chart = chartparts::newChart(title, style);
    auto *series = new QBarSeries;
    int tallest = 0;
    // The earlier audit first, so that it stands left of this one in each pair.
    if (!earlierCounts.isEmpty()) {
        QBarSet *earlier = barSet(earlierLabel, QStringLiteral("grades-earlier"), 0x8c8c8c, style);
        for (int n : earlierCounts) {
            *earlier << n;
            tallest = std::max(tallest, n);
        }
        series->append(earlier);
    }
    QBarSet *mine = barSet(thisLabel, QStringLiteral("grades-this"), ragRgb(Rag::Blue), style);
    for (int n : counts) {
        *mine << n;
        tallest = std::max(tallest, n);
    }
    series->append(mine);
    chartparts::addCountBars(*chart, series, grades, tallest, Qt::AlignBottom, QAbstractBarSeries::LabelsInsideEnd,
                             style);
    chart->legend()->setVisible(!earlierCounts.isEmpty());
    return chart;
}

std::unique_ptr<QChart> buildYesNoChart(const QString &title, const QList<YesNoBar> &bars, const ChartStyle &style)
{
    auto chart = chartparts::newChart(title, style);
    auto *series = new QHorizontalStackedBarSeries;
    int longest = 0;
    for (const YesNoBar &b : bars)
        longest = std::max(longest, b.counts[0] + b.counts[1] + b.counts[2] + b.counts[3]);
    const QList<YesNo> answers = allYesNo();
    const quint32 colours[] = {ragRgb(Rag::Green), ragRgb(Rag::Amber), ragRgb(Rag::Red), ragRgb(Rag::NotApplicable)};
    for (int a = 0; a < answers.size(); ++a) {
        QBarSet *set =
            barSet(yesNoLabel(answers[a]), QStringLiteral("answer-") + yesNoKey(answers[a]), colours[a], style);
        // Bars run top to bottom: the axis counts from the bottom, so the list goes in reversed.
        for (auto it = bars.crbegin(); it != bars.crend(); ++it)
            *set << it->counts[size_t(a)];
        series->append(set);
    }
    QStringList labels;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it)
        labels << it->label;
    chartparts::addCountBars(*chart, series, labels, longest, Qt::AlignLeft, QAbstractBarSeries::LabelsCenter, style);
    return chart;
}

} // namespace assure
