// The XmR engine: limits by hand and from published examples, each special-cause rule, priority,
// screening, fixed baseline, rebase and trial limits.
#include "core/indicators/spc.h"

#include <QTest>

#include <chrono>
#include <cmath>

using namespace assure;

namespace {

std::vector<double> series(const QList<double> &values)
{
    return std::vector<double>(values.begin(), values.end());
}

QList<double> repeat(std::initializer_list<double> pattern, int times)
{
    QList<double> out;
    for (int i = 0; i < times; ++i)
        for (double v : pattern)
            out << v;
    return out;
}

// One character per point: '.' common cause, 'O' outside limits, 'T' trend, '2' two of three,
// 'R' run. Reads like the chart, left to right.
QString rules(const SpcResult &r)
{
    QString out;
    for (const SpcPoint &p : r.points) {
        if (!p.rule) {
            out += QLatin1Char('.');
            continue;
        }
        switch (*p.rule) {
        case SpcRule::OutsideLimits: out += QLatin1Char('O'); break;
        case SpcRule::Trend: out += QLatin1Char('T'); break;
        case SpcRule::TwoOfThree: out += QLatin1Char('2'); break;
        case SpcRule::Run: out += QLatin1Char('R'); break;
        }
    }
    return out;
}

// 'c' common, 'i' improvement, 'x' concern, 'n' neutral.
QString types(const SpcResult &r)
{
    QString out;
    for (const SpcPoint &p : r.points) {
        switch (p.type) {
        case SpcPointType::Common: out += QLatin1Char('c'); break;
        case SpcPointType::Improvement: out += QLatin1Char('i'); break;
        case SpcPointType::Concern: out += QLatin1Char('x'); break;
        case SpcPointType::Neutral: out += QLatin1Char('n'); break;
        }
    }
    return out;
}

bool near(double a, double b, double tolerance)
{
    return std::fabs(a - b) <= tolerance;
}

} // namespace

class TestSpc final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limitsByHand_data();
    void limitsByHand();
    void publishedNhsrPlotTheDots();
    void publishedMakingDataCountDemo();
    void publishedNhsPyLimits_data();
    void publishedNhsPyLimits();
    void eachRule_data();
    void eachRule();
    void priority_data();
    void priority();
    void screening();
    void fixedBaseline();
    void rebase();
    void rebaseRestartsRuns();
    void trialLimits_data();
    void trialLimits();
    void fewPoints();
    void mrBarZero();
    void improvementOrConcern_data();
    void improvementOrConcern();
    void variationFromLastPoint_data();
    void variationFromLastPoint();
    void assurance_data();
    void assurance();
    void keysRoundTrip();
    void settingsProblems();
    void fastEnough();
};

void TestSpc::limitsByHand_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<bool>("screen");
    QTest::addColumn<double>("mean");
    QTest::addColumn<double>("mrBar");
    QTest::addColumn<int>("screened");

    // 2, 4, 6, 8, 10: mean 30/5 = 6; moving ranges 2, 2, 2, 2; MR-bar 2.
    // Limits 6 +/- 2.66 x 2 = 0.68 .. 11.32; two-sigma 6 +/- 1.7733 x 2 = 2.4533 .. 9.5467.
    QTest::newRow("even steps") << QList<double>{2, 4, 6, 8, 10} << true << 6.0 << 2.0 << 0;

    // 10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11, 18 (13 points).
    // Sum: six 10s (60) + five 11s (55) + 30 + 18 = 163; mean 163 / 13 = 12.53846.
    // Moving ranges: 1, 1, 1, 1, 20, 20, 1, 1, 1, 1, 1, 7; sum 56; MR-bar 56 / 12 = 4.66667.
    // Screening: 3.267 x 4.66667 = 15.246; the two ranges of 20 are screened out, leaving ten
    // ranges summing 16: MR-bar 1.6.
    const QList<double> spike{10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11, 18};
    QTest::newRow("spike, screened") << spike << true << 163.0 / 13 << 1.6 << 2;
    QTest::newRow("spike, not screened") << spike << false << 163.0 / 13 << 56.0 / 12 << 0;

    // 89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86: sum 1150, mean 76.6667.
    // Ranges 3, 11, 2, 4, 7, 2, 6, 2, 6, 5, 23, 12, 11, 9: sum 103, MR-bar 103 / 14 = 7.35714.
    // Screening cut 3.267 x 7.35714 = 24.036: the range of 23 stays.
    QTest::newRow("no outlier range") << QList<double>{89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86}
                                      << true << 1150.0 / 15 << 103.0 / 14 << 0;
}

