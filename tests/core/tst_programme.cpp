// The audit programme (issue 15, part 1): the due months of each frequency across a financial year
// (April to March, and a board whose year starts in January), named months, occurrences stored and
// generated, and the status of an occurrence on a day: planned, due, overdue, done, skipped, moved.
#include "core/audits/programme.h"

#include <QTest>

using namespace assure;

namespace {

QString months(const QList<QDate> &dates)
{
    QStringList out;
    for (const QDate &d : dates)
        out << d.toString(QStringLiteral("yyyy-MM"));
    return out.join(QLatin1Char(' '));
}

ProgrammeEntry entry(ProgrammeFrequency frequency, const QList<int> &named = {})
{
    ProgrammeEntry e;
    e.id = 7;
    e.subject = QStringLiteral("Multi-agency audit");
    e.frequency = frequency;
    e.dueMonths = named;
    return e;
}

} // namespace

class TestProgramme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void frequencies_data();
    void frequencies();
    void calendarYearBoard();
    void monthLists();
    void storedAndGenerated();
    void status_data();
    void status();
    void problems();
};

void TestProgramme::keys()
{
    QStringList f;
    for (ProgrammeFrequency x : allProgrammeFrequencies()) {
        f << programmeFrequencyKey(x);
        QCOMPARE(programmeFrequencyFromKey(programmeFrequencyKey(x)), x);
    }
    QCOMPARE(f.join(QLatin1Char(' ')), QStringLiteral("monthly quarterly twice_yearly annual rolling ongoing"));
    QStringList s;
    for (OccurrenceStatus x : allOccurrenceStatuses())
        s << occurrenceStatusKey(x);
    QCOMPARE(s.join(QLatin1Char(' ')), QStringLiteral("planned due overdue done skipped"));
    for (ProgrammeCategory c : allProgrammeCategories())
        QCOMPARE(programmeCategoryFromKey(programmeCategoryKey(c)), c);
}

void TestProgramme::frequencies_data()
{
    QTest::addColumn<int>("frequency");
    QTest::addColumn<QList<int>>("named");
    QTest::addColumn<QString>("due");
    QTest::newRow("monthly") << int(ProgrammeFrequency::Monthly) << QList<int>()
                             << QStringLiteral("2026-04 2026-05 2026-06 2026-07 2026-08 2026-09 2026-10 2026-11 "
                                               "2026-12 2027-01 2027-02 2027-03");
    QTest::newRow("quarterly") << int(ProgrammeFrequency::Quarterly) << QList<int>()
                               << QStringLiteral("2026-06 2026-09 2026-12 2027-03");
    QTest::newRow("twice-yearly") << int(ProgrammeFrequency::TwiceYearly) << QList<int>()
                                  << QStringLiteral("2026-09 2027-03");
    QTest::newRow("annual") << int(ProgrammeFrequency::Annual) << QList<int>() << QStringLiteral("2027-03");
    QTest::newRow("rolling names none") << int(ProgrammeFrequency::Rolling) << QList<int>() << QString();
    QTest::newRow("ongoing names none") << int(ProgrammeFrequency::Ongoing) << QList<int>() << QString();
    // Seed 002: LeDeR twice-yearly in June and December; training effectiveness annually in December;
    // Prevent annually in March; self-assessment rolling, in June.
    QTest::newRow("twice-yearly, June and December")
        << int(ProgrammeFrequency::TwiceYearly) << QList<int>{12, 6} << QStringLiteral("2026-06 2026-12");
    QTest::newRow("annual, December") << int(ProgrammeFrequency::Annual) << QList<int>{12} << QStringLiteral("2026-12");
    QTest::newRow("annual, January falls in the next calendar year")
        << int(ProgrammeFrequency::Annual) << QList<int>{1} << QStringLiteral("2027-01");
    QTest::newRow("rolling, June") << int(ProgrammeFrequency::Rolling) << QList<int>{6} << QStringLiteral("2026-06");
    QTest::newRow("quarterly, own months") << int(ProgrammeFrequency::Quarterly) << QList<int>{5, 8, 11, 2}
                                           << QStringLiteral("2026-05 2026-08 2026-11 2027-02");
}

void TestProgramme::frequencies()
{
    QFETCH(int, frequency);
    QFETCH(QList<int>, named);
    QFETCH(QString, due);
    QCOMPARE(months(dueDates(entry(ProgrammeFrequency(frequency), named), 2026)), due);
}

void TestProgramme::calendarYearBoard()
{
    // A board whose year runs January to December: quarters end in March, June, September, December.
    QCOMPARE(months(dueDates(entry(ProgrammeFrequency::Quarterly), 2026, 1)),
             QStringLiteral("2026-03 2026-06 2026-09 2026-12"));
    QCOMPARE(months(dueDates(entry(ProgrammeFrequency::Annual), 2026, 1)), QStringLiteral("2026-12"));
}

