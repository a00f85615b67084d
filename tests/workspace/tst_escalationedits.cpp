// The escalation log in the workspace (issue 19, part 3): an escalation saved with its actions as
// one undo step, the level held to the board's highest, the levels and reasons saved as one step
// (a reason in use and levels below one reached refused), an agency taking its escalations with
// it, and the file's shipped reasons.
#include "storage/repository.h"
#include "workspace/actions/actionedits.h"
#include "workspace/voices/escalationedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestEscalationEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void shipsWithDefaults();
    void savedWithActionsAsOneStep();
    void levelHeldToTheBoards();
    void settingsAsOneStep();
    void reasonAndAgencyInUse();

private:
    Escalation sound() const;
    qint64 addAction(const QString &title);
    template <class T> size_t onDisk() const { return Repository<T>(m_ws->file().database()).loadAll().size(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_council = 0;
    qint64 m_police = 0;
};

void TestEscalationEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("escalations.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    for (const QString &name : {QStringLiteral("Fenholt Council"), QStringLiteral("Westmere Police")}) {
        Agency a;
        a.name = name;
        QVERIFY(m_ws->add(a));
    }
    m_council = m_ws->items<Agency>().at(0).id;
    m_police = m_ws->items<Agency>().at(1).id;
}

Escalation TestEscalationEdits::sound() const
{
    Escalation e;
    e.ref = QStringLiteral("C-1042");
    e.raised = QDate(2026, 5, 4);
    e.raisedByAgencyId = m_police;
    e.raisedWithAgencyId = m_council;
    e.reasonId = m_ws->items<EscalationReason>().at(0).id;
    e.level = 2;
    return e;
}

qint64 TestEscalationEdits::addAction(const QString &title)
{
    Action a;
    a.title = title;
    a.ownerAgencyId = m_council;
    a.start = QDate(2026, 7, 1);
    a.due = QDate(2026, 12, 18);
    qint64 id = 0;
    QString error;
    if (!ActionEdits(*m_ws).add(a, QDate(2026, 7, 1), &error, &id))
        qWarning() << error;
    return id;
}

void TestEscalationEdits::shipsWithDefaults()
{
    QStringList names;
    for (const EscalationReason &r : m_ws->items<EscalationReason>())
        names << r.name;
    // The file's defaults are the words core gives, in their order.
    QCOMPARE(names, defaultEscalationReasons());
    const EscalationSettings &s = m_ws->items<EscalationSettings>().value();
    QCOMPARE(s.highestLevel(), 4);
    QCOMPARE(s.levelNames, EscalationSettings::defaultLevelNames());
}

void TestEscalationEdits::savedWithActionsAsOneStep()
{
    const qint64 a1 = addAction(QStringLiteral("Agree a threshold document"));
    const qint64 a2 = addAction(QStringLiteral("Name a contact in each agency"));
    QVERIFY(a1 && a2);
    const int steps = m_ws->undoStack()->index();
    EscalationEdits edits(*m_ws);
    qint64 id = 0;
    QString error;
    QVERIFY2(edits.add(sound(), {a1, a2}, &error, &id), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->index(), steps + 1);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add escalation “C-1042”"));
    QCOMPARE(edits.actionsOf(id), (QList<qint64>{a1, a2}));
    QCOMPARE(onDisk<EscalationAction>(), size_t(2));

    // Resolved, one action dropped: one step, undone as one.
    Escalation e = *m_ws->items<Escalation>().find(id);
    e.resolved = QDate(2026, 5, 14);
    e.learning = QStringLiteral("Thresholds read alike once discussed");
    QVERIFY2(edits.save(e, {a2}, &error), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->index(), steps + 2);
    QCOMPARE(edits.actionsOf(id), QList<qint64>{a2});
    QCOMPARE(m_ws->items<Escalation>().find(id)->resolved, QDate(2026, 5, 14));
    m_ws->undoStack()->undo();
    QCOMPARE(edits.actionsOf(id), (QList<qint64>{a1, a2}));
    QVERIFY(!m_ws->items<Escalation>().find(id)->isResolved());
    // Saving it as it is is no step at all.
    QVERIFY(edits.save(*m_ws->items<Escalation>().find(id), {a1, a2}, &error));
    QCOMPARE(m_ws->undoStack()->index(), steps + 1);
    m_ws->undoStack()->undo();
    QVERIFY(m_ws->items<Escalation>().size() == 0);
    QCOMPARE(onDisk<EscalationAction>(), size_t(0));
    // Deleting the action unlinks it and keeps the escalation.
    m_ws->undoStack()->redo();
    QVERIFY(m_ws->remove<Action>(a1, &error));
    QCOMPARE(edits.actionsOf(id), QList<qint64>{a2});
    QVERIFY(m_ws->items<Escalation>().find(id));
}