void TestSpc::limitsByHand()
{
    QFETCH(QList<double>, values);
    QFETCH(bool, screen);
    QFETCH(double, mean);
    QFETCH(double, mrBar);
    QFETCH(int, screened);

    SpcSettings settings;
    settings.screenOutliers = screen;
    const SpcResult r = evaluateSpc(series(values), Polarity::HigherIsBetter, std::nullopt, settings);
    QCOMPARE(r.segments.size(), size_t(1));
    const SpcSegment &s = r.segments.front();
    QVERIFY(s.hasLimits);
    QCOMPARE(s.screenedRanges, screened);
    QVERIFY2(near(s.mean, mean, 1e-12), qPrintable(QString::number(s.mean, 'g', 17)));
    QVERIFY2(near(s.mrBar, mrBar, 1e-12), qPrintable(QString::number(s.mrBar, 'g', 17)));
    QVERIFY(near(s.upl, mean + 2.66 * mrBar, 1e-12));
    QVERIFY(near(s.lpl, mean - 2.66 * mrBar, 1e-12));
    QVERIFY(near(s.upperTwoSigma, mean + 2.0 / 3.0 * 2.66 * mrBar, 1e-12));
    QVERIFY(near(s.lowerTwoSigma, mean - 2.0 / 3.0 * 2.66 * mrBar, 1e-12));
}

void TestSpc::publishedNhsrPlotTheDots()
{
    // NHSRplotthedots (nhs-r-community), tests/testthat/_snaps/ptd_spc.md and
    // _snaps/ptd_spc_standard.md: y = rnorm(20) after set.seed(123), improvement "increase",
    // screen_outliers TRUE, gives mean 0.142, lpl -3.01, upl 3.29 (printed to 3 significant
    // figures) and 20 common-cause points. The values are R's, as the snapshot prints them, to 8
    // decimals.
    const std::vector<double> y{-0.56047565, -0.23017749, 1.55870831,  0.07050839,  0.12928774, 1.71506499, 0.46091621,
                                -1.26506123, -0.68685285, -0.44566197, 1.22408180,  0.35981383, 0.40077145, 0.11068272,
                                -0.55584113, 1.78691314,  0.49785048,  -1.96661716, 0.70135590, -0.47279141};
    const SpcResult r = evaluateSpc(y, Polarity::HigherIsBetter, 0.5);
    const SpcSegment &s = *r.latest();
    QCOMPARE(QString::number(s.mean, 'g', 3), QStringLiteral("0.142"));
    QCOMPARE(QString::number(s.lpl, 'g', 3), QStringLiteral("-3.01"));
    QCOMPARE(QString::number(s.upl, 'g', 3), QStringLiteral("3.29"));
    QCOMPARE(rules(r), QString(20, QLatin1Char('.')));
    QCOMPARE(r.variation, SpcVariation::CommonCause);
    // The snapshot's target of 0.5 lies between the limits.
    QCOMPARE(r.assurance, SpcAssurance::Inconsistent);
    QVERIFY(!r.trial());

    // NHSRplotthedots, tests/testthat/test-ptd_spc_standard.R: in symmetrical data (1, -1, ...)
    // two points near the limits on opposite sides of the mean (5.5 then -5.5) are common cause.
    QList<double> sym = repeat({1, -1}, 8);
    sym[14] = 5.5;
    sym[15] = -5.5;
    const SpcResult s2 = evaluateSpc(series(sym), Polarity::HigherIsBetter);
    QCOMPARE(rules(s2), QString(16, QLatin1Char('.')));
}

void TestSpc::publishedMakingDataCountDemo()
{
    // The worked example of the NHS England "Making Data Count" SPC tool (video at
    // england.nhs.uk/statistical-process-control-tool), as transcribed in nhspy-plotthedots
    // tests/unittests/test_pandas_spc_x_calc.py: mean 76.67, limits about 57 and 96, and the 12th
    // point (54) the only special cause, below the lower limit. By hand: mean 1150 / 15, MR-bar
    // 103 / 14 = 7.3571, limits 76.667 -/+ 19.570 = 57.097 .. 96.237.
    const std::vector<double> y{89, 86, 75, 77, 81, 74, 72, 78, 76, 82, 77, 54, 66, 77, 86};
    const SpcResult r = evaluateSpc(y, Polarity::HigherIsBetter);
    const SpcSegment &s = *r.latest();
    QCOMPARE(QString::number(s.mean, 'f', 2), QStringLiteral("76.67"));
    QCOMPARE(qRound(s.lpl), 57);
    QCOMPARE(qRound(s.upl), 96);
    QVERIFY(near(s.lpl, 57.096667, 1e-6));
    QVERIFY(near(s.upl, 96.236667, 1e-6));
    QCOMPARE(rules(r), QStringLiteral("...........O..."));
    QCOMPARE(types(r), QStringLiteral("cccccccccccxccc"));
    QCOMPARE(r.points[11].side, SpcSide::Low);
}

