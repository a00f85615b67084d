// The board's RAG rule: thresholds at the edges, zeros, missing data, BLUE, absolute bands and
// threshold versions that never re-rate history.
#include "core/indicators/rag.h"
#include "core/period.h"

#include <QTest>

#include <cmath>

using namespace assure;

namespace {

// NaN in a test row stands for "not given".
std::optional<double> given(double x)
{
    return qIsNaN(x) ? std::nullopt : std::optional<double>(x);
}

RagThresholds withBlue(double margin)
{
    RagThresholds t;
    t.blueMargin = margin;
    return t;
}

} // namespace

class TestRag final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void percentOfTarget_data();
    void percentOfTarget();
    void absoluteBands_data();
    void absoluteBands();
    void thresholdChangeKeepsHistory();
    void versionInForceAtPeriodEnd();
    void indicatorOverride();
    void thresholdProblems();
    void wordsAndLetters();
};

void TestRag::percentOfTarget_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("polarity");
    QTest::addColumn<double>("blueMargin"); // NaN: BLUE off
    QTest::addColumn<QString>("rag");
    QTest::addColumn<double>("achievement"); // NaN: none

    const int hi = int(Polarity::HigherIsBetter);
    const int lo = int(Polarity::LowerIsBetter);
    const int none = int(Polarity::None);
    const double off = qQNaN();
    const double nil = qQNaN();

    // Inclusive thresholds, whichever way the division rounds.
    QTest::newRow("95 of 100") << 95.0 << 100.0 << hi << off << QStringLiteral("green") << 0.95;
    QTest::newRow("19 of 20") << 19.0 << 20.0 << hi << off << QStringLiteral("green") << 0.95;
    // 1.045 / 1.1 is 0.9499999999999998 and 0.72 / 0.8 is 0.8999999999999999 in binary.
    QTest::newRow("1.045 of 1.1") << 1.045 << 1.1 << hi << off << QStringLiteral("green") << 1.045 / 1.1;
    QTest::newRow("0.72 of 0.8") << 0.72 << 0.8 << hi << off << QStringLiteral("amber") << 0.72 / 0.8;
    QTest::newRow("94.99 of 100") << 94.99 << 100.0 << hi << off << QStringLiteral("amber") << 0.9499;
    QTest::newRow("90 of 100") << 90.0 << 100.0 << hi << off << QStringLiteral("amber") << 0.9;
    QTest::newRow("18 of 20") << 18.0 << 20.0 << hi << off << QStringLiteral("amber") << 0.9;
    QTest::newRow("89.99 of 100") << 89.99 << 100.0 << hi << off << QStringLiteral("red") << 0.8999;
    QTest::newRow("above target") << 120.0 << 100.0 << hi << off << QStringLiteral("green") << 1.2;

    // Lower is better: achievement is target / value.
    QTest::newRow("lower: target 95, value 100") << 100.0 << 95.0 << lo << off << QStringLiteral("green") << 0.95;
    QTest::newRow("lower: target 19, value 20") << 20.0 << 19.0 << lo << off << QStringLiteral("green") << 0.95;
    QTest::newRow("lower: target 1.045, value 1.1")
        << 1.1 << 1.045 << lo << off << QStringLiteral("green") << 1.045 / 1.1;
    QTest::newRow("lower: target 94.99, value 100") << 100.0 << 94.99 << lo << off << QStringLiteral("amber") << 0.9499;
    QTest::newRow("lower: target 9, value 10") << 10.0 << 9.0 << lo << off << QStringLiteral("amber") << 0.9;
    QTest::newRow("lower: target 89.99, value 100") << 100.0 << 89.99 << lo << off << QStringLiteral("red") << 0.8999;
    QTest::newRow("lower: under target") << 8.0 << 10.0 << lo << off << QStringLiteral("green") << 1.25;

    // Zeros (DOMAIN rule 1).
    QTest::newRow("higher: target 0, value 0") << 0.0 << 0.0 << hi << off << QStringLiteral("green") << 1.0;
    QTest::newRow("higher: target 0, value 5") << 5.0 << 0.0 << hi << off << QStringLiteral("green") << 1.0;
    QTest::newRow("higher: target 0, value 5, BLUE on") << 5.0 << 0.0 << hi << 0.1 << QStringLiteral("green") << 1.0;
    QTest::newRow("higher: value 0, target 10") << 0.0 << 10.0 << hi << off << QStringLiteral("red") << 0.0;
    QTest::newRow("lower: value 0, target 10") << 0.0 << 10.0 << lo << off << QStringLiteral("green") << 1.0;
    QTest::newRow("lower: value 0, target 10, BLUE on") << 0.0 << 10.0 << lo << 0.1 << QStringLiteral("blue") << 1.0;
    QTest::newRow("lower: value 0, target 0") << 0.0 << 0.0 << lo << off << QStringLiteral("green") << 1.0;
    QTest::newRow("lower: value 0, target 0, BLUE on") << 0.0 << 0.0 << lo << 0.1 << QStringLiteral("green") << 1.0;
    QTest::newRow("lower: value 3, target 0") << 3.0 << 0.0 << lo << off << QStringLiteral("red") << 0.0;

    // N/A and No data (DOMAIN rule 3).
    QTest::newRow("no target") << 50.0 << nil << hi << off << QStringLiteral("na") << nil;
    QTest::newRow("no polarity") << 50.0 << 100.0 << none << off << QStringLiteral("na") << nil;
    QTest::newRow("no polarity, no value") << nil << 100.0 << none << off << QStringLiteral("na") << nil;
    QTest::newRow("no value") << nil << 100.0 << hi << off << QStringLiteral("no_data") << nil;
    QTest::newRow("no value, lower") << nil << 100.0 << lo << off << QStringLiteral("no_data") << nil;
    QTest::newRow("no value, no target") << nil << nil << hi << off << QStringLiteral("na") << nil;
    QTest::newRow("not a finite value") << qInf() << 100.0 << hi << off << QStringLiteral("no_data") << nil;

    // Negative numbers have no meaningful percentage of target.
    QTest::newRow("negative value") << -5.0 << 10.0 << hi << off << QStringLiteral("na") << nil;
    QTest::newRow("negative target") << 5.0 << -10.0 << lo << off << QStringLiteral("na") << nil;

    // BLUE for exceeding the target by the margin, inclusive; off unless set.
    QTest::newRow("BLUE on: 110%") << 110.0 << 100.0 << hi << 0.1 << QStringLiteral("blue") << 1.1;
    QTest::newRow("BLUE on: 109.99%") << 109.99 << 100.0 << hi << 0.1 << QStringLiteral("green") << 1.0999;
    QTest::newRow("BLUE off: 110%") << 110.0 << 100.0 << hi << off << QStringLiteral("green") << 1.1;
    QTest::newRow("BLUE on, lower: 90 under 100")
        << 90.0 << 100.0 << lo << 0.1 << QStringLiteral("blue") << 100.0 / 90.0;
    QTest::newRow("BLUE on, lower: 95 under 100")
        << 95.0 << 100.0 << lo << 0.1 << QStringLiteral("green") << 100.0 / 95.0;
    QTest::newRow("BLUE on, still red below") << 50.0 << 100.0 << hi << 0.1 << QStringLiteral("red") << 0.5;
    QTest::newRow("BLUE margin 0: meeting is not exceeding")
        << 100.0 << 100.0 << hi << 0.0 << QStringLiteral("green") << 1.0;
    QTest::newRow("BLUE margin 0: exceeding") << 101.0 << 100.0 << hi << 0.0 << QStringLiteral("blue") << 1.01;
}

