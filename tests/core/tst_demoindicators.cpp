// The demo indicator generator: sound data, the same for the same seed, the special causes and RAG spread it promises.
#include "core/demo/demoindicators.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace assure;

namespace {

const QDate kToday(2026, 6, 15);
const QStringList kAgencies = {
    QStringLiteral("Westmere County Council Children's Services"),
    QStringLiteral("Westmere County Council Adult Social Care"),
    QStringLiteral("Westmere County Council Education and Inclusion"),
    QStringLiteral("Westmere and Fenholt Police"),
    QStringLiteral("Westmere Integrated Care Board"),
    QStringLiteral("Fenholt Hospitals NHS Foundation Trust"),
    QStringLiteral("Westmere Youth Justice Service"),
    QStringLiteral("Westmere Voluntary Action"),
};

int perYear(Frequency f)
{
    return f == Frequency::Monthly ? 12 : f == Frequency::Quarterly ? 4 : 1;
}

int indexOf(const DemoIndicatorData &d, const QString &code)
{
    for (size_t i = 0; i < d.indicators.size(); ++i)
        if (d.indicators[i].code == code)
            return static_cast<int>(i);
    return -1;
}

// The values of one indicator in period order, gaps left out, as an SPC chart takes them.
std::vector<double> seriesOf(const DemoIndicatorData &d, int index, int fyStartMonth = 4)
{
    std::map<Period, double> byPeriod;
    for (const Measurement &m : d.measurements)
        if (m.indicatorId == index + 1 && m.value)
            byPeriod[*Period::fromKey(m.periodKey, fyStartMonth)] = *m.value;
    std::vector<double> out;
    for (const auto &entry : byPeriod)
        out.push_back(entry.second);
    return out;
}

bool hasRule(const SpcResult &r, SpcRule rule, int from, int to)
{
    for (int i = from; i < to; ++i)
        if (r.points[static_cast<size_t>(i)].rule == rule)
            return true;
    return false;
}

struct Spread
{
    int red = 0;
    int amber = 0;
    int green = 0;
    int blue = 0; // with BLUE on at 110% of target
    int na = 0;
    int noData = 0;
};

Spread latestSpread(const DemoIndicatorData &d, const QDate &today, int fyStartMonth = 4)
{
    QList<Target> targets(d.targets.begin(), d.targets.end());
    RagThresholds withBlue;
    withBlue.blueMargin = 0.10;
    Spread s;
    for (size_t i = 0; i < d.indicators.size(); ++i) {
        Indicator ind = d.indicators[i];
        ind.id = static_cast<qint64>(i) + 1;
        const Period latest = Period::containing(today, periodKind(ind.frequency), fyStartMonth).previous();
        std::optional<double> value;
        for (const Measurement &m : d.measurements)
            if (m.indicatorId == ind.id && m.periodKey == latest.key())
                value = m.value;
        const std::optional<double> target = targetFor(ind, latest, targets);
        switch (evaluateRag(value, target, ind.polarity).rag) {
        case Rag::Red: ++s.red; break;
        case Rag::Amber: ++s.amber; break;
        case Rag::Green: ++s.green; break;
        case Rag::Blue: break;
        case Rag::NotApplicable: ++s.na; break;
        case Rag::NoData: ++s.noData; break;
        }
        if (evaluateRag(value, target, ind.polarity, withBlue).rag == Rag::Blue)
            ++s.blue;
    }
    return s;
}

} // namespace

class TestDemoIndicators final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallIsSound();
    void smallHistory();
    void smallDetail();
    void otherYearStart();
    void deterministic();
    void specialCauses_data();
    void specialCauses();
    void ragSpread_data();
    void ragSpread();
    void large();
};