void TestSpc::publishedNhsPyLimits_data()
{
    // nhspy-plotthedots, tests/unittests/test_limits_calculations.py: (mean, lpl, upl, near lpl,
    // near upl) for small series; "near" limits are our two-sigma lines.
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<QList<double>>("expected");
    QTest::newRow("1..10") << QList<double>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
                           << QList<double>{5.5, 2.84, 8.16, 3.7266666666666666, 7.273333333333333};
    QTest::newRow("no trend") << QList<double>{1, 2, 3, 4, 5, 4, 3, 2, 1, 2}
                              << QList<double>{2.7, 0.04, 5.36, 0.9266666666666667, 4.473333333333334};
    QTest::newRow("seven") << QList<double>{3, 1, 4, 1, 5, 9, 2}
                           << QList<double>{3.5714285714285716, -6.625238095238096, 13.768095238095238,
                                            -3.2263492063492065, 10.36920634920635};
    QTest::newRow("mixed") << QList<double>{1, 2, 3, 2, 1, 2, 3, 4, 5, 6, 7, 4, 3, 2, 1, 2}
                           << QList<double>{3.0, -0.014666666666666828, 6.014666666666667, 0.9902222222222221,
                                            5.009777777777778};
    QTest::newRow("negative") << QList<double>{-1, -2, -3, -2, -1, -2, -3, -4, -5, -6, -7, -4, -3, -2, -1, -2}
                              << QList<double>{-3.0, -6.014666666666667, 0.014666666666666828, -5.009777777777778,
                                               -0.9902222222222221};
}

void TestSpc::publishedNhsPyLimits()
{
    QFETCH(QList<double>, values);
    QFETCH(QList<double>, expected);
    const SpcSegment s = *evaluateSpc(series(values), Polarity::None).latest();
    QVERIFY(near(s.mean, expected[0], 1e-9));
    QVERIFY(near(s.lpl, expected[1], 1e-9));
    QVERIFY(near(s.upl, expected[2], 1e-9));
    QVERIFY(near(s.lowerTwoSigma, expected[3], 1e-9));
    QVERIFY(near(s.upperTwoSigma, expected[4], 1e-9));
}

void TestSpc::eachRule_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("runLength");
    QTest::addColumn<QString>("expected");

    // 5, 6 x 7 then 12: mean 89 / 15 = 5.9333; ranges thirteen 1s and a 6, MR-bar 19 / 14 =
    // 1.357, screening cut 4.434 drops the 6: MR-bar 1. UPL 8.5933, two-sigma 7.7067.
    // 12 is above the upper limit; the rest alternate about the mean.
    QTest::newRow("outside limits") << (repeat({5, 6}, 7) << 12) << 7 << QStringLiteral("..............O");

    // Sum 176 over 17 points, mean 10.3529; ranges sum 24 over 16, MR-bar 1.5; limits
    // 6.3629 .. 14.3429, two-sigma 7.6929 .. 13.0129. 8.5 .. 11.5 rise in 7 strict steps
    // across the mean, all inside the two-sigma lines.
    QTest::newRow("trend") << QList<double>{10, 12, 9, 11, 10, 12, 9, 11, 8.5, 9, 9.5, 10, 10.5, 11, 11.5, 10, 12} << 7
                           << QStringLiteral("........TTTTTTT..");

    // 10, 11 x 6 then 13.5, 10, 13.5, 11, 10: sum 184, mean 10.8235; ranges eleven 1s then 2.5,
    // 3.5, 3.5, 2.5, 1: sum 24, MR-bar 1.5; upper two-sigma 10.8235 + 2.66 = 13.4835, UPL
    // 14.8135. The two 13.5s are two of three beyond it; the 10 between them is not flagged.
    QTest::newRow("two of three") << (repeat({10, 11}, 6) << 13.5 << 10 << 13.5 << 11 << 10) << 7
                                  << QStringLiteral("............2.2..");

    // 8, 12 x 4; 11, 12, 11, 12, 11, 12, 11; 8, 12: sum 180, mean 10.5882; ranges 4 x 7, 1,
    // 1 x 6, 3, 4: sum 42, MR-bar 2.625; two-sigma 5.933 .. 15.243. From the 12 at index 7 to
    // the 11 at index 14, eight points lie above the mean: all eight are flagged.
    QTest::newRow("run") << (repeat({8, 12}, 4) << 11 << 12 << 11 << 12 << 11 << 12 << 11 << 8 << 12) << 7
                         << QStringLiteral(".......RRRRRRRR..");

    // Mean 160 / 16 = 10 exactly. Three points above, one ON the mean (10), four above: the
    // point on the mean breaks the run, so nothing is flagged.
    QTest::newRow("point on the mean breaks a run")
        << (repeat({6, 14}, 3) << 11 << 12 << 11 << 10 << 12 << 11 << 12 << 11 << 4 << 6) << 7
        << QString(16, QLatin1Char('.'));
    // The same with 12 instead of the 10 (and 4, 4 to keep the mean at 10): the 14 at index 5
    // and the eight after it make a run of nine.
    QTest::newRow("unbroken run") << (repeat({6, 14}, 3) << 11 << 12 << 11 << 12 << 12 << 11 << 12 << 11 << 4 << 4) << 7
                                  << QStringLiteral(".....RRRRRRRRR..");

    // 9, 10, 11, 11, 12, 13, 14, 15: the tie at 11 breaks the rise into 3 and 5 points.
    // (NHSRplotthedots test-ptd_calculate_point_type.R makes the same point with 1:3, 3:6.)
    QTest::newRow("tie breaks a trend") << (repeat({9, 13}, 5)
                                            << 9 << 10 << 11 << 11 << 12 << 13 << 14 << 15 << 9 << 13)
                                        << 7 << QString(20, QLatin1Char('.'));
    QTest::newRow("trend without the tie") << (repeat({9, 13}, 5) << 9 << 10 << 11 << 12 << 13 << 14 << 15 << 9 << 13)
                                           << 7 << QStringLiteral("..........TTTTTTT..");

    // Run and trend length as a setting: 6 points make a run or a trend at 6, not at 7.
    // Run: mean 177 / 17 = 10.41; the 12 at index 7 and the five after it are above it.
    const QList<double> run6 = repeat({8, 12}, 4) << 11 << 12 << 11 << 12 << 11 << 8 << 12 << 8 << 12;
    QTest::newRow("run of 6, length 6") << run6 << 6 << QStringLiteral(".......RRRRRR....");
    QTest::newRow("run of 6, length 7") << run6 << 7 << QString(17, QLatin1Char('.'));
    const QList<double> trend6 = repeat({9, 13}, 5) << 9 << 10 << 11 << 12 << 13 << 14 << 9 << 13;
    QTest::newRow("trend of 6, length 6") << trend6 << 6 << QStringLiteral("..........TTTTTT..");
    QTest::newRow("trend of 6, length 7") << trend6 << 7 << QString(18, QLatin1Char('.'));
}

