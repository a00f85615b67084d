// The board-wide parts of action plans: an action made from its source (named as people say it),
// the board's action settings (kept in the file, undoable, read by every standing) and
// development plans with their components.
#include "storage/repository.h"
#include "workspace/actions/actionbulk.h"
#include "workspace/actions/actionedits.h"
#include "workspace/actions/actionplankinds.h"
#include "workspace/actions/actionsources.h"
#include "workspace/actions/actionstanding.h"
#include "workspace/audits/auditkinds.h"
#include "workspace/board/boardkinds.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace assure;

class TestActionPlans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void suggestedTitleIsTheFirstSentence_data();
    void suggestedTitleIsTheFirstSentence();
    void newActionFromEachSource();
    void sourceNames();
    void settingsAreTheBoardsAndUndoable();
    void settingsChangeEveryStanding();
    void settingsOutOfBoundsAreRefused();
    void developmentPlanStoredWithComponents();
    void bulkChangeIsOneStepAndUndoRestoresExactly();
    void bulkRefusalsAreListedPerAction();
    void mailtoListsTheLeadsOpenActions();

private:
    std::unique_ptr<Workspace> reopen();
    qint64 addAction(const QString &title, ActionStatus status, const QDate &due);
    std::vector<Action> actionsOnDisk() const { return Repository<Action>(m_ws->file().database()).loadAll(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_agency = 0;
    qint64 m_chair = 0;
    qint64 m_priority = 0;
};

void TestActionPlans::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("plans.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    Agency a;
    a.name = QStringLiteral("Fenholt Council");
    QVERIFY(m_ws->add(a));
    m_agency = m_ws->items<Agency>().at(0).id;
    Person p;
    p.name = QStringLiteral("Priya Shah");
    p.agencyId = m_agency;
    QVERIFY(m_ws->add(p));
    m_chair = m_ws->items<Person>().at(0).id;
    Priority pr;
    pr.title = QStringLiteral("Neglect");
    pr.year = 2026;
    QVERIFY(m_ws->add(pr));
    m_priority = m_ws->items<Priority>().at(0).id;
}

std::unique_ptr<Workspace> TestActionPlans::reopen()
{
    const QString path = m_ws->file().path();
    m_ws.reset();
    OpenResult r;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    if (!ws)
        qWarning() << r.message;
    return ws;
}

void TestActionPlans::suggestedTitleIsTheFirstSentence_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("title");
    QTest::newRow("one sentence") << QStringLiteral("Neglect") << QStringLiteral("Neglect");
    QTest::newRow("full stop dropped") << QStringLiteral("Audit every referral.")
                                       << QStringLiteral("Audit every referral");
    QTest::newRow("first of two") << QStringLiteral("Health joins every strategy discussion. It was missing in 4 of 6.")
                                  << QStringLiteral("Health joins every strategy discussion");
    QTest::newRow("a decimal stays") << QStringLiteral("Reach 2.5 days per referral")
                                     << QStringLiteral("Reach 2.5 days per referral");
    QTest::newRow("spaces tidied") << QStringLiteral("  Train\nGP leads  ") << QStringLiteral("Train GP leads");
    const QString longText = QStringLiteral("word ").repeated(40).trimmed(); // 199 characters
    const QString cut = ActionSources::suggestedTitle(longText);
    QTest::newRow("cut at a word") << longText << QStringLiteral("word ").repeated(24).trimmed() + QChar(0x2026);
    QCOMPARE(cut.size(), 120);
}

void TestActionPlans::suggestedTitleIsTheFirstSentence()
{
    QFETCH(QString, text);
    QFETCH(QString, title);
    QCOMPARE(ActionSources::suggestedTitle(text), title);
    QVERIFY(ActionSources::suggestedTitle(text).size() <= 120);
}

