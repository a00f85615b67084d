// Tables driven with the mouse, as people use them: the pane, the chart, the grid and the buttons
// follow the row that was clicked, and a value typed after a click goes to that row's indicator.
// A mouse press makes a row current before it selects it; keyboard and code paths never show that.
#include "gui/board/agencydialog.h"
#include "gui/board/boardpage.h"
#include "gui/entitytablepanel.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/indicators/thresholdsdialog.h"
#include "gui/mainwindow.h"
#include "models/indicators/indicatortablemodel.h"
#include "models/indicators/measurementgridmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "workspace/workspace.h"

#include <QChart>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace assure;
using assure::test::clickCell;
using assure::test::doubleClickCell;
using assure::test::rowWithText;

class TestMouseSelection final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void indicatorPaneFollowsEachClick_data();
    void indicatorPaneFollowsEachClick();
    void valueTypedAfterClickGoesToClickedIndicator();
    void captionFollowsRenameAndUndo();
    void editButtonOpensClickedAgency();
    void removeTakesClickedThresholdVersion();

private:
    IndicatorsPage *indicators() const
    {
        return qobject_cast<IndicatorsPage *>(m_demo.window->page(QStringLiteral("indicators")));
    }
    // Clicks the indicator's row in the table; fails the test when it is not shown.
    void clickIndicator(const QString &code);
    // The pane (its title, the chart's title, the grid and the grid's caption) is on this indicator.
    void checkPaneShows(const QString &code);
    test::DemoWindow m_demo;
};

void TestMouseSelection::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("indicators"));
    QVERIFY(indicators());
}

void TestMouseSelection::cleanup()
{
    m_demo.window.reset();
}

void TestMouseSelection::clickIndicator(const QString &code)
{
    QTableView *view = indicators()->table()->view();
    const int row = rowWithText(view, IndicatorTableModel::Code, code);
    QVERIFY2(row >= 0, qPrintable(code));
    clickCell(view, view->model()->index(row, IndicatorTableModel::Title));
}

void TestMouseSelection::checkPaneShows(const QString &code)
{
    IndicatorsPage *p = indicators();
    const Indicator *ind = m_demo.window->workspace()->items<Indicator>().byCode(code);
    QVERIFY(ind);
    QCOMPARE(p->table()->currentId(), ind->id);
    QCOMPARE(p->shownIndicatorId(), ind->id);
    QVERIFY2(p->detailTitle().startsWith(code), qPrintable(p->detailTitle()));
    QVERIFY2(p->chart()->title().contains(code), qPrintable(p->chart()->title()));
    QVERIFY2(p->gridCaption().contains(code), qPrintable(p->gridCaption()));
    auto *grid = qobject_cast<MeasurementGridModel *>(p->grid()->model());
    QCOMPARE(grid->indicatorId(), ind->id);
}

void TestMouseSelection::indicatorPaneFollowsEachClick_data()
{
    QTest::addColumn<QStringList>("clicks");
    QTest::newRow("the issue's two clicks") << QStringList{QStringLiteral("ASC-08"), QStringLiteral("ASC-02")};
    QTest::newRow("back and forth") << QStringList{QStringLiteral("CSC-01"), QStringLiteral("ASC-08"),
                                                   QStringLiteral("CSC-01"), QStringLiteral("ASC-02")};
}

void TestMouseSelection::indicatorPaneFollowsEachClick()
{
    QFETCH(QStringList, clicks);
    for (const QString &code : std::as_const(clicks)) {
        clickIndicator(code);
        checkPaneShows(code);
        if (QTest::currentTestFailed())
            return;
    }
    // The chart kind changes nothing of which indicator is shown.
    indicators()->setChartKind(QStringLiteral("spc"));
    checkPaneShows(clicks.last());
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("mouse-clicked-indicator")));
}

