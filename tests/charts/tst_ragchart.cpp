// The RAG trend chart as a reader sees it: values, target, bands, coloured and lettered points, gaps.
#include "charts/chartfixtures.h"
#include "charts/chartstyle.h"
#include "charts/ragchart.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QTest>
#include <QValueAxis>

#include <cmath>

Q_DECLARE_METATYPE(assure::Polarity)
Q_DECLARE_METATYPE(assure::RagThresholds)

using namespace assure;
using namespace assure::testing;

namespace {

QValueAxis *valueAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Vertical);
    return axes.isEmpty() ? nullptr : qobject_cast<QValueAxis *>(axes.first());
}

QCategoryAxis *periodAxis(QChart *chart)
{
    const auto axes = chart->axes(Qt::Horizontal);
    return axes.isEmpty() ? nullptr : qobject_cast<QCategoryAxis *>(axes.first());
}

// The y of an area's edge over period i: each period is a flat step from i - 0.5 to i + 0.5.
double edgeAt(QLineSeries *edge, int i)
{
    const QList<QPointF> points = edge->points();
    if (points.size() <= 2 * i + 1 || points.at(2 * i).x() != i - 0.5 || points.at(2 * i + 1).x() != i + 0.5 ||
        points.at(2 * i).y() != points.at(2 * i + 1).y())
        return std::nan("");
    return points.at(2 * i).y();
}

} // namespace

class TestRagChart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seriesOfEachKind();
    void titleAndValueAxis();
    void targetLineSteps();
    void pointsColouredByRag();
    void lettersAndShapesForBlackAndWhite();
    void gapsAreNotJoined();
    void loneBenchmarkIsADash();
    void moneyInPoundsWhateverTheLocale();
    void bandsFollowTheRule_data();
    void bandsFollowTheRule();
    void bandsBehindTheValues();
    void blueBandWhenEnabled();
    void periodLabelsThinned_data();
    void periodLabelsThinned();
    void emptySeries();
    void narrowChartKeepsItsLegendAndRuleWhole();
    void renderedImage();
    void screenshots();
};

void TestRagChart::narrowChartKeepsItsLegendAndRuleWhole()
{
    // Wide enough: the legend in one line beneath the plot, the rule in one line under the periods.
    const auto wide = buildRagChart(reReferrals());
    QCOMPARE(wide->legend()->alignment(), Qt::AlignBottom);
    QVERIFY(!periodAxis(wide.get())->titleText().contains(QStringLiteral("<br>")));
    // In half a window Qt would cut each name short ("Natio..."): the legend goes beside the plot
    // and the rule breaks after its colon.
    ChartStyle narrow = ChartStyle::screen();
    narrow.size = QSize(400, 300);
    const auto chart = buildRagChart(reReferrals(), narrow);
    QCOMPARE(chart->legend()->alignment(), Qt::AlignRight);
    QCOMPARE(periodAxis(chart.get())->titleText(),
             QStringLiteral("Bands by achievement (target ÷ value):<br>green ≥ 95%, amber 90%–95%, red under 90%"));
}

void TestRagChart::seriesOfEachKind()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildRagChart(s);
    QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("value")).size(), 2); // split by the gap
    QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("target")).size(), 1);
    QCOMPARE(seriesNamed<QLineSeries>(chart.get(), QStringLiteral("benchmark-national")).size(), 1);
    for (const char *band : {"band-green", "band-amber", "band-red"})
        QCOMPARE(seriesNamed<QAreaSeries>(chart.get(), QLatin1String(band)).size(), 1);
    QVERIFY(seriesNamed(chart.get(), QStringLiteral("band-blue")).isEmpty());
    for (const char *points : {"points-green", "points-amber", "points-red"})
        QCOMPARE(seriesNamed<QScatterSeries>(chart.get(), QLatin1String(points)).size(), 1);

    // The legend names each line and band once, and nothing twice.
    const QStringList legend = legendLabels(chart.get());
    QCOMPARE(legend, QStringList({QStringLiteral("Green"), QStringLiteral("Amber"), QStringLiteral("Red"),
                                  QStringLiteral("Target"), QStringLiteral("National"), QStringLiteral("Value")}));
    // The rule behind the bands is written under the periods, in the indicator's own terms.
    QCOMPARE(periodAxis(chart.get())->titleText(),
             QStringLiteral("Bands by achievement (target ÷ value): green ≥ 95%, amber 90%–95%, red under 90%"));
    QCOMPARE(chart->animationOptions(), QChart::NoAnimation);
}

