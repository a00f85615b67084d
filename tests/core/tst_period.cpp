// Financial years, quarters and months: boundaries, labels and parsing.
#include "core/period.h"

#include <QTest>

using assure::Period;

class TestPeriod final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void yearBoundaries_data();
    void yearBoundaries();
    void quarterOfDate_data();
    void quarterOfDate();
    void leapYear();
    void labelsRoundTrip_data();
    void labelsRoundTrip();
    void tolerantForms_data();
    void tolerantForms();
    void badLabels_data();
    void badLabels();
    void stepping();
    void calendarYearBoard();
    void keysSortChronologically();
    void shortLabels_data();
    void shortLabels();
};

void TestPeriod::yearBoundaries_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("label");
    QTest::newRow("31 March is the old year") << QDate(2027, 3, 31) << QStringLiteral("2026/27");
    QTest::newRow("1 April is the new year") << QDate(2027, 4, 1) << QStringLiteral("2027/28");
    QTest::newRow("1 January") << QDate(2027, 1, 1) << QStringLiteral("2026/27");
    QTest::newRow("31 December") << QDate(2026, 12, 31) << QStringLiteral("2026/27");
    QTest::newRow("century turn") << QDate(2000, 2, 1) << QStringLiteral("1999/00");
}

void TestPeriod::yearBoundaries()
{
    QFETCH(QDate, date);
    QFETCH(QString, label);
    const Period y = Period::containing(date, Period::Kind::Year);
    QCOMPARE(y.label(), label);
    QVERIFY(y.contains(date));
    QCOMPARE(y.start().month(), 4);
    QCOMPARE(y.start().day(), 1);
    QCOMPARE(y.end().month(), 3);
    QCOMPARE(y.end().day(), 31);
}

void TestPeriod::quarterOfDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("label");
    QTest::newRow("1 Apr") << QDate(2026, 4, 1) << QStringLiteral("2026/27 Q1");
    QTest::newRow("30 Jun") << QDate(2026, 6, 30) << QStringLiteral("2026/27 Q1");
    QTest::newRow("1 Jul") << QDate(2026, 7, 1) << QStringLiteral("2026/27 Q2");
    QTest::newRow("30 Sep") << QDate(2026, 9, 30) << QStringLiteral("2026/27 Q2");
    QTest::newRow("1 Oct") << QDate(2026, 10, 1) << QStringLiteral("2026/27 Q3");
    QTest::newRow("31 Dec") << QDate(2026, 12, 31) << QStringLiteral("2026/27 Q3");
    QTest::newRow("1 Jan") << QDate(2027, 1, 1) << QStringLiteral("2026/27 Q4");
    QTest::newRow("31 Mar") << QDate(2027, 3, 31) << QStringLiteral("2026/27 Q4");
}

void TestPeriod::quarterOfDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, label);
    const Period q = Period::containing(date, Period::Kind::Quarter);
    QCOMPARE(q.label(), label);
    QVERIFY(q.contains(date));
    QVERIFY(!q.next().contains(date));
    QVERIFY(!q.previous().contains(date));
}

void TestPeriod::leapYear()
{
    const Period feb2028 = Period::containing(QDate(2028, 2, 29), Period::Kind::Month);
    QCOMPARE(feb2028.label(), QStringLiteral("Feb 2028"));
    QCOMPARE(feb2028.end(), QDate(2028, 2, 29));
    QCOMPARE(Period::month(2027, 2).end(), QDate(2027, 2, 28));
    const Period q4 = Period::containing(QDate(2028, 2, 29), Period::Kind::Quarter);
    QCOMPARE(q4.label(), QStringLiteral("2027/28 Q4"));
    QCOMPARE(q4.end(), QDate(2028, 3, 31));
    QCOMPARE(Period::year(2027).start().daysTo(Period::year(2027).end()) + 1, 366);
    QCOMPARE(Period::year(2026).start().daysTo(Period::year(2026).end()) + 1, 365);
}

void TestPeriod::labelsRoundTrip_data()
{
    QTest::addColumn<QString>("label");
    for (const char *l :
         {"2026/27", "2026/27 Q1", "2026/27 Q4", "Sep 2026", "Mar 2027", "Apr 2026", "1999/00", "Jan 2000"})
        QTest::newRow(l) << QString::fromLatin1(l);
}

void TestPeriod::labelsRoundTrip()
{
    QFETCH(QString, label);
    QString error;
    const auto p = Period::parse(label, 4, &error);
    QVERIFY2(p.has_value(), qPrintable(error));
    QCOMPARE(p->label(), label);
    const auto viaKey = Period::fromKey(p->key());
    QVERIFY(viaKey.has_value());
    QCOMPARE(*viaKey, *p);
}

