// Actions in the workspace: add with a made reference, update, delete taking milestones and
// updates, agency and lead deletes clearing them, undo and redo, history, and the edits
// particular to actions (status under the transition rules, progress, impact).
#include "storage/history/historylog.h"
#include "storage/repository.h"
#include "workspace/actions/actionedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestActionEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void referencesAreMadeAndUnique();
    void addUpdateUndoRedo();
    void deleteTakesMilestonesAndUpdates();
    void deletingOwnerLeadOrIndicatorClearsThem();
    void statusTransitionsAndRefusals();
    void progressUpdateStartsAnAction();
    void impactRecordedAcceptedAndRefused();
    void historyRecordsActions();

private:
    qint64 addAction(const QString &title, const QString &ref = {});
    qint64 addMilestone(qint64 actionId, const QDate &date);
    std::vector<Action> actionsOnDisk() const { return Repository<Action>(m_ws->file().database()).loadAll(); }
    template <class T> size_t onDisk() const { return Repository<T>(m_ws->file().database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_agency = 0;
    qint64 m_lead = 0;
    const QDate m_today{2026, 9, 16};
};

void TestActionEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("actions.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    Agency a;
    a.name = QStringLiteral("Fenholt Council");
    QVERIFY(m_ws->add(a));
    m_agency = m_ws->items<Agency>().at(0).id;
    Person p;
    p.name = QStringLiteral("Priya Shah");
    p.agencyId = m_agency;
    QVERIFY(m_ws->add(p));
    m_lead = m_ws->items<Person>().at(0).id;
}

qint64 TestActionEdits::addAction(const QString &title, const QString &ref)
{
    Action a;
    a.ref = ref;
    a.title = title;
    a.ownerAgencyId = m_agency;
    a.leadPersonId = m_lead;
    a.start = QDate(2026, 7, 1);
    a.due = QDate(2026, 12, 18);
    qint64 id = 0;
    QString error;
    if (!ActionEdits(*m_ws).add(a, m_today, &error, &id))
        qWarning() << error;
    return id;
}

qint64 TestActionEdits::addMilestone(qint64 actionId, const QDate &date)
{
    Milestone m;
    m.actionId = actionId;
    m.date = date;
    m.text = QStringLiteral("Draft pathway to the sub-group");
    QString error;
    if (!m_ws->add(m, &error))
        qWarning() << error;
    return m_ws->items<Milestone>().items().back().id;
}

void TestActionEdits::referencesAreMadeAndUnique()
{
    ActionEdits edits(*m_ws);
    QCOMPARE(edits.nextReference(2026), QStringLiteral("A-2026-001"));
    const qint64 first = addAction(QStringLiteral("Neglect pathway"));
    QCOMPARE(m_ws->items<Action>().find(first)->ref, QStringLiteral("A-2026-001"));
    addAction(QStringLiteral("Imported"), QStringLiteral("a-2026-041")); // edited by hand, in lower case
    addAction(QStringLiteral("Last year's"), QStringLiteral("A-2025-120"));
    addAction(QStringLiteral("Their own scheme"), QStringLiteral("CSP/7"));
    QCOMPARE(edits.nextReference(2026), QStringLiteral("A-2026-042"));
    QCOMPARE(edits.nextReference(2025), QStringLiteral("A-2025-121"));
    QCOMPARE(edits.nextReference(2027), QStringLiteral("A-2027-001"));
    const qint64 next = addAction(QStringLiteral("Training"));
    QCOMPARE(m_ws->items<Action>().find(next)->ref, QStringLiteral("A-2026-042"));

    // A reference taken, in any case, is refused; so is none at all through the workspace.
    Action again = *m_ws->items<Action>().find(first);
    again.id = 0;
    again.ref = QStringLiteral(" a-2026-001 ");
    QString error;
    QVERIFY(!m_ws->add(again, &error));
    QCOMPARE(error, QStringLiteral("There is already an action with the reference “a-2026-001”."));
    again.ref.clear();
    QVERIFY(!m_ws->add(again, &error));
    QCOMPARE(error, QStringLiteral("The action needs a reference."));
    QCOMPARE(m_ws->items<Action>().size(), 5);
}

void TestActionEdits::addUpdateUndoRedo()
{
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add action A-2026-001"));
    QCOMPARE(actionsOnDisk(), m_ws->items<Action>().items());

    Action edited = *m_ws->items<Action>().find(id);
    edited.description = QStringLiteral("Rewrite the pathway around the Graded Care Profile.");
    edited.successMeasure = QStringLiteral("80% of neglect referrals use the profile");
    edited.sourceKind = ActionSource::Priority;
    edited.impactAcceptedOn = QDate(); // dates that are not given stay not given
    QVERIFY(m_ws->update(edited));
    QCOMPARE(actionsOnDisk().front(), edited);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit action A-2026-001"));

    m_ws->undoStack()->undo();
    QCOMPARE(actionsOnDisk().front().description, QString());
    m_ws->undoStack()->redo();
    QCOMPARE(actionsOnDisk().front(), edited);
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QVERIFY(actionsOnDisk().empty());
    QCOMPARE(m_ws->items<Action>().size(), 0);
    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->items<Action>().at(0).id, id);
}

