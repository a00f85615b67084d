// Every table model and its search proxy pass QAbstractItemModelTester while the board changes under them.
#include "models/board/agencymodel.h"
#include "models/board/personmodel.h"
#include "models/board/subgroupmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demoworkspace.h"
#include "workspace/demo/demoboard.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void agencyModel();
    void personModel();
    void subGroupModel();
    void searchProxy();
    void rejectedEditIsReported();

private:
    // Adds, edits, deletes and undoes through the workspace while the tester watches.
    void churn();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestModels::init()
{
    m_ws.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    test::openDemoWorkspace(*m_dir, &m_ws);
    if (QTest::currentTestFailed())
        return;
}

void TestModels::churn()
{
    Agency a;
    a.name = QStringLiteral("Aardvark Advocacy");
    QVERIFY(m_ws->add(a));
    Person p;
    p.name = QStringLiteral("Zed Zulu");
    p.agencyId = m_ws->items<Agency>().items().back().id;
    QVERIFY(m_ws->add(p));
    SubGroup s;
    s.name = QStringLiteral("Neglect Task Group");
    s.chairId = m_ws->items<Person>().items().back().id;
    QVERIFY(m_ws->add(s));
    Agency renamed = m_ws->items<Agency>().at(0);
    renamed.name = QStringLiteral("Renamed Agency");
    QVERIFY(m_ws->update(renamed));
    // The agency added above: the demo's own are named by escalations on record, which keep them.
    QVERIFY(m_ws->remove<Agency>(p.agencyId));
    QVERIFY(m_ws->remove<Person>(m_ws->items<SubGroup>().at(1).chairId));
    for (int i = 0; i < 6; ++i)
        m_ws->undoStack()->undo();
    for (int i = 0; i < 6; ++i)
        m_ws->undoStack()->redo();
}

void TestModels::agencyModel()
{
    AgencyModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 20);
    const QModelIndex name = model.index(0, AgencyModel::Name);
    QCOMPARE(name.data().toString(), m_ws->items<Agency>().at(0).name);
    QCOMPARE(model.index(0, AgencyModel::Section11).data(Qt::CheckStateRole).toInt(),
             m_ws->items<Agency>().at(0).section11 ? int(Qt::Checked) : int(Qt::Unchecked));
    QVERIFY(model.flags(model.index(0, AgencyModel::Active)) & Qt::ItemIsUserCheckable);
    // Editing a cell is an undoable edit of the board file.
    QVERIFY(model.setData(name, QStringLiteral("Westmere Children's Services")));
    QCOMPARE(m_ws->items<Agency>().at(0).name, QStringLiteral("Westmere Children's Services"));
    QVERIFY(model.setData(model.index(0, AgencyModel::SectorColumn), QStringLiteral("police")));
    QCOMPARE(model.index(0, AgencyModel::SectorColumn).data().toString(), QStringLiteral("Police"));
    QVERIFY(model.setData(model.index(0, AgencyModel::Active), int(Qt::Unchecked), Qt::CheckStateRole));
    QVERIFY(!m_ws->items<Agency>().at(0).active);
    m_ws->undoStack()->undo();
    QVERIFY(m_ws->items<Agency>().at(0).active);
    churn();
}

void TestModels::personModel()
{
    PersonModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 60);
    const Person &first = m_ws->items<Person>().at(0);
    QCOMPARE(model.index(0, PersonModel::AgencyColumn).data().toString(),
             m_ws->items<Agency>().find(first.agencyId)->name);
    const auto choices =
        model.index(0, PersonModel::AgencyColumn).data(TableModelBase::ChoicesRole).value<QList<Choice>>();
    QCOMPARE(choices.size(), 21); // "No agency" and every agency
    QCOMPARE(choices.first().value.toLongLong(), qint64(0));
    // Renaming the agency shows in the people table at once.
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Agency a = *m_ws->items<Agency>().find(first.agencyId);
    a.name = QStringLiteral("Renamed For Test");
    QVERIFY(m_ws->update(a));
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, PersonModel::AgencyColumn).data().toString(), QStringLiteral("Renamed For Test"));
    churn();
}