void TestSpc::eachRule()
{
    QFETCH(QList<double>, values);
    QFETCH(int, runLength);
    QFETCH(QString, expected);
    SpcSettings settings;
    settings.runLength = runLength;
    const SpcResult r = evaluateSpc(series(values), Polarity::HigherIsBetter, std::nullopt, settings);
    QCOMPARE(rules(r), expected);
}

void TestSpc::priority_data()
{
    // Limits fixed on a baseline of 12, 10 x 6: mean 11, MR-bar 2, limits 5.68 .. 16.32,
    // two-sigma 7.4533 .. 14.5467. The points after it compete for the same points.
    QTest::addColumn<QList<double>>("after");
    QTest::addColumn<QString>("expected");

    // 10 (baseline's last), 11.5 .. 14 rising, then 17: a trend of eight, the last point outside
    // the limits; 11.5 .. 17 are also a run of seven above the mean. Outside beats trend, trend
    // beats run.
    QTest::newRow("outside > trend > run")
        << QList<double>{11.5, 12, 12.5, 13, 13.5, 14, 17} << QStringLiteral("...........TTTTTTTO");
    // 10, 11, 12, 13, 14, 15, 15.5, 16: a trend of eight; 15, 15.5, 16 are also beyond the
    // two-sigma line. Trend beats two of three.
    QTest::newRow("trend > two of three")
        << QList<double>{11, 12, 13, 14, 15, 15.5, 16} << QStringLiteral("...........TTTTTTTT");
    // Seven above the mean (a run) with 15, 12, 15 among them: two of three beats run.
    QTest::newRow("two of three > run") << QList<double>{12, 11.5, 15, 12, 15, 12, 12.5}
                                        << QStringLiteral("............RR2R2RR");
    // A point outside the upper limit next to one beyond the two-sigma line: the outside point
    // says outside, the other two of three (a point beyond the limit is beyond the line too).
    QTest::newRow("outside and two of three") << QList<double>{17, 15, 11, 9} << QStringLiteral("............O2..");
}

void TestSpc::priority()
{
    QFETCH(QList<double>, after);
    QFETCH(QString, expected);
    SpcSettings settings;
    settings.fixAfter = 12;
    const SpcResult r =
        evaluateSpc(series(repeat({12, 10}, 6) + after), Polarity::HigherIsBetter, std::nullopt, settings);
    const SpcSegment &s = *r.latest();
    QCOMPARE(s.mean, 11.0);
    QCOMPARE(s.mrBar, 2.0);
    QCOMPARE(rules(r), expected);
}

