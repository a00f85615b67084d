// A kind declared only in the tests (notekind.h) gets everything a kind of the application gets:
// add, update, delete with a cascade and a refusal, undo and redo, history and its chain, signals.
#include "storage/history/historylog.h"
#include "workspace/notekind.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestNoteKind final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerNoteKinds(); }
    void init();
    void cleanup() { m_ws.reset(); }

    void addAndUpdateWriteTheFileAndUndo();
    void deleteTakesItsLinesAndUndoRedoFollow();
    void aReferringNoteRefusesItsAgencysDelete();
    void aTakenTitleIsRefused();
    void historyRecordsItAndTheChainHolds();
    void notifierSaysWhichKindChanged();

private:
    qint64 addNote(const QString &title, qint64 agencyId = 0);
    qint64 addLine(qint64 noteId, const QString &text);
    std::vector<Note> notesOnDisk() const { return Repository<Note>(m_ws->file().database()).loadAll(); }
    std::vector<NoteLine> linesOnDisk() const { return Repository<NoteLine>(m_ws->file().database()).loadAll(); }

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
    int m_board = 0;
};

void TestNoteKind::init()
{
    QString error;
    m_ws = createNoteBoard(m_dir.filePath(QStringLiteral("notes-%1.assure").arg(++m_board)), &error);
    QVERIFY2(m_ws, qPrintable(error));
}

qint64 TestNoteKind::addNote(const QString &title, qint64 agencyId)
{
    Note n;
    n.title = title;
    n.agencyId = agencyId;
    QString error;
    if (!m_ws->add(n, &error))
        qWarning() << error;
    return m_ws->items<Note>().items().empty() ? 0 : m_ws->items<Note>().items().back().id;
}

qint64 TestNoteKind::addLine(qint64 noteId, const QString &text)
{
    NoteLine l;
    l.noteId = noteId;
    l.text = text;
    QString error;
    if (!m_ws->add(l, &error))
        qWarning() << error;
    return m_ws->items<NoteLine>().items().back().id;
}

void TestNoteKind::addAndUpdateWriteTheFileAndUndo()
{
    const qint64 id = addNote(QStringLiteral("Visit to Harrow Lodge"));
    QVERIFY(id > 0);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add note Visit to Harrow Lodge"));
    QCOMPARE(notesOnDisk(), m_ws->items<Note>().items());

    Note edited = *m_ws->items<Note>().find(id);
    edited.body = QStringLiteral("Staffing was short on the night shift.");
    QVERIFY(m_ws->update(edited));
    QCOMPARE(notesOnDisk().front().body, edited.body);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit note Visit to Harrow Lodge"));

    Note empty = edited;
    empty.title = QStringLiteral("  ");
    QString error;
    QVERIFY(!m_ws->update(empty, &error));
    QCOMPARE(error, QStringLiteral("A note needs a title."));

    m_ws->undoStack()->undo();
    QCOMPARE(notesOnDisk().front().body, QString());
    m_ws->undoStack()->undo();
    QVERIFY(notesOnDisk().empty());
    QCOMPARE(m_ws->items<Note>().size(), 0);
    m_ws->undoStack()->redo();
    QCOMPARE(m_ws->items<Note>().size(), 1);
    QCOMPARE(m_ws->items<Note>().at(0).id, id); // redo gives back the same id
}

void TestNoteKind::deleteTakesItsLinesAndUndoRedoFollow()
{
    const qint64 keep = addNote(QStringLiteral("Quarterly audit"));
    const qint64 id = addNote(QStringLiteral("Visit to Harrow Lodge"));
    addLine(id, QStringLiteral("Night staffing"));
    addLine(id, QStringLiteral("Medication records"));
    addLine(keep, QStringLiteral("Sample of 20 cases"));

    const Dependents deps = m_ws->dependents<Note>(id);
    QCOMPARE(deps.count<NoteLine>(), qint64(2));
    QCOMPARE(deps.describe(), QStringLiteral("Its 2 lines go with it."));
    QVERIFY(deps.refusal().isEmpty());

    const std::vector<NoteLine> linesBefore = linesOnDisk();
    QString error;
    QVERIFY2(m_ws->remove<Note>(id, &error), qPrintable(error));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Delete note Visit to Harrow Lodge"));
    QCOMPARE(m_ws->items<Note>().size(), 1);
    QCOMPARE(m_ws->items<NoteLine>().size(), 1);
    QCOMPARE(linesOnDisk(), m_ws->items<NoteLine>().items());
    QCOMPARE(linesOnDisk().front().noteId, keep);

    m_ws->undoStack()->undo();
    QCOMPARE(linesOnDisk(), linesBefore);
    QCOMPARE(m_ws->items<NoteLine>().items(), linesBefore);
    QVERIFY(m_ws->items<Note>().find(id));

    m_ws->undoStack()->redo();
    QVERIFY(!m_ws->items<Note>().find(id));
    QCOMPARE(linesOnDisk().size(), size_t(1));
    QVERIFY(m_ws->file().integrityProblems().isEmpty());
}