void TestRag::percentOfTarget()
{
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(int, polarity);
    QFETCH(double, blueMargin);
    QFETCH(QString, rag);
    QFETCH(double, achievement);

    const RagThresholds t = qIsNaN(blueMargin) ? RagThresholds{} : withBlue(blueMargin);
    const RagResult r = evaluateRag(given(value), given(target), static_cast<Polarity>(polarity), t);
    QCOMPARE(ragKey(r.rag), rag);
    if (qIsNaN(achievement)) {
        QVERIFY(!r.achievement);
    } else {
        QVERIFY(r.achievement);
        QVERIFY2(std::isfinite(*r.achievement), "achievement is always a finite fraction");
        QVERIFY2(std::fabs(*r.achievement - achievement) < 1e-12, qPrintable(QString::number(*r.achievement, 'g', 17)));
    }
}

void TestRag::absoluteBands_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("target");
    QTest::addColumn<int>("polarity");
    QTest::addColumn<QString>("rag");

    const int hi = int(Polarity::HigherIsBetter);
    const int lo = int(Polarity::LowerIsBetter);
    const double nil = qQNaN();
    // Higher is better: GREEN from 80, AMBER from 70, BLUE from 95 (see absoluteBands()).
    QTest::newRow("higher: 95 is blue") << 95.0 << 80.0 << hi << QStringLiteral("blue");
    QTest::newRow("higher: 80 is green") << 80.0 << 80.0 << hi << QStringLiteral("green");
    QTest::newRow("higher: 79.9 is amber") << 79.9 << 80.0 << hi << QStringLiteral("amber");
    QTest::newRow("higher: 70 is amber") << 70.0 << 80.0 << hi << QStringLiteral("amber");
    QTest::newRow("higher: 69.9 is red") << 69.9 << 80.0 << hi << QStringLiteral("red");
    QTest::newRow("higher: rated without a target") << 85.0 << nil << hi << QStringLiteral("green");
    QTest::newRow("higher: no value") << nil << 80.0 << hi << QStringLiteral("no_data");
    QTest::newRow("no polarity") << 85.0 << 80.0 << int(Polarity::None) << QStringLiteral("na");
    // Lower is better: GREEN up to 4, AMBER up to 6, BLUE up to 2 (say, hours waited).
    QTest::newRow("lower: 2 is blue") << 2.0 << 4.0 << lo << QStringLiteral("blue");
    QTest::newRow("lower: 4 is green") << 4.0 << 4.0 << lo << QStringLiteral("green");
    QTest::newRow("lower: 4.1 is amber") << 4.1 << 4.0 << lo << QStringLiteral("amber");
    QTest::newRow("lower: 6 is amber") << 6.0 << 4.0 << lo << QStringLiteral("amber");
    QTest::newRow("lower: 6.1 is red") << 6.1 << 4.0 << lo << QStringLiteral("red");
    QTest::newRow("lower: negative values are fine") << -1.0 << 4.0 << lo << QStringLiteral("blue");
}

