// Building blocks the chart builders share: the chart itself, its axes, and lines with gaps.
// Internal to the charts layer; the GUI and reports use ragchart.h and spcchart.h.
#pragma once

#include "charts/chartstyle.h"
#include "core/indicators/indicator.h"

#include <QFont>
#include <QPen>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QCategoryAxis;
class QChart;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace assure::chartparts {

QFont pixelFont(int pixelSize, bool bold = false);

// A white chart with a title, no animation unless the style asks, and a legend under the plot
// whose markers take the shape of their series (a dashed line shows dashed, a triangle a triangle).
std::unique_ptr<QChart> newChart(const QString &title, const ChartStyle &style);

// A value range with round ticks.
struct ValueScale
{
    double min = 0;
    double max = 1;
    int tickCount = 2;
    int decimals = 0;
};

// Holds every value given with a little room, on round ticks. A percentage never runs below 0
// or above 100 unless a value does; nothing runs below 0 unless a value does.
ValueScale valueScale(const std::vector<double> &values, Unit unit, int wantedTicks = 6);

// The value axis on the left: labels with the unit ("25%", "£1,200"), titled with the unit and
// which way is better.
QValueAxis *addValueAxis(QChart &chart, const ValueScale &scale, Unit unit, Polarity polarity, const ChartStyle &style);

// Every nth period is labelled so that labels never collide; n is 1, 2, 3, 4, 6 or a multiple
// of 12, so monthly labels fall on quarters or years. The latest period is always labelled.
int periodLabelStep(const QStringList &labels, const QFont &font, double plotWidth);
// Periods sit at x = 0, 1, 2, ...; the axis runs half a period either side.
QCategoryAxis *addPeriodAxis(QChart &chart, const QStringList &labels, const ChartStyle &style);

struct Axes
{
    QAbstractAxis *x = nullptr;
    QAbstractAxis *y = nullptr;
};

// Adds the series on both axes; out of the legend when a line of the same name already has a
// legend entry, or when the series explains itself (letters on points).
void addSeries(QChart &chart, QAbstractSeries *series, const Axes &axes, bool inLegend);

enum class LineShape {
    Through, // through each period's point at x = i
    Steps,   // flat across each period, from i - 0.5 to i + 0.5: a target that changes, steps
    // Through, but a period with no neighbour on either side is a short flat dash, which a line
    // of one point would not show: a benchmark given for one period alone.
    ThroughDashAlone,
};

// A line broken where a value is missing: one series per unbroken run, all named `name` with
// objectName `key`, only the first in the legend. Nothing is joined across a gap.
std::vector<QLineSeries *> addBrokenLine(QChart &chart, const Axes &axes, const std::vector<std::optional<double>> &ys,
                                         const QString &name, const QString &key, const QPen &pen, LineShape shape);

// A bar series added with its counts on the bars (labelsAt), filled squares in the legend, the
// categories along categoryEdge (Qt::AlignBottom for upright bars, Qt::AlignLeft for lying ones)
// and a hidden count axis from 0 to longest: every bar carries its count, so a scale would only
// repeat it.
void addCountBars(QChart &chart, QAbstractBarSeries *series, const QStringList &categories, int longest,
                  Qt::Alignment categoryEdge, int labelsAt, const ChartStyle &style);

// Moves the legend beside the plot when its entries would not fit in one line beneath it: Qt
// shortens each name to "Natio..." rather than wrap, and a legend read as "Regio..." says nothing.
void fitLegend(QChart &chart, const ChartStyle &style);

QPen linePen(const QColor &colour, qreal width, Qt::PenStyle style = Qt::SolidLine);

} // namespace assure::chartparts
