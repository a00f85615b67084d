// The rules of action plans (issue 14, part 2), row by row: every transition allowed and refused,
// overdue and due soon across the due date, and progress RAG at its boundaries and with plans of
// no length. The SMART check is in tst_actionsmart.
#include "core/actions/actionrules.h"
#include "testsupport/soundaction.h"

#include <QTest>

using namespace assure;
using assure::test::soundAction;

namespace {

const QDate kD(2026, 9, 16); // a Wednesday: "as of" in every row, so the answer never depends on today

Action dated(const QString &status, const QDate &start, const QDate &due)
{
    Action a = soundAction();
    a.status = *actionStatusFromKey(status);
    a.start = start;
    a.due = due;
    return a;
}

QString ragName(std::optional<Rag> rag)
{
    return rag ? ragKey(*rag) : QStringLiteral("none");
}

} // namespace

class TestActionRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void transitions_data();
    void transitions();
    void problems();
    void overdueAndDueSoon_data();
    void overdueAndDueSoon();
    void latestPercent();
    void progressRag_data();
    void progressRag();
};

void TestActionRules::keys()
{
    const QStringList statuses{QStringLiteral("not_started"), QStringLiteral("in_progress"),
                               QStringLiteral("completed"), QStringLiteral("impact_evidenced"),
                               QStringLiteral("cancelled")};
    QCOMPARE(allActionStatuses().size(), statuses.size());
    for (int i = 0; i < statuses.size(); ++i) {
        QCOMPARE(actionStatusKey(allActionStatuses().at(i)), statuses.at(i));
        QCOMPARE(actionStatusFromKey(statuses.at(i)), allActionStatuses().at(i));
        QVERIFY(!actionStatusLabel(allActionStatuses().at(i)).isEmpty());
    }
    QVERIFY(!actionStatusFromKey(QStringLiteral("done")));
    for (ActionSource s : allActionSources())
        QCOMPARE(actionSourceFromKey(actionSourceKey(s)), s);
    QString letters;
    for (SmartLetter l : allSmartLetters())
        letters += smartLetterKey(l);
    QCOMPARE(letters, QStringLiteral("SMART"));
}

void TestActionRules::transitions_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QString>("evidence"); // impact evidence recorded
    QTest::addColumn<bool>("accepted");    // ... and accepted, by whom and when
    QTest::addColumn<QString>("reason");   // a cancel reason
    QTest::addColumn<QString>("refusal");  // a word the refusal holds; empty: allowed

    const QStringList all{QStringLiteral("not_started"), QStringLiteral("in_progress"), QStringLiteral("completed"),
                          QStringLiteral("impact_evidenced"), QStringLiteral("cancelled")};
    const QString ev = QStringLiteral("Re-referrals fell from 22% to 15%");
    const QString why = QStringLiteral("Overtaken by the new national framework");
    // Every pair, with everything a transition may ask for: only "impact evidenced from other
    // than completed" is refused then (staying impact evidenced is no transition).
    for (const QString &from : all)
        for (const QString &to : all) {
            const bool refused = to == QLatin1String("impact_evidenced") && from != QLatin1String("completed") &&
                                 from != QLatin1String("impact_evidenced");
            QTest::addRow("%s->%s", qPrintable(from), qPrintable(to))
                << from << to << ev << true << why << (refused ? QStringLiteral("completed") : QString());
        }
    // What the target asks for, missing.
    QTest::newRow("impact without evidence") << "completed"
                                             << "impact_evidenced"
                                             << "" << true << ""
                                             << "Record";
    QTest::newRow("impact not accepted") << "completed"
                                         << "impact_evidenced" << ev << false << ""
                                         << "accepted";
    QTest::newRow("impact from in progress, evidence or not") << "in_progress"
                                                              << "impact_evidenced"
                                                              << "" << false << ""
                                                              << "completed";
    QTest::newRow("cancel without a reason") << "in_progress"
                                             << "cancelled"
                                             << "" << false << ""
                                             << "why";
    QTest::newRow("cancel with a blank reason") << "not_started"
                                                << "cancelled"
                                                << "" << false << "  "
                                                << "why";
    QTest::newRow("cancelled stays cancelled without a reason") << "cancelled"
                                                                << "cancelled"
                                                                << "" << false << ""
                                                                << "why";
    // Reopening asks for nothing.
    QTest::newRow("reopen completed") << "completed"
                                      << "in_progress"
                                      << "" << false << ""
                                      << "";
    QTest::newRow("reopen impact evidenced") << "impact_evidenced"
                                             << "not_started"
                                             << "" << false << ""
                                             << "";
    QTest::newRow("reopen cancelled") << "cancelled"
                                      << "in_progress"
                                      << "" << false << ""
                                      << "";
}

