// The SPC chart the Making Data Count way: values, mean and process limits, special causes marked.
#include "charts/spcchart.h"

#include "charts/chartparts.h"
#include "core/valueformat.h"

#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace assure {

using namespace chartparts;

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::SpcChart)
};

const QColor kDataLine(0x9a, 0x9c, 0x9c);
const QColor kMean(0x1a, 0x1a, 0x1a);
const QColor kLimit(0x4d, 0x4d, 0x4d);
const QColor kTwoSigma(0xb0, 0xb0, 0xb0);
const QColor kTarget(0xc6, 0x28, 0x28);

QScatterSeries::MarkerShape markerShape(SpcPointType type)
{
    switch (type) {
    case SpcPointType::Improvement: return QScatterSeries::MarkerShapeTriangle;
    case SpcPointType::Concern: return QScatterSeries::MarkerShapeRectangle;
    case SpcPointType::Neutral: return QScatterSeries::MarkerShapeRotatedRectangle;
    case SpcPointType::Common: break;
    }
    return QScatterSeries::MarkerShapeCircle;
}

// Special causes stand out by size as well; common cause points only mark where the values are.
qreal markerSize(SpcPointType type, const ChartStyle &style)
{
    switch (type) {
    case SpcPointType::Improvement: return style.markerSize + 3;
    case SpcPointType::Concern: return style.markerSize;
    case SpcPointType::Neutral: return style.markerSize + 3;
    case SpcPointType::Common: break;
    }
    return style.markerSize - 3;
}

enum class SegmentLine { Mean, Upper, Lower, UpperTwoSigma, LowerTwoSigma };

double lineValue(const SpcSegment &s, SegmentLine line)
{
    switch (line) {
    case SegmentLine::Mean: return s.mean;
    case SegmentLine::Upper: return s.upl;
    case SegmentLine::Lower: return s.lpl;
    case SegmentLine::UpperTwoSigma: return s.upperTwoSigma;
    case SegmentLine::LowerTwoSigma: return s.lowerTwoSigma;
    }
    return s.mean;
}

// Each segment's line runs from its first point to its last, so a rebase shows as a break and
// a step rather than a line sloping from the old limits to the new.
void addSegmentLines(QChart &chart, const Axes &axes, const std::vector<SpcSegment> &segments, int pointCount,
                     SegmentLine line, const QString &name, const QString &key, const QPen &pen, bool inLegend)
{
    bool first = true;
    for (const SpcSegment &s : segments) {
        if (!s.hasLimits || s.count < 1 || s.first >= pointCount)
            continue;
        const int last = std::min(s.first + s.count, pointCount) - 1;
        auto *series = new QLineSeries;
        series->setName(name);
        series->setObjectName(key);
        series->setPen(pen);
        const double y = lineValue(s, line);
        series->append(s.first, y);
        series->append(last, y);
        addSeries(chart, series, axes, inLegend && first);
        first = false;
    }
}

} // namespace

