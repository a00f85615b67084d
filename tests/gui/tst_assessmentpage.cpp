// The Self-assessment page on the demo board: its models pass Qt's tester; the heatmap says which
// ratings it shows and switches between self and moderated, worst and typical; a click on a cell
// opens that agency's return at that standard; a criterion is challenged and moderated with the
// keyboard and with the mouse, each an undo step; screenshots of the heatmap and a return.
#include "gui/assessment/assessmentpage.h"
#include "gui/assessment/startrounddialog.h"
#include "gui/mainwindow.h"
#include "models/assessment/heatmapmodel.h"
#include "models/assessment/returnmodel.h"
#include "testsupport/demowindow.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_assessmentpageform.h"
#include "ui_startrounddialog.h"
#include "workspace/assessment/assessmentedits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace assure;
using assure::test::clickCell;
using assure::test::doubleClickCell;
using assure::test::rowWithText;

class TestAssessmentPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTester();
    void heatmapSwitchesAndSaysWhich();
    void clickOpensReturnAtStandard();
    void challengeAndModerateWithKeyboard();
    void challengeAndModerateWithMouse();
    void newRoundAndNextYears();

private:
    AssessmentPage *page() const
    {
        return qobject_cast<AssessmentPage *>(m_demo.window->page(QStringLiteral("assessment")));
    }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    // The stored answer of the shown return to the criterion on this row of the return view.
    CriterionReturn storedAt(int row) const;
    // Opens the return of an agency (by name) at a standard's column, by clicking the heatmap.
    void clickHeatmap(const QString &agency, int standardNumber);

    test::DemoWindow m_demo;
};

void TestAssessmentPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("assessment"));
    QVERIFY(page());
    page()->returnModel()->setToday(QDate(2026, 11, 22));
}

void TestAssessmentPage::cleanup()
{
    m_demo.window.reset();
}

CriterionReturn TestAssessmentPage::storedAt(int row) const
{
    const qint64 criterion = page()->returnModel()->criterionAt(row);
    for (const CriterionReturn &a : workspace()->items<CriterionReturn>())
        if (a.roundAgencyId == page()->returnModel()->returnId() && a.criterionId == criterion)
            return a;
    return {};
}

void TestAssessmentPage::clickHeatmap(const QString &agency, int standardNumber)
{
    QTableView *view = page()->heatmapView();
    const int row = rowWithText(view, HeatmapModel::AgencyColumn, agency);
    QVERIFY2(row >= 0, qPrintable(agency));
    clickCell(view, view->model()->index(row, HeatmapModel::FirstStandardColumn + standardNumber - 1));
}

void TestAssessmentPage::modelsPassTester()
{
    RoundDataCache rounds(workspace());
    HeatmapModel heatmap(&rounds);
    QAbstractItemModelTester heatmapTester(&heatmap, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const qint64 round = workspace()->items<AssessmentRound>().at(1).id;
    heatmap.setRound(round);
    QVERIFY(heatmap.rowCount() >= 8);
    QCOMPARE(heatmap.columnCount(), HeatmapModel::FirstStandardColumn + 8 + 3);
    heatmap.setSource(RatingSource::Moderated);
    heatmap.setSummary(StandardSummary::Typical);
    ReturnModel answers(workspace(), &rounds);
    QAbstractItemModelTester returnTester(&answers, QAbstractItemModelTester::FailureReportingMode::QtTest);
    answers.setReturn(heatmap.roundAgencyAt(0));
    QCOMPARE(answers.rowCount(), 25);
    // One gathering of the round serves both views.
    QCOMPARE(heatmap.round(), rounds.round(round).get());
    // Edits, and their undo, reach both, still passing the tester; then another round entirely.
    QString error;
    QVERIFY2(AssessmentEdits(*workspace())
                 .moderate(heatmap.roundAgencyAt(0), answers.criterionAt(0), AssessmentRating::Red, &error),
             qPrintable(error));
    QCOMPARE(answers.index(0, ReturnModel::Moderated).data().toString(), QStringLiteral("RED"));
    workspace()->undoStack()->undo();
    heatmap.setRound(workspace()->items<AssessmentRound>().at(0).id);
    answers.setReturn(0);
    QCOMPARE(answers.rowCount(), 0);
}

void TestAssessmentPage::heatmapSwitchesAndSaysWhich()
{
    const QString caption = page()->form()->heatmapCaption->text();
    QVERIFY2(caption.contains(QStringLiteral("Self-ratings, the worst per standard")), qPrintable(caption));
    // An agency whose moderated ratings differ from its own: find a cell that changes.
    HeatmapModel *model = page()->heatmapModel();
    QStringList self;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = HeatmapModel::FirstStandardColumn; c < model->statusColumn(); ++c)
            self << model->index(r, c).data().toString();
    QComboBox *source = page()->form()->sourceChooser;
    source->setCurrentIndex(1);
    Q_EMIT source->activated(1);
    QVERIFY(page()->form()->heatmapCaption->text().contains(QStringLiteral("Moderated ratings")));
    QVERIFY(page()->form()->countsLabel->text().startsWith(QStringLiteral("Criteria by moderated rating: BLUE")));
    QStringList moderated;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = HeatmapModel::FirstStandardColumn; c < model->statusColumn(); ++c)
            moderated << model->index(r, c).data().toString();
    QVERIFY(self != moderated);
    // Each rating is a word on a chip, never colour alone; not rated is written plainly.
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex cell = model->index(r, HeatmapModel::FirstStandardColumn);
        const bool rated = isRated(AssessmentRating(cell.data(HeatmapModel::RatingRole).toInt()));
        QCOMPARE(cell.data(HeatmapModel::StatusColourRole).isValid(), rated);
        QVERIFY(!cell.data(HeatmapModel::StatusTextRole).toString().isEmpty());
    }
    QComboBox *summary = page()->form()->summaryChooser;
    summary->setCurrentIndex(1);
    Q_EMIT summary->activated(1);
    QVERIFY(page()->form()->heatmapCaption->text().contains(QStringLiteral("typical (median)")));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("assessment-heatmap-moderated")));
}