void TestSpc::screening()
{
    // The spike series of limitsByHand: screened, MR-bar 1.6 and limits 12.538 -/+ 4.256 =
    // 8.282 .. 16.795, so the last point (18) is outside as well as the spike (30). Unscreened,
    // MR-bar 4.667 and limits 0.125 .. 24.952: only the spike is outside.
    const std::vector<double> y{10, 11, 10, 11, 10, 30, 10, 11, 10, 11, 10, 11, 18};
    const SpcResult on = evaluateSpc(y, Polarity::HigherIsBetter);
    QVERIFY(near(on.latest()->upl, 163.0 / 13 + 2.66 * 1.6, 1e-12));
    QCOMPARE(rules(on), QStringLiteral(".....O......O"));
    QCOMPARE(on.variation, SpcVariation::ImprovementHigh);

    SpcSettings off;
    off.screenOutliers = false;
    const SpcResult r = evaluateSpc(y, Polarity::HigherIsBetter, std::nullopt, off);
    QVERIFY(near(r.latest()->upl, 163.0 / 13 + 2.66 * 56.0 / 12, 1e-12));
    QCOMPARE(rules(r), QStringLiteral(".....O......."));
    QCOMPARE(r.variation, SpcVariation::CommonCause);
}

void TestSpc::fixedBaseline()
{
    // Baseline 10, 12 x 6: mean 11, MR-bar 2, limits 5.68 .. 16.32, two-sigma 14.5467. Later
    // points 13, 15, 13, 15, 13, 15 do not move the limits. Against them the baseline's last 12
    // and the six later points are a run of seven, and the 15s are two of three beyond the line.
    const QList<double> y = repeat({10, 12}, 6) << 13 << 15 << 13 << 15 << 13 << 15;
    SpcSettings fixed;
    fixed.fixAfter = 12;
    const SpcResult r = evaluateSpc(series(y), Polarity::HigherIsBetter, std::nullopt, fixed);
    QCOMPARE(r.segments.size(), size_t(1));
    const SpcSegment &s = *r.latest();
    QCOMPARE(s.baselineCount, 12);
    QCOMPARE(s.count, 18);
    QCOMPARE(s.mean, 11.0);
    QCOMPARE(s.mrBar, 2.0);
    QVERIFY(near(s.upl, 16.32, 1e-12));
    QVERIFY(s.trial); // 12 points
    QCOMPARE(rules(r), QStringLiteral("...........RR2R2R2"));

    // Not fixed, the later points pull the mean up to 216 / 18 = 12 and nothing is special.
    const SpcResult all = evaluateSpc(series(y), Polarity::HigherIsBetter);
    QCOMPARE(all.latest()->mean, 12.0);
    QCOMPARE(all.latest()->baselineCount, 18);
    QCOMPARE(rules(all), QString(18, QLatin1Char('.')));

    // Fixing after more points than there are uses them all.
    SpcSettings long_;
    long_.fixAfter = 50;
    QCOMPARE(evaluateSpc(series(y), Polarity::HigherIsBetter, std::nullopt, long_).latest()->mean, 12.0);
}

void TestSpc::rebase()
{
    // A step change from about 10 to about 20. One set of limits: mean 15; ranges 2 x 22 and
    // the step's 8, MR-bar 52 / 23 = 2.26, screening cut 7.39 drops the 8: MR-bar 2. Limits
    // 9.68 .. 20.32, two-sigma 11.453 .. 18.547: every 9 and 21 is outside, every 11 and 19 is
    // two of three beyond a two-sigma line. Rebased at index 12: two segments, each with mean 10
    // or 20 and MR-bar 2 (no range is taken across the step), limits 10 -/+ 5.32 and
    // 20 -/+ 5.32; nothing special.
    const QList<double> y = repeat({9, 11}, 6) + repeat({19, 21}, 6);
    const SpcResult one = evaluateSpc(series(y), Polarity::LowerIsBetter);
    QCOMPARE(one.latest()->mean, 15.0);
    QCOMPARE(one.latest()->mrBar, 2.0);
    QCOMPARE(rules(one), QStringLiteral("O2O2O2O2O2O22O2O2O2O2O2O"));
    QCOMPARE(one.variation, SpcVariation::ConcernHigh);

    SpcSettings settings;
    settings.rebaseAt = {12};
    const SpcResult r = evaluateSpc(series(y), Polarity::LowerIsBetter, 25.0, settings);
    QCOMPARE(r.segments.size(), size_t(2));
    QCOMPARE(r.segments[0].first, 0);
    QCOMPARE(r.segments[0].count, 12);
    QCOMPARE(r.segments[0].mean, 10.0);
    QCOMPARE(r.segments[0].mrBar, 2.0);
    QCOMPARE(r.segments[1].first, 12);
    QCOMPARE(r.segments[1].count, 12);
    QCOMPARE(r.segments[1].mean, 20.0);
    QCOMPARE(r.segments[1].mrBar, 2.0);
    QVERIFY(near(r.segments[1].upl, 25.32, 1e-12));
    QCOMPARE(r.points[11].segment, 0);
    QCOMPARE(r.points[12].segment, 1);
    QCOMPARE(rules(r), QString(24, QLatin1Char('.')));
    QCOMPARE(r.variation, SpcVariation::CommonCause);
    // Assurance uses the latest limits: 25 lies within 14.68 .. 25.32 (it would pass against
    // the first segment's 4.68 .. 15.32).
    QCOMPARE(r.assurance, SpcAssurance::Inconsistent);

    // Rebase points out of range, repeated or unsorted are tidied.
    settings.rebaseAt = {30, 12, 0, 12, -1};
    const SpcResult tidy = evaluateSpc(series(y), Polarity::LowerIsBetter, std::nullopt, settings);
    QCOMPARE(tidy.segments.size(), size_t(2));
    QCOMPARE(tidy.segments[1].first, 12);
}

