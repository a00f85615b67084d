// The History page: an edit, its undo and redo shown with old and new values; filters, export, and History… for one
// item.
#include "gui/board/boardpage.h"
#include "gui/entitytablepanel.h"
#include "gui/history/historypage.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/mainwindow.h"
#include "models/history/historymodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/filebytes.h"
#include "testsupport/screenshots.h"
#include "workspace/demo/demoboard.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace assure;

namespace {

QString cell(HistoryPage *page, int row, int column)
{
    return page->proxy()->index(row, column).data().toString();
}

QPushButton *historyButton(QWidget *panel)
{
    for (auto *b : panel->findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("&History…"))
            return b;
    return nullptr;
}

} // namespace

class TestHistoryPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelPassesTheTester();
    void editUndoRedoAreListed();
    void filtersAndExport();
    void historyOfOneAgency();
    void historyOfOneIndicator();

private:
    HistoryPage *page() const { return qobject_cast<HistoryPage *>(m_demo.window->page(QStringLiteral("history"))); }
    // Renames the first agency, then undoes and redoes it; returns the agency.
    Agency renameUndoRedo();

    test::DemoWindow m_demo; // cleanup() closes its window; the next init() replaces the rest
};

void TestHistoryPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(page());
}

void TestHistoryPage::cleanup()
{
    m_demo.window.reset();
}

Agency TestHistoryPage::renameUndoRedo()
{
    Workspace *ws = m_demo.window->workspace();
    Agency agency = ws->items<Agency>().items().front();
    agency.name = QStringLiteral("Westmere Constabulary");
    ws->update(agency);
    ws->undoStack()->undo();
    ws->undoStack()->redo();
    return agency;
}

void TestHistoryPage::modelPassesTheTester()
{
    auto *model = qobject_cast<HistoryModel *>(page()->proxy()->sourceModel());
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    renameUndoRedo();
    QCOMPARE(model->rowCount(), 4);
}

void TestHistoryPage::editUndoRedoAreListed()
{
    const QString oldName = m_demo.window->workspace()->items<Agency>().items().front().name;
    renameUndoRedo();
    // Through the navigation list, as a user gets there.
    QListWidget *nav = m_demo.window->navigation();
    const auto items = nav->findItems(QStringLiteral("History"), Qt::MatchExactly);
    QCOMPARE(items.size(), 1);
    nav->setCurrentItem(items.front());
    QVERIFY(page()->isVisible());
    QCOMPARE(page()->proxy()->rowCount(), 4);
    // Newest first: the redo, the undo, the edit, the start.
    QCOMPARE(cell(page(), 0, HistoryModel::Kind), QStringLiteral("Changed (redo of 2)"));
    QCOMPARE(cell(page(), 1, HistoryModel::Kind), QStringLiteral("Changed (undo of 2)"));
    QCOMPARE(cell(page(), 2, HistoryModel::Kind), QStringLiteral("Changed"));
    QCOMPARE(cell(page(), 3, HistoryModel::Kind), QStringLiteral("History started"));
    QCOMPARE(cell(page(), 2, HistoryModel::Old), QStringLiteral("name: %1").arg(oldName));
    QCOMPARE(cell(page(), 2, HistoryModel::New), QStringLiteral("name: Westmere Constabulary"));
    QCOMPARE(cell(page(), 1, HistoryModel::New), QStringLiteral("name: %1").arg(oldName));
    QVERIFY(cell(page(), 2, HistoryModel::What).startsWith(QStringLiteral("Agency (id ")));
    QCOMPARE(cell(page(), 2, HistoryModel::User), HistoryActor::current().user);
    QVERIFY(cell(page(), 2, HistoryModel::Label).contains(QStringLiteral("Edit agency")));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("history")));
}

