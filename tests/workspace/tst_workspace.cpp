// The workspace: every edit is undoable, undo and redo restore exactly what was there, in memory and on disk.
#include "storage/board/boardrepository.h"
#include "storage/repository.h"
#include "testsupport/demoworkspace.h"
#include "workspace/demo/demoboard.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/voices/escalationkinds.h"
#include "workspace/workspace.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

// What the file holds, read back independently of the workspace's loaded copy.
struct Snapshot
{
    Board board;
    std::vector<Agency> agencies;
    std::vector<Person> people;
    std::vector<SubGroup> subGroups;

    bool operator==(const Snapshot &o) const
    {
        return board == o.board && agencies == o.agencies && people == o.people && subGroups == o.subGroups;
    }
};

Snapshot onDisk(const Workspace &ws)
{
    const QSqlDatabase db = ws.file().database();
    return {BoardRepository(db).load(), Repository<Agency>(db).loadAll(), Repository<Person>(db).loadAll(),
            Repository<SubGroup>(db).loadAll()};
}

Snapshot inMemory(const Workspace &ws)
{
    return {ws.board(), ws.items<Agency>().items(), ws.items<Person>().items(), ws.items<SubGroup>().items()};
}

} // namespace

class TestWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void addUndoRedo();
    void editUndoRedo();
    void deleteAgencyClearsPeopleAndUndoRestoresThem();
    void deletePersonClearsChair();
    void deletePriorityClearsIndicatorsAndUndoRestoresThem();
    void boardDetailsUndo();
    void refusedEditsLeaveNoCommand();
    void duplicateNamesRefused();
    void readOnlyRefusesEdits();
    void notifierReportsRows();
    void demoIsReproducible();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestWorkspace::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    test::openDemoWorkspace(*m_dir, &m_ws);
    if (QTest::currentTestFailed())
        return;
}

void TestWorkspace::addUndoRedo()
{
    const Snapshot before = onDisk(*m_ws);
    QCOMPARE(inMemory(*m_ws), before);
    Agency a;
    a.name = QStringLiteral("Westmere Schools Trust");
    a.sector = Sector::Education;
    QString error;
    QVERIFY2(m_ws->add(a, &error), qPrintable(error));
    const Snapshot added = onDisk(*m_ws);
    QCOMPARE(added.agencies.size(), before.agencies.size() + 1);
    QCOMPARE(added.agencies.back().name, a.name);
    QCOMPARE(inMemory(*m_ws), added);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add agency Westmere Schools Trust"));

    m_ws->undoStack()->undo();
    QCOMPARE(onDisk(*m_ws), before);
    QCOMPARE(inMemory(*m_ws), before);
    m_ws->undoStack()->redo();
    QCOMPARE(onDisk(*m_ws), added); // the same id again
    QCOMPARE(inMemory(*m_ws), added);
}

void TestWorkspace::editUndoRedo()
{
    const Snapshot before = onDisk(*m_ws);
    Person p = m_ws->items<Person>().at(5);
    p.role = QStringLiteral("Head of quality assurance");
    p.email = QStringLiteral("qa.head@wcc.example.org");
    p.agencyId = m_ws->items<Agency>().at(0).id;
    QString error;
    QVERIFY2(m_ws->update(p, &error), qPrintable(error));
    QCOMPARE(*m_ws->items<Person>().find(p.id), p);
    const Snapshot edited = onDisk(*m_ws);
    QCOMPARE(inMemory(*m_ws), edited);
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk(*m_ws), before);
    QCOMPARE(inMemory(*m_ws), before);
    m_ws->undoStack()->redo();
    QCOMPARE(onDisk(*m_ws), edited);
}