void TestSpc::rebaseRestartsRuns()
{
    // Segment 1: 9, 11 x 4, then 11 x 4: sum 124, mean 10.333; the last four are above it.
    // Segment 2: 21 x 4, then 19, 21 x 4: sum 244, mean 20.333; the first four are above it.
    // Eight in a row above their own mean, but the rebase between them restarts the count.
    const QList<double> y = repeat({9, 11}, 4) + repeat({11}, 4) + repeat({21}, 4) + repeat({19, 21}, 4);
    SpcSettings settings;
    settings.rebaseAt = {12};
    const SpcResult r = evaluateSpc(series(y), Polarity::HigherIsBetter, std::nullopt, settings);
    QVERIFY(near(r.segments[0].mean, 124.0 / 12, 1e-12));
    QVERIFY(near(r.segments[1].mean, 244.0 / 12, 1e-12));
    QCOMPARE(rules(r), QString(24, QLatin1Char('.')));
}

void TestSpc::trialLimits_data()
{
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("fixAfter");
    QTest::addColumn<bool>("trial");
    QTest::newRow("12 points") << 12 << 0 << true;
    QTest::newRow("13 points") << 13 << 0 << false;
    QTest::newRow("2 points") << 2 << 0 << true;
    QTest::newRow("30 points fixed after 12") << 30 << 12 << true;
    QTest::newRow("30 points fixed after 13") << 30 << 13 << false;
}

void TestSpc::trialLimits()
{
    QFETCH(int, points);
    QFETCH(int, fixAfter);
    QFETCH(bool, trial);
    std::vector<double> y;
    for (int i = 0; i < points; ++i)
        y.push_back(i % 3);
    SpcSettings settings;
    settings.fixAfter = fixAfter;
    const SpcResult r = evaluateSpc(y, Polarity::HigherIsBetter, std::nullopt, settings);
    QCOMPARE(r.trial(), trial);
    QCOMPARE(r.latest()->trial, trial);
}

void TestSpc::fewPoints()
{
    const SpcResult none = evaluateSpc({}, Polarity::HigherIsBetter, 5.0);
    QVERIFY(none.points.empty());
    QVERIFY(none.segments.empty());
    QVERIFY(!none.latest());
    QVERIFY(!none.trial());
    QVERIFY(!none.variation);
    QVERIFY(!none.assurance);

    const SpcResult one = evaluateSpc({7}, Polarity::HigherIsBetter, 5.0);
    QCOMPARE(one.points.size(), size_t(1));
    QVERIFY(!one.latest()->hasLimits);
    QCOMPARE(one.latest()->mean, 7.0);
    QVERIFY(one.trial());
    QCOMPARE(rules(one), QStringLiteral("."));
    QVERIFY(!one.variation);
    QVERIFY(!one.assurance);

    // Two points: mean 6, MR-bar 2, limits 0.68 .. 11.32.
    const SpcResult two = evaluateSpc({5, 7}, Polarity::HigherIsBetter, 12.0);
    QVERIFY(two.latest()->hasLimits);
    QVERIFY(near(two.latest()->upl, 11.32, 1e-12));
    QCOMPARE(two.variation, SpcVariation::CommonCause);
    QCOMPARE(two.assurance, SpcAssurance::Fail);
    QVERIFY(two.trial());

    // A rebase at the last point leaves it a segment of its own, without limits.
    SpcSettings settings;
    settings.rebaseAt = {2};
    const SpcResult lone = evaluateSpc({5, 7, 9}, Polarity::HigherIsBetter, 12.0, settings);
    QCOMPARE(lone.segments.size(), size_t(2));
    QVERIFY(!lone.latest()->hasLimits);
    QVERIFY(!lone.variation);
    QVERIFY(!lone.assurance);
}