void TestPeriod::tolerantForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("label");
    QTest::newRow("dash year") << QStringLiteral("2026-27") << QStringLiteral("2026/27");
    QTest::newRow("long year") << QStringLiteral("2026/2027") << QStringLiteral("2026/27");
    QTest::newRow("quarter first") << QStringLiteral("Q2 2026/27") << QStringLiteral("2026/27 Q2");
    QTest::newRow("lower q") << QStringLiteral("2026/27 q3") << QStringLiteral("2026/27 Q3");
    QTest::newRow("full month") << QStringLiteral("September 2026") << QStringLiteral("Sep 2026");
    QTest::newRow("Sept") << QStringLiteral("Sept 2026") << QStringLiteral("Sep 2026");
    QTest::newRow("upper month") << QStringLiteral("SEP 2026") << QStringLiteral("Sep 2026");
    QTest::newRow("iso month") << QStringLiteral("2026-09") << QStringLiteral("Sep 2026");
    QTest::newRow("spaces") << QStringLiteral("  2026/27   Q2 ") << QStringLiteral("2026/27 Q2");
}

void TestPeriod::tolerantForms()
{
    QFETCH(QString, text);
    QFETCH(QString, label);
    QString error;
    const auto p = Period::parse(text, 4, &error);
    QVERIFY2(p.has_value(), qPrintable(error));
    QCOMPARE(p->label(), label);
}

void TestPeriod::badLabels_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reasonPart");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("years not consecutive") << QStringLiteral("2026/28") << QStringLiteral("must follow");
    QTest::newRow("quarter 5") << QStringLiteral("2026/27 Q5") << QStringLiteral("Q1 to Q4");
    QTest::newRow("quarter 0") << QStringLiteral("2026/27 Q0") << QStringLiteral("Q1 to Q4");
    QTest::newRow("not a month") << QStringLiteral("Sop 2026") << QStringLiteral("not a month");
    QTest::newRow("month 13") << QStringLiteral("2026-13") << QStringLiteral("1 to 12");
    QTest::newRow("nonsense") << QStringLiteral("n/a") << QStringLiteral("not a period");
    QTest::newRow("year out of range") << QStringLiteral("Sep 0026") << QStringLiteral("out of range");
    QTest::newRow("bare year on April board") << QStringLiteral("2026") << QStringLiteral("not a period");
}

void TestPeriod::badLabels()
{
    QFETCH(QString, text);
    QFETCH(QString, reasonPart);
    QString error;
    QVERIFY(!Period::parse(text, 4, &error).has_value());
    QVERIFY2(error.contains(reasonPart), qPrintable(error));
}

void TestPeriod::stepping()
{
    const Period q4 = Period::quarter(2026, 4);
    QCOMPARE(q4.next().label(), QStringLiteral("2027/28 Q1"));
    QCOMPARE(q4.next().previous(), q4);
    QCOMPARE(Period::month(2027, 3).next().label(), QStringLiteral("Apr 2027"));
    QCOMPARE(Period::month(2026, 4).previous().label(), QStringLiteral("Mar 2026"));
    QCOMPARE(Period::month(2026, 4).offset(-25).label(), QStringLiteral("Mar 2024"));
    QCOMPARE(Period::year(2026).offset(-3).label(), QStringLiteral("2023/24"));
    QCOMPARE(Period::month(2027, 2).enclosing(Period::Kind::Quarter).label(), QStringLiteral("2026/27 Q4"));
    QCOMPARE(Period::month(2027, 2).enclosing(Period::Kind::Year).label(), QStringLiteral("2026/27"));
}

void TestPeriod::calendarYearBoard()
{
    const auto y = Period::parse(QStringLiteral("2026"), 1);
    QVERIFY(y.has_value());
    QCOMPARE(y->start(), QDate(2026, 1, 1));
    QCOMPARE(y->end(), QDate(2026, 12, 31));
    QCOMPARE(Period::containing(QDate(2026, 5, 1), Period::Kind::Quarter, 1).label(), QStringLiteral("2026 Q2"));
    QString error;
    QVERIFY(!Period::parse(QStringLiteral("2026/27"), 1, &error).has_value());
    QVERIFY2(error.contains(QStringLiteral("January to December")), qPrintable(error));
}

void TestPeriod::keysSortChronologically()
{
    QStringList keys;
    Period p = Period::month(2025, 11);
    for (int i = 0; i < 30; ++i, p = p.next())
        keys << p.key();
    QStringList sorted = keys;
    sorted.sort();
    QCOMPARE(sorted, keys);
    QVERIFY(Period::month(2026, 3) < Period::month(2026, 4));
}

void TestPeriod::shortLabels_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QString>("label");
    QTest::newRow("quarter") << Period::quarter(2026, 2) << QStringLiteral("Q2 26/27");
    QTest::newRow("year") << Period::year(2026) << QStringLiteral("26/27");
    QTest::newRow("century turn") << Period::year(1999) << QStringLiteral("99/00");
    QTest::newRow("month") << Period::month(2026, 9) << QStringLiteral("Sep 26");
    QTest::newRow("January in a year from April") << Period::month(2027, 1) << QStringLiteral("Jan 27");
    QTest::newRow("calendar-year board") << Period::quarter(2026, 3, 1) << QStringLiteral("Q3 2026");
}

void TestPeriod::shortLabels()
{
    QFETCH(Period, period);
    QFETCH(QString, label);
    QCOMPARE(period.shortLabel(), label);
}

QTEST_APPLESS_MAIN(TestPeriod)
#include "tst_period.moc"
