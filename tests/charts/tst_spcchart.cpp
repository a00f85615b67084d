// The SPC chart as a reader sees it: mean and limits as the engine gave them, rebase, special causes.
#include "charts/chartfixtures.h"
#include "charts/chartstyle.h"
#include "charts/spcchart.h"
#include "core/indicators/spc.h"

#include <QCategoryAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QTest>
#include <QValueAxis>

using namespace assure;
using namespace assure::testing;

namespace {

SpcResult spcOf(const IndicatorSeries &s, const SpcSettings &settings = {})
{
    const std::optional<double> target = s.points.empty() ? std::nullopt : s.points.back().target;
    return evaluateSpc(presentValues(s), s.polarity, target, settings);
}

IndicatorSeries firstMonths(int n)
{
    IndicatorSeries s = reReferrals();
    s.points.resize(static_cast<size_t>(n));
    return s;
}

// Each series of a segment line as (first x, last x, y).
struct Flat
{
    double from;
    double to;
    double y;
};

QList<Flat> flats(QChart *chart, const QString &key)
{
    QList<Flat> out;
    for (QLineSeries *s : seriesNamed<QLineSeries>(chart, key)) {
        const QList<QPointF> p = s->points();
        if (p.size() != 2 || p.at(0).y() != p.at(1).y())
            return {};
        out << Flat{p.at(0).x(), p.at(1).x(), p.at(0).y()};
    }
    return out;
}

} // namespace

class TestSpcChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void meanAndLimitsAreTheEngines();
    void rebaseStepsTheLimits();
    void specialCausesColouredAndShaped();
    void gapsLeftOutAsMakingDataCountDoes();
    void trialLimitsSaid();
    void twoSigmaOnlyWhenAsked();
    void targetLine();
    void screenshots();
};

void TestSpcChart::meanAndLimitsAreTheEngines()
{
    const IndicatorSeries s = reReferrals();
    const SpcResult spc = spcOf(s);
    QCOMPARE(spc.segments.size(), size_t(1));
    const SpcSegment &seg = spc.segments.front();
    const auto chart = buildSpcChart(s, spc);
    const double last = static_cast<double>(spc.points.size() - 1);
    const QList<Flat> mean = flats(chart.get(), QStringLiteral("spc-mean"));
    const QList<Flat> upl = flats(chart.get(), QStringLiteral("spc-upl"));
    const QList<Flat> lpl = flats(chart.get(), QStringLiteral("spc-lpl"));
    QCOMPARE(mean.size(), 1);
    QCOMPARE(upl.size(), 1);
    QCOMPARE(lpl.size(), 1);
    QCOMPARE(mean.first().y, seg.mean);
    QCOMPARE(upl.first().y, seg.upl);
    QCOMPARE(lpl.first().y, seg.lpl);
    QCOMPARE(mean.first().from, 0.0);
    QCOMPARE(mean.first().to, last);
    // Solid mean, dashed limits, as Making Data Count draws them.
    QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("spc-mean")).first()->pen().style(), Qt::SolidLine);
    QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("spc-upl")).first()->pen().style(), Qt::DashLine);
    // The limits are on the axis.
    auto *y = qobject_cast<QValueAxis *>(chart->axes(Qt::Vertical).first());
    QVERIFY(y->min() <= seg.lpl && y->max() >= seg.upl);
    // One legend entry for both limits.
    QCOMPARE(legendLabels(chart.get()).count(QStringLiteral("Process limits")), 1);
    QVERIFY(!chart->title().contains(QLatin1String("trial")));
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
}