void TestRagChart::titleAndValueAxis()
{
    const auto chart = buildRagChart(reReferrals());
    QVERIFY(chart->title().contains(QLatin1String("RR12")));
    QVERIFY(chart->title().contains(QLatin1String("Re-referrals within 12 months")));
    QValueAxis *y = valueAxis(chart.get());
    QVERIFY(y);
    QVERIFY(y->labelFormat().endsWith(QLatin1Char('%')));
    QCOMPARE(y->titleText(), QStringLiteral("Percentage (%), lower is better"));
    // Every value, target and benchmark is on the axis.
    QVERIFY(y->min() <= 18.4);
    QVERIFY(y->max() >= 28.0);
    QVERIFY(y->min() >= 0);

    IndicatorSeries days = reReferrals();
    days.unit = Unit::Days;
    days.polarity = Polarity::None;
    const auto plain = buildRagChart(days);
    QVERIFY(!valueAxis(plain.get())->labelFormat().endsWith(QLatin1Char('%')));
    QCOMPARE(valueAxis(plain.get())->titleText(), QStringLiteral("Days"));
    // Information only: no bands.
    QVERIFY(seriesNamed(plain.get(), QStringLiteral("band-green")).isEmpty());
}

void TestRagChart::targetLineSteps()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildRagChart(s);
    QLineSeries *target = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("target")).value(0);
    QVERIFY(target);
    const QList<QPointF> points = target->points();
    QCOMPARE(points.size(), 2 * static_cast<int>(s.points.size()));
    for (int i = 0; i < static_cast<int>(s.points.size()); ++i) {
        QCOMPARE(points.at(2 * i), QPointF(i - 0.5, *s.points[static_cast<size_t>(i)].target));
        QCOMPARE(points.at(2 * i + 1), QPointF(i + 0.5, *s.points[static_cast<size_t>(i)].target));
    }
    // The new target from Apr 2025 is a step at the boundary, not a slope across a month.
    QCOMPARE(points.at(47), QPointF(23.5, 22.0));
    QCOMPARE(points.at(48), QPointF(23.5, 21.0));
    QCOMPARE(target->pen().style(), Qt::DashLine);
}

void TestRagChart::pointsColouredByRag()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildRagChart(s);
    QSet<Rag> seen;
    for (int i = 0; i < static_cast<int>(s.points.size()); ++i) {
        const ChartPoint &p = s.points[static_cast<size_t>(i)];
        QScatterSeries *holder = nullptr;
        int holders = 0;
        const auto all = chart->series();
        for (QAbstractSeries *a : all) {
            auto *scatter = qobject_cast<QScatterSeries *>(a);
            if (!scatter)
                continue;
            for (const QPointF &pt : scatter->points()) {
                if (pt.x() == i) {
                    holder = scatter;
                    ++holders;
                    QCOMPARE(pt.y(), *p.value);
                }
            }
        }
        if (!p.value) {
            QCOMPARE(holders, 0);
            continue;
        }
        QCOMPARE(holders, 1);
        QCOMPARE(holder->objectName(), QStringLiteral("points-") + ragKey(p.rag));
        QCOMPARE(holder->color(), ragColour(p.rag));
        seen.insert(p.rag);
    }
    // The fixture has each colour, so each was checked.
    QCOMPARE(seen, QSet<Rag>({Rag::Green, Rag::Amber, Rag::Red}));
    // Sep 2023 (index 5) has no value; Mar 2025 at 28% against 22% is RED; Jun 2023 at 23.5% AMBER.
    QCOMPARE(s.points[21].rag, Rag::Red);
    QCOMPARE(s.points[3].rag, Rag::Amber);
}