void TestRag::absoluteBands()
{
    QFETCH(double, value);
    QFETCH(double, target);
    QFETCH(int, polarity);
    QFETCH(QString, rag);

    const auto p = static_cast<Polarity>(polarity);
    RagThresholds t;
    t.scheme = RagScheme::AbsoluteBands;
    if (p == Polarity::LowerIsBetter) {
        t.greenValue = 4;
        t.amberValue = 6;
        t.blueValue = 2;
    } else {
        t.greenValue = 80;
        t.amberValue = 70;
        t.blueValue = 95;
    }
    QVERIFY(t.problems(p).isEmpty());
    const RagResult r = evaluateRag(given(value), given(target), p, t);
    QCOMPARE(ragKey(r.rag), rag);
    // Achievement is still reported beside the band, as percent of target, when it can be.
    QCOMPARE(r.achievement, achievementOf(given(value), given(target), p));
}

void TestRag::thresholdChangeKeepsHistory()
{
    // The board's defaults since 2020; from 1 April 2026 it tightens GREEN to 98% and AMBER to
    // 95%. Quarterly values of one indicator (higher is better, target 100) over two years.
    QList<ThresholdVersion> versions{{QDate(2020, 4, 1), RagThresholds{}}};
    const QList<double> lastYear{96, 93, 99, 89};
    const QList<double> thisYear{96, 93, 99, 89};

    const auto rate = [&versions](int year, const QList<double> &values) {
        QStringList out;
        for (int q = 1; q <= 4; ++q) {
            const Period p = Period::quarter(year, q);
            const RagThresholds t = thresholdsInForce(versions, p.end());
            out << ragKey(evaluateRag(values[q - 1], 100.0, Polarity::HigherIsBetter, t).rag);
        }
        return out;
    };

    const QStringList lastYearBefore = rate(2025, lastYear);
    const QStringList thisYearBefore = rate(2026, thisYear);
    QCOMPARE(lastYearBefore, (QStringList{QStringLiteral("green"), QStringLiteral("amber"), QStringLiteral("green"),
                                          QStringLiteral("red")}));
    QCOMPARE(thisYearBefore, lastYearBefore);

    RagThresholds tighter;
    tighter.greenAt = 0.98;
    tighter.amberAt = 0.95;
    versions.append({QDate(2026, 4, 1), tighter});

    // 2025/26 ended on 31 March 2026, before the change: rated exactly as before.
    QCOMPARE(rate(2025, lastYear), lastYearBefore);
    // 2026/27 is rated with the new thresholds: 96% is now AMBER, 93% RED.
    QCOMPARE(rate(2026, thisYear), (QStringList{QStringLiteral("amber"), QStringLiteral("red"), QStringLiteral("green"),
                                                QStringLiteral("red")}));
}

