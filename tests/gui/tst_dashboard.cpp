// The dashboard, used as people use it: its tiles count what the workspace computes, and a click or
// a key on a tile or a row opens the item behind it on its own page.
#include "gui/actions/actionspage.h"
#include "gui/dashboard/dashboardpage.h"
#include "gui/dashboard/dashboardtile.h"
#include "gui/entitytablepanel.h"
#include "gui/indicators/indicatorspage.h"
#include "gui/dashboard/logattentionview.h"
#include "gui/mainwindow.h"
#include "gui/voices/complaintspage.h"
#include "gui/voices/escalationspage.h"
#include "models/actions/actionmodel.h"
#include "models/dashboard/exceptionmodel.h"
#include "models/indicators/indicatortablemodel.h"
#include "models/searchproxymodel.h"
#include "models/voices/logattentionmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_actionspageform.h"
#include "workspace/actions/actionkinds.h"
#include "workspace/actions/actionstanding.h"
#include "workspace/indicators/indicatoredits.h"
#include "workspace/voices/complaintkinds.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QTableView>
#include <QTabWidget>
#include <QTest>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

class TestDashboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void isTheFirstPage();
    void ragTilesCountWhatTheIndicatorsTableRates();
    void clickingAnExceptionOpensThatIndicator();
    void clickingARagTileShowsThoseIndicators();
    void actionTilesCountAndOpenWhatNeedsChasing();
    void logsListWhatNeedsChasingAndOpenIt();
    void keyboardOpensTilesAndRows();
    void followsAnEdit();
    void modelsAreSound();
    void chartSaysWhatItShows();

private:
    DashboardPage *dashboard() const
    {
        return qobject_cast<DashboardPage *>(m_demo.window->page(QStringLiteral("dashboard")));
    }
    IndicatorsPage *indicators() const
    {
        return qobject_cast<IndicatorsPage *>(m_demo.window->page(QStringLiteral("indicators")));
    }
    ActionsPage *actions() const { return qobject_cast<ActionsPage *>(m_demo.window->page(QStringLiteral("actions"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    test::DemoWindow m_demo;
    const Period m_quarter = Period::quarter(2026, 2);
};

void TestDashboard::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(dashboard());
    // The demo is dated 22 November 2026: its latest ended quarter, whatever day the test runs.
    dashboard()->setPeriod(m_quarter);
}

void TestDashboard::cleanup()
{
    m_demo.window.reset();
}

void TestDashboard::isTheFirstPage()
{
    QVERIFY(dashboard()->isVisible());
    QVERIFY(!indicators()->isVisible());
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("dashboard")));
}

void TestDashboard::ragTilesCountWhatTheIndicatorsTableRates()
{
    // Counted again here from the indicators table, which rates each row on its own.
    IndicatorTableModel table(workspace());
    table.setPeriod(m_quarter);
    QMap<Rag, int> expected;
    for (int row = 0; row < table.rowCount(); ++row)
        expected[table.statusAt(row).rag.rag] += 1;
    int total = 0;
    for (Rag rag : {Rag::Red, Rag::Amber, Rag::Green, Rag::Blue, Rag::NoData, Rag::NotApplicable}) {
        QCOMPARE(dashboard()->ragTile(rag)->count(), expected.value(rag));
        total += dashboard()->ragTile(rag)->count();
    }
    QCOMPARE(total, table.rowCount());
    QVERIFY(expected.value(Rag::Red) > 0); // the demo has something to show
    QCOMPARE(dashboard()->summaryView()->model()->rowCount(), table.rowCount());
    QVERIFY(dashboard()->ragTile(Rag::Red)->accessibleName().contains(QString::number(expected.value(Rag::Red))));
}

void TestDashboard::clickingAnExceptionOpensThatIndicator()
{
    QTableView *view = dashboard()->exceptionsView();
    QVERIFY(view->model()->rowCount() >= 2);
    // The second exception, so that "the first row" cannot pass by chance.
    const QModelIndex cell = view->model()->index(1, ExceptionModel::Title);
    const QString code = view->model()->index(1, ExceptionModel::Code).data().toString();
    clickCell(view, cell);
    QTRY_VERIFY(indicators()->isVisible());
    QVERIFY(!dashboard()->isVisible());
    QVERIFY2(indicators()->detailTitle().contains(code), qPrintable(indicators()->detailTitle()));
    const qint64 id = indicators()->table()->currentId();
    QCOMPARE(workspace()->items<Indicator>().find(id)->code, code);
    // The Indicators page rates the same period the dashboard showed.
    QCOMPARE(qobject_cast<IndicatorTableModel *>(indicators()->table()->proxy()->sourceModel())->period(), m_quarter);
}

void TestDashboard::clickingARagTileShowsThoseIndicators()
{
    DashboardTile *red = dashboard()->ragTile(Rag::Red);
    QTest::mouseClick(red, Qt::LeftButton);
    QTRY_VERIFY(indicators()->isVisible());
    SearchProxyModel *shown = indicators()->table()->proxy();
    QCOMPARE(shown->rowCount(), red->count());
    const auto *model = qobject_cast<IndicatorTableModel *>(shown->sourceModel());
    for (int row = 0; row < shown->rowCount(); ++row)
        QCOMPARE(model->statusAt(shown->mapToSource(shown->index(row, 0)).row()).rag.rag, Rag::Red);
}