void TestModels::subGroupModel()
{
    SubGroupModel model(m_ws.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 6);
    const SubGroup &first = m_ws->items<SubGroup>().at(0);
    QCOMPARE(model.index(0, SubGroupModel::Chair).data().toString(), m_ws->items<Person>().find(first.chairId)->name);
    QVERIFY(model.setData(model.index(0, SubGroupModel::Chair), qint64(0)));
    QCOMPARE(model.index(0, SubGroupModel::Chair).data().toString(), QString());
    churn();
}

void TestModels::searchProxy()
{
    PersonModel model(m_ws.get());
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Person &target = m_ws->items<Person>().at(10);
    const QString surname = target.name.section(QLatin1Char(' '), -1);
    proxy.setSearchText(surname.toLower());
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < model.rowCount());
    for (int r = 0; r < proxy.rowCount(); ++r) {
        QString row;
        for (int c = 0; c < proxy.columnCount(); ++c)
            row += proxy.index(r, c).data().toString() + QLatin1Char(' ');
        QVERIFY2(row.contains(surname, Qt::CaseInsensitive), qPrintable(row));
    }
    // Words match in any column and any order: a role and an agency word together.
    proxy.setSearchText(QStringLiteral("nurse westmere"));
    for (int r = 0; r < proxy.rowCount(); ++r)
        QVERIFY(proxy.index(r, PersonModel::Role).data().toString().contains(QStringLiteral("nurse")));
    proxy.setSearchText(QStringLiteral("no such person anywhere"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), model.rowCount());
    proxy.sort(PersonModel::Name);
    QVERIFY(proxy.index(0, 0).data().toString().localeAwareCompare(proxy.index(1, 0).data().toString()) <= 0);
    // The text kept for each row follows edits, rows added and removed, undo and redo: a search
    // finds a person by the name they were just given, and no longer once it is undone.
    proxy.setSearchText(QStringLiteral("quillfeather"));
    QCOMPARE(proxy.rowCount(), 0);
    Person renamed = target;
    renamed.name = QStringLiteral("Ada Quillfeather");
    QVERIFY(m_ws->update(renamed));
    QCOMPARE(proxy.rowCount(), 1);
    Person added;
    added.name = QStringLiteral("Bo Quillfeather");
    QVERIFY(m_ws->add(added));
    proxy.setSearchText(QStringLiteral("QUILLFEATHER"));
    QCOMPARE(proxy.rowCount(), 2);
    m_ws->undoStack()->undo(); // the new person goes
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, PersonModel::Name).data().toString(), QStringLiteral("Ada Quillfeather"));
    m_ws->undoStack()->undo(); // the old name comes back
    QCOMPARE(proxy.rowCount(), 0);
    m_ws->undoStack()->redo();
    QCOMPARE(proxy.rowCount(), 1);
    // The kept sort keys follow too: renamed, a person moves to their new place by name.
    proxy.setSearchText(QString());
    proxy.sort(PersonModel::Name);
    QVERIFY(proxy.index(0, PersonModel::Name).data().toString() != QStringLiteral("Aaron Aardvark"));
    renamed.name = QStringLiteral("Aaron Aardvark");
    QVERIFY(m_ws->update(renamed));
    QCOMPARE(proxy.index(0, PersonModel::Name).data().toString(), QStringLiteral("Aaron Aardvark"));
    proxy.sort(PersonModel::Name, Qt::DescendingOrder);
    QCOMPARE(proxy.index(proxy.rowCount() - 1, PersonModel::Name).data().toString(), QStringLiteral("Aaron Aardvark"));
    m_ws->undoStack()->undo();
    QVERIFY(proxy.index(proxy.rowCount() - 1, PersonModel::Name).data().toString() != QStringLiteral("Aaron Aardvark"));
    proxy.setSearchText(QString());
    churn();
}

void TestModels::rejectedEditIsReported()
{
    AgencyModel model(m_ws.get());
    QSignalSpy rejected(&model, &TableModelBase::editRejected);
    QVERIFY(!model.setData(model.index(0, AgencyModel::Name), QStringLiteral("   ")));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(rejected.first().first().toString().contains(QStringLiteral("needs a name")));
    QVERIFY(!model.setData(model.index(0, AgencyModel::Name), model.index(1, AgencyModel::Name).data()));
    QCOMPARE(rejected.count(), 2);
}

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
