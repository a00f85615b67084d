// The Risks page on the demo board (issue 18, part 5): the models pass Qt's tester; a click on a
// heat map cell lists that cell's risks and a second click lists all; the pane follows each row
// clicked in the sorted table; a risk typed in with its links is one undoable step; the board's
// bands re-rate the table; a deleted indicator leaves its risks; and the Board page's priorities
// show their progress with its parts and a lead sub-group chosen in the dialog.
#include "core/statuspalette.h"
#include "gui/board/boardpage.h"
#include "gui/board/prioritydialog.h"
#include "gui/entitytablepanel.h"
#include "gui/mainwindow.h"
#include "gui/risks/linkpicker.h"
#include "gui/risks/riskdialog.h"
#include "gui/risks/risksettingsdialog.h"
#include "gui/risks/riskspage.h"
#include "models/board/prioritymodel.h"
#include "models/risks/riskheatmapmodel.h"
#include "models/risks/riskmodel.h"
#include "models/searchproxymodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_prioritydialog.h"
#include "ui_riskdialog.h"
#include "ui_risksettingsdialog.h"
#include "workspace/risks/riskedits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

using namespace assure;
using assure::test::clickCell;
using assure::test::rowWithText;

namespace {

const QDate kAsOf(2026, 11, 22);

} // namespace

class TestRisksPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTester();
    void heatMapCellFiltersTheTable();
    void paneFollowsEachClickInSortedTable();
    void riskTypedInWithLinksIsOneStep();
    void bandsRerateTheTable();
    void deletedIndicatorLeavesItsRisks();
    void prioritiesShowTheirProgress();

private:
    RisksPage *page() const { return qobject_cast<RisksPage *>(m_demo.window->page(QStringLiteral("risks"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    const Risk *riskTitled(const QString &title) const
    {
        for (const Risk &r : workspace()->items<Risk>())
            if (r.title == title)
                return &r;
        return nullptr;
    }
    // The titles the table shows, top to bottom.
    QStringList shownTitles() const
    {
        QStringList out;
        const QAbstractItemModel *shown = page()->table()->view()->model();
        for (int r = 0; r < shown->rowCount(); ++r)
            out << shown->index(r, RiskModel::Title).data().toString();
        return out;
    }
    test::DemoWindow m_demo;
};

void TestRisksPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("risks"));
    QVERIFY(page());
    page()->setAsOf(kAsOf); // the demo's own day
}

void TestRisksPage::cleanup()
{
    m_demo.window.reset();
}

void TestRisksPage::modelsPassTester()
{
    RiskModel model(workspace());
    model.setAsOf(kAsOf);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RiskHeatMapModel heat(workspace());
    QAbstractItemModelTester heatTester(&heat, QAbstractItemModelTester::FailureReportingMode::QtTest);
    SearchProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 12);
    QCOMPARE(model.columnCount(), int(RiskModel::ColumnCount));
    int counted = 0;
    for (int l = 1; l <= 5; ++l)
        for (int i = 1; i <= 5; ++i)
            counted += heat.count(l, i);
    QCOMPARE(counted, 12);
    // Impact 5 is the top row and likelihood 1 the first column, as a register draws them.
    QCOMPARE(heat.cellOf(1, 5), heat.index(0, 0));
    QCOMPARE(heat.index(0, 0).data(RiskHeatMapModel::ImpactRole).toInt(), 5);
    QCOMPARE(heat.headerData(0, Qt::Vertical).toString(), QStringLiteral("5"));
    // A cell is coloured by its band: 1 x 1 GREEN, 5 x 5 RED.
    QCOMPARE(heat.cellOf(1, 1).data(Qt::BackgroundRole).value<QBrush>().color(), QColor::fromRgb(ragRgb(Rag::Green)));
    QCOMPARE(heat.cellOf(5, 5).data(Qt::BackgroundRole).value<QBrush>().color(), QColor::fromRgb(ragRgb(Rag::Red)));
    // Every row's rating cell says what the bands make of its score.
    for (int r = 0; r < model.rowCount(); ++r) {
        const Risk &risk = model.itemAt(r);
        QCOMPARE(model.index(r, RiskModel::Score).data().toInt(), risk.likelihood * risk.impact);
        QCOMPARE(model.index(r, RiskModel::RatingColumn).data().toString(),
                 riskRatingLabel(*ratingOf(risk.likelihood * risk.impact)));
    }
    // Edits and their undo reach both models, still passing the testers.
    Risk moved = model.itemAt(0);
    const int before = heat.count(moved.likelihood, moved.impact);
    moved.likelihood = moved.likelihood == 5 ? 1 : 5;
    moved.impact = 5;
    QString error;
    QVERIFY2(RiskEdits(*workspace()).save(moved, RiskEdits(*workspace()).linksOf(moved.id), &error), qPrintable(error));
    QCOMPARE(heat.count(moved.likelihood, 5) >= 1, true);
    workspace()->undoStack()->undo();
    QCOMPARE(heat.count(model.itemAt(0).likelihood, model.itemAt(0).impact), before);
}