void TestDashboard::actionTilesCountAndOpenWhatNeedsChasing()
{
    const ActionStandings standings(*workspace());
    int overdue = 0, dueSoon = 0, awaiting = 0;
    for (const Action &a : workspace()->items<Action>()) {
        const ActionStanding s = standings.standing(a, QDate::currentDate());
        overdue += s.overdue ? 1 : 0;
        dueSoon += s.dueSoon ? 1 : 0;
        awaiting += a.status == ActionStatus::Completed ? 1 : 0;
    }
    QCOMPARE(dashboard()->actionTile(QStringLiteral("overdue"))->count(), overdue);
    QCOMPARE(dashboard()->actionTile(QStringLiteral("due_soon"))->count(), dueSoon);
    QCOMPARE(dashboard()->actionTile(QStringLiteral("awaiting_evidence"))->count(), awaiting);
    QCOMPARE(dashboard()->actionsView()->model()->rowCount(), overdue + dueSoon);

    QTest::mouseClick(dashboard()->actionTile(QStringLiteral("awaiting_evidence")), Qt::LeftButton);
    QTRY_VERIFY(actions()->isVisible());
    QCOMPARE(actions()->table()->proxy()->rowCount(), awaiting);
    QVERIFY(!actions()->form()->overdueFilter->isChecked());

    m_demo.window->showPage(QStringLiteral("dashboard"));
    QTest::mouseClick(dashboard()->actionTile(QStringLiteral("overdue")), Qt::LeftButton);
    QTRY_VERIFY(actions()->isVisible());
    QVERIFY(actions()->form()->overdueFilter->isChecked());
    QCOMPARE(actions()->table()->proxy()->rowCount(), overdue);

    // A row of the actions that need chasing opens that very action.
    m_demo.window->showPage(QStringLiteral("dashboard"));
    QTabWidget *lists = dashboard()->lists();
    lists->setCurrentIndex(1);
    QTableView *view = dashboard()->actionsView();
    if (view->model()->rowCount() == 0)
        QSKIP("No action is overdue or due soon on the day the test runs");
    const QString ref = view->model()->index(0, ActionModel::Reference).data().toString();
    clickCell(view, view->model()->index(0, ActionModel::Title));
    QTRY_VERIFY(actions()->isVisible());
    QCOMPARE(workspace()->items<Action>().find(actions()->shownActionId())->ref, ref);
}

