// Working days for the complaints' response target (issue 19, part 2): the bank holidays of
// England and Wales as published, counting across Christmas and New Year, Easter, a substitute
// day and a day the board adds, and the day of receipt as day 0.
#include "core/calendar/workingdays.h"

#include <QTest>

using namespace assure;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

} // namespace

class TestWorkingDays final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bankHolidays_data();
    void bankHolidays();
    void outsideTheList();
    void between_data();
    void between();
    void boardDay();
    void deadline_data();
    void deadline();
};

void TestWorkingDays::bankHolidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("expected");
    // As published by GOV.UK for England and Wales.
    QTest::newRow("2020: VE Day on Friday 8 May, Boxing Day on Monday 28")
        << 2020 << QList<QDate>{d(2020, 1, 1),  d(2020, 4, 10), d(2020, 4, 13),  d(2020, 5, 8),
                                d(2020, 5, 25), d(2020, 8, 31), d(2020, 12, 25), d(2020, 12, 28)};
    QTest::newRow("2021: Christmas and Boxing Day at a weekend")
        << 2021 << QList<QDate>{d(2021, 1, 1),  d(2021, 4, 2),  d(2021, 4, 5),   d(2021, 5, 3),
                                d(2021, 5, 31), d(2021, 8, 30), d(2021, 12, 27), d(2021, 12, 28)};
    QTest::newRow("2022: the Jubilee, the State Funeral, Christmas on a Sunday")
        << 2022 << QList<QDate>{d(2022, 1, 3), d(2022, 4, 15), d(2022, 4, 18), d(2022, 5, 2),   d(2022, 6, 2),
                                d(2022, 6, 3), d(2022, 8, 29), d(2022, 9, 19), d(2022, 12, 26), d(2022, 12, 27)};
    QTest::newRow("2023: the Coronation")
        << 2023 << QList<QDate>{d(2023, 1, 2),  d(2023, 4, 7),  d(2023, 4, 10),  d(2023, 5, 1),  d(2023, 5, 8),
                                d(2023, 5, 29), d(2023, 8, 28), d(2023, 12, 25), d(2023, 12, 26)};
    QTest::newRow("2026: Boxing Day on a Saturday")
        << 2026 << QList<QDate>{d(2026, 1, 1),  d(2026, 4, 3),  d(2026, 4, 6),   d(2026, 5, 4),
                                d(2026, 5, 25), d(2026, 8, 31), d(2026, 12, 25), d(2026, 12, 28)};
    QTest::newRow("2027: Easter in March, Christmas on a Saturday")
        << 2027 << QList<QDate>{d(2027, 1, 1),  d(2027, 3, 26), d(2027, 3, 29),  d(2027, 5, 3),
                                d(2027, 5, 31), d(2027, 8, 30), d(2027, 12, 27), d(2027, 12, 28)};
    QTest::newRow("2028: New Year on a Saturday")
        << 2028 << QList<QDate>{d(2028, 1, 3),  d(2028, 4, 14), d(2028, 4, 17),  d(2028, 5, 1),
                                d(2028, 5, 29), d(2028, 8, 28), d(2028, 12, 25), d(2028, 12, 26)};
}

void TestWorkingDays::bankHolidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, expected);
    QCOMPARE(assure::bankHolidays(year), expected);
}

void TestWorkingDays::outsideTheList()
{
    QVERIFY(assure::bankHolidays(2019).isEmpty());
    QVERIFY(assure::bankHolidays(2031).isEmpty());
    QCOMPARE(assure::bankHolidays(2030).size(), 8);
    // Beyond the list, only weekends are skipped: Christmas Day 2031 (a Thursday) is worked
    // unless the board adds it.
    QVERIFY(WorkingDays().isWorkingDay(d(2031, 12, 25)));
    QVERIFY(!WorkingDays({d(2031, 12, 25)}).isWorkingDay(d(2031, 12, 25)));
}

void TestWorkingDays::between_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("responded");
    QTest::addColumn<int>("days");
    QTest::newRow("same day") << d(2026, 11, 18) << d(2026, 11, 18) << 0;
    QTest::newRow("next day") << d(2026, 11, 18) << d(2026, 11, 19) << 1;
    QTest::newRow("Friday to Monday") << d(2026, 11, 20) << d(2026, 11, 23) << 1;
    QTest::newRow("received on a Saturday, answered Monday") << d(2026, 11, 21) << d(2026, 11, 23) << 1;
    QTest::newRow("answered on a Sunday") << d(2026, 11, 20) << d(2026, 11, 22) << 0;
    // Thu 24, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan: Christmas, Boxing Day's Monday, New Year off.
    QTest::newRow("Christmas and New Year") << d(2026, 12, 23) << d(2027, 1, 4) << 5;
    // Good Friday 3 Apr and Easter Monday 6 Apr 2026 off.
    QTest::newRow("Easter") << d(2026, 4, 2) << d(2026, 4, 7) << 1;
    // Christmas 2022 was a Sunday: Boxing Day on Monday 26, Christmas's substitute on Tuesday 27.
    QTest::newRow("a substitute day") << d(2022, 12, 23) << d(2022, 12, 28) << 1;
    QTest::newRow("the Coronation") << d(2023, 5, 5) << d(2023, 5, 9) << 1;
    QTest::newRow("responded before received") << d(2026, 11, 20) << d(2026, 11, 10) << 0;
    QTest::newRow("not responded") << d(2026, 11, 20) << QDate() << -1;
}

void TestWorkingDays::between()
{
    QFETCH(QDate, received);
    QFETCH(QDate, responded);
    QFETCH(int, days);
    QCOMPARE(WorkingDays().between(received, responded), days);
}

void TestWorkingDays::boardDay()
{
    // Mon 2 to Fri 6 Nov 2026 is 4 working days; the board closes on Wednesday 4 for training.
    QCOMPARE(WorkingDays().between(d(2026, 11, 2), d(2026, 11, 6)), 4);
    const WorkingDays board({d(2026, 11, 4)});
    QCOMPARE(board.between(d(2026, 11, 2), d(2026, 11, 6)), 3);
    QVERIFY(!board.isWorkingDay(d(2026, 11, 4)));
    QCOMPARE(board.deadline(d(2026, 11, 2), 3), d(2026, 11, 6));
}

void TestWorkingDays::deadline_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<int>("target");
    QTest::addColumn<QDate>("last");
    QTest::newRow("20 days in November") << d(2026, 11, 2) << 20 << d(2026, 11, 30);
    QTest::newRow("20 days over Christmas") << d(2026, 12, 1) << 20 << d(2026, 12, 31);
    QTest::newRow("received on Christmas Eve") << d(2026, 12, 24) << 1 << d(2026, 12, 29);
    QTest::newRow("no target") << d(2026, 12, 24) << 0 << d(2026, 12, 24);
}

void TestWorkingDays::deadline()
{
    QFETCH(QDate, received);
    QFETCH(int, target);
    QFETCH(QDate, last);
    const WorkingDays days;
    QCOMPARE(days.deadline(received, target), last);
    if (target > 0) {
        QCOMPARE(days.between(received, last), target);
        QVERIFY(days.isWorkingDay(last));
    }
}

QTEST_GUILESS_MAIN(TestWorkingDays)
#include "tst_workingdays.moc"