void TestDemoIndicators::smallIsSound()
{
    const DemoIndicatorData d = generateDemoIndicators(false, 2026, kToday, 4, kAgencies);
    QVERIFY(d.indicators.size() >= 36 && d.indicators.size() <= 46);
    QCOMPARE(d.ownerAgencyNames.size(), d.indicators.size());

    QSet<QString> codes;
    int monthly = 0, quarterly = 0, annual = 0, noPolarity = 0, noTarget = 0, statutory = 0;
    for (size_t i = 0; i < d.indicators.size(); ++i) {
        const Indicator &ind = d.indicators[i];
        QCOMPARE(ind.id, qint64(0));
        QVERIFY2(ind.problems().isEmpty(),
                 qPrintable(ind.code + QLatin1String(": ") + ind.problems().join(QLatin1Char(' '))));
        QVERIFY2(!codes.contains(ind.code), qPrintable(ind.code));
        codes.insert(ind.code);
        QVERIFY(!ind.definition.isEmpty());
        QVERIFY(!ind.dataSource.isEmpty());
        const QString owner = d.ownerAgencyNames[i];
        QVERIFY(owner.isEmpty() || kAgencies.contains(owner));
        monthly += ind.frequency == Frequency::Monthly;
        quarterly += ind.frequency == Frequency::Quarterly;
        annual += ind.frequency == Frequency::Annual;
        noPolarity += ind.polarity == Polarity::None;
        noTarget += !ind.annualTarget;
        statutory += ind.statutory;
    }
    const int total = static_cast<int>(d.indicators.size());
    qInfo("small demo: %d indicators (%d monthly, %d quarterly, %d annual; %d information only, %d without a "
          "target, %d statutory)",
          total, monthly, quarterly, annual, noPolarity, noTarget, statutory);
    QVERIFY(monthly * 100 >= total * 50 && monthly * 100 <= total * 70);
    QVERIFY(quarterly * 100 >= total * 20 && quarterly * 100 <= total * 40);
    QVERIFY(annual >= 2);
    QVERIFY(noPolarity >= 3);
    QVERIFY(noTarget > noPolarity); // some with a polarity have no target either
    QVERIFY(statutory >= 10 && statutory < total);

    // Owners come from the names given; none without them.
    QVERIFY(std::count_if(d.ownerAgencyNames.begin(), d.ownerAgencyNames.end(),
                          [](const QString &s) { return !s.isEmpty(); }) >= total * 3 / 4);
    const DemoIndicatorData noAgencies = generateDemoIndicators(false, 2026, kToday, 4, {});
    for (const QString &owner : noAgencies.ownerAgencyNames)
        QVERIFY(owner.isEmpty());
    QCOMPARE(d.ownerAgencyNames[static_cast<size_t>(indexOf(d, QStringLiteral("DA-02")))],
             QStringLiteral("Westmere and Fenholt Police"));
    QCOMPARE(d.ownerAgencyNames[static_cast<size_t>(indexOf(d, QStringLiteral("ASC-03")))],
             QStringLiteral("Westmere County Council Adult Social Care"));
}