void TestSpcChart::rebaseStepsTheLimits()
{
    const IndicatorSeries s = reReferrals();
    SpcSettings settings;
    settings.rebaseAt = {22}; // Apr 2025, the 23rd month with a value
    const SpcResult spc = spcOf(s, settings);
    QCOMPARE(spc.segments.size(), size_t(2));
    const auto chart = buildSpcChart(s, spc);
    for (const char *key : {"spc-mean", "spc-upl", "spc-lpl"}) {
        const QList<Flat> lines = flats(chart.get(), QLatin1String(key));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(0).from, 0.0);
        QCOMPARE(lines.at(0).to, 21.0);
        QCOMPARE(lines.at(1).from, 22.0);
        QCOMPARE(lines.at(1).to, double(spc.points.size() - 1));
    }
    const QList<Flat> mean = flats(chart.get(), QStringLiteral("spc-mean"));
    QCOMPARE(mean.at(0).y, spc.segments[0].mean);
    QCOMPARE(mean.at(1).y, spc.segments[1].mean);
    QVERIFY(mean.at(1).y < mean.at(0).y); // re-referrals came down after the change
    QCOMPARE(flats(chart.get(), QStringLiteral("spc-upl")).at(1).y, spc.segments[1].upl);
    QCOMPARE(flats(chart.get(), QStringLiteral("spc-lpl")).at(1).y, spc.segments[1].lpl);
    QCOMPARE(legendLabels(chart.get()).count(QStringLiteral("Mean")), 1);
}

void TestSpcChart::specialCausesColouredAndShaped()
{
    const IndicatorSeries s = reReferrals();
    const SpcResult spc = spcOf(s);
    const auto chart = buildSpcChart(s, spc);
    QSet<SpcPointType> seen;
    for (int k = 0; k < static_cast<int>(spc.points.size()); ++k) {
        const SpcPoint &p = spc.points[static_cast<size_t>(k)];
        int holders = 0;
        const auto all = chart->series();
        for (QAbstractSeries *a : all) {
            auto *scatter = qobject_cast<QScatterSeries *>(a);
            if (!scatter || !scatter->points().contains(QPointF(k, p.value)))
                continue;
            ++holders;
            QCOMPARE(scatter->objectName(), QStringLiteral("spc-") + spcPointTypeKey(p.type));
            QCOMPARE(scatter->color(), spcPointColour(p.type));
        }
        QCOMPARE(holders, 1);
        seen.insert(p.type);
    }
    // Eight months above the mean are a run of concern (lower is better); the low months after
    // them are improvement.
    QVERIFY(seen.contains(SpcPointType::Concern));
    QVERIFY(seen.contains(SpcPointType::Improvement));
    QCOMPARE(spcPointColour(SpcPointType::Improvement), QColor(0x28, 0x9d, 0xe0));
    QCOMPARE(spcPointColour(SpcPointType::Concern), QColor(0xfa, 0xb4, 0x28));

    // Shapes differ by type so the chart reads without colour; the legend names each.
    QSet<int> shapes;
    for (const char *key : {"spc-common", "spc-improvement", "spc-concern"})
        shapes.insert(seriesNamed<QScatterSeries>(chart.get(), QLatin1String(key)).first()->markerShape());
    QCOMPARE(shapes.size(), 3);
    const QStringList legend = legendLabels(chart.get());
    QVERIFY(legend.contains(QStringLiteral("Special cause: concern")));
    QVERIFY(legend.contains(QStringLiteral("Special cause: improvement")));
    QVERIFY(!legend.contains(QStringLiteral("Common cause"))); // the values' own line names them
    // The caption reads the chart as the variation and assurance icons do.
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QCOMPARE(x->titleText(),
             spcVariationLabel(*spc.variation) + QStringLiteral(" · ") + spcAssuranceLabel(*spc.assurance));

    // Without a polarity special causes are neither good nor bad: purple diamonds.
    IndicatorSeries info = s;
    info.polarity = Polarity::None;
    const SpcResult neutral = spcOf(info);
    const auto plain = buildSpcChart(info, neutral);
    QScatterSeries *purple = seriesNamed<QScatterSeries>(plain.get(), QStringLiteral("spc-neutral")).value(0);
    QVERIFY(purple);
    QCOMPARE(purple->color(), spcPointColour(SpcPointType::Neutral));
    QCOMPARE(purple->markerShape(), QScatterSeries::MarkerShapeRotatedRectangle);
}