void TestRagChart::lettersAndShapesForBlackAndWhite()
{
    const auto chart = buildRagChart(assessments(36));
    QSet<int> shapes;
    int scatters = 0;
    const auto all = chart->series();
    for (QAbstractSeries *a : all) {
        auto *scatter = qobject_cast<QScatterSeries *>(a);
        if (!scatter)
            continue;
        ++scatters;
        const Rag rag = *ragFromKey(scatter->objectName().mid(QStringLiteral("points-").size()));
        QVERIFY(scatter->pointLabelsVisible());
        QCOMPARE(scatter->pointLabelsFormat(), ragLetter(rag));
        QVERIFY(!scatter->pointLabelsClipping());
        shapes.insert(scatter->markerShape());
    }
    QCOMPARE(scatters, 4); // blue, green, amber, red
    QCOMPARE(shapes.size(), scatters);

    ChartStyle quiet;
    quiet.showPointLetters = false;
    const auto unlettered = buildRagChart(assessments(36), quiet);
    for (QScatterSeries *s : seriesNamed<QScatterSeries>(unlettered.get(), QStringLiteral("points-green")))
        QVERIFY(!s->pointLabelsVisible());
}

void TestRagChart::loneBenchmarkIsADash()
{
    // A regional figure for one period only, with none either side: a line of one point would not
    // show, so it is a short flat dash across that period.
    IndicatorSeries s = reReferrals();
    for (ChartPoint &p : s.points)
        p.regional.reset();
    s.points[5].regional = 20.4;
    s.points[9].regional = 20.1;
    s.points[10].regional = 20.3;
    const auto chart = buildRagChart(s);
    const auto runs = seriesNamed<QLineSeries>(chart.get(), QStringLiteral("benchmark-regional"));
    QCOMPARE(runs.size(), 2);
    QCOMPARE(runs.at(0)->points(), QList<QPointF>({{4.7, 20.4}, {5.3, 20.4}}));
    QCOMPARE(runs.at(1)->points(), QList<QPointF>({{9, 20.1}, {10, 20.3}})); // joined as before
}

void TestRagChart::gapsAreNotJoined()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildRagChart(s);
    QSet<int> drawn;
    for (QLineSeries *run : seriesNamed<QLineSeries>(chart.get(), QStringLiteral("value"))) {
        const QList<QPointF> points = run->points();
        for (int k = 0; k < points.size(); ++k) {
            drawn.insert(static_cast<int>(points.at(k).x()));
            if (k > 0)
                QCOMPARE(points.at(k).x() - points.at(k - 1).x(), 1.0); // never across a gap
        }
    }
    QVERIFY(!drawn.contains(5));
    QCOMPARE(drawn.size(), 35);
    // Nothing is drawn at zero for the missing month either.
    for (QLineSeries *run : seriesNamed<QLineSeries>(chart.get(), QStringLiteral("value")))
        for (const QPointF &p : run->points())
            QVERIFY(p.y() > 0);
    // The line after the gap is out of the legend: "Value" appears once.
    QCOMPARE(legendLabels(chart.get()).count(QStringLiteral("Value")), 1);
}

void TestRagChart::bandsFollowTheRule_data()
{
    QTest::addColumn<Polarity>("polarity");
    QTest::addColumn<double>("target");
    QTest::addColumn<RagThresholds>("thresholds");

    RagThresholds plain;
    RagThresholds blue;
    blue.blueMargin = 0.10;
    RagThresholds tight;
    tight.greenAt = 0.98;
    tight.amberAt = 0.93;
    RagThresholds bands;
    bands.scheme = RagScheme::AbsoluteBands;
    bands.greenValue = 20;
    bands.amberValue = 30;
    bands.blueValue = 10;
    RagThresholds higherBands = bands;
    higherBands.greenValue = 80;
    higherBands.amberValue = 70;
    higherBands.blueValue = 90;

    QTest::newRow("higher") << Polarity::HigherIsBetter << 85.0 << plain;
    QTest::newRow("lower") << Polarity::LowerIsBetter << 22.0 << plain;
    QTest::newRow("higher, blue") << Polarity::HigherIsBetter << 85.0 << blue;
    QTest::newRow("lower, blue") << Polarity::LowerIsBetter << 22.0 << blue;
    QTest::newRow("lower, tight") << Polarity::LowerIsBetter << 22.0 << tight;
    QTest::newRow("higher, target 0") << Polarity::HigherIsBetter << 0.0 << blue;
    QTest::newRow("lower, target 0") << Polarity::LowerIsBetter << 0.0 << blue;
    QTest::newRow("lower, absolute") << Polarity::LowerIsBetter << 22.0 << bands;
    QTest::newRow("higher, absolute") << Polarity::HigherIsBetter << 85.0 << higherBands;
}

