// A recommendation's progress rolled up from its actions (issue 14, part 3), row by row: every step
// of the rule, where one step gives way to the next, and the parts as a chair reads them.
#include "core/audits/recommendationprogress.h"

#include <QTest>

using namespace assure;

namespace {

const QDate kD(2026, 9, 16); // "as of" in every row, so the answer never depends on today

// One action per letter: n not started, p in progress, c completed, i impact evidenced, x cancelled;
// N and P are not started and in progress but due the day before D (overdue); d is in progress and
// due on D itself (not overdue); C is completed and due before D (done, so never overdue).
QList<Action> actionsFrom(const QString &letters)
{
    QList<Action> out;
    qint64 id = 1;
    for (QChar l : letters) {
        Action a;
        a.id = id++;
        a.ref = QStringLiteral("A-2026-%1").arg(a.id, 3, 10, QLatin1Char('0'));
        a.title = QStringLiteral("Action");
        a.start = QDate(2026, 4, 1);
        a.due = QDate(2027, 3, 31);
        switch (l.toLatin1()) {
        case 'n': a.status = ActionStatus::NotStarted; break;
        case 'p': a.status = ActionStatus::InProgress; break;
        case 'c': a.status = ActionStatus::Completed; break;
        case 'i': a.status = ActionStatus::ImpactEvidenced; break;
        case 'x':
            a.status = ActionStatus::Cancelled;
            a.cancelReason = QStringLiteral("Overtaken");
            break;
        case 'N':
            a.status = ActionStatus::NotStarted;
            a.due = kD.addDays(-1);
            break;
        case 'P':
            a.status = ActionStatus::InProgress;
            a.due = kD.addDays(-1);
            break;
        case 'd':
            a.status = ActionStatus::InProgress;
            a.due = kD;
            break;
        case 'C':
            a.status = ActionStatus::Completed;
            a.due = kD.addDays(-30);
            break;
        default: qFatal("unknown letter");
        }
        out << a;
    }
    return out;
}

} // namespace

class TestRecommendationProgress final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys();
    void rollUp_data();
    void rollUp();
};

void TestRecommendationProgress::keys()
{
    const QStringList keys{QStringLiteral("no_actions"),  QStringLiteral("not_started"),
                           QStringLiteral("in_progress"), QStringLiteral("overdue"),
                           QStringLiteral("completed"),   QStringLiteral("impact_evidenced"),
                           QStringLiteral("cancelled")};
    for (const QString &key : keys) {
        const auto progress = recommendationProgressFromKey(key);
        QVERIFY2(progress, qPrintable(key));
        QCOMPARE(recommendationProgressKey(*progress), key);
    }
    QCOMPARE(recommendationProgressLabel(RecommendationProgress::NoActions), QStringLiteral("no actions yet"));
    QVERIFY(!recommendationProgressFromKey(QStringLiteral("done")));
}

void TestRecommendationProgress::rollUp_data()
{
    QTest::addColumn<QString>("actions");
    QTest::addColumn<QString>("progress");
    QTest::addColumn<QString>("parts");

    QTest::newRow("none") << QString() << "no_actions"
                          << "No actions yet";
    QTest::newRow("one cancelled") << "x"
                                   << "cancelled"
                                   << "1 action: 1 cancelled";
    QTest::newRow("all cancelled") << "xx"
                                   << "cancelled"
                                   << "2 actions: 2 cancelled";
    QTest::newRow("all impact evidenced") << "ii"
                                          << "impact_evidenced"
                                          << "2 actions: 2 impact evidenced";
    // Cancelled actions stand aside: the rest decide.
    QTest::newRow("impact evidenced beside a cancelled one") << "ix"
                                                             << "impact_evidenced"
                                                             << "2 actions: 1 impact evidenced, 1 cancelled";
    QTest::newRow("completed and impact evidenced") << "ic"
                                                    << "completed"
                                                    << "2 actions: 1 impact evidenced, 1 completed";
    QTest::newRow("all completed") << "cc"
                                   << "completed"
                                   << "2 actions: 2 completed";
    // Completed late is still completed: only open actions are overdue.
    QTest::newRow("completed after its due date") << "C"
                                                  << "completed"
                                                  << "1 action: 1 completed";
    QTest::newRow("the brief's example") << "cpP"
                                         << "overdue"
                                         << "3 actions: 1 completed, 1 in progress, 1 overdue";
    QTest::newRow("overdue before anything started") << "nN"
                                                     << "overdue"
                                                     << "2 actions: 1 overdue, 1 not started";
    QTest::newRow("overdue beats completed ones") << "iicN"
                                                  << "overdue"
                                                  << "4 actions: 2 impact evidenced, 1 completed, 1 overdue";
    QTest::newRow("due on the day is not overdue") << "d"
                                                   << "in_progress"
                                                   << "1 action: 1 in progress";
    QTest::newRow("one started") << "np"
                                 << "in_progress"
                                 << "2 actions: 1 in progress, 1 not started";
    // A completed action means the work has started, though the rest have not.
    QTest::newRow("one completed, one not started") << "cn"
                                                    << "in_progress"
                                                    << "2 actions: 1 completed, 1 not started";
    QTest::newRow("none started") << "nnx"
                                  << "not_started"
                                  << "3 actions: 2 not started, 1 cancelled";
    QTest::newRow("one not started") << "n"
                                     << "not_started"
                                     << "1 action: 1 not started";
}

void TestRecommendationProgress::rollUp()
{
    QFETCH(QString, actions);
    QFETCH(QString, progress);
    QFETCH(QString, parts);
    const RecommendationRollUp r = rollUpRecommendation(actionsFrom(actions), kD);
    QCOMPARE(recommendationProgressKey(r.progress), progress);
    QCOMPARE(r.parts(), parts);
    QCOMPARE(r.actions, actions.size());
    QCOMPARE(r.impactEvidenced + r.completed + r.inProgress + r.overdue + r.notStarted + r.cancelled, r.actions);
}

QTEST_GUILESS_MAIN(TestRecommendationProgress)
#include "tst_recommendationprogress.moc"
