// Building blocks the chart builders share: the chart itself, its axes, and lines with gaps.
#include "charts/chartparts.h"

#include "core/statuspalette.h"
#include "core/valueformat.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace assure::chartparts {

namespace {

constexpr char kNotInLegend[] = "assureNotInLegend";

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Charts)
};

const QColor kInk = QColor::fromRgb(kInkRgb);
const QColor kAxisLine(0x80, 0x80, 0x80);
const QColor kGrid(0xdd, 0xdd, 0xdd);

// What the y axis leaves of the chart's width: its labels and title, and the chart's margins.
constexpr double kValueAxisAllowance = 110;
// The least room between two period labels.
constexpr double kLabelGap = 14;

QString unitTitle(Unit unit)
{
    switch (unit) {
    case Unit::Percent: return Tr::tr("Percentage (%)");
    case Unit::Money: return Tr::tr("Money (%1)").arg(ValueFormat().unitPrefix(Unit::Money));
    case Unit::Count:
    case Unit::Rate:
    case Unit::Days: break;
    }
    return unitLabel(unit);
}

QString polarityNote(Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsBetter: return Tr::tr("higher is better");
    case Polarity::LowerIsBetter: return Tr::tr("lower is better");
    case Polarity::None: break;
    }
    return {};
}

} // namespace

QFont pixelFont(int pixelSize, bool bold)
{
    QFont font;
    font.setPixelSize(pixelSize);
    font.setBold(bold);
    return font;
}

QPen linePen(const QColor &colour, qreal width, Qt::PenStyle style)
{
    QPen pen(colour, width, style);
    // Flat caps keep dashes crisp where a stepped line turns.
    pen.setCapStyle(Qt::FlatCap);
    pen.setJoinStyle(Qt::MiterJoin);
    return pen;
}