// The bands are evaluateRag turned round: every value in a band rates as that band's colour.
void TestRagChart::bandsFollowTheRule()
{
    QFETCH(Polarity, polarity);
    QFETCH(double, target);
    QFETCH(RagThresholds, thresholds);
    const std::optional<RagBands> bands = ragBands(target, polarity, thresholds);
    QVERIFY(bands);
    const bool lower = polarity == Polarity::LowerIsBetter;
    const auto better = [lower](double v, double edge) { return lower ? v <= edge : v >= edge; };
    for (int step = 0; step <= 2000; ++step) {
        const double v = step * 0.1;
        Rag expected = Rag::Red;
        if (bands->blue && better(v, *bands->blue))
            expected = Rag::Blue;
        else if (better(v, bands->green))
            expected = Rag::Green;
        else if (better(v, bands->amber))
            expected = Rag::Amber;
        // Exactly on an edge the rule allows for rounding; the band drawn there is a line wide.
        const auto near = [v](std::optional<double> e) { return e && std::fabs(v - *e) < 1e-6; };
        if (near(bands->blue) || near(bands->green) || near(bands->amber))
            continue;
        QCOMPARE(evaluateRag(v, target, polarity, thresholds).rag, expected);
    }
    QVERIFY(!ragBands(std::nullopt, polarity, RagThresholds{}));
    QVERIFY(!ragBands(target, Polarity::None, thresholds));
}

void TestRagChart::bandsBehindTheValues()
{
    const IndicatorSeries s = reReferrals();
    const auto chart = buildRagChart(s);
    QValueAxis *y = valueAxis(chart.get());
    auto *green = seriesNamed<QAreaSeries>(chart.get(), QStringLiteral("band-green")).value(0);
    auto *amber = seriesNamed<QAreaSeries>(chart.get(), QStringLiteral("band-amber")).value(0);
    auto *red = seriesNamed<QAreaSeries>(chart.get(), QStringLiteral("band-red")).value(0);
    QVERIFY(green && amber && red);
    for (const int i : {0, 23, 24, 35}) {
        const double t = *s.points[static_cast<size_t>(i)].target;
        // Lower is better: GREEN from the floor up to target / 95%, AMBER to target / 90%, RED above.
        QCOMPARE(edgeAt(green->lowerSeries(), i), y->min());
        QCOMPARE(edgeAt(green->upperSeries(), i), t / 0.95);
        QCOMPARE(edgeAt(amber->lowerSeries(), i), t / 0.95);
        QCOMPARE(edgeAt(amber->upperSeries(), i), t / 0.90);
        QCOMPARE(edgeAt(red->lowerSeries(), i), t / 0.90);
        QCOMPARE(edgeAt(red->upperSeries(), i), y->max());
    }
    // Pale behind, hatched red and dotted amber so they differ in black and white too.
    QCOMPARE(red->brush().style(), Qt::TexturePattern);
    QCOMPARE(amber->brush().style(), Qt::TexturePattern);
    QVERIFY(red->brush().textureImage() != amber->brush().textureImage());
    QVERIFY(red->brush().textureImage() != green->brush().textureImage());

    // A period without a target has no band.
    IndicatorSeries partial = s;
    partial.points[10].target.reset();
    const auto gap = buildRagChart(partial);
    auto *g = seriesNamed<QAreaSeries>(gap.get(), QStringLiteral("band-green")).value(0);
    QCOMPARE(edgeAt(g->upperSeries(), 10), edgeAt(g->lowerSeries(), 10));
}