void TestSpc::mrBarZero()
{
    // Identical values: MR-bar 0, limits on the mean, every point on the mean: nothing special.
    const std::vector<double> flat(15, 5.0);
    const SpcResult r = evaluateSpc(flat, Polarity::HigherIsBetter, 5.0);
    const SpcSegment &s = *r.latest();
    QCOMPARE(s.mrBar, 0.0);
    QCOMPARE(s.screenedRanges, 0);
    QCOMPARE(s.upl, 5.0);
    QCOMPARE(s.lpl, 5.0);
    QCOMPARE(rules(r), QString(15, QLatin1Char('.')));
    QCOMPARE(r.variation, SpcVariation::CommonCause);
    QCOMPARE(r.assurance, SpcAssurance::Inconsistent); // the target is on the limits, not beyond

    // Under a baseline of identical values any later change is outside the collapsed limits.
    std::vector<double> later = flat;
    later.push_back(5.5);
    SpcSettings fixed;
    fixed.fixAfter = 15;
    const SpcResult f = evaluateSpc(later, Polarity::HigherIsBetter, std::nullopt, fixed);
    QCOMPARE(rules(f), QString(15, QLatin1Char('.')) + QLatin1Char('O'));
}

void TestSpc::improvementOrConcern_data()
{
    QTest::addColumn<int>("polarity");
    QTest::addColumn<QString>("expected");
    // The "outside limits" and "two of three" series joined: a high outside point, then two high
    // two-of-three points. Same rule letters; the type follows polarity.
    QTest::newRow("higher is better") << int(Polarity::HigherIsBetter) << QStringLiteral("ccccccccccccicicc");
    QTest::newRow("lower is better") << int(Polarity::LowerIsBetter) << QStringLiteral("ccccccccccccxcxcc");
    QTest::newRow("no polarity") << int(Polarity::None) << QStringLiteral("ccccccccccccncncc");
}

void TestSpc::improvementOrConcern()
{
    QFETCH(int, polarity);
    QFETCH(QString, expected);
    const QList<double> y = repeat({10, 11}, 6) << 13.5 << 10 << 13.5 << 11 << 10;
    const SpcResult r = evaluateSpc(series(y), static_cast<Polarity>(polarity));
    QCOMPARE(types(r), expected);
    QCOMPARE(r.points[12].side, SpcSide::High);
}

void TestSpc::variationFromLastPoint_data()
{
    QTest::addColumn<QList<double>>("values");
    QTest::addColumn<int>("polarity");
    QTest::addColumn<QString>("variation");
    const QList<double> high = repeat({5, 6}, 7) << 12;
    const QList<double> low = repeat({5, 6}, 7) << 0;
    QTest::newRow("high, higher better") << high << int(Polarity::HigherIsBetter) << QStringLiteral("improvement_high");
    QTest::newRow("high, lower better") << high << int(Polarity::LowerIsBetter) << QStringLiteral("concern_high");
    QTest::newRow("high, no polarity") << high << int(Polarity::None) << QStringLiteral("neutral_high");
    QTest::newRow("low, higher better") << low << int(Polarity::HigherIsBetter) << QStringLiteral("concern_low");
    QTest::newRow("low, lower better") << low << int(Polarity::LowerIsBetter) << QStringLiteral("improvement_low");
    QTest::newRow("low, no polarity") << low << int(Polarity::None) << QStringLiteral("neutral_low");
    // A special cause earlier but not at the last point: common cause.
    QTest::newRow("earlier special cause")
        << (QList<double>(high) << 5.5) << int(Polarity::HigherIsBetter) << QStringLiteral("common_cause");
    // A falling trend ending at the last point, lower is better.
    QTest::newRow("falling trend") << (repeat({9, 13}, 5) << 15 << 14 << 13 << 12 << 11 << 10 << 9)
                                   << int(Polarity::LowerIsBetter) << QStringLiteral("improvement_low");
}

void TestSpc::variationFromLastPoint()
{
    QFETCH(QList<double>, values);
    QFETCH(int, polarity);
    QFETCH(QString, variation);
    const SpcResult r = evaluateSpc(series(values), static_cast<Polarity>(polarity));
    QVERIFY(r.variation);
    QCOMPARE(spcVariationKey(*r.variation), variation);
}