void TestActionPlans::newActionFromEachSource()
{
    const ActionSources sources(*m_ws);
    const Action fromPriority = sources.newActionFrom(ActionSource::Priority, m_priority);
    QCOMPARE(fromPriority.sourceKind, ActionSource::Priority);
    QCOMPARE(fromPriority.sourceId, m_priority);
    QCOMPARE(fromPriority.title, QStringLiteral("Neglect"));
    QCOMPARE(fromPriority.id, qint64(0));
    QCOMPARE(fromPriority.ownerAgencyId, qint64(0));

    Audit audit;
    audit.ref = QStringLiteral("AU-2026-003");
    audit.title = QStringLiteral("Neglect MACA");
    QVERIFY(m_ws->add(audit));
    const qint64 auditId = m_ws->items<Audit>().at(0).id;
    QVERIFY(
        m_ws->add(Recommendation{0,
                                 auditId,
                                 QStringLiteral("Health joins every strategy discussion. It was missing in 4 of 6."),
                                 m_agency,
                                 {}}));
    const qint64 rec = m_ws->items<Recommendation>().at(0).id;
    const Action fromRec = sources.newActionFrom(ActionSource::Recommendation, rec);
    QCOMPARE(fromRec.title, QStringLiteral("Health joins every strategy discussion"));
    QCOMPARE(fromRec.ownerAgencyId, m_agency); // the recommendation's owner
    QCOMPARE(fromRec.sourceId, rec);
    QCOMPARE(sources.auditOf(ActionSource::Recommendation, rec), auditId);

    // An item not on the board: the kind alone, nothing named.
    const Action unknown = sources.newActionFrom(ActionSource::Finding, 999);
    QCOMPARE(unknown.sourceKind, ActionSource::Finding);
    QCOMPARE(unknown.sourceId, qint64(0));
    QVERIFY(unknown.title.isEmpty());

    // Nothing is saved until the action is added, and adding it is one undo step.
    QCOMPARE(m_ws->items<Action>().size(), 0);
    const int steps = m_ws->undoStack()->count();
    Action filled = fromPriority;
    filled.title = QStringLiteral("Every neglect referral assessed with the Graded Care Profile");
    qint64 id = 0;
    QVERIFY(ActionEdits(*m_ws).add(filled, QDate(2026, 9, 16), nullptr, &id));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->items<Action>().find(id)->sourceId, m_priority);
}

void TestActionPlans::sourceNames()
{
    const ActionSources sources(*m_ws);
    QCOMPARE(sources.name(ActionSource::Priority, m_priority), QStringLiteral("Priority “Neglect”"));
    QCOMPARE(sources.name(ActionSource::None, 0), QString());
    QCOMPARE(sources.name(ActionSource::Finding, 0), actionSourceLabel(ActionSource::Finding));
    QCOMPARE(sources.name(ActionSource::Priority, 999), QStringLiteral("Business plan priority (deleted)"));
    DevelopmentPlan plan;
    plan.title = QStringLiteral("Neglect strategy delivery");
    QVERIFY(m_ws->add(plan));
    QCOMPARE(sources.name(ActionSource::DevelopmentPlan, m_ws->items<DevelopmentPlan>().at(0).id),
             QStringLiteral("Development plan “Neglect strategy delivery”"));
}

void TestActionPlans::settingsAreTheBoardsAndUndoable()
{
    QCOMPARE(m_ws->items<ActionSettings>().value(), ActionSettings{}); // 14 days, 90%, 70%
    ActionSettings s;
    s.dueSoonDays = 28;
    s.ragGreenAt = 0.85;
    s.ragAmberAt = 0.6;
    QVERIFY(m_ws->update(s));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit action settings"));
    m_ws = reopen();
    QVERIFY(m_ws);
    QCOMPARE(m_ws->items<ActionSettings>().value(), s);
    QCOMPARE(m_ws->items<ActionSettings>().value().ragGreenAt, 0.85);
    ActionSettings again = s;
    again.dueSoonDays = 7;
    QVERIFY(m_ws->update(again));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<ActionSettings>().value(), s);
    QCOMPARE(Repository<ActionSettings>(m_ws->file().database()).loadAll().front(), s);
}