void TestAssessmentPage::clickOpensReturnAtStandard()
{
    const QString agency = QStringLiteral("Westmere and Fenholt Police");
    clickHeatmap(agency, 3);
    QVERIFY2(page()->form()->returnCaption->text().startsWith(agency),
             qPrintable(page()->form()->returnCaption->text()));
    const QModelIndex current = page()->returnView()->currentIndex();
    QCOMPARE(current.sibling(current.row(), ReturnModel::Code).data().toString(), QStringLiteral("3.1"));
    clickHeatmap(QStringLiteral("Westmere Integrated Care Board"), 7);
    const QModelIndex now = page()->returnView()->currentIndex();
    QCOMPARE(now.sibling(now.row(), ReturnModel::Code).data().toString(), QStringLiteral("7.1"));
    QVERIFY(page()->form()->returnCaption->text().startsWith(QStringLiteral("Westmere Integrated Care Board")));
}

void TestAssessmentPage::challengeAndModerateWithKeyboard()
{
    clickHeatmap(QStringLiteral("Westmere and Fenholt Police"), 2);
    QTableView *view = page()->returnView();
    const int row = view->currentIndex().row();
    const int steps = workspace()->undoStack()->count();
    // F2 on the challenge cell, type the note, Enter.
    view->setFocus();
    view->setCurrentIndex(page()->returnModel()->index(row, ReturnModel::Challenge));
    QTest::keyClick(view, Qt::Key_F2);
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("Where is the policy's review date?"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(storedAt(row).challengeNote, QStringLiteral("Where is the policy's review date?"));
    QCOMPARE(workspace()->undoStack()->count(), steps + 1);
    QCOMPARE(workspace()->items<RoundAgency>().find(page()->returnModel()->returnId())->status,
             ReturnStatus::Challenged);
    // F2 on the moderated cell, the arrow keys to RED (the last rating but one), Enter.
    view->setCurrentIndex(page()->returnModel()->index(row, ReturnModel::Moderated));
    QTest::keyClick(view, Qt::Key_F2);
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(storedAt(row).moderatedRating == AssessmentRating::Red, false); // not written while stepping
    QTest::keyClick(combo, Qt::Key_Return);
    QTRY_COMPARE(storedAt(row).moderatedRating, AssessmentRating::Red);
    QCOMPARE(workspace()->undoStack()->count(), steps + 2);
    QCOMPARE(page()->returnModel()->index(row, ReturnModel::Moderated).data().toString(), QStringLiteral("RED"));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("assessment-return")));
    // Each was one step.
    workspace()->undoStack()->undo();
    QVERIFY(storedAt(row).moderatedRating != AssessmentRating::Red);
    workspace()->undoStack()->undo();
    QVERIFY(storedAt(row).challengeNote != QStringLiteral("Where is the policy's review date?"));
}