void TestDemoIndicators::smallHistory()
{
    const int fy = 4;
    const DemoIndicatorData d = generateDemoIndicators(false, 2026, kToday, fy, kAgencies);
    const int n = static_cast<int>(d.indicators.size());
    const int currentYear = Period::containing(kToday, Period::Kind::Year, fy).financialYear();

    std::vector<std::vector<Period>> periods(static_cast<size_t>(n));
    int rows = 0, valued = 0, withCommentary = 0, provisional = 0, estimated = 0, withCounts = 0;
    for (const Measurement &m : d.measurements) {
        QVERIFY2(m.problems().isEmpty(),
                 qPrintable(m.periodKey + QLatin1String(": ") + m.problems().join(QLatin1Char(' '))));
        QVERIFY(m.indicatorId >= 1 && m.indicatorId <= n);
        const Indicator &ind = d.indicators[static_cast<size_t>(m.indicatorId - 1)];
        const std::optional<Period> p = Period::fromKey(m.periodKey, fy);
        QVERIFY(p);
        QCOMPARE(p->kind(), periodKind(ind.frequency));
        QCOMPARE(p->key(), m.periodKey);
        QVERIFY2(*p < Period::containing(kToday, p->kind(), fy), qPrintable(ind.code + QLatin1Char(' ') + m.periodKey));
        periods[static_cast<size_t>(m.indicatorId - 1)].push_back(*p);
        ++rows;
        valued += m.value.has_value();
        withCommentary += !m.commentary.isEmpty();
        provisional += m.quality == DataQuality::Provisional;
        estimated += m.quality == DataQuality::Estimated;
        if (m.value && ind.unit == Unit::Percent)
            QVERIFY(*m.value >= 0 && *m.value <= 100);
        if (m.value)
            QVERIFY(*m.value >= 0);
        if (m.numerator) {
            ++withCounts;
            QCOMPARE(ind.unit, Unit::Percent);
            QVERIFY(*m.numerator >= 0 && *m.numerator <= *m.denominator);
            QCOMPARE(*m.value, std::round(1000.0 * *m.numerator / *m.denominator) / 10.0);
        }
    }
    qInfo("small demo: %d measurements, %d with a value, %d with numerator and denominator, %d with commentary "
          "(%.0f%%), %d provisional, %d estimated",
          rows, valued, withCounts, withCommentary, 100.0 * withCommentary / rows, provisional, estimated);
    QVERIFY(withCommentary * 100 >= rows * 15 && withCommentary * 100 <= rows * 40);
    QVERIFY(provisional >= n && provisional * 5 < rows);
    QVERIFY(estimated >= 3 && estimated * 20 < rows);
    QVERIFY(valued < rows); // a return or two never came in
    QVERIFY(withCounts * 2 > rows);

    // At least four financial years of periods each, in order, up to the period before today's.
    int gaps = 0;
    for (int i = 0; i < n; ++i) {
        const Indicator &ind = d.indicators[static_cast<size_t>(i)];
        const std::vector<Period> &ps = periods[static_cast<size_t>(i)];
        const Period::Kind kind = periodKind(ind.frequency);
        const Period first = Period::year(currentYear - 4, fy).enclosing(kind);
        const Period last = Period::containing(kToday, kind, fy).previous();
        QVERIFY2(ps.size() >= static_cast<size_t>(4 * perYear(ind.frequency) - 2), qPrintable(ind.code));
        QCOMPARE(ps.front(), first);
        QCOMPARE(ps.back(), last);
        for (size_t k = 1; k < ps.size(); ++k)
            QVERIFY(ps[k - 1] < ps[k]);
        int span = 0;
        for (Period p = first; !(last < p); p = p.next())
            ++span;
        gaps += span - static_cast<int>(ps.size());
    }
    qInfo("small demo: %d missing periods", gaps);
    QVERIFY(gaps >= 3);
}

void TestDemoIndicators::smallDetail()
{
    const int fy = 4;
    const DemoIndicatorData d = generateDemoIndicators(false, 2026, kToday, fy, kAgencies);
    const int n = static_cast<int>(d.indicators.size());
    const int currentYear = Period::containing(kToday, Period::Kind::Year, fy).financialYear();

    // A target for each financial year, tightening (or holding) year on year; the current one
    // is the indicator's standing annual target.
    std::map<int, std::map<int, double>> byIndicator;
    for (const Target &t : d.targets) {
        QVERIFY(t.indicatorId >= 1 && t.indicatorId <= n);
        const std::optional<Period> p = Period::fromKey(t.periodKey, fy);
        QVERIFY(p && p->kind() == Period::Kind::Year);
        byIndicator[static_cast<int>(t.indicatorId)][p->financialYear()] = t.value;
    }
    int tightening = 0;
    for (int i = 0; i < n; ++i) {
        const Indicator &ind = d.indicators[static_cast<size_t>(i)];
        const auto found = byIndicator.find(i + 1);
        QCOMPARE(found != byIndicator.end(), ind.annualTarget.has_value());
        if (found == byIndicator.end())
            continue;
        const std::map<int, double> &years = found->second;
        QCOMPARE(years.rbegin()->first, currentYear);
        QCOMPARE(years.rbegin()->second, *ind.annualTarget);
        QVERIFY(years.begin()->first <= currentYear - 4);
        bool tighter = false;
        for (auto it = std::next(years.begin()); it != years.end(); ++it) {
            const double before = std::prev(it)->second;
            if (ind.polarity == Polarity::HigherIsBetter)
                QVERIFY(it->second >= before);
            else
                QVERIFY(it->second <= before);
            tighter = tighter || it->second != before;
        }
        tightening += tighter;
    }
    QVERIFY(tightening >= 10);

    // Benchmarks for most statutory indicators, for no local ones; sensible numbers.
    QSet<qint64> benchmarked;
    int quarterlyRows = 0;
    for (const auto &[index, b] : d.benchmarks) {
        QVERIFY(index >= 1 && index <= n);
        const Indicator &ind = d.indicators[static_cast<size_t>(index - 1)];
        QVERIFY(ind.statutory);
        const std::optional<Period> p = Period::fromKey(b.periodKey, fy);
        QVERIFY(p);
        QVERIFY(*p < Period::containing(kToday, p->kind(), fy));
        QVERIFY(b.regional && b.statisticalNeighbours);
        quarterlyRows += p->kind() == Period::Kind::Quarter;
        if (p->kind() == Period::Kind::Year)
            QVERIFY(b.national);
        benchmarked.insert(index);
    }
    int statutory = 0;
    for (const Indicator &ind : d.indicators)
        statutory += ind.statutory;
    QVERIFY(benchmarked.size() * 4 >= statutory * 3);
    QVERIFY(quarterlyRows > 0);

    // Commentary reads like a report: no placeholders left behind.
    for (const Measurement &m : d.measurements) {
        QVERIFY2(!m.commentary.contains(QLatin1Char('{')), qPrintable(m.commentary));
        QVERIFY(m.commentary == m.commentary.trimmed());
    }
}