void TestActionRules::transitions()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QString, evidence);
    QFETCH(bool, accepted);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);
    Action after = soundAction();
    after.status = *actionStatusFromKey(to);
    after.impactEvidence = evidence;
    if (accepted) {
        after.impactAcceptedBy = QStringLiteral("QA sub-group");
        after.impactAcceptedOn = kD;
    }
    after.cancelReason = reason;
    const QString said = transitionRefusal(*actionStatusFromKey(from), after);
    if (refusal.isEmpty())
        QVERIFY2(said.isEmpty(), qPrintable(said));
    else
        QVERIFY2(said.contains(refusal), qPrintable(said));
}

void TestActionRules::problems()
{
    Action a = soundAction();
    QVERIFY(a.problems().isEmpty());
    a.ref.clear();
    a.title = QStringLiteral(" ");
    QCOMPARE(a.problems().size(), 2);
    a = soundAction();
    a.status = ActionStatus::Cancelled;
    QCOMPARE(a.problems().size(), 1);
    a.cancelReason = QStringLiteral("Duplicate of A-2026-003");
    QVERIFY(a.problems().isEmpty());
    a.status = ActionStatus::ImpactEvidenced;
    a.impactEvidence = QStringLiteral("Audit in March shows 85% use the profile");
    QCOMPARE(a.problems().size(), 1); // not accepted
    a.impactAcceptedBy = QStringLiteral("QA sub-group");
    a.impactAcceptedOn = kD;
    QVERIFY(a.problems().isEmpty());
    // Weak SMART fields never stop a save.
    Action weak;
    weak.ref = QStringLiteral("A-2026-001");
    weak.title = QStringLiteral("Review");
    QVERIFY(weak.problems().isEmpty());
    QCOMPARE(smartCheck(weak).score(), 0);

    ProgressUpdate u;
    u.actionId = 7;
    u.date = kD;
    QCOMPARE(u.problems().size(), 1); // no words and no percentage
    u.percent = 0;
    QVERIFY(u.problems().isEmpty());
    u.percent = 101;
    QCOMPARE(u.problems().size(), 1);
    u.percent = -5;
    QCOMPARE(u.problems().size(), 1);
    u.percent = 100;
    QVERIFY(u.problems().isEmpty());
    Milestone m;
    m.actionId = 7;
    QCOMPARE(m.problems().size(), 2);
}

void TestActionRules::overdueAndDueSoon_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("soonDays");
    QTest::addColumn<bool>("overdue");
    QTest::addColumn<bool>("dueSoon");

    QTest::newRow("due the day before D") << "in_progress" << kD.addDays(-1) << 14 << true << false;
    QTest::newRow("due long ago") << "not_started" << kD.addYears(-1) << 14 << true << false;
    QTest::newRow("due on D: not overdue, due soon") << "in_progress" << kD << 14 << false << true;
    QTest::newRow("due D+1") << "not_started" << kD.addDays(1) << 14 << false << true;
    QTest::newRow("due D+14 included") << "in_progress" << kD.addDays(14) << 14 << false << true;
    QTest::newRow("due D+15") << "in_progress" << kD.addDays(15) << 14 << false << false;
    QTest::newRow("board setting 7: D+7") << "in_progress" << kD.addDays(7) << 7 << false << true;
    QTest::newRow("board setting 7: D+8") << "in_progress" << kD.addDays(8) << 7 << false << false;
    QTest::newRow("board setting 0: D") << "in_progress" << kD << 0 << false << true;
    QTest::newRow("no due date") << "in_progress" << QDate() << 14 << false << false;
    for (const char *closed : {"completed", "impact_evidenced", "cancelled"}) {
        QTest::addRow("%s, due before D", closed) << closed << kD.addDays(-1) << 14 << false << false;
        QTest::addRow("%s, due on D", closed) << closed << kD << 14 << false << false;
    }
}

void TestActionRules::overdueAndDueSoon()
{
    QFETCH(QString, status);
    QFETCH(QDate, due);
    QFETCH(int, soonDays);
    const Action a = dated(status, QDate(2026, 1, 5), due);
    ActionSettings settings;
    settings.dueSoonDays = soonDays;
    QTEST(isOverdue(a, kD), "overdue");
    QTEST(isDueSoon(a, kD, settings), "dueSoon");
}

void TestActionRules::latestPercent()
{
    QList<ProgressUpdate> updates;
    const auto add = [&](qint64 action, const QDate &day, std::optional<int> percent) {
        ProgressUpdate u;
        u.actionId = action;
        u.date = day;
        u.text = QStringLiteral("Update");
        u.percent = percent;
        updates << u;
    };
    QCOMPARE(assure::latestPercent(7, updates), std::nullopt);
    add(7, QDate(2026, 8, 1), 40);
    add(7, QDate(2026, 6, 1), 10); // entered late, dated earlier
    add(7, QDate(2026, 8, 20), std::nullopt);
    add(8, QDate(2026, 9, 1), 90);
    QCOMPARE(assure::latestPercent(7, updates), 40);
    add(7, QDate(2026, 8, 1), 45); // same day, entered later
    QCOMPARE(assure::latestPercent(7, updates), 45);
    QCOMPARE(assure::latestPercent(8, updates), 90);
    QCOMPARE(assure::latestPercent(9, updates), std::nullopt);
}