void TestRisksPage::heatMapCellFiltersTheTable()
{
    QTableView *heat = page()->heatMap();
    RiskHeatMapModel *cells = page()->heatMapModel();
    // The demo's 3 x 4 cell holds two risks (placements, strategy discussions).
    const QModelIndex cell = cells->cellOf(3, 4);
    QCOMPARE(cell.data().toString(), QStringLiteral("2"));
    clickCell(heat, cell);
    QCOMPARE(page()->cellFilter(), (std::optional<std::pair<int, int>>{{3, 4}}));
    const QStringList shown = shownTitles();
    QCOMPARE(shown.size(), 2);
    for (const QString &title : shown) {
        const Risk *r = riskTitled(title);
        QVERIFY(r);
        QCOMPARE(r->likelihood, 3);
        QCOMPARE(r->impact, 4);
    }
    QVERIFY(page()->showAllButton()->isEnabled());
    QVERIFY(test::saveShot(page(), QStringLiteral("risks-heatmap-cell")));
    // The same cell again lists every risk.
    clickCell(heat, cell);
    QVERIFY(!page()->cellFilter());
    QCOMPARE(shownTitles().size(), 12);
    // An empty cell lists none; Show all brings them back.
    clickCell(heat, cells->cellOf(5, 1));
    QCOMPARE(shownTitles().size(), 0);
    QTest::mouseClick(page()->showAllButton(), Qt::LeftButton);
    QCOMPARE(shownTitles().size(), 12);
    QTableView *view = page()->table()->view();
    clickCell(view, view->model()->index(
                        rowWithText(view, RiskModel::Title, QStringLiteral("Reliance on agency social workers")),
                        RiskModel::Title));
    QVERIFY(test::saveShot(page(), QStringLiteral("risks-page")));
}

void TestRisksPage::paneFollowsEachClickInSortedTable()
{
    QTableView *view = page()->table()->view();
    // Sorted by score, highest first, as a chair reads a register: a click on the header, twice.
    const QPoint header = view->horizontalHeader()->rect().topLeft() +
                          QPoint(view->horizontalHeader()->sectionViewportPosition(RiskModel::Score) + 10, 5);
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, header);
    if (view->horizontalHeader()->sortIndicatorOrder() != Qt::DescendingOrder)
        QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, header);
    QCOMPARE(view->model()->index(0, RiskModel::Score).data().toInt(), 20);
    for (const QString &title :
         {QStringLiteral("Children missing from home are not interviewed on return"),
          QStringLiteral("The board file is lost or damaged"), QStringLiteral("Reliance on agency social workers")}) {
        const int row = rowWithText(view, RiskModel::Title, title);
        QVERIFY2(row >= 0, qPrintable(title));
        clickCell(view, view->model()->index(row, RiskModel::Owner));
        const Risk *r = riskTitled(title);
        QVERIFY(r);
        QCOMPARE(page()->shownRiskId(), r->id);
        QVERIFY2(page()->detailText().startsWith(title), qPrintable(page()->detailText()));
    }
    // The missing children risk is past its review; the agency staff one has a RED indicator.
    clickCell(view, view->model()->index(
                        rowWithText(view, RiskModel::Title,
                                    QStringLiteral("Children missing from home are not interviewed on return")),
                        RiskModel::Title));
    QVERIFY2(page()->detailText().contains(QStringLiteral("overdue")), qPrintable(page()->detailText()));
    const int agencyStaff = rowWithText(view, RiskModel::Title, QStringLiteral("Reliance on agency social workers"));
    QCOMPARE(view->model()->index(agencyStaff, RiskModel::Flags).data().toString(), QStringLiteral("WF-01: Red"));
    // The filters narrow to what the flags say.
    QTest::mouseClick(page()->overdueFilter(), Qt::LeftButton);
    for (const QString &title : shownTitles())
        QVERIFY(isReviewOverdue(*riskTitled(title), kAsOf));
    QCOMPARE(shownTitles().size(), 3);
}