void TestActionEdits::deleteTakesMilestonesAndUpdates()
{
    const qint64 keep = addAction(QStringLiteral("Training"));
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    addMilestone(id, QDate(2026, 8, 1));
    addMilestone(id, QDate(2026, 10, 1));
    addMilestone(keep, QDate(2026, 8, 1));
    ProgressUpdate u;
    u.actionId = id;
    u.date = m_today;
    u.author = QStringLiteral("Priya Shah");
    u.text = QStringLiteral("Draft circulated");
    QVERIFY(ActionEdits(*m_ws).addUpdate(u));

    const Dependents deps = m_ws->dependents<Action>(id);
    QCOMPARE(deps.count<Milestone>(), qint64(2));
    QCOMPARE(deps.count<ProgressUpdate>(), qint64(1));
    QVERIFY(deps.describe().contains(QStringLiteral("Its 2 milestones go with it.")));
    QVERIFY(deps.refusal().isEmpty());

    QVERIFY(m_ws->remove<Action>(id));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Delete action A-2026-002"));
    QCOMPARE(onDisk<Milestone>(), size_t(1));
    QCOMPARE(onDisk<ProgressUpdate>(), size_t(0));
    QCOMPARE(m_ws->items<Milestone>().size(), 1);
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk<Milestone>(), size_t(3));
    QCOMPARE(onDisk<ProgressUpdate>(), size_t(1));
    QCOMPARE(m_ws->items<ProgressUpdate>().at(0).text, QStringLiteral("Draft circulated"));
    m_ws->undoStack()->redo();
    QCOMPARE(onDisk<ProgressUpdate>(), size_t(0));
    QVERIFY(m_ws->file().integrityProblems().isEmpty());
}

void TestActionEdits::deletingOwnerLeadOrIndicatorClearsThem()
{
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    const Dependents byLead = m_ws->dependents<Person>(m_lead);
    QCOMPARE(byLead.count<Action>(), qint64(1));
    QVERIFY(m_ws->remove<Person>(m_lead));
    QCOMPARE(m_ws->items<Action>().find(id)->leadPersonId, qint64(0));
    QCOMPARE(actionsOnDisk().front().leadPersonId, qint64(0));
    QVERIFY(m_ws->remove<Agency>(m_agency));
    QCOMPARE(m_ws->items<Action>().find(id)->ownerAgencyId, qint64(0));
    QCOMPARE(actionsOnDisk().front(), *m_ws->items<Action>().find(id));
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(actionsOnDisk().front().ownerAgencyId, m_agency);
    QCOMPARE(actionsOnDisk().front().leadPersonId, m_lead);

    // The indicator that shows its impact: the link goes, the action and its evidence stay.
    Indicator indicator;
    indicator.code = QStringLiteral("CP-03");
    indicator.title = QStringLiteral("Re-referrals within 12 months");
    QVERIFY(m_ws->add(indicator));
    const qint64 indicatorId = m_ws->items<Indicator>().at(0).id;
    QVERIFY(ActionEdits(*m_ws).recordImpact(id, QStringLiteral("Re-referrals fell to 15%"), indicatorId));
    QCOMPARE(m_ws->dependents<Indicator>(indicatorId).count<Action>(), qint64(1));
    QVERIFY(m_ws->remove<Indicator>(indicatorId));
    QCOMPARE(actionsOnDisk().front().impactIndicatorId, qint64(0));
    QCOMPARE(actionsOnDisk().front().impactEvidence, QStringLiteral("Re-referrals fell to 15%"));
    m_ws->undoStack()->undo();
    QCOMPARE(actionsOnDisk().front().impactIndicatorId, indicatorId);
}

void TestActionEdits::statusTransitionsAndRefusals()
{
    ActionEdits edits(*m_ws);
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    const auto status = [&] { return actionsOnDisk().front().status; };
    const int steps = m_ws->undoStack()->count();
    QString error;
    QVERIFY(!edits.setStatus(id, ActionStatus::ImpactEvidenced, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("completed")), qPrintable(error));
    QVERIFY(!edits.setStatus(id, ActionStatus::Cancelled, QStringLiteral("  "), &error));
    QCOMPARE(error, QStringLiteral("Say why the action is cancelled."));
    QCOMPARE(m_ws->undoStack()->count(), steps); // nothing was done
    QCOMPARE(status(), ActionStatus::NotStarted);

    QVERIFY(edits.setStatus(id, ActionStatus::InProgress));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Set A-2026-001 to In progress"));
    QVERIFY(edits.setStatus(id, ActionStatus::Cancelled, QStringLiteral("Merged into A-2026-004")));
    QCOMPARE(actionsOnDisk().front().cancelReason, QStringLiteral("Merged into A-2026-004"));
    QVERIFY(edits.setStatus(id, ActionStatus::Completed)); // reopening and completing need nothing
    QCOMPARE(actionsOnDisk().front().cancelReason, QString());
    QCOMPARE(status(), ActionStatus::Completed);
    m_ws->undoStack()->undo();
    QCOMPARE(status(), ActionStatus::Cancelled);
    QCOMPARE(actionsOnDisk().front().cancelReason, QStringLiteral("Merged into A-2026-004"));
    QVERIFY(!edits.setStatus(id + 1, ActionStatus::Completed, {}, &error));
    QCOMPARE(error, QStringLiteral("That action is no longer in the board file."));
}