void TestRag::versionInForceAtPeriodEnd()
{
    RagThresholds tighter;
    tighter.greenAt = 0.98;
    const QList<ThresholdVersion> versions{{QDate(2026, 5, 15), tighter}};
    // No version before 15 May 2026: the fallback (board defaults).
    QCOMPARE(thresholdsInForce(versions, Period::month(2026, 4).end()), RagThresholds{});
    // May 2026 ends after the change took effect: a period takes the thresholds at its END.
    QCOMPARE(thresholdsInForce(versions, Period::month(2026, 5).end()), tighter);
    QCOMPARE(thresholdsInForce(versions, Period::quarter(2026, 1).end()), tighter);
    // Effective from is inclusive.
    QCOMPARE(thresholdsInForce(versions, QDate(2026, 5, 15)), tighter);
    QCOMPARE(thresholdsInForce(versions, QDate(2026, 5, 14)), RagThresholds{});

    // Out-of-order lists and same-day corrections: latest date wins, then the later entry.
    RagThresholds corrected = tighter;
    corrected.amberAt = 0.85;
    const QList<ThresholdVersion> messy{
        {QDate(2027, 1, 1), RagThresholds{}}, {QDate(2026, 5, 15), tighter}, {QDate(2026, 5, 15), corrected}};
    QCOMPARE(thresholdsInForce(messy, QDate(2026, 12, 31)), corrected);
    QCOMPARE(thresholdsInForce(messy, QDate(2027, 3, 31)), RagThresholds{});
}

void TestRag::indicatorOverride()
{
    RagThresholds board2026;
    board2026.greenAt = 0.97;
    RagThresholds own;
    own.greenAt = 0.99;
    own.blueMargin = 0.05;
    const QList<ThresholdVersion> board{{QDate(2020, 4, 1), RagThresholds{}}, {QDate(2026, 4, 1), board2026}};
    const QList<ThresholdVersion> indicator{{QDate(2027, 4, 1), own}};
    QCOMPARE(thresholdsInForce(indicator, board, QDate(2026, 3, 31)), RagThresholds{});
    QCOMPARE(thresholdsInForce(indicator, board, QDate(2026, 6, 30)), board2026);
    QCOMPARE(thresholdsInForce(indicator, board, QDate(2027, 6, 30)), own);
    QCOMPARE(thresholdsInForce({}, {}, QDate(2027, 6, 30)), RagThresholds{});
}

void TestRag::thresholdProblems()
{
    QVERIFY(RagThresholds{}.problems().isEmpty());
    RagThresholds t;
    t.amberAt = 0.97;
    QCOMPARE(t.problems().size(), 1);
    t = withBlue(-0.1);
    QCOMPARE(t.problems().size(), 1);

    RagThresholds bands;
    bands.scheme = RagScheme::AbsoluteBands;
    bands.greenValue = 80;
    bands.amberValue = 70;
    QVERIFY(bands.problems(Polarity::HigherIsBetter).isEmpty());
    // For lower is better GREEN must end below AMBER.
    QCOMPARE(bands.problems(Polarity::LowerIsBetter).size(), 1);
}

void TestRag::wordsAndLetters()
{
    QStringList keys;
    QStringList letters;
    for (Rag r : allRags()) {
        keys << ragKey(r);
        letters << ragLetter(r);
        QCOMPARE(ragFromKey(ragKey(r)), r);
        QVERIFY(!ragLabel(r).isEmpty());
    }
    QCOMPARE(keys.join(QLatin1Char(',')), QStringLiteral("blue,green,amber,red,na,no_data"));
    QCOMPARE(letters.join(QLatin1Char(',')), QString::fromUtf8("B,G,A,R,\u2013,?"));
    QCOMPARE(ragLabel(Rag::NotApplicable), QStringLiteral("N/A"));
    QCOMPARE(ragLabel(Rag::NoData), QStringLiteral("No data"));
    QVERIFY(!ragFromKey(QStringLiteral("purple")));
    QCOMPARE(ragSchemeFromKey(ragSchemeKey(RagScheme::AbsoluteBands)), RagScheme::AbsoluteBands);
    QCOMPARE(ragSchemeFromKey(ragSchemeKey(RagScheme::PercentOfTarget)), RagScheme::PercentOfTarget);
}

QTEST_APPLESS_MAIN(TestRag)
#include "tst_rag.moc"