void TestActionRules::progressRag_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<int>("percent"); // -1: none reported
    QTest::addColumn<QString>("rag");

    // A plan of 100 days: on D, 50 days have gone, half the time.
    const QDate s = kD.addDays(-50);
    const QDate e = kD.addDays(50);
    QTest::newRow("cancelled has none") << "cancelled" << s << kD.addDays(-9) << 10 << "none";
    QTest::newRow("impact evidenced blue") << "impact_evidenced" << s << kD.addDays(-9) << -1 << "blue";
    QTest::newRow("completed green, even past due") << "completed" << s << kD.addDays(-9) << 10 << "green";
    QTest::newRow("overdue red, even at 100%") << "in_progress" << s << kD.addDays(-1) << 100 << "red";
    QTest::newRow("overdue red, not started") << "not_started" << s << kD.addDays(-1) << -1 << "red";
    QTest::newRow("due on D at 100% green") << "in_progress" << s << kD << 100 << "green";
    QTest::newRow("due on D at 69% red") << "in_progress" << s << kD << 69 << "red";
    // Half the time gone: GREEN from 45% (90% of 50), AMBER from 35% (70% of 50).
    QTest::newRow("45% of half: green (90% boundary)") << "in_progress" << s << e << 45 << "green";
    QTest::newRow("44% of half: amber") << "in_progress" << s << e << 44 << "amber";
    QTest::newRow("35% of half: amber (70% boundary)") << "in_progress" << s << e << 35 << "amber";
    QTest::newRow("34% of half: red") << "in_progress" << s << e << 34 << "red";
    QTest::newRow("0% of half: red") << "in_progress" << s << e << 0 << "red";
    QTest::newRow("ahead: green") << "in_progress" << s << e << 80 << "green";
    // A third gone (30 of 90 days): 90% of it is 30%, 70% of it 23.3%: fractions that do not divide.
    QTest::newRow("30% of a third: green") << "in_progress" << kD.addDays(-30) << kD.addDays(60) << 30 << "green";
    QTest::newRow("29% of a third: amber") << "in_progress" << kD.addDays(-30) << kD.addDays(60) << 29 << "amber";
    QTest::newRow("24% of a third: amber") << "in_progress" << kD.addDays(-30) << kD.addDays(60) << 24 << "amber";
    QTest::newRow("23% of a third: red") << "in_progress" << kD.addDays(-30) << kD.addDays(60) << 23 << "red";
    // The percentage counts before "not started", which counts before the default.
    QTest::newRow("not started, on track by percentage") << "not_started" << s << e << 50 << "green";
    QTest::newRow("not started after its start: amber") << "not_started" << s << e << -1 << "amber";
    QTest::newRow("not started on its start day: green") << "not_started" << kD << e << -1 << "green";
    QTest::newRow("not started before its start: green") << "not_started" << kD.addDays(1) << e << -1 << "green";
    QTest::newRow("not started, no start date: green") << "not_started" << QDate() << e << -1 << "green";
    QTest::newRow("in progress, nothing reported: green") << "in_progress" << s << e << -1 << "green";
    QTest::newRow("percentage but no start: green") << "in_progress" << QDate() << e << 0 << "green";
    QTest::newRow("percentage but no due date: green") << "in_progress" << s << QDate() << 0 << "green";
    QTest::newRow("before the start, 0%: green") << "in_progress" << kD.addDays(3) << e << 0 << "green";
    // Zero-length plans: all the time is gone on the due day.
    QTest::newRow("zero length on D, 100%: green") << "in_progress" << kD << kD << 100 << "green";
    QTest::newRow("zero length on D, 90%: green") << "in_progress" << kD << kD << 90 << "green";
    QTest::newRow("zero length on D, 89%: amber") << "in_progress" << kD << kD << 89 << "amber";
    QTest::newRow("zero length on D, 70%: amber") << "in_progress" << kD << kD << 70 << "amber";
    QTest::newRow("zero length on D, 69%: red") << "in_progress" << kD << kD << 69 << "red";
    QTest::newRow("zero length ahead, 0%: green") << "in_progress" << kD.addDays(5) << kD.addDays(5) << 0 << "green";
    QTest::newRow("due before start, not started: green")
        << "not_started" << kD.addDays(10) << kD.addDays(2) << -1 << "green";
    QTest::newRow("due before start, percentage ignored: green")
        << "in_progress" << kD.addDays(10) << kD.addDays(2) << 0 << "green";
}

void TestActionRules::progressRag()
{
    QFETCH(QString, status);
    QFETCH(QDate, start);
    QFETCH(QDate, due);
    QFETCH(int, percent);
    const Action a = dated(status, start, due);
    QTEST(ragName(assure::progressRag(a, percent < 0 ? std::nullopt : std::optional<int>(percent), kD)), "rag");
}

QTEST_GUILESS_MAIN(TestActionRules)
#include "tst_actionrules.moc"