void TestWorkspace::deleteAgencyClearsPeopleAndUndoRestoresThem()
{
    const Agency agency = m_ws->items<Agency>().at(2);
    // The logs are the board's record: while an entry names the agency, it stays.
    QString refused;
    QVERIFY(!m_ws->remove<Agency>(agency.id, &refused));
    QVERIFY2(refused.contains(QStringLiteral("escalations on record")), qPrintable(refused));
    QCOMPARE(onDisk(*m_ws).agencies.size(), m_ws->items<Agency>().size());
    std::vector<qint64> named;
    for (const Escalation &e : m_ws->items<Escalation>())
        if (e.raisedByAgencyId == agency.id || e.raisedWithAgencyId == agency.id)
            named.push_back(e.id);
    for (qint64 id : named)
        QVERIFY(m_ws->remove<Escalation>(id));
    named.clear();
    for (const Complaint &c : m_ws->items<Complaint>())
        if (c.agencyId == agency.id)
            named.push_back(c.id);
    for (qint64 id : named)
        QVERIFY(m_ws->remove<Complaint>(id));

    const Snapshot before = onDisk(*m_ws);
    const Dependents deps = m_ws->dependents<Agency>(agency.id);
    QCOMPARE(deps.count<Person>(), qint64(3));
    QVERIFY(deps.describe().contains(QStringLiteral("3 people")));
    QString error;
    QVERIFY2(m_ws->remove<Agency>(agency.id, &error), qPrintable(error));
    QVERIFY(!m_ws->items<Agency>().find(agency.id));
    for (const Person &p : deps.items<Person>())
        QCOMPARE(m_ws->items<Person>().find(p.id)->agencyId, qint64(0));
    QCOMPARE(inMemory(*m_ws), onDisk(*m_ws));
    QVERIFY(m_ws->file().integrityProblems().isEmpty());

    m_ws->undoStack()->undo();
    QCOMPARE(onDisk(*m_ws), before);
    QCOMPARE(inMemory(*m_ws), before);
    m_ws->undoStack()->redo();
    QVERIFY(!m_ws->items<Agency>().find(agency.id));
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk(*m_ws), before);
}

void TestWorkspace::deletePersonClearsChair()
{
    const Snapshot before = onDisk(*m_ws);
    const SubGroup group = m_ws->items<SubGroup>().at(0);
    QVERIFY(group.chairId != 0);
    QString error;
    QVERIFY(m_ws->remove<Person>(group.chairId, &error));
    QCOMPARE(m_ws->items<SubGroup>().find(group.id)->chairId, qint64(0));
    m_ws->undoStack()->undo();
    QCOMPARE(onDisk(*m_ws), before);
    QCOMPARE(inMemory(*m_ws), before);
}

void TestWorkspace::deletePriorityClearsIndicatorsAndUndoRestoresThem()
{
    // The demo's business plan: five priorities, the children in care one over LAC-, CL-... indicators.
    QCOMPARE(m_ws->items<Priority>().size(), 5);
    const auto indicatorsOnDisk = [this] { return Repository<Indicator>(m_ws->file().database()).loadAll(); };
    const auto prioritiesOnDisk = [this] { return Repository<Priority>(m_ws->file().database()).loadAll(); };
    const std::vector<Indicator> indicatorsBefore = indicatorsOnDisk();
    const std::vector<Priority> prioritiesBefore = prioritiesOnDisk();
    const Priority inCare =
        *std::find_if(m_ws->items<Priority>().begin(), m_ws->items<Priority>().end(),
                      [](const Priority &p) { return p.title.contains(QStringLiteral("in care")); });
    const Dependents deps = m_ws->dependents<Priority>(inCare.id);
    QVERIFY(deps.count<Indicator>() >= 4);
    QVERIFY2(deps.describe().contains(QStringLiteral("without a priority")), qPrintable(deps.describe()));
    QString error;
    QVERIFY2(m_ws->remove<Priority>(inCare.id, &error), qPrintable(error));
    QVERIFY(!m_ws->items<Priority>().find(inCare.id));
    for (const Indicator &i : deps.items<Indicator>())
        QCOMPARE(m_ws->items<Indicator>().find(i.id)->priorityId, qint64(0));
    QCOMPARE(indicatorsOnDisk(), m_ws->items<Indicator>().items());
    m_ws->undoStack()->undo();
    QCOMPARE(indicatorsOnDisk(), indicatorsBefore);
    QCOMPARE(prioritiesOnDisk(), prioritiesBefore);
    QCOMPARE(m_ws->items<Indicator>().items(), indicatorsBefore);

    // An edit and a new one, each undoable; a priority needs a title.
    Priority renamed = inCare;
    renamed.title = QStringLiteral("Children in care");
    QVERIFY(m_ws->update(renamed, &error));
    QCOMPARE(prioritiesOnDisk().at(2).title, QStringLiteral("Children in care"));
    Priority blank;
    QVERIFY(!m_ws->add(blank, &error));
    QVERIFY2(error.contains(QStringLiteral("title")), qPrintable(error));
    m_ws->undoStack()->undo();
    QCOMPARE(prioritiesOnDisk(), prioritiesBefore);
}

void TestWorkspace::boardDetailsUndo()
{
    const Board before = m_ws->board();
    Board b = before;
    b.name = QStringLiteral("Westmere Safeguarding Adults Board");
    b.type = BoardType::Adults;
    b.fyStartMonth = 1;
    QSignalSpy changed(m_ws->notifier(), &Notifier::boardChanged);
    QVERIFY(m_ws->update(b));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(BoardRepository(m_ws->file().database()).load(), b);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->board(), before);
    QCOMPARE(BoardRepository(m_ws->file().database()).load(), before);
}

