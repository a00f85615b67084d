// A table model over the test-only Note kind (tests/workspace/notekind.h), made from the shared
// column-table base, stays in step with the workspace and passes QAbstractItemModelTester.
#include "models/entitytablemodel.h"
#include "workspace/notekind.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

class NoteModel final : public EntityTableModel<Note>
{
public:
    enum Column { Title, AgencyColumn, Body, ColumnCount };

    explicit NoteModel(Workspace *workspace) : EntityTableModel(workspace, nullptr)
    {
        ColumnSpec agency{[] { return QStringLiteral("Agency"); },
                          [this](const Note &n, int role) -> QVariant {
                              if (role != Qt::DisplayRole)
                                  return {};
                              const Agency *a = m_workspace->items<Agency>().find(n.agencyId);
                              return a ? a->name : QString();
                          },
                          {}};
        setColumns({textColumn([] { return QStringLiteral("Title"); }, &Note::title), std::move(agency),
                    textColumn([] { return QStringLiteral("Body"); }, &Note::body)});
        refreshOn<Agency>(AgencyColumn);
    }
};

} // namespace

class TestNoteModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { registerNoteKinds(); }
    void followsTheWorkspaceAndEditsThroughIt();
};

void TestNoteModel::followsTheWorkspaceAndEditsThroughIt()
{
    QTemporaryDir dir;
    QString error;
    auto ws = createNoteBoard(dir.filePath(QStringLiteral("notes.assure")), &error);
    QVERIFY2(ws, qPrintable(error));
    Agency police;
    police.name = QStringLiteral("Fenholt Police");
    QVERIFY(ws->add(police));
    const qint64 agencyId = ws->items<Agency>().at(0).id;

    NoteModel model(ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(NoteModel::ColumnCount));
    QCOMPARE(model.headerData(NoteModel::Title, Qt::Horizontal).toString(), QStringLiteral("Title"));

    for (const char *title : {"Visit to Harrow Lodge", "Audit of case files", "Joint visit"}) {
        Note n;
        n.title = QString::fromUtf8(title);
        n.agencyId = agencyId;
        QVERIFY(ws->add(n));
    }
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, NoteModel::Title).data().toString(), QStringLiteral("Audit of case files"));
    QCOMPARE(model.index(1, NoteModel::AgencyColumn).data().toString(), QStringLiteral("Fenholt Police"));
    QCOMPARE(model.index(1, NoteModel::Title).data(TableModelBase::IdRole).toLongLong(), ws->items<Note>().at(1).id);

    // An edit in the table goes through the workspace, and comes back by the notifier.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.flags(model.index(0, NoteModel::Body)) & Qt::ItemIsEditable);
    QVERIFY(!(model.flags(model.index(0, NoteModel::AgencyColumn)) & Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(0, NoteModel::Body), QStringLiteral(" Staffing short at night. ")));
    QCOMPARE(ws->items<Note>().at(0).body, QStringLiteral("Staffing short at night."));
    QCOMPARE(changed.count(), 1);
    // A title taken by another note is refused, and said so.
    QSignalSpy rejected(&model, &TableModelBase::editRejected);
    QVERIFY(!model.setData(model.index(0, NoteModel::Title), QStringLiteral("Joint visit")));
    QCOMPARE(rejected.count(), 1);

    // Renaming the agency refreshes the column that shows it.
    Agency renamed = ws->items<Agency>().at(0);
    renamed.name = QStringLiteral("Fenholt Constabulary");
    QVERIFY(ws->update(renamed));
    QCOMPARE(model.index(2, NoteModel::AgencyColumn).data().toString(), QStringLiteral("Fenholt Constabulary"));

    QVERIFY(ws->remove<Note>(ws->items<Note>().at(1).id));
    QCOMPARE(model.rowCount(), 2);
    ws->undoStack()->undo();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(1, NoteModel::Title).data().toString(), QStringLiteral("Audit of case files"));
    ws->undoStack()->redo();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, NoteModel::Title).data().toString(), QStringLiteral("Joint visit"));
}

QTEST_MAIN(TestNoteModel)
#include "tst_notemodel.moc"