void TestMouseSelection::valueTypedAfterClickGoesToClickedIndicator()
{
    Workspace *ws = m_demo.window->workspace();
    const qint64 asc02 = ws->items<Indicator>().byCode(QStringLiteral("ASC-02"))->id;
    const qint64 asc08 = ws->items<Indicator>().byCode(QStringLiteral("ASC-08"))->id;
    clickIndicator(QStringLiteral("ASC-08"));
    clickIndicator(QStringLiteral("ASC-02"));
    checkPaneShows(QStringLiteral("ASC-02"));

    // Double-click the newest period's value in the grid, type 90 and press Return.
    QTableView *gridView = indicators()->grid();
    auto *grid = qobject_cast<MeasurementGridModel *>(gridView->model());
    const int last = grid->rowCount() - 1;
    QVERIFY(last >= 0);
    const Period period = grid->periodAt(last);
    const qint64 before08 = ws->items<Measurement>().of(asc08).size();
    doubleClickCell(gridView, grid->index(last, MeasurementGridModel::Value));
    auto *editor = qobject_cast<QLineEdit *>(gridView->indexWidget(grid->index(last, MeasurementGridModel::Value)));
    QVERIFY2(editor, "a double-click opens the value's editor");
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("90"));
    QTest::keyClick(editor, Qt::Key_Return);

    // The value is ASC-02's, the history says so, and ASC-08 is untouched.
    QTRY_COMPARE(grid->index(last, MeasurementGridModel::Value).data().toString(), QStringLiteral("90"));
    bool found = false;
    for (const Measurement &m : ws->items<Measurement>().of(asc02))
        found = found || (m.periodKey == period.key() && m.value == 90.0);
    QVERIFY2(found, "ASC-02 holds 90 for the newest period");
    QCOMPARE(qint64(ws->items<Measurement>().of(asc08).size()), before08);
    const std::vector<HistoryEntry> entries = ws->historyEntries();
    QVERIFY(!entries.empty());
    QVERIFY2(entries.back().label.contains(QLatin1String("ASC-02")), qPrintable(entries.back().label));
    QVERIFY2(!entries.back().label.contains(QLatin1String("ASC-08")), qPrintable(entries.back().label));
}

void TestMouseSelection::captionFollowsRenameAndUndo()
{
    Workspace *ws = m_demo.window->workspace();
    clickIndicator(QStringLiteral("ASC-02"));
    checkPaneShows(QStringLiteral("ASC-02"));
    Indicator renamed = *ws->items<Indicator>().byCode(QStringLiteral("ASC-02"));
    renamed.code = QStringLiteral("ASC-02R");
    QVERIFY(ws->update(renamed));
    checkPaneShows(QStringLiteral("ASC-02R"));
    ws->undoStack()->undo();
    checkPaneShows(QStringLiteral("ASC-02"));
    QVERIFY(!indicators()->gridCaption().contains(QLatin1String("ASC-02R")));
}

void TestMouseSelection::editButtonOpensClickedAgency()
{
    m_demo.window->showPage(QStringLiteral("board"));
    auto *board = qobject_cast<BoardPage *>(m_demo.window->page(QStringLiteral("board")));
    QVERIFY(board);
    board->showView(QStringLiteral("agencies"));
    EntityTablePanel *panel = board->agencies();
    QTableView *view = panel->view();
    QVERIFY(view->model()->rowCount() >= 3);
    const QString second = view->model()->index(1, 0).data().toString();
    const QString third = view->model()->index(2, 0).data().toString();
    clickCell(view, view->model()->index(1, 0));
    clickCell(view, view->model()->index(2, 0));
    QCOMPARE(panel->currentId(), view->model()->index(2, 0).data(TableModelBase::IdRole).toLongLong());

    QString shown;
    test::whenModal<AgencyDialog>([&shown](AgencyDialog *dialog) {
        shown = dialog->agency().name;
        dialog->reject();
    });
    auto *edit = panel->findChild<QPushButton *>(QStringLiteral("editItemButton"));
    QVERIFY(edit);
    QTest::mouseClick(edit, Qt::LeftButton);
    QCOMPARE(shown, third);
    QVERIFY(shown != second);
}

void TestMouseSelection::removeTakesClickedThresholdVersion()
{
    Workspace *ws = m_demo.window->workspace();
    const qint64 csc01 = ws->items<Indicator>().byCode(QStringLiteral("CSC-01"))->id;
    ThresholdsDialog dialog(ws, csc01);
    dialog.resize(640, 520);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const QDate from : {QDate(2025, 4, 1), QDate(2026, 4, 1)}) {
        ThresholdVersion v;
        v.effectiveFrom = from;
        v.thresholds.greenAt = 0.94;
        v.thresholds.amberAt = 0.85;
        dialog.setFormVersion(v);
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
    }
    QCOMPARE(dialog.versionCount(), 2);
    auto *table = dialog.findChild<QTableView *>(QStringLiteral("versionTable"));
    QVERIFY(table);
    const int row2025 = rowWithText(table, 0, QLocale().toString(QDate(2025, 4, 1), QLocale::ShortFormat));
    const int row2026 = rowWithText(table, 0, QLocale().toString(QDate(2026, 4, 1), QLocale::ShortFormat));
    QVERIFY(row2025 >= 0 && row2026 >= 0);
    clickCell(table, table->model()->index(row2026, 1));
    clickCell(table, table->model()->index(row2025, 1));
    auto *remove = dialog.findChild<QPushButton *>(QStringLiteral("removeButton"));
    QVERIFY(remove && remove->isEnabled());
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(dialog.versionCount(), 1);
    const QList<ThresholdVersion> left = indicatorThresholds(*ws, csc01);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().effectiveFrom, QDate(2026, 4, 1));
}

QTEST_MAIN(TestMouseSelection)
#include "tst_mouseselection.moc"
