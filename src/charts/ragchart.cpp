// The RAG trend chart: an indicator's values against its target, over the bands of the board's rule.
#include "charts/ragchart.h"

#include "charts/chartparts.h"
#include "core/statuspalette.h"
#include "core/valueformat.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace assure {

using namespace chartparts;

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::RagChart)
};

const QColor kValueLine(0x26, 0x32, 0x38);
const QColor kTarget(0x1a, 0x1a, 0x1a);

bool usable(std::optional<double> x)
{
    return x && std::isfinite(*x);
}

QScatterSeries::MarkerShape markerShape(Rag rag)
{
    switch (rag) {
    case Rag::Green: return QScatterSeries::MarkerShapeCircle;
    case Rag::Amber: return QScatterSeries::MarkerShapeTriangle;
    case Rag::Red: return QScatterSeries::MarkerShapeRectangle;
    case Rag::Blue: return QScatterSeries::MarkerShapeRotatedRectangle;
    case Rag::NotApplicable:
    case Rag::NoData: break;
    }
    return QScatterSeries::MarkerShapePentagon;
}

// Shapes of equal size do not look equal: a triangle and a diamond fill less of their square.
qreal markerSize(Rag rag, const ChartStyle &style)
{
    switch (rag) {
    case Rag::Amber: return style.markerSize + 3;
    case Rag::Blue: return style.markerSize + 2;
    case Rag::Red: return style.markerSize - 1;
    case Rag::Green:
    case Rag::NotApplicable:
    case Rag::NoData: break;
    }
    return style.markerSize;
}

// The rule behind the bands, written under the periods: too long for a legend entry, which
// would be cut short, and the bands mean nothing to a reader without it. Written with ≥ and ≤ so
// that it fits under a chart in half a window (never < or >: a chart's titles are read as HTML).
QString bandRule(const RagThresholds &t, Polarity polarity, bool changed)
{
    const bool lower = polarity == Polarity::LowerIsBetter;
    const ValueFormat format;
    const auto percent = [&](double fraction) { return format.fractionAsPercent(fraction); };
    const auto number = [&](double value) { return format.figure(value); };
    QString rule;
    if (t.scheme == RagScheme::PercentOfTarget) {
        const QString blue = t.blueMargin ? Tr::tr("blue ≥ %1, ").arg(percent(1 + *t.blueMargin)) : QString();
        rule = (lower ? Tr::tr("Bands by achievement (target ÷ value): %1green ≥ %2, amber %3–%2, red under %3")
                      : Tr::tr("Bands by achievement (value ÷ target): %1green ≥ %2, amber %3–%2, red under %3"))
                   .arg(blue, percent(t.greenAt), percent(t.amberAt));
    } else if (lower) {
        const QString blue = t.blueValue ? Tr::tr("blue ≤ %1, ").arg(number(*t.blueValue)) : QString();
        rule = Tr::tr("Bands: %1green ≤ %2, amber %2–%3, red over %3")
                   .arg(blue, number(t.greenValue), number(t.amberValue));
    } else {
        const QString blue = t.blueValue ? Tr::tr("blue ≥ %1, ").arg(number(*t.blueValue)) : QString();
        rule = Tr::tr("Bands: %1green ≥ %2, amber %3–%2, red under %3")
                   .arg(blue, number(t.greenValue), number(t.amberValue));
    }
    // Earlier periods keep the thresholds of their day (DOMAIN rule 5) and their bands show it.
    return changed ? Tr::tr("%1 (the latest period's thresholds)").arg(rule) : rule;
}

struct Span
{
    double lower = 0;
    double upper = 0;
};

// The stretch of the value axis one colour covers in a period, clipped to the axis.
std::optional<Span> bandSpan(Rag rag, const RagBands &b, double axisMin, double axisMax)
{
    Span s;
    if (b.polarity == Polarity::LowerIsBetter) {
        switch (rag) {
        case Rag::Blue:
            if (!b.blue)
                return std::nullopt;
            s = {axisMin, *b.blue};
            break;
        case Rag::Green: s = {b.blue ? *b.blue : axisMin, b.green}; break;
        case Rag::Amber: s = {b.green, b.amber}; break;
        case Rag::Red: s = {b.amber, axisMax}; break;
        case Rag::NotApplicable:
        case Rag::NoData: return std::nullopt;
        }
    } else {
        switch (rag) {
        case Rag::Blue:
            if (!b.blue)
                return std::nullopt;
            s = {*b.blue, axisMax};
            break;
        case Rag::Green: s = {b.green, b.blue ? *b.blue : axisMax}; break;
        case Rag::Amber: s = {b.amber, b.green}; break;
        case Rag::Red: s = {axisMin, b.amber}; break;
        case Rag::NotApplicable:
        case Rag::NoData: return std::nullopt;
        }
    }
    s.lower = std::clamp(s.lower, axisMin, axisMax);
    s.upper = std::clamp(s.upper, axisMin, axisMax);
    if (s.upper - s.lower <= 0)
        return std::nullopt;
    return s;
}

