// Direction of travel: against the previous period and the mean of the previous N, by polarity.
#include "core/indicators/trend.h"

#include <QTest>

using namespace assure;

namespace {

std::optional<double> given(double x)
{
    return qIsNaN(x) ? std::nullopt : std::optional<double>(x);
}

QString keyOf(std::optional<Trend> t)
{
    return t ? trendKey(*t) : QString();
}

} // namespace

class TestTrend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void againstPrevious_data();
    void againstPrevious();
    void againstMean_data();
    void againstMean();
    void words();
};

void TestTrend::againstPrevious_data()
{
    QTest::addColumn<double>("current");
    QTest::addColumn<double>("previous");
    QTest::addColumn<int>("polarity");
    QTest::addColumn<QString>("trend"); // empty: no trend

    const int hi = int(Polarity::HigherIsBetter);
    const int lo = int(Polarity::LowerIsBetter);
    const double nil = qQNaN();
    QTest::newRow("higher, up") << 82.0 << 80.0 << hi << QStringLiteral("improving");
    QTest::newRow("higher, down") << 78.0 << 80.0 << hi << QStringLiteral("worsening");
    QTest::newRow("higher, equal") << 80.0 << 80.0 << hi << QStringLiteral("steady");
    QTest::newRow("lower, up") << 22.0 << 20.0 << lo << QStringLiteral("worsening");
    QTest::newRow("lower, down") << 18.0 << 20.0 << lo << QStringLiteral("improving");
    QTest::newRow("lower, equal") << 20.0 << 20.0 << lo << QStringLiteral("steady");
    QTest::newRow("lower, to zero") << 0.0 << 3.0 << lo << QStringLiteral("improving");
    QTest::newRow("small change is still a change") << 80.01 << 80.0 << hi << QStringLiteral("improving");
    QTest::newRow("negative values") << -2.0 << -5.0 << hi << QStringLiteral("improving");
    QTest::newRow("no polarity") << 82.0 << 80.0 << int(Polarity::None) << QString();
    QTest::newRow("no previous value") << 82.0 << nil << hi << QString();
    QTest::newRow("no current value") << nil << 80.0 << hi << QString();
}

void TestTrend::againstPrevious()
{
    QFETCH(double, current);
    QFETCH(double, previous);
    QFETCH(int, polarity);
    QFETCH(QString, trend);
    QCOMPARE(keyOf(trendAgainstPrevious(given(current), given(previous), static_cast<Polarity>(polarity))), trend);
}

void TestTrend::againstMean_data()
{
    QTest::addColumn<double>("current");
    QTest::addColumn<QList<double>>("earlier");
    QTest::addColumn<int>("n");
    QTest::addColumn<int>("polarity");
    QTest::addColumn<QString>("trend");

    const int hi = int(Polarity::HigherIsBetter);
    const int lo = int(Polarity::LowerIsBetter);
    // Only the last n earlier values count: the mean of 70, 80, 90 is 80.
    const QList<double> earlier{10, 70, 80, 90};
    QTest::newRow("above the mean of the last 3") << 85.0 << earlier << 3 << hi << QStringLiteral("improving");
    QTest::newRow("below it") << 75.0 << earlier << 3 << hi << QStringLiteral("worsening");
    QTest::newRow("on it") << 80.0 << earlier << 3 << hi << QStringLiteral("steady");
    QTest::newRow("on it, lower is better") << 80.0 << earlier << 3 << lo << QStringLiteral("steady");
    QTest::newRow("above, lower is better") << 85.0 << earlier << 3 << lo << QStringLiteral("worsening");
    // All four: mean 62.5, so 75 is now above it.
    QTest::newRow("all four") << 75.0 << earlier << 4 << hi << QStringLiteral("improving");
    // Against the previous one only, this is the previous-period trend.
    QTest::newRow("n = 1") << 85.0 << earlier << 1 << hi << QStringLiteral("worsening");
    QTest::newRow("fewer earlier values than n") << 85.0 << earlier << 5 << hi << QString();
    QTest::newRow("n = 0") << 85.0 << earlier << 0 << hi << QString();
    QTest::newRow("no polarity") << 85.0 << earlier << 3 << int(Polarity::None) << QString();
    // The mean of 0.1, 0.2 (0.15000000000000002 in binary) equals 0.15: steady.
    QTest::newRow("rounding of the mean") << 0.15 << QList<double>{0.1, 0.2} << 2 << hi << QStringLiteral("steady");
}

void TestTrend::againstMean()
{
    QFETCH(double, current);
    QFETCH(QList<double>, earlier);
    QFETCH(int, n);
    QFETCH(int, polarity);
    QFETCH(QString, trend);
    const std::vector<double> e(earlier.begin(), earlier.end());
    QCOMPARE(keyOf(trendAgainstMean(current, e, n, static_cast<Polarity>(polarity))), trend);
}

void TestTrend::words()
{
    QStringList keys;
    for (Trend t : allTrends()) {
        keys << trendKey(t);
        QCOMPARE(trendFromKey(trendKey(t)), t);
        QVERIFY(!trendLabel(t).isEmpty());
        QVERIFY(!trendSymbol(t).isEmpty());
    }
    QCOMPARE(keys.join(QLatin1Char(',')), QStringLiteral("improving,steady,worsening"));
    QVERIFY(!trendFromKey(QStringLiteral("up")));
    QCOMPARE(meanOfLast({1, 2, 3, 4}, 2), 3.5);
    QVERIFY(!meanOfLast({}, 1));
}

QTEST_APPLESS_MAIN(TestTrend)
#include "tst_trend.moc"