void TestDemoIndicators::otherYearStart()
{
    // A board whose year runs January to December: keys still valid, targets per calendar year.
    const QDate today(2026, 2, 10);
    const DemoIndicatorData d = generateDemoIndicators(false, 9, today, 1, kAgencies);
    QVERIFY(!d.measurements.empty());
    for (const Measurement &m : d.measurements) {
        const std::optional<Period> p = Period::fromKey(m.periodKey, 1);
        QVERIFY(p);
        QVERIFY(*p < Period::containing(today, p->kind(), 1));
    }
    for (const Target &t : d.targets)
        QVERIFY(t.periodKey.endsWith(QLatin1String("-Y")) && t.periodKey.left(4).toInt() <= 2026);
    const int cp03 = indexOf(d, QStringLiteral("CP-03"));
    const std::vector<double> values = seriesOf(d, cp03, 1);
    QVERIFY(values.size() >= 48);
}

void TestDemoIndicators::deterministic()
{
    const DemoIndicatorData a = generateDemoIndicators(false, 42, kToday, 4, kAgencies);
    const DemoIndicatorData b = generateDemoIndicators(false, 42, kToday, 4, kAgencies);
    QVERIFY(a.indicators == b.indicators);
    QVERIFY(a.ownerAgencyNames == b.ownerAgencyNames);
    QVERIFY(a.measurements == b.measurements);
    QVERIFY(a.targets == b.targets);
    QVERIFY(a.benchmarks == b.benchmarks);

    const DemoIndicatorData c = generateDemoIndicators(false, 43, kToday, 4, kAgencies);
    QVERIFY(a.indicators == c.indicators); // the same indicators...
    int differing = 0;                     // ...with different values
    for (size_t i = 0; i < std::min(a.measurements.size(), c.measurements.size()); ++i)
        differing += a.measurements[i].value != c.measurements[i].value;
    QVERIFY(differing > static_cast<int>(a.measurements.size()) / 2);
}

void TestDemoIndicators::specialCauses_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QDate>("today");
    for (const quint32 seed : {1u, 42u, 2026u, 777u, 123456u})
        for (const QDate &today : {kToday, QDate(2025, 4, 1), QDate(2027, 1, 31), QDate(2030, 12, 1)})
            QTest::addRow("seed %u, %s", seed, qPrintable(today.toString(Qt::ISODate))) << seed << today;
}

