// An indicator's standing for a period: which of its periods answers, trend, SPC, and ratings that history keeps.
#include "core/indicators/indicatorstatus.h"

#include <QTest>

using namespace assure;

namespace {

struct Series
{
    Indicator indicator;
    std::vector<Measurement> measurements;
    std::vector<Target> targets;

    IndicatorHistory history() const
    {
        IndicatorHistory h;
        h.indicator = &indicator;
        h.measurements = &measurements;
        h.targets = &targets;
        return h;
    }
};

Series quarterly(Polarity polarity, const std::vector<std::optional<double>> &values, double annualTarget)
{
    Series s;
    s.indicator.id = 1;
    s.indicator.code = QStringLiteral("CP01");
    s.indicator.title = QStringLiteral("Re-referrals");
    s.indicator.polarity = polarity;
    s.indicator.frequency = Frequency::Quarterly;
    s.indicator.annualTarget = annualTarget;
    Period p = Period::quarter(2024, 1);
    for (const auto &v : values) {
        if (v)
            s.measurements.push_back({1, p.key(), v, std::nullopt, std::nullopt, QString(), DataQuality::Validated});
        p = p.next();
    }
    return s;
}

} // namespace

class TestIndicatorStatus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periodForIndicator_data();
    void periodForIndicator();
    void statusForPeriod();
    void noValueIsNoData();
    void trendNeedsTheAdjacentPeriod();
    void thresholdChangeKeepsHistory();
    void historyCarriesSpc();
};

void TestIndicatorStatus::periodForIndicator_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QString>("answer");
    QTest::newRow("same") << QStringLiteral("2026/27 Q2") << int(Frequency::Quarterly) << QStringLiteral("2026/27 Q2");
    QTest::newRow("monthly in a quarter: its last month")
        << QStringLiteral("2026/27 Q2") << int(Frequency::Monthly) << QStringLiteral("Sep 2026");
    QTest::newRow("monthly in a year: March")
        << QStringLiteral("2026/27") << int(Frequency::Monthly) << QStringLiteral("Mar 2027");
    QTest::newRow("quarterly in a year: Q4")
        << QStringLiteral("2026/27") << int(Frequency::Quarterly) << QStringLiteral("2026/27 Q4");
    QTest::newRow("quarterly for a month: its quarter")
        << QStringLiteral("Aug 2026") << int(Frequency::Quarterly) << QStringLiteral("2026/27 Q2");
    QTest::newRow("annual for a quarter: its year")
        << QStringLiteral("2026/27 Q4") << int(Frequency::Annual) << QStringLiteral("2026/27");
}

void TestIndicatorStatus::periodForIndicator()
{
    QFETCH(QString, chosen);
    QFETCH(int, frequency);
    QFETCH(QString, answer);
    QCOMPARE(assure::periodForIndicator(*Period::parse(chosen), Frequency(frequency)).label(), answer);
}

void TestIndicatorStatus::statusForPeriod()
{
    // Lower is better, target 22: 25 achieves 22/25 = 88% (red); 23 achieves 95.65% (green).
    const Series s = quarterly(Polarity::LowerIsBetter, {20, 23, 24.5, 21, 25}, 22);
    const IndicatorStatus q1 = evaluateStatus(s.history(), *Period::parse(QStringLiteral("2025/26 Q1")));
    QCOMPARE(q1.value, std::optional<double>(25));
    QCOMPARE(q1.target, std::optional<double>(22));
    QCOMPARE(q1.rag.rag, Rag::Red);
    QVERIFY(qAbs(*q1.rag.achievement - 0.88) < 1e-9);
    QCOMPARE(q1.trend, std::optional<Trend>(Trend::Worsening));
    QVERIFY(q1.trialLimits); // five points
    const IndicatorStatus q2 = evaluateStatus(s.history(), *Period::parse(QStringLiteral("2024/25 Q2")));
    QCOMPARE(q2.rag.rag, Rag::Green);
    QCOMPARE(q2.trend, std::optional<Trend>(Trend::Worsening)); // 23 after 20, lower is better
}

void TestIndicatorStatus::noValueIsNoData()
{
    const Series s = quarterly(Polarity::HigherIsBetter, {80, 82}, 85);
    const IndicatorStatus later = evaluateStatus(s.history(), *Period::parse(QStringLiteral("2026/27 Q3")));
    QCOMPARE(later.rag.rag, Rag::NoData);
    QCOMPARE(later.target, std::optional<double>(85));
    QVERIFY(!later.value);
    Series noTarget = quarterly(Polarity::HigherIsBetter, {80}, 0);
    noTarget.indicator.annualTarget.reset();
    QCOMPARE(evaluateStatus(noTarget.history(), *Period::parse(QStringLiteral("2024/25 Q1"))).rag.rag,
             Rag::NotApplicable);
}

void TestIndicatorStatus::trendNeedsTheAdjacentPeriod()
{
    // Q2 is missing: Q3 has no previous period to compare with.
    const Series s = quarterly(Polarity::HigherIsBetter, {80, std::nullopt, 90}, 85);
    const IndicatorStatus q3 = evaluateStatus(s.history(), *Period::parse(QStringLiteral("2024/25 Q3")));
    QVERIFY(!q3.trend);
}

void TestIndicatorStatus::thresholdChangeKeepsHistory()
{
    // 91% of target: amber under the default 90%; the board tightens amber to 92% from April 2025.
    const Series s = quarterly(Polarity::HigherIsBetter, {91, 91, 91, 91, 91, 91}, 100);
    IndicatorHistory h = s.history();
    RagThresholds tighter;
    tighter.amberAt = 0.92;
    h.boardThresholds = {ThresholdVersion{QDate(2025, 4, 1), tighter}};
    QCOMPARE(evaluateStatus(h, *Period::parse(QStringLiteral("2024/25 Q4"))).rag.rag, Rag::Amber);
    QCOMPARE(evaluateStatus(h, *Period::parse(QStringLiteral("2025/26 Q1"))).rag.rag, Rag::Red);
    const IndicatorHistoryResult all = evaluateHistory(h);
    QCOMPARE(all.points[3].rag.rag, Rag::Amber);
    QCOMPARE(all.points[4].rag.rag, Rag::Red);
}

void TestIndicatorStatus::historyCarriesSpc()
{
    // Eight points above a long-run level make a run of 7+ on one side of the mean.
    std::vector<std::optional<double>> values;
    for (int i = 0; i < 10; ++i)
        values.push_back(i % 2 ? 20.0 : 22.0);
    for (int i = 0; i < 8; ++i)
        values.push_back(26.0 + (i % 2));
    const Series s = quarterly(Polarity::LowerIsBetter, values, 22);
    const IndicatorHistoryResult h = evaluateHistory(s.history());
    QCOMPARE(h.points.size(), size_t(18));
    QVERIFY(!h.spc.trial());
    QCOMPARE(h.points.back().spcPoint, std::optional<SpcPointType>(SpcPointType::Concern));
    QVERIFY(h.points.back().spcRule.has_value());
    // The ten lower points sit below the mean (about 23.4) as a run too: improvement, lower being better.
    QCOMPARE(h.points.front().spcPoint, std::optional<SpcPointType>(SpcPointType::Improvement));
    QCOMPARE(h.points.front().spcRule, std::optional<SpcRule>(SpcRule::Run));
}

QTEST_APPLESS_MAIN(TestIndicatorStatus)
#include "tst_indicatorstatus.moc"
