// The complaints log's rules (issue 19, part 2): a reply before receipt refused with the field
// named, outcomes and stages only for complaints, the time taken in working days against the
// target, and a year's figures worked by hand.
#include "core/voices/complaintrules.h"

#include <QTest>

using namespace assure;

namespace {

Complaint entry(const QString &ref, const QDate &received, const QDate &responded = {},
                ComplaintKind kind = ComplaintKind::Complaint, qint64 agency = 1)
{
    Complaint c;
    c.reference = ref;
    c.received = received;
    c.responded = responded;
    c.kind = kind;
    c.agencyId = agency;
    c.stage = kind == ComplaintKind::Complaint ? ComplaintStage::LocalResolution : ComplaintStage::None;
    return c;
}

} // namespace

class TestComplaintRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void problems();
    void timing_data();
    void timing();
    void settings();
    void figures();
    void themes();
};

void TestComplaintRules::keys()
{
    QCOMPARE(complaintKindKey(ComplaintKind::Compliment), QStringLiteral("compliment"));
    QCOMPARE(complaintKindFromKey(QStringLiteral("comment")), ComplaintKind::Comment);
    QVERIFY(!complaintKindFromKey(QStringLiteral("grumble")));
    QCOMPARE(complaintOutcomeKey(ComplaintOutcome::PartlyUpheld), QStringLiteral("partly_upheld"));
    QCOMPARE(complaintOutcomeFromKey(QString()), ComplaintOutcome::None);
    QCOMPARE(complaintOutcomeFromKey(QStringLiteral("not_upheld")), ComplaintOutcome::NotUpheld);
    QVERIFY(!complaintOutcomeFromKey(QStringLiteral("dismissed")));
    QCOMPARE(allComplaintOutcomes().size(), 3);
    QCOMPARE(complaintStageLabel(ComplaintStage::Ombudsman), QStringLiteral("Stage 3: ombudsman"));
    QCOMPARE(timelinessKey(Timeliness::InTime), QStringLiteral("in_time"));
}

void TestComplaintRules::problems()
{
    QVERIFY(entry(QStringLiteral("C-1"), QDate(2026, 5, 1), QDate(2026, 5, 1)).problems().isEmpty());

    const QStringList before = entry(QStringLiteral("C-1"), QDate(2026, 5, 5), QDate(2026, 5, 3)).problems();
    QCOMPARE(before.size(), 1);
    QCOMPARE(before.constFirst(),
             QStringLiteral("responded: 3 May 2026 is before the date it was received, 5 May 2026."));

    Complaint blank;
    const QStringList missing = blank.problems();
    QVERIFY(missing.join(u'\n').contains(QStringLiteral("reference:")));
    QVERIFY(missing.join(u'\n').contains(QStringLiteral("received:")));
    QVERIFY(missing.join(u'\n').contains(QStringLiteral("agency:")));

    Complaint thanks = entry(QStringLiteral("P-2"), QDate(2026, 5, 1), {}, ComplaintKind::Compliment);
    QVERIFY(thanks.problems().isEmpty());
    thanks.outcome = ComplaintOutcome::Upheld;
    QCOMPARE(thanks.problems(), QStringList{QStringLiteral("outcome: only a complaint is upheld or not.")});
    thanks.outcome = ComplaintOutcome::None;
    thanks.stage = ComplaintStage::Investigation;
    QCOMPARE(thanks.problems(), QStringList{QStringLiteral("stage: only a complaint has a stage.")});
}

void TestComplaintRules::timing_data()
{
    QTest::addColumn<QDate>("received");
    QTest::addColumn<QDate>("responded");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<QString>("state");
    // 20 working days from Tue 1 Dec 2026 end on Thu 31 Dec: Christmas and Boxing Day's Monday skipped.
    QTest::newRow("on the last day") << QDate(2026, 12, 1) << QDate(2026, 12, 31) << QDate(2027, 2, 1) << 20
                                     << QDate(2026, 12, 31) << QStringLiteral("in_time");
    QTest::newRow("a day late") << QDate(2026, 12, 1) << QDate(2027, 1, 4) << QDate(2027, 2, 1) << 21
                                << QDate(2026, 12, 31) << QStringLiteral("late");
    QTest::newRow("open on its last day")
        << QDate(2026, 12, 1) << QDate() << QDate(2026, 12, 31) << -1 << QDate(2026, 12, 31) << QStringLiteral("open");
    QTest::newRow("open after it") << QDate(2026, 12, 1) << QDate() << QDate(2027, 1, 1) << -1 << QDate(2026, 12, 31)
                                   << QStringLiteral("overdue");
}