void TestDemoIndicators::specialCauses()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);
    const DemoIndicatorData d = generateDemoIndicators(false, seed, today, 4, kAgencies);

    // CP-03: a trend of seven rising points ending at the latest month (a concern: lower is better).
    {
        const int i = indexOf(d, QStringLiteral("CP-03"));
        QVERIFY(i >= 0);
        const std::vector<double> v = seriesOf(d, i);
        const int n = static_cast<int>(v.size());
        for (int k = n - 6; k < n; ++k)
            QVERIFY(v[static_cast<size_t>(k)] > v[static_cast<size_t>(k - 1)]);
        const SpcResult r = evaluateSpc(v, d.indicators[static_cast<size_t>(i)].polarity);
        QVERIFY(hasRule(r, SpcRule::Trend, n - 7, n));
    }
    // MIS-01: one month below the lower process limit, five months before the latest.
    {
        const int i = indexOf(d, QStringLiteral("MIS-01"));
        QVERIFY(i >= 0);
        const std::vector<double> v = seriesOf(d, i);
        const int n = static_cast<int>(v.size());
        const SpcResult r = evaluateSpc(v, d.indicators[static_cast<size_t>(i)].polarity);
        const SpcPoint &p = r.points[static_cast<size_t>(n - 5)];
        QCOMPARE(p.rule, std::optional<SpcRule>(SpcRule::OutsideLimits));
        QCOMPARE(p.side, SpcSide::Low);
        QCOMPARE(p.type, SpcPointType::Concern);
    }
    // ASC-08: the last eight months above the mean, caught by the run rule (an improvement).
    {
        const int i = indexOf(d, QStringLiteral("ASC-08"));
        QVERIFY(i >= 0);
        const std::vector<double> v = seriesOf(d, i);
        const int n = static_cast<int>(v.size());
        const SpcResult r = evaluateSpc(v, d.indicators[static_cast<size_t>(i)].polarity);
        for (int k = n - 8; k < n; ++k)
            QVERIFY(v[static_cast<size_t>(k)] > r.segments.back().mean);
        QVERIFY(hasRule(r, SpcRule::Run, n - 8, n));
        for (int k = n - 8; k < n; ++k)
            if (r.points[static_cast<size_t>(k)].rule == SpcRule::Run)
                QCOMPARE(r.points[static_cast<size_t>(k)].type, SpcPointType::Improvement);
    }
}

void TestDemoIndicators::ragSpread_data()
{
    specialCauses_data();
}

void TestDemoIndicators::ragSpread()
{
    QFETCH(quint32, seed);
    QFETCH(QDate, today);
    const DemoIndicatorData d = generateDemoIndicators(false, seed, today, 4, kAgencies);
    const Spread s = latestSpread(d, today);
    if (seed == 2026u && today == kToday)
        qInfo("latest period: %d red, %d amber, %d green (%d blue at 110%%), %d n/a, %d no data", s.red, s.amber,
              s.green, s.blue, s.na, s.noData);
    QVERIFY(s.red >= 3);
    QVERIFY(s.amber >= 3);
    QVERIFY(s.green >= 3);
    QVERIFY(s.blue >= 3);
    QVERIFY(s.na >= 5);
}

void TestDemoIndicators::large()
{
    QElapsedTimer timer;
    timer.start();
    const DemoIndicatorData d = generateDemoIndicators(true, 2026, kToday, 4, kAgencies);
    const qint64 took = timer.elapsed();
    qInfo("large demo: %zu indicators, %zu measurements, %zu targets, %zu benchmarks in %lld ms", d.indicators.size(),
          d.measurements.size(), d.targets.size(), d.benchmarks.size(), took);

    QCOMPARE(d.indicators.size(), size_t(500));
    QCOMPARE(d.ownerAgencyNames.size(), size_t(500));
    QCOMPARE(d.measurements.size(), size_t(60000));
    QSet<QString> codes;
    for (const Indicator &ind : d.indicators) {
        QVERIFY2(ind.problems().isEmpty(), qPrintable(ind.code));
        QCOMPARE(ind.frequency, Frequency::Monthly);
        codes.insert(ind.code);
    }
    QCOMPARE(codes.size(), 500);

    // Ten years of months per indicator, up to last month.
    std::vector<int> perIndicator(500, 0);
    const Period last = Period::containing(kToday, Period::Kind::Month, 4).previous();
    const QString firstKey = last.offset(-119).key();
    for (const Measurement &m : d.measurements) {
        ++perIndicator[static_cast<size_t>(m.indicatorId - 1)];
        QVERIFY(m.value);
        QVERIFY(m.periodKey >= firstKey && m.periodKey <= last.key());
    }
    for (int c : perIndicator)
        QCOMPARE(c, 120);

    // The special causes hold in the copies too.
    const int cp03 = indexOf(d, QStringLiteral("CP-03-L03"));
    QVERIFY(cp03 >= 0);
    const std::vector<double> v = seriesOf(d, cp03);
    QCOMPARE(v.size(), size_t(120));
    QVERIFY(hasRule(evaluateSpc(v, Polarity::LowerIsBetter), SpcRule::Trend, 113, 120));

    QVERIFY(generateDemoIndicators(true, 2026, kToday, 4, kAgencies).measurements == d.measurements);
}

QTEST_APPLESS_MAIN(TestDemoIndicators)
#include "tst_demoindicators.moc"