void TestActionEdits::progressUpdateStartsAnAction()
{
    ActionEdits edits(*m_ws);
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    ProgressUpdate u;
    u.actionId = id;
    u.date = m_today;
    u.text = QStringLiteral("Agreed the scope with the sub-group");
    QVERIFY(edits.addUpdate(u));
    QCOMPARE(m_ws->items<Action>().find(id)->status, ActionStatus::NotStarted); // no percentage: no start
    u.percent = 20;
    QVERIFY(edits.addUpdate(u));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add progress update to A-2026-001"));
    QCOMPARE(m_ws->items<Action>().find(id)->status, ActionStatus::InProgress);
    QCOMPARE(onDisk<ProgressUpdate>(), size_t(2));
    m_ws->undoStack()->undo(); // one step: the update and the start
    QCOMPARE(m_ws->items<Action>().find(id)->status, ActionStatus::NotStarted);
    QCOMPARE(onDisk<ProgressUpdate>(), size_t(1));

    QString error;
    u.percent = 140;
    QVERIFY(!edits.addUpdate(u, &error));
    QCOMPARE(error, QStringLiteral("A percentage of progress is from 0 to 100, not 140."));
    u.percent = 50;
    u.actionId = id + 7;
    QVERIFY(!edits.addUpdate(u, &error));
    QCOMPARE(onDisk<ProgressUpdate>(), size_t(1));
}

void TestActionEdits::impactRecordedAcceptedAndRefused()
{
    ActionEdits edits(*m_ws);
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    QString error;
    QVERIFY(edits.recordImpact(id, QStringLiteral("Re-referrals fell from 22% to 15%")));
    QVERIFY(!edits.acceptImpact(id, QStringLiteral("QA sub-group"), m_today, &error));
    QVERIFY2(error.contains(QStringLiteral("completed")), qPrintable(error));
    QVERIFY(edits.setStatus(id, ActionStatus::Completed));
    QVERIFY(!edits.acceptImpact(id, QStringLiteral(" "), m_today, &error));
    QVERIFY2(error.contains(QStringLiteral("accepted")), qPrintable(error));
    QVERIFY2(edits.acceptImpact(id, QStringLiteral("QA sub-group"), m_today, &error), qPrintable(error));
    const Action done = actionsOnDisk().front();
    QCOMPARE(done.status, ActionStatus::ImpactEvidenced);
    QCOMPARE(done.impactAcceptedBy, QStringLiteral("QA sub-group"));
    QCOMPARE(done.impactAcceptedOn, m_today);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Accept impact of A-2026-001"));
    QVERIFY(!edits.recordImpact(id, QStringLiteral("Something else"), 0, &error));
    QVERIFY2(error.contains(QStringLiteral("reopen")), qPrintable(error));

    // Reopened, new evidence needs accepting again.
    QVERIFY(edits.setStatus(id, ActionStatus::Completed));
    QVERIFY(edits.recordImpact(id, QStringLiteral("Re-referrals fell to 12%")));
    QCOMPARE(actionsOnDisk().front().impactAcceptedBy, QString());
    QVERIFY(!edits.setStatus(id, ActionStatus::ImpactEvidenced, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("accepted")), qPrintable(error));
    QVERIFY(!edits.recordImpact(id, QStringLiteral("x"), 999, &error)); // no such indicator
}

void TestActionEdits::historyRecordsActions()
{
    const qint64 id = addAction(QStringLiteral("Neglect pathway"));
    QVERIFY(ActionEdits(*m_ws).setStatus(id, ActionStatus::InProgress));
    const std::vector<HistoryEntry> entries = m_ws->historyEntries();
    std::vector<const HistoryEntry *> rows;
    for (const HistoryEntry &e : entries)
        if (e.table == QLatin1String("action"))
            rows.push_back(&e);
    QCOMPARE(rows.size(), size_t(2));
    QCOMPARE(rows[0]->action, QStringLiteral("insert"));
    QCOMPARE(rows[0]->label, QStringLiteral("Add action A-2026-001"));
    QVERIFY(rows[0]->newValues.contains(QStringLiteral("\"ref\":\"A-2026-001\"")));
    QCOMPARE(rows[1]->action, QStringLiteral("update"));
    QVERIFY(rows[1]->newValues.contains(QStringLiteral("\"status\":\"in_progress\"")));
    QCOMPARE(kinds::findByTable(QStringLiteral("action"))->name(), QStringLiteral("Action"));
    QCOMPARE(kinds::findByTable(QStringLiteral("action_update"))->name(), QStringLiteral("Progress update"));
    qint64 count = 0;
    const QStringList problems = HistoryLog::verify(m_ws->file().handle(), &count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestActionEdits)
#include "tst_actionedits.moc"
