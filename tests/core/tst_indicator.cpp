// Indicators and measurements: stored words, what spreadsheets say, validation and targets.
#include "core/indicators/indicator.h"

#include <QTest>

using namespace assure;

class TestIndicator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void polarityWords_data();
    void polarityWords();
    void frequencyWords_data();
    void frequencyWords();
    void parseUnitAndQuality();
    void periodKinds();
    void codes_data();
    void codes();
    void problems();
    void measurementProblems();
    void targets();
};

void TestIndicator::keysRoundTrip()
{
    QStringList keys;
    for (Polarity p : allPolarities()) {
        keys << polarityKey(p);
        QCOMPARE(polarityFromKey(polarityKey(p)), p);
        QCOMPARE(parsePolarity(polarityKey(p)), p);
        QCOMPARE(parsePolarity(polarityLabel(p)), p);
    }
    for (Frequency f : allFrequencies()) {
        keys << frequencyKey(f);
        QCOMPARE(frequencyFromKey(frequencyKey(f)), f);
        QCOMPARE(parseFrequency(frequencyLabel(f)), f);
    }
    for (DataQuality q : allDataQualities()) {
        keys << dataQualityKey(q);
        QCOMPARE(dataQualityFromKey(dataQualityKey(q)), q);
        QCOMPARE(parseDataQuality(dataQualityLabel(q)), q);
    }
    for (Unit u : allUnits()) {
        keys << unitKey(u);
        QCOMPARE(unitFromKey(unitKey(u)), u);
        QCOMPARE(parseUnit(unitKey(u)), u);
        QCOMPARE(parseUnit(unitLabel(u)), u);
    }
    QCOMPARE(keys.join(QLatin1Char(',')),
             QStringLiteral("higher,lower,none,monthly,quarterly,annual,validated,provisional,estimated,"
                            "percent,count,rate,days,money"));
}

void TestIndicator::polarityWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key"); // empty: unreadable
    const auto row = [](const char *text, const char *key) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(key);
    };
    row("higher", "higher");
    row("Higher is better", "higher");
    row("HIGHER IS BETTER", "higher");
    row("higher-is-better", "higher");
    row("  high ", "higher");
    row("lower", "lower");
    row("Lower is better", "lower");
    row("low", "lower");
    row("lower_is_better", "lower");
    row("none", "none");
    row("n/a", "none");
    row("N/A", "none");
    row("Information only", "none");
    row("neutral", "none");
    row("better", "");
    row("", "");
    row("sideways", "");
}

void TestIndicator::polarityWords()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto p = parsePolarity(text);
    QCOMPARE(p ? polarityKey(*p) : QString(), key);
}

void TestIndicator::frequencyWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("key");
    const auto row = [](const char *text, const char *key) {
        QTest::newRow(text) << QString::fromUtf8(text) << QString::fromLatin1(key);
    };
    row("monthly", "monthly");
    row("Month", "monthly");
    row("quarterly", "quarterly");
    row("Quarter", "quarterly");
    row("annual", "annual");
    row("Annually", "annual");
    row("yearly", "annual");
    row("Year", "annual");
    row("weekly", "");
    row("", "");
}

void TestIndicator::frequencyWords()
{
    QFETCH(QString, text);
    QFETCH(QString, key);
    const auto f = parseFrequency(text);
    QCOMPARE(f ? frequencyKey(*f) : QString(), key);
}

void TestIndicator::parseUnitAndQuality()
{
    QCOMPARE(parseUnit(QStringLiteral("%")), Unit::Percent);
    QCOMPARE(parseUnit(QStringLiteral("Percentage")), Unit::Percent);
    QCOMPARE(parseUnit(QStringLiteral("Number")), Unit::Count);
    QCOMPARE(parseUnit(QStringLiteral("rate per 10,000")), Unit::Rate);
    QCOMPARE(parseUnit(QStringLiteral("Working days")), Unit::Days);
    QCOMPARE(parseUnit(QString::fromUtf8("£")), Unit::Money);
    QVERIFY(!parseUnit(QStringLiteral("furlongs")));
    QCOMPARE(parseDataQuality(QStringLiteral("Provisional")), DataQuality::Provisional);
    QCOMPARE(parseDataQuality(QStringLiteral("estimate")), DataQuality::Estimated);
    QCOMPARE(parseDataQuality(QStringLiteral("VALIDATED")), DataQuality::Validated);
    QVERIFY(!parseDataQuality(QStringLiteral("dubious")));
    // Stored keys that are not known fall back to a safe default rather than failing a load.
    QCOMPARE(polarityFromKey(QStringLiteral("sideways")), Polarity::None);
    QCOMPARE(frequencyFromKey(QStringLiteral("weekly")), Frequency::Quarterly);
}