std::unique_ptr<QChart> newChart(const QString &title, const ChartStyle &style)
{
    auto chart = std::make_unique<QChart>();
    chart->setAnimationOptions(style.animate ? QChart::SeriesAnimations : QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setBackgroundBrush(Qt::white);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setMargins(QMargins(4, 4, 8, 4));
    // The chart title is rich text; an indicator's title is not.
    chart->setTitle(title.toHtmlEscaped());
    chart->setTitleFont(pixelFont(style.titlePixelSize, true));
    chart->setTitleBrush(kInk);
    // Axis figures in the locale the value formatter writes with, around the table's own signs.
    chart->setLocalizeNumbers(true);
    chart->setLocale(ValueFormat().locale());
    QLegend *legend = chart->legend();
    legend->setAlignment(Qt::AlignBottom);
    legend->setFont(pixelFont(style.labelPixelSize));
    legend->setLabelColor(kInk);
    legend->setMarkerShape(QLegend::MarkerShapeFromSeries);
    chart->resize(style.size);
    return chart;
}

ValueScale valueScale(const std::vector<double> &values, Unit unit, int wantedTicks)
{
    double lo = 0;
    double hi = 1;
    bool any = false;
    for (double v : values) {
        if (!std::isfinite(v))
            continue;
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    }
    if (!any) {
        lo = 0;
        hi = unit == Unit::Percent ? 100 : 1;
    }
    if (hi - lo < 1e-9) {
        const double room = std::max(1.0, std::fabs(hi) * 0.1);
        lo -= room;
        hi += room;
    }
    const double dataLo = lo;
    const double dataHi = hi;
    const double pad = (hi - lo) * 0.06;
    lo -= pad;
    hi += pad;
    if (dataLo >= 0)
        lo = std::max(lo, 0.0);
    if (unit == Unit::Percent && dataHi <= 100)
        hi = std::min(hi, 100.0);

    const int ticks = std::max(2, wantedTicks);
    const double raw = (hi - lo) / (ticks - 1);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * magnitude;
    bool quarter = false;
    for (const double m : {1.0, 2.0, 2.5, 5.0}) {
        if (raw <= m * magnitude * (1 + 1e-9)) {
            step = m * magnitude;
            quarter = m == 2.5;
            break;
        }
    }
    ValueScale scale;
    scale.min = std::floor(lo / step + 1e-9) * step;
    scale.max = std::ceil(hi / step - 1e-9) * step;
    scale.tickCount = static_cast<int>(std::lround((scale.max - scale.min) / step)) + 1;
    const int exponent = static_cast<int>(std::floor(std::log10(step) + 1e-9));
    scale.decimals = std::max(0, -exponent + (quarter ? 1 : 0));
    return scale;
}

QValueAxis *addValueAxis(QChart &chart, const ValueScale &scale, Unit unit, Polarity polarity, const ChartStyle &style)
{
    auto *axis = new QValueAxis;
    axis->setRange(scale.min, scale.max);
    axis->setTickCount(scale.tickCount);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(ValueFormat().axisLabelFormat(unit, scale.decimals));
    axis->setLabelsFont(pixelFont(style.labelPixelSize));
    axis->setLabelsColor(kInk);
    const QString note = polarityNote(polarity);
    axis->setTitleText(note.isEmpty() ? unitTitle(unit) : Tr::tr("%1, %2").arg(unitTitle(unit), note));
    axis->setTitleFont(pixelFont(style.labelPixelSize));
    axis->setTitleBrush(kInk);
    axis->setLinePenColor(kAxisLine);
    axis->setGridLineColor(kGrid);
    chart.addAxis(axis, Qt::AlignLeft);
    return axis;
}

int periodLabelStep(const QStringList &labels, const QFont &font, double plotWidth)
{
    if (labels.isEmpty())
        return 1;
    const QFontMetricsF metrics(font);
    double widest = 0;
    for (const QString &label : labels)
        widest = std::max(widest, metrics.horizontalAdvance(label));
    const int fits = std::max(1, static_cast<int>(std::floor(plotWidth / (widest + kLabelGap))));
    for (const int step : {1, 2, 3, 4, 6})
        if ((labels.size() + step - 1) / step <= fits)
            return step;
    for (int step = 12;; step += 12)
        if ((labels.size() + step - 1) / step <= fits)
            return step;
}

QCategoryAxis *addPeriodAxis(QChart &chart, const QStringList &labels, const ChartStyle &style)
{
    auto *axis = new QCategoryAxis;
    const QFont font = pixelFont(style.labelPixelSize);
    const auto n = labels.size();
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(-0.5);
    axis->setRange(-0.5, std::max<double>(0.5, static_cast<double>(n) - 0.5));
    axis->setLabelsFont(font);
    axis->setLabelsColor(kInk);
    axis->setLinePenColor(kAxisLine);
    axis->setGridLineColor(kGrid);
    axis->setTruncateLabels(false);
    const double plotWidth = style.size.width() - kValueAxisAllowance;
    const int step = periodLabelStep(labels, font, plotWidth);
    for (qsizetype i = (n - 1) % step; i < n; i += step)
        axis->append(labels.at(i), static_cast<double>(i));
    chart.addAxis(axis, Qt::AlignBottom);
    // The latest period's label is centred half a period from the plot's right edge; with many
    // periods half of the label would hang off the chart, so the margin makes room for it.
    if (n > 0) {
        const QFontMetricsF metrics(font);
        const double overhang = metrics.horizontalAdvance(labels.last()) / 2 - plotWidth / (2.0 * n);
        QMargins margins = chart.margins();
        margins.setRight(std::max(margins.right(), static_cast<int>(std::ceil(overhang)) + 4));
        chart.setMargins(margins);
    }
    return axis;
}

void addSeries(QChart &chart, QAbstractSeries *series, const Axes &axes, bool inLegend)
{
    chart.addSeries(series);
    series->attachAxis(axes.x);
    series->attachAxis(axes.y);
    if (!inLegend) {
        // Said on the series too: a marker reads as hidden until the chart is first shown.
        series->setProperty(kNotInLegend, true);
        const auto markers = chart.legend()->markers(series);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    }
}

std::vector<QLineSeries *> addBrokenLine(QChart &chart, const Axes &axes, const std::vector<std::optional<double>> &ys,
                                         const QString &name, const QString &key, const QPen &pen, LineShape shape)
{
    std::vector<QLineSeries *> runs;
    QLineSeries *run = nullptr;
    for (size_t i = 0; i < ys.size(); ++i) {
        if (!ys[i] || !std::isfinite(*ys[i])) {
            run = nullptr;
            continue;
        }
        if (!run) {
            run = new QLineSeries;
            run->setName(name);
            run->setObjectName(key);
            run->setPen(pen);
            runs.push_back(run);
        }
        const double x = static_cast<double>(i);
        const bool alone = (i == 0 || !ys[i - 1] || !std::isfinite(*ys[i - 1])) &&
                           (i + 1 == ys.size() || !ys[i + 1] || !std::isfinite(*ys[i + 1]));
        if (shape == LineShape::Steps) {
            run->append(x - 0.5, *ys[i]);
            run->append(x + 0.5, *ys[i]);
        } else if (shape == LineShape::ThroughDashAlone && alone) {
            run->append(x - 0.3, *ys[i]);
            run->append(x + 0.3, *ys[i]);
        } else {
            run->append(x, *ys[i]);
        }
    }
    for (size_t i = 0; i < runs.size(); ++i)
        addSeries(chart, runs[i], axes, i == 0);
    return runs;
}

void addCountBars(QChart &chart, QAbstractBarSeries *series, const QStringList &categories, int longest,
                  Qt::Alignment categoryEdge, int labelsAt, const ChartStyle &style)
{
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsPosition(labelsAt));
    chart.addSeries(series);
    chart.legend()->setMarkerShape(QLegend::MarkerShapeRectangle);
    auto *categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setLabelsFont(pixelFont(style.labelPixelSize));
    chart.addAxis(categoryAxis, categoryEdge);
    series->attachAxis(categoryAxis);
    auto *countAxis = new QValueAxis;
    countAxis->setRange(0, std::max(1, longest));
    countAxis->setVisible(false);
    chart.addAxis(countAxis, categoryEdge == Qt::AlignBottom ? Qt::AlignLeft : Qt::AlignBottom);
    series->attachAxis(countAxis);
}

void fitLegend(QChart &chart, const ChartStyle &style)
{
    QLegend *legend = chart.legend();
    const QFontMetricsF metrics(legend->font());
    // Each entry is its marker, a gap and its name; the chart keeps a margin each side.
    const qreal markerAndGaps = 2.5 * metrics.height();
    qreal wanted = 0;
    const auto markers = legend->markers();
    for (QLegendMarker *marker : markers)
        if (!marker->series()->property(kNotInLegend).toBool())
            wanted += markerAndGaps + metrics.horizontalAdvance(marker->label());
    if (wanted > style.size.width() - 24)
        legend->setAlignment(Qt::AlignRight);
}

} // namespace assure::chartparts