void TestComplaintRules::timing()
{
    QFETCH(QDate, received);
    QFETCH(QDate, responded);
    QFETCH(QDate, asOf);
    QFETCH(int, days);
    QFETCH(QDate, due);
    QFETCH(QString, state);
    const ComplaintTiming t = timingOf(entry(QStringLiteral("C-9"), received, responded), WorkingDays(), 20, asOf);
    QCOMPARE(t.days, days);
    QCOMPARE(t.due, due);
    QCOMPARE(timelinessKey(t.state), state);
}

void TestComplaintRules::settings()
{
    QVERIFY(ComplaintSettings().problems().isEmpty());
    QCOMPARE(ComplaintSettings().targetDays, 20);
    QVERIFY(!ComplaintSettings{0}.problems().isEmpty());
    QVERIFY(!ComplaintSettings{251}.problems().isEmpty());
    QVERIFY(!ComplaintHoliday().problems().isEmpty());
}

void TestComplaintRules::figures()
{
    // Year 2026/27 (1 Apr 2026 to 31 Mar 2027), target 10 working days.
    QList<Complaint> all;
    // Answered in 5 working days (Mon 4 May is the early May bank holiday): in time, upheld.
    all << entry(QStringLiteral("A"), QDate(2026, 4, 30), QDate(2026, 5, 8));
    all.last().outcome = ComplaintOutcome::Upheld;
    all.last().theme = QStringLiteral("Communication");
    // 11 working days: late, not upheld, agency 2.
    all << entry(QStringLiteral("B"), QDate(2026, 6, 1), QDate(2026, 6, 16), ComplaintKind::Complaint, 2);
    all.last().outcome = ComplaintOutcome::NotUpheld;
    all.last().theme = QStringLiteral("communication ");
    // A compliment answered the same day: in time.
    all << entry(QStringLiteral("C"), QDate(2026, 7, 1), QDate(2026, 7, 1), ComplaintKind::Compliment, 2);
    // A comment never answered: overdue by the year's end, not counted as responded.
    all << entry(QStringLiteral("D"), QDate(2027, 1, 4), {}, ComplaintKind::Comment);
    // Answered after the year's end: open at the year's end (its last day is 15 Apr 2027).
    all << entry(QStringLiteral("E"), QDate(2027, 3, 31), QDate(2027, 4, 6));
    // Received the year before: not counted.
    all << entry(QStringLiteral("F"), QDate(2026, 3, 31), QDate(2026, 4, 1));

    const ComplaintFigures f = complaintFigures(all, QDate(2026, 4, 1), QDate(2027, 3, 31), WorkingDays(), 10);
    QCOMPARE(f.received, 5);
    QCOMPARE(f.byKind.value(ComplaintKind::Complaint), 3);
    QCOMPARE(f.byKind.value(ComplaintKind::Compliment), 1);
    QCOMPARE(f.byKind.value(ComplaintKind::Comment), 1);
    QCOMPARE(f.byOutcome.value(ComplaintOutcome::Upheld), 1);
    QCOMPARE(f.byOutcome.value(ComplaintOutcome::NotUpheld), 1);
    QCOMPARE(f.byOutcome.value(ComplaintOutcome::PartlyUpheld), 0);
    QCOMPARE(f.byAgency.value(1), 3);
    QCOMPARE(f.byAgency.value(2), 2);
    QCOMPARE(f.byTheme.value(QStringLiteral("communication")), 1);
    QCOMPARE(f.byTheme.value(QStringLiteral("Communication")), 1);
    QCOMPARE(f.responded, 3);
    QCOMPARE(f.inTime, 2);
    QCOMPARE(f.late, 1);
    QCOMPARE(f.overdue, 1);
    QCOMPARE(f.inTimeFraction(), std::optional<double>(2.0 / 3.0));
    QVERIFY(!ComplaintFigures().inTimeFraction());

    // The year's last quarter judged on a later day: E's answer (4 working days) is known by then.
    const ComplaintFigures q4 =
        complaintFigures(all, QDate(2027, 1, 1), QDate(2027, 3, 31), WorkingDays(), 10, QDate(2027, 6, 1));
    QCOMPARE(q4.received, 2);
    QCOMPARE(q4.responded, 1);
    QCOMPARE(q4.inTime, 1);
    QCOMPARE(q4.overdue, 1);
}

void TestComplaintRules::themes()
{
    QList<Complaint> all;
    for (const char *theme : {"waiting times", "Communication", " communication", "", "Attitude of staff"}) {
        all << entry(QStringLiteral("X"), QDate(2026, 5, 1));
        all.last().theme = QString::fromUtf8(theme);
    }
    QCOMPARE(themesUsed(all), (QStringList{QStringLiteral("Attitude of staff"), QStringLiteral("Communication"),
                                           QStringLiteral("waiting times")}));
}

QTEST_GUILESS_MAIN(TestComplaintRules)
#include "tst_complaintrules.moc"