void TestProgramme::monthLists()
{
    QCOMPARE(monthListText({12, 6, 6, 13, 0}), QStringLiteral("6,12"));
    QCOMPARE(monthListFromText(QStringLiteral(" 12, 6,x,6,14")), QList<int>({6, 12}));
    QCOMPARE(monthListFromText(QString()), QList<int>());
}

void TestProgramme::storedAndGenerated()
{
    const ProgrammeEntry quarterly = entry(ProgrammeFrequency::Quarterly);
    ProgrammeOccurrence done; // June's, done
    done.id = 1;
    done.entryId = 7;
    done.due = QDate(2026, 6, 1);
    done.outcome = ProgrammeOccurrence::Outcome::Done;
    ProgrammeOccurrence moved; // September's, moved to January
    moved.id = 2;
    moved.entryId = 7;
    moved.due = QDate(2026, 9, 1);
    moved.moved = QDate(2027, 1, 1);
    ProgrammeOccurrence lastYear = done; // another year's: not this one's
    lastYear.id = 3;
    lastYear.due = QDate(2026, 3, 1);
    ProgrammeOccurrence otherEntry = done;
    otherEntry.id = 4;
    otherEntry.entryId = 8;
    const QList<ProgrammeOccurrence> year = occurrencesInYear(quarterly, {moved, done, lastYear, otherEntry}, 2026);
    QCOMPARE(year.size(), 4);
    // In the order they are expected: June (done), December (new), January (moved), March (new).
    QCOMPARE(year.at(0).id, 1);
    QCOMPARE(year.at(1).id, 0);
    QCOMPARE(year.at(1).due, QDate(2026, 12, 1));
    QCOMPARE(year.at(2).id, 2);
    QCOMPARE(year.at(2).month(), QDate(2027, 1, 1));
    QCOMPARE(year.at(3).due, QDate(2027, 3, 1));
}

void TestProgramme::status_data()
{
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QDate>("moved");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<QString>("status");
    const QDate sep(2026, 9, 1);
    QTest::newRow("before its month") << sep << QDate() << QStringLiteral("open") << QDate(2026, 8, 31)
                                      << QStringLiteral("planned");
    QTest::newRow("its first day") << sep << QDate() << QStringLiteral("open") << sep << QStringLiteral("due");
    QTest::newRow("its last day") << sep << QDate() << QStringLiteral("open") << QDate(2026, 9, 30)
                                  << QStringLiteral("due");
    QTest::newRow("the day after") << sep << QDate() << QStringLiteral("open") << QDate(2026, 10, 1)
                                   << QStringLiteral("overdue");
    QTest::newRow("done, long after") << sep << QDate() << QStringLiteral("done") << QDate(2027, 5, 1)
                                      << QStringLiteral("done");
    QTest::newRow("skipped") << sep << QDate() << QStringLiteral("skipped") << QDate(2027, 5, 1)
                             << QStringLiteral("skipped");
    QTest::newRow("moved later: not overdue")
        << sep << QDate(2026, 11, 1) << QStringLiteral("open") << QDate(2026, 10, 15) << QStringLiteral("planned");
    QTest::newRow("moved later, now due")
        << sep << QDate(2026, 11, 1) << QStringLiteral("open") << QDate(2026, 11, 30) << QStringLiteral("due");
    QTest::newRow("moved earlier, overdue")
        << sep << QDate(2026, 7, 1) << QStringLiteral("open") << QDate(2026, 8, 1) << QStringLiteral("overdue");
}

void TestProgramme::status()
{
    QFETCH(QDate, due);
    QFETCH(QDate, moved);
    QFETCH(QString, outcome);
    QFETCH(QDate, asOf);
    QFETCH(QString, status);
    ProgrammeOccurrence o;
    o.entryId = 1;
    o.due = due;
    o.moved = moved;
    o.outcome = *occurrenceOutcomeFromKey(outcome);
    QCOMPARE(occurrenceStatusKey(occurrenceStatus(o, asOf)), status);
}

void TestProgramme::problems()
{
    ProgrammeOccurrence o;
    o.entryId = 1;
    o.due = QDate(2026, 9, 1);
    QVERIFY(o.problems().isEmpty());
    o.outcome = ProgrammeOccurrence::Outcome::Skipped;
    QCOMPARE(o.problems().size(), 1); // a skip needs its reason
    o.skipReason = QStringLiteral("Covered by the thematic review");
    QVERIFY(o.problems().isEmpty());
    o.moved = QDate(2026, 10, 15);
    QCOMPARE(o.problems().size(), 1); // moved to a month, not a day
    ProgrammeEntry e = entry(ProgrammeFrequency::Annual, {13});
    QCOMPARE(e.problems().size(), 1);
    e.subject.clear();
    QCOMPARE(e.problems().size(), 2);
}

QTEST_GUILESS_MAIN(TestProgramme)
#include "tst_programme.moc"