std::unique_ptr<QChart> buildSpcChart(const IndicatorSeries &series, const SpcResult &spc, const ChartStyle &style)
{
    const std::vector<int> present = presentIndices(series);
    // The result belongs to presentValues(series); should the two disagree, only the points both
    // know are drawn, rather than values against another series' limits.
    const int count = static_cast<int>(std::min(present.size(), spc.points.size()));

    QString title = series.code.isEmpty() ? series.title : Tr::tr("%1 · %2").arg(series.code, series.title);
    const SpcSegment *latest = spc.latest();
    if (count > 0 && latest && !latest->hasLimits)
        title = Tr::tr("%1 (too few points for process limits)").arg(title);
    else if (count > 0 && spc.trial())
        title = Tr::tr("%1 (trial limits: fewer than 13 points)").arg(title);
    std::unique_ptr<QChart> chart = newChart(title, style);

    QStringList labels;
    std::vector<std::optional<double>> values;
    std::vector<std::optional<double>> targets;
    std::vector<double> extent;
    for (int k = 0; k < count; ++k) {
        const ChartPoint &p = series.points[static_cast<size_t>(present[static_cast<size_t>(k)])];
        labels << p.periodLabel;
        values.push_back(spc.points[static_cast<size_t>(k)].value);
        extent.push_back(spc.points[static_cast<size_t>(k)].value);
        const bool hasTarget = p.target && std::isfinite(*p.target);
        targets.push_back(hasTarget ? p.target : std::nullopt);
        if (hasTarget)
            extent.push_back(*p.target);
    }
    for (const SpcSegment &s : spc.segments) {
        if (!s.hasLimits)
            continue;
        extent.insert(extent.end(), {s.mean, s.lpl, s.upl});
    }

    const ValueScale scale = valueScale(extent, series.unit);
    Axes axes;
    axes.x = addPeriodAxis(*chart, labels, style);
    axes.y = addValueAxis(*chart, scale, series.unit, series.polarity, style);
    // What the chart says now, in the words of the variation and assurance icons, under the
    // periods: a printed page has no icons beside it.
    QStringList reading;
    if (count > 0 && spc.variation)
        reading << ValueFormat::variation(*spc.variation);
    if (count > 0 && spc.assurance)
        reading << ValueFormat::assurance(*spc.assurance);
    if (!reading.isEmpty()) {
        axes.x->setTitleText(reading.join(Tr::tr(" · ")));
        axes.x->setTitleFont(pixelFont(style.labelPixelSize));
        axes.x->setTitleBrush(QColor(0x33, 0x33, 0x33));
    }

    const std::vector<SpcSegment> &segments = spc.segments;
    if (style.showTwoSigma) {
        const QPen faint = linePen(kTwoSigma, 1, Qt::DotLine);
        addSegmentLines(*chart, axes, segments, count, SegmentLine::UpperTwoSigma, Tr::tr("Two-sigma lines"),
                        QStringLiteral("spc-upper-two-sigma"), faint, true);
        addSegmentLines(*chart, axes, segments, count, SegmentLine::LowerTwoSigma, Tr::tr("Two-sigma lines"),
                        QStringLiteral("spc-lower-two-sigma"), faint, false);
    }
    const QPen limit = linePen(kLimit, style.lineWidth * 0.75, Qt::DashLine);
    addSegmentLines(*chart, axes, segments, count, SegmentLine::Upper, Tr::tr("Process limits"),
                    QStringLiteral("spc-upl"), limit, true);
    addSegmentLines(*chart, axes, segments, count, SegmentLine::Lower, Tr::tr("Process limits"),
                    QStringLiteral("spc-lpl"), limit, false);
    addSegmentLines(*chart, axes, segments, count, SegmentLine::Mean, Tr::tr("Mean"), QStringLiteral("spc-mean"),
                    linePen(kMean, style.lineWidth * 0.75), true);

    addBrokenLine(*chart, axes, targets, Tr::tr("Target"), QStringLiteral("target"),
                  linePen(kTarget, style.lineWidth * 0.8, Qt::DashDotLine), LineShape::Steps);
    addBrokenLine(*chart, axes, values, Tr::tr("Value"), QStringLiteral("value"), linePen(kDataLine, style.lineWidth),
                  LineShape::Through);

    for (const SpcPointType type :
         {SpcPointType::Common, SpcPointType::Neutral, SpcPointType::Concern, SpcPointType::Improvement}) {
        QScatterSeries *points = nullptr;
        for (int k = 0; k < count; ++k) {
            const SpcPoint &p = spc.points[static_cast<size_t>(k)];
            if (p.type != type)
                continue;
            if (!points) {
                points = new QScatterSeries;
                points->setName(spcPointTypeLabel(type));
                points->setObjectName(QStringLiteral("spc-") + spcPointTypeKey(type));
                points->setMarkerShape(markerShape(type));
                points->setMarkerSize(markerSize(type, style));
                points->setColor(spcPointColour(type));
                points->setBorderColor(spcPointColour(type).darker(type == SpcPointType::Concern ? 190 : 150));
            }
            points->append(k, p.value);
        }
        // Common cause points are the values themselves: the line's legend entry names them.
        if (points)
            addSeries(*chart, points, axes, type != SpcPointType::Common);
    }
    fitLegend(*chart, style);
    return chart;
}

} // namespace assure