void TestActionPlans::settingsChangeEveryStanding()
{
    // Started 1 Jan, due 30 Apr 2027 (119 days); on 1 Mar, 59 days have gone: 49.6% of the time.
    Action a;
    a.title = QStringLiteral("Neglect pathway");
    a.start = QDate(2027, 1, 1);
    a.due = QDate(2027, 4, 30);
    a.status = ActionStatus::InProgress;
    qint64 id = 0;
    QVERIFY(ActionEdits(*m_ws).add(a, QDate(2027, 1, 1), nullptr, &id));
    ProgressUpdate u;
    u.actionId = id;
    u.date = QDate(2027, 2, 27);
    u.text = QStringLiteral("Pathway drafted");
    u.percent = 40; // 80.7% of the time elapsed
    QVERIFY(ActionEdits(*m_ws).addUpdate(u));
    const QDate day(2027, 3, 1);
    const Action &stored = *m_ws->items<Action>().find(id);
    QCOMPARE(ActionStandings(*m_ws).standing(stored, day).rag, std::optional<Rag>(Rag::Amber));
    QVERIFY(!ActionStandings(*m_ws).standing(stored, day).dueSoon); // due in 60 days

    ActionSettings s;
    s.dueSoonDays = 60;
    s.ragGreenAt = 0.80;
    QVERIFY(m_ws->update(s));
    QCOMPARE(ActionStandings(*m_ws).standing(stored, day).rag, std::optional<Rag>(Rag::Green));
    QVERIFY(ActionStandings(*m_ws).standing(stored, day).dueSoon); // D + 60 included
    m_ws->undoStack()->undo();
    QCOMPARE(ActionStandings(*m_ws).standing(stored, day).rag, std::optional<Rag>(Rag::Amber));
}

void TestActionPlans::settingsOutOfBoundsAreRefused()
{
    ActionSettings s;
    s.ragAmberAt = 0.95; // above GREEN
    QString error;
    QVERIFY(!m_ws->update(s, &error));
    QCOMPARE(error, QStringLiteral("AMBER starts at no more than GREEN does."));
    s = {};
    s.dueSoonDays = -1;
    QVERIFY(!m_ws->update(s, &error));
    QCOMPARE(error, QStringLiteral("Due soon is a number of days from 0 to 365."));
    s = {};
    s.ragGreenAt = 0.905;
    QVERIFY(!m_ws->update(s, &error));
    QCOMPARE(error, QStringLiteral("The progress thresholds are whole percentages from 1% to 100%."));
    QCOMPARE(m_ws->items<ActionSettings>().value(), ActionSettings{});
}

void TestActionPlans::developmentPlanStoredWithComponents()
{
    DevelopmentPlan plan;
    plan.title = QStringLiteral("Neglect strategy delivery");
    plan.priorityId = m_priority;
    plan.chairPersonId = m_chair;
    plan.methodology = QStringLiteral("Graded Care Profile 2 across every early help team");
    plan.expertise = QStringLiteral("GCP2 trainers from the NSPCC");
    plan.consultation = QStringLiteral("Parents' panel; the young people's forum");
    plan.resources = QStringLiteral("£12,000 training budget");
    plan.qualityAssurance = QStringLiteral("Quarterly dip sample by the QA sub-group");
    plan.performanceMeasures = QStringLiteral("Re-referrals for neglect within 12 months");
    plan.start = QDate(2026, 4, 1);
    plan.end = QDate(2027, 3, 31);
    QVERIFY(m_ws->add(plan));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add development plan Neglect strategy delivery"));
    plan.id = m_ws->items<DevelopmentPlan>().at(0).id;

    // A component: an action answering the plan, within its timescale, led by its chair.
    const Action component = ActionSources(*m_ws).newActionFrom(ActionSource::DevelopmentPlan, plan.id);
    QCOMPARE(component.start, plan.start);
    QCOMPARE(component.due, plan.end);
    QCOMPARE(component.leadPersonId, m_chair);
    QCOMPARE(component.ownerAgencyId, m_agency);

    m_ws = reopen();
    QVERIFY(m_ws);
    QCOMPARE(m_ws->items<DevelopmentPlan>().at(0), plan);

    // The end before the start is refused; deleting the priority keeps the plan without it.
    DevelopmentPlan wrong = plan;
    wrong.end = QDate(2026, 3, 1);
    QString error;
    QVERIFY(!m_ws->update(wrong, &error));
    QCOMPARE(error, QStringLiteral("The plan cannot end before it starts."));
    QVERIFY(m_ws->remove<Priority>(m_priority));
    QCOMPARE(m_ws->items<DevelopmentPlan>().at(0).priorityId, qint64(0));
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<DevelopmentPlan>().at(0), plan);
}