void TestRagChart::blueBandWhenEnabled()
{
    const IndicatorSeries s = assessments(24);
    const auto chart = buildRagChart(s);
    auto *blue = seriesNamed<QAreaSeries>(chart.get(), QStringLiteral("band-blue")).value(0);
    QVERIFY(blue);
    QCOMPARE(edgeAt(blue->lowerSeries(), 0), 85.0 * 1.1);
    QCOMPARE(edgeAt(blue->upperSeries(), 0), valueAxis(chart.get())->max());
    QVERIFY(legendLabels(chart.get()).contains(QStringLiteral("Blue")));
    QCOMPARE(periodAxis(chart.get())->titleText(),
             QStringLiteral("Bands by achievement (value ÷ target): blue ≥ 110%, green ≥ 95%, amber 90%–95%, "
                            "red under 90%"));

    // Absolute bands are read in values; a threshold change shows which thresholds are written.
    IndicatorSeries bands = s;
    for (size_t i = 0; i < bands.points.size(); ++i) {
        RagThresholds &t = bands.points[i].thresholds;
        t = RagThresholds{};
        t.scheme = RagScheme::AbsoluteBands;
        t.greenValue = i < 12 ? 80 : 82.5;
        t.amberValue = 75;
    }
    const auto absolute = buildRagChart(bands);
    QCOMPARE(periodAxis(absolute.get())->titleText(),
             QStringLiteral("Bands: green ≥ 82.5, amber 75–82.5, red under 75 (the latest period's thresholds)"));
    auto *green = seriesNamed<QAreaSeries>(absolute.get(), QStringLiteral("band-green")).value(0);
    QCOMPARE(edgeAt(green->lowerSeries(), 0), 80.0);
    QCOMPARE(edgeAt(green->lowerSeries(), 23), 82.5);
    // A percentage axis stops at 100%.
    QVERIFY(valueAxis(chart.get())->max() <= 100);
    QVERIFY(!seriesNamed<QScatterSeries>(chart.get(), QStringLiteral("points-blue")).isEmpty());
}

void TestRagChart::periodLabelsThinned_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("fewest");
    QTest::addColumn<int>("most");
    QTest::newRow("8 months, every one") << 8 << 8 << 8;
    QTest::newRow("36 months") << 36 << 9 << 12;
    QTest::newRow("48 months") << 48 << 8 << 12;
    QTest::newRow("120 months") << 120 << 5 << 12;
}

void TestRagChart::periodLabelsThinned()
{
    QFETCH(int, months);
    QFETCH(int, fewest);
    QFETCH(int, most);
    const IndicatorSeries s = assessments(months);
    const auto chart = buildRagChart(s);
    QCategoryAxis *x = periodAxis(chart.get());
    QVERIFY(x);
    const QStringList labels = x->categoriesLabels();
    QVERIFY2(labels.size() >= fewest && labels.size() <= most, qPrintable(labels.join(QLatin1Char(','))));
    // The latest period is always named, and the others every `step` periods back from it, a
    // step that keeps months on quarters or years.
    QCOMPARE(labels.last(), s.points.back().periodLabel);
    QCOMPARE(x->endValue(labels.last()), months - 1.0);
    const int step = labels.size() > 1 ? int(x->endValue(labels.at(1)) - x->endValue(labels.at(0))) : 1;
    QVERIFY(QList<int>({1, 2, 3, 4, 6}).contains(step) || step % 12 == 0);
    for (int k = 1; k < labels.size(); ++k)
        QCOMPARE(x->endValue(labels.at(k)) - x->endValue(labels.at(k - 1)), double(step));
    QCOMPARE(labels.size(), (months + step - 1) / step);
    QCOMPARE(x->min(), -0.5);
    QCOMPARE(x->max(), months - 0.5);
}