void TestDashboard::logsListWhatNeedsChasingAndOpenIt()
{
    // The demo's own day, on the dashboard and on the logs' pages alike.
    const QDate day(2026, 11, 22);
    LogAttentionView *logs = dashboard()->logsView();
    QAbstractItemModelTester tester(logs->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    logs->setDay(day);
    // As many as the Complaints page lists for complaints overdue, and the Escalations page for open ones.
    auto *complaints = qobject_cast<ComplaintsPage *>(m_demo.window->page(QStringLiteral("complaints")));
    auto *escalations = qobject_cast<EscalationsPage *>(m_demo.window->page(QStringLiteral("escalations")));
    QVERIFY(complaints && escalations);
    complaints->setAsOf(day);
    complaints->kindFilter()->setCurrentIndex(complaints->kindFilter()->findData(int(ComplaintKind::Complaint)));
    complaints->timelinessFilter()->setCurrentIndex(
        complaints->timelinessFilter()->findData(int(Timeliness::Overdue)));
    const int overdue = complaints->table()->proxy()->rowCount();
    escalations->setAsOf(day);
    escalations->stateFilter()->setCurrentIndex(1); // Open
    const int open = escalations->table()->proxy()->rowCount();
    QVERIFY(overdue > 0 && open > 0);
    QCOMPARE(logs->attention()->complaintsOverdue(), overdue);
    QCOMPARE(logs->attention()->escalationsOpen(), open);
    QCOMPARE(logs->model()->rowCount(), overdue + open);
    QTabWidget *lists = dashboard()->lists();
    QVERIFY(lists->isTabVisible(2));
    QCOMPARE(lists->tabText(2), QStringLiteral("C&omplaints, escalations (%1)").arg(overdue + open));
    lists->setCurrentIndex(2);
    QVERIFY(test::saveShot(dashboard(), QStringLiteral("dashboard-logs")));
    // The oldest overdue complaint comes first; a click opens it on its page, the filters cleared.
    const QModelIndex first = logs->model()->index(0, LogAttentionModel::Entry);
    QCOMPARE(first.data(LogAttentionModel::KindRole).toString(), QStringLiteral("complaint"));
    const qint64 id = first.data(LogAttentionModel::IdRole).toLongLong();
    clickCell(logs, first);
    QTRY_VERIFY(complaints->isVisible());
    QCOMPARE(complaints->table()->currentId(), id);
    QCOMPARE(complaints->timelinessFilter()->currentIndex(), 0);
    // Enter on the last row (an escalation) opens it on the Escalations page.
    m_demo.window->showPage(QStringLiteral("dashboard"));
    const QModelIndex last = logs->model()->index(logs->model()->rowCount() - 1, LogAttentionModel::Entry);
    QCOMPARE(last.data(LogAttentionModel::KindRole).toString(), QStringLiteral("escalation"));
    logs->setFocus();
    logs->setCurrentIndex(last);
    QTest::keyClick(logs, Qt::Key_Return);
    QTRY_VERIFY(escalations->isVisible());
    QCOMPARE(escalations->table()->currentId(), last.data(LogAttentionModel::IdRole).toLongLong());
    // An answer given takes the complaint off the list.
    Complaint answered = *workspace()->items<Complaint>().find(id);
    answered.responded = day;
    answered.outcome = ComplaintOutcome::NotUpheld;
    QVERIFY(workspace()->update(answered));
    QCOMPARE(logs->attention()->complaintsOverdue(), overdue - 1);
    QCOMPARE(lists->tabText(2), QStringLiteral("C&omplaints, escalations (%1)").arg(overdue + open - 1));
}

void TestDashboard::keyboardOpensTilesAndRows()
{
    DashboardTile *amber = dashboard()->ragTile(Rag::Amber);
    QCOMPARE(amber->focusPolicy(), Qt::StrongFocus);
    amber->setFocus();
    QTest::keyClick(amber, Qt::Key_Space);
    QTRY_VERIFY(indicators()->isVisible());
    QCOMPARE(indicators()->table()->proxy()->rowCount(), amber->count());

    m_demo.window->showPage(QStringLiteral("dashboard"));
    QTableView *summary = dashboard()->summaryView();
    const int row = rowWithText(summary, IndicatorTableModel::Code, QStringLiteral("CIN-01"));
    QVERIFY(row >= 0);
    summary->setFocus();
    summary->setCurrentIndex(summary->model()->index(row, IndicatorTableModel::Title));
    QTest::keyClick(summary, Qt::Key_Return);
    QTRY_VERIFY(indicators()->isVisible());
    QVERIFY(indicators()->detailTitle().contains(QStringLiteral("CIN-01")));
}

void TestDashboard::followsAnEdit()
{
    // A green indicator whose higher values are better, given a value of nothing, turns red at once.
    const IndicatorReview *green = nullptr;
    for (const IndicatorReview &r : dashboard()->review().reviews)
        if (r.status.rag.rag == Rag::Green && r.indicator.polarity == Polarity::HigherIsBetter && r.status.value) {
            green = &r;
            break;
        }
    QVERIFY(green);
    const QString code = green->indicator.code;
    const Measurement *stored = workspace()->items<Measurement>().find(green->indicator.id, green->status.period.key());
    QVERIFY2(stored, qPrintable(code));
    QVERIFY(rowWithText(dashboard()->exceptionsView(), ExceptionModel::Code, code) < 0);
    const int reds = dashboard()->ragTile(Rag::Red)->count();
    const int greens = dashboard()->ragTile(Rag::Green)->count();
    Measurement m = *stored;
    m.value = 0;
    QVERIFY(IndicatorEdits(*workspace()).setMeasurement(m));
    QCOMPARE(dashboard()->ragTile(Rag::Red)->count(), reds + 1);
    QCOMPARE(dashboard()->ragTile(Rag::Green)->count(), greens - 1);
    QVERIFY(rowWithText(dashboard()->exceptionsView(), ExceptionModel::Code, code) >= 0);
    workspace()->undoStack()->undo();
    QCOMPARE(dashboard()->ragTile(Rag::Red)->count(), reds);
    QCOMPARE(dashboard()->ragTile(Rag::Green)->count(), greens);
    QVERIFY(rowWithText(dashboard()->exceptionsView(), ExceptionModel::Code, code) < 0);
}

void TestDashboard::modelsAreSound()
{
    ExceptionModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setReview(dashboard()->review());
    QCOMPARE(model.rowCount(), int(dashboard()->review().exceptions().size()));
    model.setReview(PeriodReview{});
    QCOMPARE(model.rowCount(), 0);
}

void TestDashboard::chartSaysWhatItShows()
{
    QChartView *chart = dashboard()->chartView();
    QVERIFY(chart->chart());
    const QString said = chart->accessibleDescription();
    // The chosen quarter's counts are in the chart's text alternative, as the tiles give them.
    const QString expected = QStringLiteral("%1: Red %2, Amber %3, Green %4, Blue %5")
                                 .arg(m_quarter.label())
                                 .arg(dashboard()->ragTile(Rag::Red)->count())
                                 .arg(dashboard()->ragTile(Rag::Amber)->count())
                                 .arg(dashboard()->ragTile(Rag::Green)->count())
                                 .arg(dashboard()->ragTile(Rag::Blue)->count());
    QVERIFY2(said.endsWith(expected), qPrintable(said));
}

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