qint64 TestActionPlans::addAction(const QString &title, ActionStatus status, const QDate &due)
{
    Action a;
    a.title = title;
    a.ownerAgencyId = m_agency;
    a.leadPersonId = m_chair;
    a.start = QDate(2026, 4, 1);
    a.due = due;
    a.status = status;
    qint64 id = 0;
    QString error;
    if (!ActionEdits(*m_ws).add(a, QDate(2026, 9, 16), &error, &id))
        qWarning() << error;
    return id;
}

void TestActionPlans::bulkChangeIsOneStepAndUndoRestoresExactly()
{
    Person other;
    other.name = QStringLiteral("Tom Okafor");
    QVERIFY(m_ws->add(other));
    const qint64 otherId = m_ws->items<Person>().items().back().id;
    QList<qint64> ids;
    for (int i = 0; i < 6; ++i)
        ids << addAction(QStringLiteral("Action %1").arg(i),
                         i % 2 ? ActionStatus::InProgress : ActionStatus::NotStarted, QDate(2026, 10, 1 + i));
    const std::vector<Action> before = m_ws->items<Action>().items();
    const int steps = m_ws->undoStack()->count();

    BulkActionChange change;
    change.status = ActionStatus::InProgress;
    change.due = QDate(2027, 1, 29);
    change.leadPersonId = otherId;
    ActionBulkEdits bulk(*m_ws);
    const BulkActionPlan plan = bulk.plan(ids, change);
    QCOMPARE(plan.changes.size(), 6);
    QVERIFY(plan.refusals.isEmpty());
    QVERIFY(bulk.apply(plan));
    QCOMPARE(m_ws->undoStack()->count(), steps + 1);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Change 6 actions"));
    for (const Action &a : m_ws->items<Action>()) {
        QCOMPARE(a.status, ActionStatus::InProgress);
        QCOMPARE(a.due, QDate(2027, 1, 29));
        QCOMPARE(a.leadPersonId, otherId);
    }
    QCOMPARE(actionsOnDisk(), m_ws->items<Action>().items());

    // One undo puts back every field of every action, in memory and in the file.
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<Action>().items(), before);
    QCOMPARE(actionsOnDisk(), before);
    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->items<Action>().at(0).leadPersonId, otherId);

    // Asking again for what is already so changes nothing and adds no step.
    const BulkActionPlan again = bulk.plan(ids, change);
    QCOMPARE(again.unchanged, 6);
    QVERIFY(again.changes.isEmpty());
    const int now = m_ws->undoStack()->count();
    QVERIFY(bulk.apply(again));
    QCOMPARE(m_ws->undoStack()->count(), now);
}