void TestEscalationEdits::levelHeldToTheBoards()
{
    EscalationEdits edits(*m_ws);
    Escalation e = sound();
    e.level = 5;
    QString error;
    QVERIFY(!edits.add(e, {}, &error));
    QCOMPARE(error, QStringLiteral("Level: 5 is not from 1 to 4"));
    e.level = 4;
    e.raisedWithAgencyId = e.raisedByAgencyId;
    QVERIFY(!edits.add(e, {}, &error));
    QVERIFY2(error.startsWith(QStringLiteral("Raised with: ")), qPrintable(error));
    QVERIFY(m_ws->items<Escalation>().size() == 0);
}

void TestEscalationEdits::settingsAsOneStep()
{
    EscalationEdits edits(*m_ws);
    QList<EscalationReason> reasons(m_ws->items<EscalationReason>().begin(), m_ws->items<EscalationReason>().end());
    const int before = int(reasons.size());
    reasons[0].name = QStringLiteral("Disagreement about thresholds");
    reasons.removeLast();
    reasons.append({0, QStringLiteral("Discharge planning")});
    EscalationSettings s;
    s.levelNames << QStringLiteral("Independent chair");
    const int steps = m_ws->undoStack()->index();
    QString error;
    QVERIFY2(edits.saveSettings(s, reasons, &error), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->index(), steps + 1);
    QCOMPARE(m_ws->items<EscalationSettings>().value().highestLevel(), 5);
    QCOMPARE(m_ws->items<EscalationReason>().at(0).name, QStringLiteral("Disagreement about thresholds"));
    QCOMPARE(int(onDisk<EscalationReason>()), before);
    QCOMPARE(m_ws->items<EscalationReason>().items().back().name, QStringLiteral("Discharge planning"));
    // A level 5 now goes in; going back to four levels is then refused.
    Escalation e = sound();
    e.level = 5;
    QVERIFY2(edits.add(e, {}, &error), qPrintable(error));
    QVERIFY(!edits.saveSettings(EscalationSettings(), reasons, &error));
    QCOMPARE(error, QStringLiteral("An escalation on record reached level 5: keep at least 5 levels."));
    // A name given twice is refused.
    reasons.append({0, QStringLiteral("discharge planning ")});
    QVERIFY(!edits.saveSettings(s, reasons, &error));
    QCOMPARE(error, QStringLiteral("The reason “discharge planning” is given twice."));
    // Undo takes both steps back.
    m_ws->undoStack()->undo();
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<EscalationSettings>().value().highestLevel(), 4);
    QCOMPARE(m_ws->items<EscalationReason>().at(0).name, QStringLiteral("Threshold disagreement"));
    QCOMPARE(int(onDisk<EscalationReason>()), before);
}

void TestEscalationEdits::reasonAndAgencyInUse()
{
    EscalationEdits edits(*m_ws);
    QString error;
    QVERIFY(edits.add(sound(), {}, &error));
    QList<EscalationReason> reasons(m_ws->items<EscalationReason>().begin(), m_ws->items<EscalationReason>().end());
    reasons.removeFirst();
    QVERIFY(!edits.saveSettings(EscalationSettings(), reasons, &error));
    QCOMPARE(
        error,
        QStringLiteral("The reason “Threshold disagreement” is given by escalations on record; it cannot be deleted."));
    // An agency that was a party to one is kept, with the reason, until the escalation is moved
    // or deleted; then it may go.
    QVERIFY(!m_ws->remove<Agency>(m_police, &error));
    QVERIFY2(error.startsWith(QStringLiteral("It was a party to 1 escalation")) &&
                 error.contains(QStringLiteral("move them to another agency or delete them first")),
             qPrintable(error));
    QVERIFY(m_ws->items<Agency>().find(m_police));
    QCOMPARE(m_ws->items<Escalation>().size(), 1);
    QCOMPARE(onDisk<Escalation>(), size_t(1));
    QVERIFY(m_ws->remove<Escalation>(m_ws->items<Escalation>().at(0).id));
    QVERIFY2(m_ws->remove<Agency>(m_police, &error), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEscalationEdits)
#include "tst_escalationedits.moc"