void TestRisksPage::riskTypedInWithLinksIsOneStep()
{
    const int before = workspace()->items<Risk>().size();
    const int undoBefore = workspace()->undoStack()->count();
    bool typed = false;
    test::whenModal<RiskDialog>([&typed](RiskDialog *dialog) {
        Ui::RiskDialog *form = dialog->form();
        QTest::keyClicks(form->titleEdit, QStringLiteral("Private fostering arrangements go unnoticed"));
        QTest::keyClicks(form->causeEdit, QStringLiteral("Few professionals know the duty to notify."));
        // Likelihood 4 and impact 3 by the keyboard: the score follows.
        form->likelihoodSpin->setFocus();
        form->likelihoodSpin->selectAll();
        QTest::keyClicks(form->likelihoodSpin, QStringLiteral("4"));
        form->impactSpin->selectAll();
        QTest::keyClicks(form->impactSpin, QStringLiteral("3"));
        QCOMPARE(form->scoreLabel->text(), QStringLiteral("12 (Red)"));
        // A 6 cannot be typed: the spin box keeps to 1-5.
        form->impactSpin->selectAll();
        QTest::keyClicks(form->impactSpin, QStringLiteral("6"));
        QCOMPARE(form->impactSpin->value() <= 5, true);
        form->impactSpin->selectAll();
        QTest::keyClicks(form->impactSpin, QStringLiteral("3"));
        // One indicator found by its code and ticked with the space bar.
        LinkPicker *indicators = dialog->indicatorPicker();
        QTest::keyClicks(indicators->searchEdit(), QStringLiteral("CP-03"));
        QCOMPARE(indicators->view()->model()->rowCount(), 1);
        QListView *list = indicators->view();
        clickCell(list, list->model()->index(0, 0));
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(indicators->checkedIds().size(), 1);
        LinkPicker *actions = dialog->actionPicker();
        QTest::keyClicks(actions->searchEdit(), QStringLiteral("Private fostering"));
        clickCell(actions->view(), actions->view()->model()->index(0, 0));
        QTest::keyClick(actions->view(), Qt::Key_Space);
        QCOMPARE(actions->checkedIds().size(), 1);
        QVERIFY(test::saveShot(dialog, QStringLiteral("risk-dialog")));
        typed = true;
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
    });
    QPushButton *add = nullptr;
    for (QPushButton *b : page()->table()->findChildren<QPushButton *>())
        if (b->text().contains(QStringLiteral("Add")))
            add = b;
    QVERIFY(add);
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(typed);
    QCOMPARE(workspace()->items<Risk>().size(), before + 1);
    const Risk *added = riskTitled(QStringLiteral("Private fostering arrangements go unnoticed"));
    QVERIFY(added);
    QCOMPARE(added->likelihood, 4);
    QCOMPARE(added->impact, 3);
    QCOMPARE(added->cause, QStringLiteral("Few professionals know the duty to notify."));
    const RiskLinks links = RiskEdits(*workspace()).linksOf(added->id);
    QCOMPARE(links.indicatorIds.size(), 1);
    QCOMPARE(workspace()->items<Indicator>().find(links.indicatorIds.first())->code, QStringLiteral("CP-03"));
    QCOMPARE(links.actionIds.size(), 1);
    // The new risk is chosen, and the pane names what it is linked to.
    QCOMPARE(page()->shownRiskId(), added->id);
    QVERIFY2(page()->detailText().contains(QStringLiteral("CP-03")), qPrintable(page()->detailText()));
    QVERIFY2(page()->detailText().contains(QStringLiteral("Private fostering awareness campaign")),
             qPrintable(page()->detailText()));
    // The risk and its two links were one step: one undo takes all three away.
    QCOMPARE(workspace()->undoStack()->count(), undoBefore + 1);
    const qint64 id = added->id;
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<Risk>().size(), before);
    QVERIFY(RiskEdits(*workspace()).linksOf(id).indicatorIds.isEmpty());
    QVERIFY(RiskEdits(*workspace()).linksOf(id).actionIds.isEmpty());
}

void TestRisksPage::bandsRerateTheTable()
{
    QTableView *view = page()->table()->view();
    const QString title = QStringLiteral("Reliance on agency social workers"); // 4 x 3 = 12
    const auto ratingShown = [&] {
        return view->model()
            ->index(rowWithText(view, RiskModel::Title, title), RiskModel::RatingColumn)
            .data()
            .toString();
    };
    QCOMPARE(ratingShown(), QStringLiteral("Red"));
    test::whenModal<RiskSettingsDialog>([](RiskSettingsDialog *dialog) {
        Ui::RiskSettingsDialog *form = dialog->form();
        QCOMPARE(form->exampleLabel->text(),
                 QStringLiteral("The scores a risk can have: Green 1–4, Amber 5–10, Red 12–25."));
        form->redSpin->setFocus();
        form->redSpin->selectAll();
        QTest::keyClicks(form->redSpin, QStringLiteral("15"));
        QCOMPARE(form->exampleLabel->text(),
                 QStringLiteral("The scores a risk can have: Green 1–4, Amber 5–12, Red 15–25."));
        QVERIFY(test::saveShot(dialog, QStringLiteral("risk-bands")));
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
    });
    QTest::mouseClick(page()->bandsButton(), Qt::LeftButton);
    QCOMPARE(workspace()->items<RiskSettings>().value().redFrom, 15);
    QCOMPARE(ratingShown(), QStringLiteral("Amber"));
    workspace()->undoStack()->undo();
    QCOMPARE(ratingShown(), QStringLiteral("Red"));
}