void TestActionPlans::bulkRefusalsAreListedPerAction()
{
    const qint64 open = addAction(QStringLiteral("Open"), ActionStatus::InProgress, QDate(2026, 10, 1));
    const qint64 done = addAction(QStringLiteral("Done"), ActionStatus::Completed, QDate(2026, 10, 1));
    ActionBulkEdits bulk(*m_ws);

    // Impact evidenced: only from completed, and only with evidence accepted; neither has it.
    BulkActionChange impact;
    impact.status = ActionStatus::ImpactEvidenced;
    BulkActionPlan plan = bulk.plan({open, done, 999}, impact);
    QVERIFY(plan.changes.isEmpty());
    QCOMPARE(plan.refusals.size(), 3);
    QCOMPARE(plan.refusals[0].ref, QStringLiteral("A-2026-001"));
    QCOMPARE(plan.refusals[0].reason, transitionRefusal(ActionStatus::InProgress, [&] {
                 Action a = *m_ws->items<Action>().find(open);
                 a.status = ActionStatus::ImpactEvidenced;
                 return a;
             }()));
    QVERIFY(!plan.refusals[0].reason.isEmpty());
    QCOMPARE(plan.refusals[2].reason, QStringLiteral("That action is no longer in the board file."));

    // Cancelling needs a reason: refused for each without one, written for all with one.
    BulkActionChange cancel;
    cancel.status = ActionStatus::Cancelled;
    plan = bulk.plan({open, done}, cancel);
    QCOMPARE(plan.refusals.size(), 2);
    cancel.cancelReason = QStringLiteral("Superseded by the neglect strategy");
    plan = bulk.plan({open, done}, cancel);
    QCOMPARE(plan.changes.size(), 2);
    QVERIFY(bulk.apply(plan));
    QCOMPARE(m_ws->items<Action>().find(done)->cancelReason, QStringLiteral("Superseded by the neglect strategy"));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Change 2 actions"));
}

void TestActionPlans::mailtoListsTheLeadsOpenActions()
{
    const QDate day(2026, 10, 5);
    addAction(QStringLiteral("Later"), ActionStatus::InProgress, QDate(2026, 12, 1));
    addAction(QStringLiteral("Late"), ActionStatus::NotStarted, QDate(2026, 10, 1));
    addAction(QStringLiteral("Closed"), ActionStatus::Completed, QDate(2026, 9, 1));
    QVERIFY(leadMailto(*m_ws, m_chair, day).isEmpty()); // no address yet
    Person chair = *m_ws->items<Person>().find(m_chair);
    chair.email = QStringLiteral("priya.shah@fenholt.gov.uk");
    QVERIFY(m_ws->update(chair));

    const QUrl url = leadMailto(*m_ws, m_chair, day);
    QCOMPARE(url.scheme(), QStringLiteral("mailto"));
    QCOMPARE(url.path(), QStringLiteral("priya.shah@fenholt.gov.uk"));
    const QString encoded = url.toString(QUrl::FullyEncoded);
    QVERIFY2(!encoded.contains(QLatin1Char('+')) && !encoded.contains(QLatin1Char(' ')), qPrintable(encoded));
    const QUrlQuery query(url);
    QCOMPARE(query.queryItemValue(QStringLiteral("subject"), QUrl::FullyDecoded),
             QStringLiteral("Your open actions for Fenholt Safeguarding Children Partnership: 2"));
    const QStringList body =
        query.queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded).split(QStringLiteral("\r\n"));
    QCOMPARE(body.front(), QStringLiteral("Dear Priya Shah,"));
    // Overdue first, then by due date; the completed one is not owed.
    const int late = body.indexOf(QStringLiteral("- A-2026-002 Late (due 1 Oct 2026, OVERDUE)"));
    const int later = body.indexOf(QStringLiteral("- A-2026-001 Later (due 1 Dec 2026)"));
    QVERIFY2(late >= 0 && later > late, qPrintable(body.join(QLatin1Char('|'))));
    QVERIFY(!body.join(QLatin1Char(' ')).contains(QLatin1String("Closed")));
}

QTEST_GUILESS_MAIN(TestActionPlans)
#include "tst_actionplans.moc"