void TestWorkspace::refusedEditsLeaveNoCommand()
{
    const int commands = m_ws->undoStack()->count();
    Agency nameless;
    QString error;
    QVERIFY(!m_ws->add(nameless, &error));
    QVERIFY2(error.contains(QStringLiteral("needs a name")), qPrintable(error));
    Person badEmail;
    badEmail.name = QStringLiteral("Jo Bloggs");
    badEmail.email = QStringLiteral("jo.bloggs.example.org");
    QVERIFY(!m_ws->add(badEmail, &error));
    QVERIFY2(error.contains(QStringLiteral("email")), qPrintable(error));
    // A write the file refuses (a person in an agency that does not exist) rolls back and is not kept.
    Person orphan;
    orphan.name = QStringLiteral("Sam Orphan");
    orphan.agencyId = 987654;
    QSignalSpy failed(m_ws->notifier(), &Notifier::writeFailed);
    const Snapshot before = onDisk(*m_ws);
    QVERIFY(!m_ws->add(orphan, &error));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("not saved")), qPrintable(error));
    QCOMPARE(onDisk(*m_ws), before);
    QCOMPARE(inMemory(*m_ws), before);
    QCOMPARE(m_ws->undoStack()->count(), commands);
}

void TestWorkspace::duplicateNamesRefused()
{
    Agency copy;
    copy.name = m_ws->items<Agency>().at(0).name.toUpper();
    QString error;
    QVERIFY(!m_ws->add(copy, &error));
    QVERIFY2(error.contains(QStringLiteral("already an agency")), qPrintable(error));
    Agency renamed = m_ws->items<Agency>().at(1);
    renamed.name = m_ws->items<Agency>().at(0).name;
    QVERIFY(!m_ws->update(renamed, &error));
}

void TestWorkspace::readOnlyRefusesEdits()
{
    const QString path = m_ws->path();
    m_ws.reset();
    OpenResult r;
    auto ro = Workspace::open(path, BoardFile::Mode::ReadOnly, &r);
    QVERIFY(ro);
    QVERIFY(ro->isReadOnly());
    Agency a;
    a.name = QStringLiteral("New Agency");
    QString error;
    QVERIFY(!ro->add(a, &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    QCOMPARE(ro->undoStack()->count(), 0);
}

void TestWorkspace::notifierReportsRows()
{
    QSignalSpy aboutToInsert(m_ws->notifier(), &Notifier::aboutToInsert);
    QSignalSpy removed(m_ws->notifier(), &Notifier::removed);
    SubGroup s;
    s.name = QStringLiteral("Adolescent Safety");
    QVERIFY(m_ws->add(s));
    QCOMPARE(aboutToInsert.count(), 1);
    QCOMPARE(aboutToInsert.first().at(0).value<Kind>(), kindOf<SubGroup>());
    QCOMPARE(aboutToInsert.first().at(1).toInt(), m_ws->items<SubGroup>().size() - 1);
    m_ws->undoStack()->undo();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), m_ws->items<SubGroup>().size());
}

void TestWorkspace::demoIsReproducible()
{
    QTemporaryDir dir;
    QString error;
    DemoOptions seven;
    seven.seed = 7;
    QVERIFY(writeDemoBoard(dir.filePath(QStringLiteral("a.assure")), seven, &error));
    QVERIFY(writeDemoBoard(dir.filePath(QStringLiteral("b.assure")), seven, &error));
    seven.seed = 8;
    QVERIFY(writeDemoBoard(dir.filePath(QStringLiteral("c.assure")), seven, &error));
    OpenResult r;
    auto a = Workspace::open(dir.filePath(QStringLiteral("a.assure")), BoardFile::Mode::ReadOnly, &r);
    auto b = Workspace::open(dir.filePath(QStringLiteral("b.assure")), BoardFile::Mode::ReadOnly, &r);
    auto c = Workspace::open(dir.filePath(QStringLiteral("c.assure")), BoardFile::Mode::ReadOnly, &r);
    QVERIFY(a && b && c);
    QCOMPARE(inMemory(*a), inMemory(*b));
    QVERIFY(!(inMemory(*a) == inMemory(*c)));
    QCOMPARE(a->items<Agency>().size(), 20);
    QCOMPARE(a->items<Person>().size(), 60);
    QCOMPARE(a->items<SubGroup>().size(), 6);
    QVERIFY(!writeDemoBoard(dir.filePath(QStringLiteral("a.assure")), seven, &error));
    QVERIFY(error.contains(QStringLiteral("already exists")));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