void TestRagChart::emptySeries()
{
    IndicatorSeries s;
    s.code = QStringLiteral("X1");
    s.title = QStringLiteral("Nothing yet");
    const auto chart = buildRagChart(s);
    QVERIFY(chart);
    QVERIFY(seriesNamed(chart.get(), QStringLiteral("value")).isEmpty());
    const QImage image = renderChart(chart.get(), QSize(400, 200));
    QCOMPARE(image.size(), QSize(400, 200));

    // One period without a value: a gap and nothing else.
    ChartPoint p;
    p.periodLabel = QStringLiteral("Apr 2026");
    p.target = 50;
    p.rag = Rag::NoData;
    s.points.push_back(p);
    const auto lone = buildRagChart(s);
    QVERIFY(seriesNamed(lone.get(), QStringLiteral("value")).isEmpty());
    QCOMPARE(seriesNamed(lone.get(), QStringLiteral("target")).size(), 1);
}

void TestRagChart::renderedImage()
{
    const auto chart = buildRagChart(reReferrals());
    const QImage once = renderChart(chart.get(), QSize(900, 450));
    QCOMPARE(once.size(), QSize(900, 450));
    // The same chart renders the same pixels: no animation, nothing left to settle.
    QCOMPARE(renderChart(chart.get(), QSize(900, 450)), once);
    // Red, amber and green are all on the picture (the markers).
    bool red = false;
    bool green = false;
    for (int yy = 0; yy < once.height(); ++yy) {
        for (int xx = 0; xx < once.width(); ++xx) {
            const QColor c = once.pixelColor(xx, yy);
            red = red || c == ragColour(Rag::Red);
            green = green || c == ragColour(Rag::Green);
        }
    }
    QVERIFY(red && green);
    const QImage sharp = renderChart(chart.get(), QSize(900, 450), 2.0);
    QCOMPARE(sharp.size(), QSize(1800, 900));
}

void TestRagChart::screenshots()
{
    const auto chart = buildRagChart(reReferrals());
    const QImage colour = saveShot(chart.get(), QStringLiteral("rag-chart"));
    colour.convertToFormat(QImage::Format_Grayscale8)
        .save(screenshotDir() + QStringLiteral("/rag-chart-greyscale.png"));

    const auto blue = buildRagChart(assessments(24));
    saveShot(blue.get(), QStringLiteral("rag-chart-blue"));
    const auto many = buildRagChart(assessments(48));
    saveShot(many.get(), QStringLiteral("rag-chart-48-months"));

    const auto print = buildRagChart(reReferrals(), ChartStyle::print());
    saveShot(print.get(), QStringLiteral("rag-chart-print"), ChartStyle::print().size, 2.0)
        .convertToFormat(QImage::Format_Grayscale8)
        .save(screenshotDir() + QStringLiteral("/rag-chart-print-greyscale.png"));
}

void TestRagChart::moneyInPoundsWhateverTheLocale()
{
    // A board's money is sterling: the axis says "£" as the indicators table does, never the
    // locale's own currency; the locale gives only the digits.
    IndicatorSeries cost = reReferrals();
    cost.unit = Unit::Money;
    cost.polarity = Polarity::LowerIsBetter;
    const QLocale before;
    for (const QLocale &locale :
         {QLocale(QLocale::English, QLocale::UnitedKingdom), QLocale(QLocale::English, QLocale::UnitedStates),
          QLocale(QLocale::German, QLocale::Germany)}) {
        QLocale::setDefault(locale);
        const auto chart = buildRagChart(cost);
        QValueAxis *y = valueAxis(chart.get());
        QVERIFY(y);
        QVERIFY2(y->labelFormat().startsWith(QStringLiteral("£%.")), qPrintable(y->labelFormat()));
        QCOMPARE(y->titleText(), QStringLiteral("Money (£), lower is better"));
        QCOMPARE(chart->locale(), locale);
    }
    // Thresholds written in the bands' rule take the locale's decimal sign.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    IndicatorSeries bands = assessments(12);
    for (ChartPoint &p : bands.points) {
        p.thresholds = RagThresholds{};
        p.thresholds.scheme = RagScheme::AbsoluteBands;
        p.thresholds.greenValue = 82.5;
        p.thresholds.amberValue = 75;
    }
    const auto german = buildRagChart(bands);
    QLocale::setDefault(before);
    QCOMPARE(periodAxis(german.get())->titleText(), QStringLiteral("Bands: green ≥ 82,5, amber 75–82,5, red under 75"));
}

QTEST_MAIN(TestRagChart)
#include "tst_ragchart.moc"