void TestIndicator::periodKinds()
{
    QCOMPARE(periodKind(Frequency::Monthly), Period::Kind::Month);
    QCOMPARE(periodKind(Frequency::Quarterly), Period::Kind::Quarter);
    QCOMPARE(periodKind(Frequency::Annual), Period::Kind::Year);
}

void TestIndicator::codes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("letters and digits") << QStringLiteral("CSC01") << true;
    QTest::newRow("dash") << QStringLiteral("CSC-01") << true;
    QTest::newRow("inner space") << QStringLiteral("NI 62") << true;
    QTest::newRow("dots") << QStringLiteral("A1.2") << true;
    QTest::newRow("slash") << QStringLiteral("CP/2") << true;
    QTest::newRow("one character") << QStringLiteral("7") << true;
    QTest::newRow("32 characters") << QString(32, QLatin1Char('A')) << true;
    QTest::newRow("33 characters") << QString(33, QLatin1Char('A')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("leading dash") << QStringLiteral("-A") << false;
    QTest::newRow("trailing space") << QStringLiteral("A ") << false;
    QTest::newRow("double space") << QStringLiteral("NI  62") << false;
    QTest::newRow("comma") << QStringLiteral("A,B") << false;
    QTest::newRow("quote") << QStringLiteral("A\"B") << false;
    QTest::newRow("accented") << QString::fromUtf8("CAF\u00C9") << false;
}

void TestIndicator::codes()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(isValidIndicatorCode(code), valid);
}

void TestIndicator::problems()
{
    Indicator i;
    i.code = QStringLiteral("CSC-01");
    i.title = QStringLiteral("Re-referrals within 12 months");
    QVERIFY(i.problems().isEmpty());

    Indicator empty;
    QCOMPARE(empty.problems().size(), 2); // code and title

    Indicator bad = i;
    bad.code = QStringLiteral("A,B");
    QCOMPARE(bad.problems().size(), 1);
    QVERIFY(bad.problems().constFirst().contains(QStringLiteral("A,B")));

    Indicator blankTitle = i;
    blankTitle.title = QStringLiteral("   ");
    QCOMPARE(blankTitle.problems().size(), 1);

    QCOMPARE(i, i);
    Indicator other = i;
    other.annualTarget = 12.0;
    QVERIFY(other != i);
}

void TestIndicator::measurementProblems()
{
    Measurement m;
    m.periodKey = Period::quarter(2026, 2).key();
    m.value = 87.5;
    QVERIFY(m.problems().isEmpty());

    Measurement badPeriod = m;
    badPeriod.periodKey = QStringLiteral("2026/27 Q2"); // a label, not a key
    QCOMPARE(badPeriod.problems().size(), 1);

    Measurement halves = m;
    halves.numerator = 35; // typed before its denominator
    QVERIFY(halves.problems().isEmpty());
    halves.denominator = 40;
    QVERIFY(halves.problems().isEmpty());
    halves.denominator = 0;
    QCOMPARE(halves.problems().size(), 1);
}

void TestIndicator::targets()
{
    Indicator i;
    i.id = 7;
    i.annualTarget = 80;
    const Period q2 = Period::quarter(2026, 2);
    const Period sep = Period::month(2026, 9);

    QCOMPARE(targetFor(i, q2, {}), 80.0);

    const QList<Target> targets{
        {7, QStringLiteral("2026-Y"), 85},
        {7, QStringLiteral("2026-Q3"), 90},
        {8, QStringLiteral("2026-Q2"), 10}, // another indicator's
        {7, QStringLiteral("2026-09"), 95},
    };
    QCOMPARE(targetFor(i, q2, targets), 85.0);                       // the year's
    QCOMPARE(targetFor(i, Period::quarter(2026, 3), targets), 90.0); // its own
    QCOMPARE(targetFor(i, sep, targets), 95.0);
    QCOMPARE(targetFor(i, Period::month(2026, 8), targets), 85.0);
    QCOMPARE(targetFor(i, Period::quarter(2027, 1), targets), 80.0); // standing annual target

    Indicator noTarget;
    noTarget.id = 9;
    QVERIFY(!targetFor(noTarget, q2, targets));
}

QTEST_APPLESS_MAIN(TestIndicator)
#include "tst_indicator.moc"