void TestSpcChart::gapsLeftOutAsMakingDataCountDoes()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildSpcChart(s, spcOf(s));
    // One unbroken line over the 35 months with a value; Sep 2023 is not on the axis.
    const auto value = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("value"));
    QCOMPARE(value.size(), 1);
    QCOMPARE(value.first()->count(), 35);
    auto *x = qobject_cast<QCategoryAxis *>(chart->axes(Qt::Horizontal).first());
    QVERIFY(!x->categoriesLabels().contains(QStringLiteral("Sep 2023")));
    QCOMPARE(x->categoriesLabels().last(), QStringLiteral("Mar 2026"));
    QCOMPARE(x->max(), 34.5);
}

void TestSpcChart::trialLimitsSaid()
{
    const IndicatorSeries few = firstMonths(11); // 10 values: the gap is one of them
    const SpcResult spc = spcOf(few);
    QVERIFY(spc.trial());
    const auto chart = buildSpcChart(few, spc);
    QVERIFY(chart->title().contains(QLatin1String("trial limits")));
    saveShot(chart.get(), QStringLiteral("spc-chart-trial"));

    const IndicatorSeries enough = firstMonths(14); // 13 values
    const auto settled = buildSpcChart(enough, spcOf(enough));
    QVERIFY(!settled->title().contains(QLatin1String("trial")));

    // Under a fixed baseline of 12 the limits stay trial however long the series.
    SpcSettings fixed;
    fixed.fixAfter = 12;
    const IndicatorSeries all = reReferrals();
    QVERIFY(buildSpcChart(all, spcOf(all, fixed))->title().contains(QLatin1String("trial limits")));

    const IndicatorSeries one = firstMonths(1);
    QVERIFY(buildSpcChart(one, spcOf(one))->title().contains(QLatin1String("too few points")));
}

void TestSpcChart::twoSigmaOnlyWhenAsked()
{
    const IndicatorSeries s = reReferrals();
    const SpcResult spc = spcOf(s);
    QVERIFY(seriesNamed(buildSpcChart(s, spc).get(), QStringLiteral("spc-upper-two-sigma")).isEmpty());
    ChartStyle style;
    style.showTwoSigma = true;
    const auto chart = buildSpcChart(s, spc, style);
    QCOMPARE(flats(chart.get(), QStringLiteral("spc-upper-two-sigma")).first().y, spc.segments[0].upperTwoSigma);
    QCOMPARE(flats(chart.get(), QStringLiteral("spc-lower-two-sigma")).first().y, spc.segments[0].lowerTwoSigma);
    QCOMPARE(legendLabels(chart.get()).count(QStringLiteral("Two-sigma lines")), 1);
}

void TestSpcChart::targetLine()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildSpcChart(s, spcOf(s));
    const auto target = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("target"));
    QCOMPARE(target.size(), 1);
    QSet<double> levels;
    for (const QPointF &p : target.first()->points())
        levels.insert(p.y());
    QCOMPARE(levels, QSet<double>({22.0, 21.0}));

    IndicatorSeries none = s;
    for (ChartPoint &p : none.points)
        p.target.reset();
    QVERIFY(seriesNamed(buildSpcChart(none, spcOf(none)).get(), QStringLiteral("target")).isEmpty());
}

void TestSpcChart::screenshots()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildSpcChart(s, spcOf(s));
    saveShot(chart.get(), QStringLiteral("spc-chart"))
        .convertToFormat(QImage::Format_Grayscale8)
        .save(screenshotDir() + QStringLiteral("/spc-chart-greyscale.png"));

    SpcSettings settings;
    settings.rebaseAt = {22};
    ChartStyle style;
    style.showTwoSigma = true;
    const auto rebased = buildSpcChart(s, spcOf(s, settings), style);
    saveShot(rebased.get(), QStringLiteral("spc-chart-rebase"));
}

QTEST_MAIN(TestSpcChart)
#include "tst_spcchart.moc"