void TestNoteKind::aReferringNoteRefusesItsAgencysDelete()
{
    Agency a;
    a.name = QStringLiteral("Fenholt Police");
    QVERIFY(m_ws->add(a));
    const qint64 agencyId = m_ws->items<Agency>().at(0).id;
    const qint64 noteId = addNote(QStringLiteral("Joint visit"), agencyId);
    const int undoSteps = m_ws->undoStack()->count();

    QString error;
    QVERIFY(!m_ws->remove<Agency>(agencyId, &error));
    QCOMPARE(error, QStringLiteral("1 notes are about it; delete them first."));
    QVERIFY(m_ws->items<Agency>().find(agencyId));
    QCOMPARE(m_ws->undoStack()->count(), undoSteps); // nothing was done

    // Once the note is gone, so can the agency be.
    QVERIFY(m_ws->remove<Note>(noteId));
    QVERIFY2(m_ws->remove<Agency>(agencyId, &error), qPrintable(error));
    QVERIFY(m_ws->items<Agency>().items().empty());
}

void TestNoteKind::aTakenTitleIsRefused()
{
    addNote(QStringLiteral("Joint visit"));
    Note again;
    again.title = QStringLiteral(" joint VISIT ");
    QString error;
    QVERIFY(!m_ws->add(again, &error));
    QCOMPARE(error, QStringLiteral("There is already a note called “joint VISIT”."));
    QCOMPARE(m_ws->items<Note>().size(), 1);
}

void TestNoteKind::historyRecordsItAndTheChainHolds()
{
    const qint64 id = addNote(QStringLiteral("Visit to Harrow Lodge"));
    addLine(id, QStringLiteral("Night staffing"));
    QVERIFY(m_ws->remove<Note>(id));
    m_ws->undoStack()->undo();

    const std::vector<HistoryEntry> entries = m_ws->historyEntries();
    std::vector<const HistoryEntry *> notes;
    for (const HistoryEntry &e : entries)
        if (e.table == QLatin1String("note"))
            notes.push_back(&e);
    QCOMPARE(notes.size(), size_t(3)); // added, deleted, put back
    QCOMPARE(notes[0]->action, QStringLiteral("insert"));
    QCOMPARE(notes[0]->label, QStringLiteral("Add note Visit to Harrow Lodge"));
    QVERIFY(notes[0]->newValues.contains(QStringLiteral("\"title\":\"Visit to Harrow Lodge\"")));
    QCOMPARE(notes[1]->action, QStringLiteral("delete"));
    QCOMPARE(notes[2]->kind, QStringLiteral("undo"));
    QCOMPARE(notes[2]->action, QStringLiteral("insert"));
    // The delete took the line first, in the same operation.
    const auto line = std::find_if(entries.begin(), entries.end(), [&](const HistoryEntry &e) {
        return e.table == QLatin1String("note_line") && e.action == QLatin1String("delete");
    });
    QVERIFY(line != entries.end());
    QCOMPARE(line->operation, notes[1]->operation);
    // The history's table label is the kind's own name.
    QCOMPARE(kinds::findByTable(QStringLiteral("note"))->name(), QStringLiteral("Note"));

    qint64 count = 0;
    const QStringList problems = HistoryLog::verify(m_ws->file().handle(), &count);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(count >= 5); // start, note, line, delete, undo
}

void TestNoteKind::notifierSaysWhichKindChanged()
{
    QSignalSpy inserted(m_ws->notifier(), &Notifier::inserted);
    QSignalSpy removed(m_ws->notifier(), &Notifier::removed);
    QList<int> noteRows, agencyRows;
    QObject context;
    Notifier::RowHandlers notes;
    notes.inserted = [&](int row) { noteRows << row; };
    m_ws->notifier()->subscribe(kindOf<Note>(), &context, std::move(notes));
    Notifier::RowHandlers agencies;
    agencies.inserted = [&](int row) { agencyRows << row; };
    m_ws->notifier()->subscribe(kindOf<Agency>(), &context, std::move(agencies));
    int refreshed = 0;
    m_ws->notifier()->subscribe({kindOf<NoteLine>()}, &context, [&] { ++refreshed; });

    const qint64 id = addNote(QStringLiteral("Visit to Harrow Lodge"));
    addNote(QStringLiteral("Audit"));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(0).at(0).value<Kind>(), kindOf<Note>());
    QCOMPARE(noteRows, (QList<int>{0, 1}));
    QVERIFY(agencyRows.isEmpty());
    QCOMPARE(refreshed, 0);

    addLine(id, QStringLiteral("Night staffing"));
    QCOMPARE(refreshed, 1);
    QVERIFY(m_ws->remove<Note>(id));
    // The line's removal and the note's, each named by its kind.
    QCOMPARE(removed.count(), 2);
    QCOMPARE(removed.at(0).at(0).value<Kind>(), kindOf<NoteLine>());
    QCOMPARE(removed.at(1).at(0).value<Kind>(), kindOf<Note>());
    QCOMPARE(refreshed, 2);
}

QTEST_GUILESS_MAIN(TestNoteKind)
#include "tst_notekind.moc"