// One band as a single area in steps, a period wide each. Where the colour has no room (no
// target, or the band lies off the axis) the area closes to nothing on the axis floor, which
// draws nothing and needs no second series.
void addBand(QChart &chart, const Axes &axes, Rag rag, const std::vector<std::optional<RagBands>> &bands,
             const ValueScale &scale, const QString &name)
{
    auto *upper = new QLineSeries;
    auto *lower = new QLineSeries;
    bool any = false;
    for (size_t i = 0; i < bands.size(); ++i) {
        std::optional<Span> s;
        if (bands[i])
            s = bandSpan(rag, *bands[i], scale.min, scale.max);
        any = any || s.has_value();
        const Span span = s.value_or(Span{scale.min, scale.min});
        const double x = static_cast<double>(i);
        upper->append(x - 0.5, span.upper);
        upper->append(x + 0.5, span.upper);
        lower->append(x - 0.5, span.lower);
        lower->append(x + 0.5, span.lower);
    }
    if (!any) {
        delete upper;
        delete lower;
        return;
    }
    auto *area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setName(name);
    area->setObjectName(QStringLiteral("band-") + ragKey(rag));
    area->setBrush(ragBandBrush(rag));
    area->setPen(Qt::NoPen);
    addSeries(chart, area, axes, true);
    // A swatch drawn from the series would be the band's pen, which is none, around its texture,
    // which the legend does not draw: the swatch gets its own tint, a shade stronger than the
    // band's, with an edge of the band's colour.
    const auto markers = chart.legend()->markers(area);
    for (QLegendMarker *marker : markers) {
        QColor swatch = ragColour(rag);
        swatch.setAlpha(rag == Rag::Amber ? 110 : 80);
        marker->setShape(QLegend::MarkerShapeRectangle);
        marker->setBrush(swatch);
        marker->setPen(QPen(ragColour(rag), 1));
    }
}

void addPoints(QChart &chart, const Axes &axes, const IndicatorSeries &series, Rag rag, const ChartStyle &style)
{
    QScatterSeries *points = nullptr;
    for (size_t i = 0; i < series.points.size(); ++i) {
        const ChartPoint &p = series.points[i];
        if (!usable(p.value) || p.rag != rag)
            continue;
        if (!points) {
            points = new QScatterSeries;
            points->setName(ValueFormat::rag(rag));
            points->setObjectName(QStringLiteral("points-") + ragKey(rag));
        }
        points->append(static_cast<double>(i), *p.value);
    }
    if (!points)
        return;
    points->setMarkerShape(markerShape(rag));
    points->setMarkerSize(markerSize(rag, style));
    points->setColor(ragColour(rag));
    // A dark rim keeps pale amber apart from a pale band behind it.
    points->setBorderColor(ragColour(rag).darker(170));
    if (style.showPointLetters) {
        points->setPointLabelsFormat(ragLetter(rag));
        points->setPointLabelsVisible(true);
        points->setPointLabelsFont(pixelFont(style.pointLabelPixelSize, true));
        points->setPointLabelsColor(QColor::fromRgb(kInkRgb));
        points->setPointLabelsClipping(false);
    }
    // The letters say what the colour says; the legend names the bands instead.
    addSeries(chart, points, axes, false);
}

} // namespace

std::optional<RagBands> ragBands(std::optional<double> target, Polarity polarity, const RagThresholds &t)
{
    if (polarity == Polarity::None)
        return std::nullopt;
    RagBands b;
    b.polarity = polarity;
    if (t.scheme == RagScheme::AbsoluteBands) {
        b.green = t.greenValue;
        b.amber = t.amberValue;
        b.blue = t.blueValue;
        return b;
    }
    if (!usable(target) || *target < 0 || t.greenAt <= 0 || t.amberAt <= 0)
        return std::nullopt;
    const double tv = *target;
    if (polarity == Polarity::HigherIsBetter) {
        b.green = t.greenAt * tv;
        b.amber = t.amberAt * tv;
        // A target of 0 is met by anything from 0 up and is never beaten by a margin.
        if (t.blueMargin && tv > 0)
            b.blue = (1 + *t.blueMargin) * tv;
    } else {
        // Achievement is target / value: GREEN while value <= target / greenAt.
        b.green = tv / t.greenAt;
        b.amber = tv / t.amberAt;
        if (t.blueMargin && tv > 0)
            b.blue = tv / (1 + *t.blueMargin);
    }
    return b;
}