void TestRisksPage::deletedIndicatorLeavesItsRisks()
{
    const Risk *risk = riskTitled(QStringLiteral("Reliance on agency social workers"));
    QVERIFY(risk);
    const qint64 riskId = risk->id;
    const QList<qint64> indicators = RiskEdits(*workspace()).linksOf(riskId).indicatorIds;
    QCOMPARE(indicators.size(), 1);
    // The question before the delete says what happens to the risk.
    QVERIFY2(workspace()->dependents<Indicator>(indicators.first()).describe().contains(QStringLiteral("1 risks")),
             qPrintable(workspace()->dependents<Indicator>(indicators.first()).describe()));
    QString error;
    QVERIFY2(workspace()->remove<Indicator>(indicators.first(), &error), qPrintable(error));
    QVERIFY(workspace()->items<Risk>().find(riskId));
    QVERIFY(RiskEdits(*workspace()).linksOf(riskId).indicatorIds.isEmpty());
    QTableView *view = page()->table()->view();
    const int row = rowWithText(view, RiskModel::Title, QStringLiteral("Reliance on agency social workers"));
    QCOMPARE(view->model()->index(row, RiskModel::Flags).data().toString(), QString());
    workspace()->undoStack()->undo();
    QCOMPARE(RiskEdits(*workspace()).linksOf(riskId).indicatorIds, indicators);
    QVERIFY(!view->model()->index(row, RiskModel::Flags).data().toString().isEmpty());
}

void TestRisksPage::prioritiesShowTheirProgress()
{
    m_demo.window->showPage(QStringLiteral("board"));
    auto *board = qobject_cast<BoardPage *>(m_demo.window->page(QStringLiteral("board")));
    QVERIFY(board);
    board->showView(QStringLiteral("priorities"));
    QTableView *view = board->priorities()->view();
    auto *model = qobject_cast<PriorityModel *>(board->priorities()->proxy()->sourceModel());
    QVERIFY(model);
    model->setAsOf(kAsOf);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString title = QStringLiteral("The front door and early help");
    const int row = rowWithText(view, PriorityModel::Title, title);
    QVERIFY(row >= 0);
    const auto cell = [&](int column) { return view->model()->index(row, column).data().toString(); };
    // As the board verb counts them for 2026/27 Q2: 3 of 4 rated indicators green, 2 of 3 actions on track.
    QCOMPARE(cell(PriorityModel::IndicatorsGreen), QStringLiteral("3 of 4"));
    QCOMPARE(cell(PriorityModel::ActionsOnTrack), QStringLiteral("2 of 3"));
    QCOMPARE(cell(PriorityModel::StatusColumn), QStringLiteral("Some concern"));
    QCOMPARE(cell(PriorityModel::Lead), QStringLiteral("Performance and Data"));
    QVERIFY(test::saveShot(board, QStringLiteral("board-priorities-progress")));
    // A lead sub-group chosen in the dialog, by the keyboard, is saved and undone.
    bool chosen = false;
    test::whenModal<PriorityDialog>([&chosen](PriorityDialog *dialog) {
        QComboBox *lead = dialog->findChild<QComboBox *>(QStringLiteral("leadCombo"));
        QVERIFY(lead);
        lead->setFocus();
        lead->setCurrentIndex(lead->findText(QStringLiteral("Quality Assurance")));
        chosen = true;
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    });
    clickCell(view, view->model()->index(row, PriorityModel::Title));
    QTest::mouseClick(board->priorities()->findChild<QPushButton *>(QStringLiteral("editItemButton")), Qt::LeftButton);
    QVERIFY(chosen);
    QCOMPARE(cell(PriorityModel::Lead), QStringLiteral("Quality Assurance"));
    workspace()->undoStack()->undo();
    QCOMPARE(cell(PriorityModel::Lead), QStringLiteral("Performance and Data"));
}

QTEST_MAIN(TestRisksPage)
#include "tst_riskspage.moc"