void TestAssessmentPage::challengeAndModerateWithMouse()
{
    clickHeatmap(QStringLiteral("Westmere County Council Adult Social Care"), 1);
    QTableView *view = page()->returnView();
    const int row = view->currentIndex().row();
    QCOMPARE(storedAt(row).moderatedRating, AssessmentRating::NotRated);
    // A double-click (its first press, then the double-click) opens the note; a click on another
    // cell writes it.
    clickCell(view, page()->returnModel()->index(row, ReturnModel::Challenge));
    doubleClickCell(view, page()->returnModel()->index(row, ReturnModel::Challenge));
    auto *editor = view->viewport()->findChild<QLineEdit *>();
    QVERIFY(editor);
    QTest::keyClicks(editor, QStringLiteral("Board minutes, please."));
    clickCell(view, page()->returnModel()->index(row, ReturnModel::Code));
    QTRY_COMPARE(storedAt(row).challengeNote, QStringLiteral("Board minutes, please."));
    // A double-click opens the ratings; AMBER picked from the list is written at once.
    clickCell(view, page()->returnModel()->index(row, ReturnModel::Moderated));
    doubleClickCell(view, page()->returnModel()->index(row, ReturnModel::Moderated));
    auto *combo = view->viewport()->findChild<QComboBox *>();
    QVERIFY(combo);
    // A person's click on the list comes well after it opened, and the list ignores a release that
    // comes sooner than the double-click interval (it takes it for the press that opened it).
    const int interval = QApplication::doubleClickInterval();
    QApplication::setDoubleClickInterval(0);
    QTest::mouseClick(combo, Qt::LeftButton);
    QTRY_VERIFY(combo->view()->isVisible());
    QApplication::processEvents(); // the list's timers, started at that interval, run out
    const QModelIndex amber = combo->view()->model()->index(combo->findData(QStringLiteral("amber")), 0);
    clickCell(combo->view(), amber);
    QApplication::setDoubleClickInterval(interval);
    QTRY_COMPARE(storedAt(row).moderatedRating, AssessmentRating::Amber);
    QCOMPARE(storedAt(row).selfRating == AssessmentRating::NotRated, false); // the agency's own is kept
    QCOMPARE(page()->returnModel()->index(row, ReturnModel::Moderated).data(ReturnModel::StatusTextRole).toString(),
             QStringLiteral("AMBER"));
}

// New round…: the adult safeguarding framework for this year with two agencies; then next year's
// round from it carries the framework and both agencies. Each is undone in one step.
void TestAssessmentPage::newRoundAndNextYears()
{
    const int rounds = workspace()->items<AssessmentRound>().size();
    QString label;
    test::whenModal<StartRoundDialog>([&label](StartRoundDialog *dialog) {
        Ui::StartRoundDialog *form = dialog->form();
        form->frameworkCombo->setCurrentIndex(
            form->frameworkCombo->findText(QStringLiteral("Adult safeguarding"), Qt::MatchStartsWith));
        QVERIFY(form->frameworkCombo->currentIndex() >= 0);
        for (int i = 0; i < form->agencyList->count(); ++i)
            form->agencyList->item(i)->setCheckState(i < 2 ? Qt::Checked : Qt::Unchecked);
        label = form->labelPreview->text();
        QVERIFY(test::saveShot(dialog, QStringLiteral("assessment-new-round")));
        form->buttonBox->button(QDialogButtonBox::Ok)->click();
    });
    page()->form()->newRoundButton->click();
    QCOMPARE(workspace()->items<AssessmentRound>().size(), rounds + 1);
    const AssessmentRound added = workspace()->items<AssessmentRound>().items().back();
    QVERIFY2(added.label.startsWith(QStringLiteral("Adult safeguarding ")) && label.contains(added.label),
             qPrintable(label));
    QCOMPARE(page()->form()->roundChooser->currentText(), added.label);
    QCOMPARE(page()->heatmapModel()->rowCount(), 2);
    QCOMPARE(page()->heatmapModel()->columnCount(), HeatmapModel::FirstStandardColumn + 6 + 3);

    page()->form()->nextRoundButton->click();
    const AssessmentRound next = workspace()->items<AssessmentRound>().items().back();
    QCOMPARE(next.previousRoundId, added.id);
    QCOMPARE(next.frameworkId, added.frameworkId);
    QCOMPARE(page()->form()->roundChooser->currentText(), next.label);
    QCOMPARE(page()->heatmapModel()->rowCount(), 2);
    workspace()->undoStack()->undo();
    workspace()->undoStack()->undo();
    QCOMPARE(workspace()->items<AssessmentRound>().size(), rounds);
}

QTEST_MAIN(TestAssessmentPage)
#include "tst_assessmentpage.moc"