std::unique_ptr<QChart> buildRagChart(const IndicatorSeries &series, const ChartStyle &style)
{
    const QString title = series.code.isEmpty() ? series.title : Tr::tr("%1 · %2").arg(series.code, series.title);
    std::unique_ptr<QChart> chart = newChart(title, style);

    QStringList labels;
    std::vector<std::optional<double>> values;
    std::vector<std::optional<double>> targets;
    std::vector<std::optional<RagBands>> bands;
    std::vector<double> extent;
    const RagThresholds *latestThresholds = nullptr;
    for (const ChartPoint &p : series.points) {
        labels << p.periodLabel;
        values.push_back(usable(p.value) ? p.value : std::nullopt);
        targets.push_back(usable(p.target) ? p.target : std::nullopt);
        bands.push_back(ragBands(p.target, series.polarity, p.thresholds));
        if (bands.back())
            latestThresholds = &p.thresholds;
        for (const std::optional<double> &y : {values.back(), targets.back()})
            if (y)
                extent.push_back(*y);
        if (style.showBenchmarks)
            for (const std::optional<double> &y : {p.national, p.regional, p.statisticalNeighbours})
                if (usable(y))
                    extent.push_back(*y);
        // Enough of the bands to show where GREEN ends and RED begins.
        if (bands.back() && targets.back()) {
            extent.push_back(bands.back()->green);
            extent.push_back(bands.back()->amber);
        }
    }

    const ValueScale scale = valueScale(extent, series.unit);
    Axes axes;
    axes.x = addPeriodAxis(*chart, labels, style);
    axes.y = addValueAxis(*chart, scale, series.unit, series.polarity, style);

    // Bands first: what is added first is drawn underneath.
    if (latestThresholds) {
        for (const Rag rag : {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red})
            addBand(*chart, axes, rag, bands, scale, ValueFormat::rag(rag));
        bool changed = false;
        for (const ChartPoint &p : series.points)
            changed = changed || (p.target && p.thresholds != *latestThresholds);
        QString rule = bandRule(*latestThresholds, series.polarity, changed);
        // Under a narrow chart the rule goes on two lines, broken after its colon, rather than cut short.
        const int colon = int(rule.indexOf(QLatin1String(": ")));
        if (colon > 0 &&
            QFontMetricsF(pixelFont(style.labelPixelSize)).horizontalAdvance(rule) > 0.7 * style.size.width())
            rule = rule.left(colon + 1) + QStringLiteral("<br>") + rule.mid(colon + 2);
        axes.x->setTitleText(rule);
        axes.x->setTitleFont(pixelFont(style.labelPixelSize));
        axes.x->setTitleBrush(QColor(0x33, 0x33, 0x33));
    }

    addBrokenLine(*chart, axes, targets, Tr::tr("Target"), QStringLiteral("target"),
                  linePen(kTarget, style.lineWidth * 0.8, Qt::DashLine), LineShape::Steps);

    if (style.showBenchmarks) {
        struct BenchmarkLine
        {
            std::optional<double> ChartPoint::*field;
            QString name;
            QString key;
            QColor colour;
            Qt::PenStyle pen;
        };
        const std::array<BenchmarkLine, 3> benchmarks = {{
            {&ChartPoint::national, Tr::tr("National"), QStringLiteral("benchmark-national"), QColor(0x4d, 0x4d, 0x4d),
             Qt::DotLine},
            {&ChartPoint::regional, Tr::tr("Regional"), QStringLiteral("benchmark-regional"), QColor(0x6a, 0x1b, 0x9a),
             Qt::DashDotDotLine},
            {&ChartPoint::statisticalNeighbours, Tr::tr("Stat. neighbours"), QStringLiteral("benchmark-neighbours"),
             QColor(0x00, 0x69, 0x5c), Qt::DashDotLine},
        }};
        for (const BenchmarkLine &b : benchmarks) {
            std::vector<std::optional<double>> ys;
            for (const ChartPoint &p : series.points)
                ys.push_back(usable(p.*(b.field)) ? p.*(b.field) : std::nullopt);
            addBrokenLine(*chart, axes, ys, b.name, b.key, linePen(b.colour, style.lineWidth * 0.8, b.pen),
                          LineShape::ThroughDashAlone);
        }
    }

    addBrokenLine(*chart, axes, values, Tr::tr("Value"), QStringLiteral("value"), linePen(kValueLine, style.lineWidth),
                  LineShape::Through);

    for (const Rag rag : {Rag::Blue, Rag::Green, Rag::Amber, Rag::Red, Rag::NotApplicable, Rag::NoData})
        addPoints(*chart, axes, series, rag, style);
    fitLegend(*chart, style);
    return chart;
}

} // namespace assure
