// How many indicators were red, amber, green and blue in each of a run of periods: the picture
// beside the dashboard's counts, and the board pack's, of whether the board is getting better.
#pragma once

#include "charts/chartstyle.h"

#include <QList>
#include <QMap>
#include <QString>

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace assure {

struct RagCountPeriod
{
    QString label;         // "2026/27 Q2"
    QString axisLabel;     // what the axis shows, when not the label: "Q2<br>26/27"
    QMap<Rag, int> counts; // a missing Rag counts 0
};

// Stacked bars, one per period, oldest left: red at the bottom, then amber, green and blue, each
// segment labelled with its count so that the chart reads in grey; the legend names each status.
// The chart's own title, legend and counts are all the text it draws; a caller that shows it gives
// it a text alternative too. Bar sets carry the object names "rag-<key>" for whoever reads the chart back.
std::unique_ptr<QChart> buildRagCountChart(const QString &title, const QList<RagCountPeriod> &periods,
                                           const ChartStyle &style = {});

} // namespace assure