void TestHistoryPage::filtersAndExport()
{
    renameUndoRedo();
    Workspace *ws = m_demo.window->workspace();
    Measurement m = ws->items<Measurement>().of(ws->items<Indicator>().items().front().id).back();
    m.commentary = QStringLiteral("Late return from the police");
    QVERIFY(IndicatorEdits(*ws).setMeasurement(m));
    m_demo.window->showPage(QStringLiteral("history"));
    HistoryPage *p = page();
    QCOMPARE(p->proxy()->rowCount(), 5);
    QCOMPARE(p->countLabel()->text(), QStringLiteral("5 changes"));

    QTest::keyClicks(p->searchEdit(), QStringLiteral("late return"));
    QTRY_COMPARE(p->proxy()->rowCount(), 1);
    QCOMPARE(p->countLabel()->text(), QStringLiteral("1 of 5 changes"));
    p->searchEdit()->clear();

    p->tableCombo()->setCurrentIndex(p->tableCombo()->findData(QStringLiteral("agency")));
    QCOMPARE(p->proxy()->rowCount(), 3);
    p->tableCombo()->setCurrentIndex(p->tableCombo()->findData(QStringLiteral("measurement")));
    QCOMPARE(p->proxy()->rowCount(), 1);
    p->tableCombo()->setCurrentIndex(0);

    p->userCombo()->setCurrentIndex(p->userCombo()->findData(QStringLiteral("assure-demo")));
    QCOMPARE(p->proxy()->rowCount(), 1); // the demo's start
    p->userCombo()->setCurrentIndex(0);

    p->fromEdit()->setDate(QDate::currentDate().addDays(1));
    QCOMPARE(p->proxy()->rowCount(), 0);
    p->fromEdit()->setDate(QDate::currentDate());
    QCOMPARE(p->proxy()->rowCount(), 4); // today's, not the demo's start
    p->toEdit()->setDate(QDate(2026, 11, 22));
    QCOMPARE(p->proxy()->rowCount(), 0);
    p->fromEdit()->setDate(p->fromEdit()->minimumDate());
    QCOMPARE(p->proxy()->rowCount(), 1);
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("history-filtered")));
    p->toEdit()->setDate(p->toEdit()->minimumDate());

    // Export writes what is shown, in its order.
    p->tableCombo()->setCurrentIndex(p->tableCombo()->findData(QStringLiteral("agency")));
    const QString csv = m_demo.dir->filePath(QStringLiteral("agency-history.csv"));
    QString error;
    QVERIFY2(p->exportShown(csv, &error), qPrintable(error));
    const QStringList lines = QString::fromUtf8(test::readFile(csv)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QVERIFY(lines[1].contains(QStringLiteral(",redo,")));
    QVERIFY(lines[3].contains(QStringLiteral(",edit,")));
}

void TestHistoryPage::historyOfOneAgency()
{
    const Agency agency = renameUndoRedo();
    Workspace *ws = m_demo.window->workspace();
    // Someone else's agency changes too, which the agency's history leaves out.
    Agency other = ws->items<Agency>().items().back();
    other.active = !other.active;
    QVERIFY(ws->update(other));
    // A person moving into the agency is part of its history.
    Person person = ws->items<Person>().items().back();
    person.agencyId = agency.id;
    QVERIFY(ws->update(person));

    m_demo.window->showPage(QStringLiteral("board"));
    auto *board = qobject_cast<BoardPage *>(m_demo.window->page(QStringLiteral("board")));
    board->showView(QStringLiteral("agencies"));
    board->agencies()->selectId(agency.id);
    QPushButton *button = historyButton(board->agencies());
    QVERIFY(button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(page()->isVisible());
    QVERIFY(page()->itemBanner()->isVisible());
    QVERIFY2(page()->itemBanner()->text().contains(QStringLiteral("Westmere Constabulary")),
             qPrintable(page()->itemBanner()->text()));
    QCOMPARE(page()->proxy()->rowCount(), 4); // edit, undo, redo, and the person's move
    QCOMPARE(cell(page(), 0, HistoryModel::New), QStringLiteral("agency_id: %1").arg(agency.id));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("history-agency")));
    // The context menu offers the same.
    bool inMenu = false;
    for (QAction *a : board->agencies()->view()->actions())
        inMenu = inMenu || (a->text() == QStringLiteral("&History…") && a->isVisible());
    QVERIFY(inMenu);

    QPushButton *showAll = nullptr;
    for (auto *b : page()->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Show &All"))
            showAll = b;
    QVERIFY(showAll);
    QTest::mouseClick(showAll, Qt::LeftButton);
    QVERIFY(!page()->itemBanner()->isVisible());
    QCOMPARE(page()->proxy()->rowCount(), 6);
}

void TestHistoryPage::historyOfOneIndicator()
{
    Workspace *ws = m_demo.window->workspace();
    const Indicator indicator = ws->items<Indicator>().items().front();
    Measurement m = ws->items<Measurement>().of(indicator.id).back();
    m.value = m.value.value_or(0) + 2;
    QVERIFY(IndicatorEdits(*ws).setMeasurement(m));
    Measurement elsewhere = ws->items<Measurement>().of(ws->items<Indicator>().items().back().id).back();
    elsewhere.commentary = QStringLiteral("Not this indicator");
    QVERIFY(IndicatorEdits(*ws).setMeasurement(elsewhere));

    m_demo.window->showPage(QStringLiteral("indicators"));
    auto *indicators = qobject_cast<IndicatorsPage *>(m_demo.window->page(QStringLiteral("indicators")));
    indicators->selectIndicator(indicator.id);
    QPushButton *button = historyButton(indicators->table());
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(page()->isVisible());
    QVERIFY(page()->itemBanner()->text().contains(indicator.code));
    QCOMPARE(page()->proxy()->rowCount(), 1);
    QVERIFY(cell(page(), 0, HistoryModel::What).startsWith(QStringLiteral("Measurement")));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("history-indicator")));
}

QTEST_MAIN(TestHistoryPage)
#include "tst_historypage.moc"