void TestSpc::assurance_data()
{
    // Limits of the "outside limits" series: 3.2733 .. 8.5933.
    QTest::addColumn<int>("polarity");
    QTest::addColumn<double>("target");
    QTest::addColumn<QString>("expected"); // empty: no assurance
    QTest::newRow("higher, target above UPL") << int(Polarity::HigherIsBetter) << 9.0 << QStringLiteral("fail");
    QTest::newRow("higher, target below LPL") << int(Polarity::HigherIsBetter) << 3.0 << QStringLiteral("pass");
    QTest::newRow("higher, target inside") << int(Polarity::HigherIsBetter) << 6.0 << QStringLiteral("inconsistent");
    QTest::newRow("lower, target above UPL") << int(Polarity::LowerIsBetter) << 9.0 << QStringLiteral("pass");
    QTest::newRow("lower, target below LPL") << int(Polarity::LowerIsBetter) << 3.0 << QStringLiteral("fail");
    QTest::newRow("lower, target inside") << int(Polarity::LowerIsBetter) << 8.5 << QStringLiteral("inconsistent");
    QTest::newRow("no polarity") << int(Polarity::None) << 9.0 << QString();
    QTest::newRow("no target") << int(Polarity::HigherIsBetter) << qQNaN() << QString();
}

void TestSpc::assurance()
{
    QFETCH(int, polarity);
    QFETCH(double, target);
    QFETCH(QString, expected);
    const std::optional<double> t = qIsNaN(target) ? std::nullopt : std::optional<double>(target);
    const SpcResult r = evaluateSpc(series(repeat({5, 6}, 7) << 12), static_cast<Polarity>(polarity), t);
    QCOMPARE(r.assurance ? spcAssuranceKey(*r.assurance) : QString(), expected);
}

void TestSpc::keysRoundTrip()
{
    for (SpcRule x : {SpcRule::OutsideLimits, SpcRule::Trend, SpcRule::TwoOfThree, SpcRule::Run}) {
        QCOMPARE(spcRuleFromKey(spcRuleKey(x)), x);
        QVERIFY(!spcRuleLabel(x).isEmpty());
    }
    for (SpcPointType x :
         {SpcPointType::Common, SpcPointType::Improvement, SpcPointType::Concern, SpcPointType::Neutral})
        QCOMPARE(spcPointTypeFromKey(spcPointTypeKey(x)), x);
    for (SpcAssurance x : {SpcAssurance::Pass, SpcAssurance::Fail, SpcAssurance::Inconsistent})
        QCOMPARE(spcAssuranceFromKey(spcAssuranceKey(x)), x);
    for (SpcVariation x :
         {SpcVariation::CommonCause, SpcVariation::ImprovementHigh, SpcVariation::ImprovementLow,
          SpcVariation::ConcernHigh, SpcVariation::ConcernLow, SpcVariation::NeutralHigh, SpcVariation::NeutralLow})
        QCOMPARE(spcVariationFromKey(spcVariationKey(x)), x);
    QCOMPARE(spcRuleKey(SpcRule::TwoOfThree), QStringLiteral("two_of_three"));
    QCOMPARE(spcRuleKey(SpcRule::OutsideLimits), QStringLiteral("outside_limits"));
    QCOMPARE(spcPointTypeKey(SpcPointType::Common), QStringLiteral("common"));
    QVERIFY(!spcRuleFromKey(QStringLiteral("shift")));
}

void TestSpc::settingsProblems()
{
    QVERIFY(SpcSettings{}.problems().isEmpty());
    SpcSettings s;
    s.runLength = 8;
    QCOMPARE(s.problems().size(), 1);
    s.runLength = 6;
    s.fixAfter = 1;
    QCOMPARE(s.problems().size(), 1);
    s.fixAfter = 12;
    QVERIFY(s.problems().isEmpty());
}

void TestSpc::fastEnough()
{
    // Not a timing assertion (benchmarks do that): a smoke check that 120 points run through
    // every rule with a rebase and a fixed baseline, and a hint in the log of how long it takes.
    std::vector<double> y;
    for (int i = 0; i < 120; ++i)
        y.push_back(50 + 10 * std::sin(i * 0.3) + (i % 7));
    SpcSettings settings;
    settings.rebaseAt = {60};
    settings.fixAfter = 24;
    const auto start = std::chrono::steady_clock::now();
    constexpr int rounds = 1000;
    size_t total = 0;
    for (int k = 0; k < rounds; ++k)
        total += evaluateSpc(y, Polarity::HigherIsBetter, 55.0, settings).points.size();
    const auto took = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    QCOMPARE(total, size_t(120 * rounds));
    qInfo("SPC over 120 points: %.2f microseconds per chart", took / rounds);
}

QTEST_APPLESS_MAIN(TestSpc)
#include "tst_spc.moc"
