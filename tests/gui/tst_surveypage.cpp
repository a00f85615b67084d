// The Survey page (issue 18, part 3), driven as people use it: a statement clicked in the table
// sorted by mean shows that statement's answers; the breakdown says which groups are suppressed
// and why; returned forms typed in by keyboard; a form tool's file previewed with its identifying
// columns named, then imported. Screenshots of each view and dialog.
#include "gui/survey/surveyformdialog.h"
#include "gui/survey/surveyimportdialog.h"
#include "gui/survey/surveypage.h"
#include "gui/survey/surveyquestiondialog.h"
#include "models/survey/surveybreakdownmodel.h"
#include "models/survey/surveystatementmodel.h"
#include "testsupport/filebytes.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "workspace/survey/surveyedits.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace assure;

namespace {

// Twelve responses: six from health, five from the police, one from education; ratings chosen so
// that sorting by mean puts the statements in another order than the questionnaire's.
QByteArray responses(int year)
{
    QByteArray csv = "ID,Name,Email,Sector,Papers arrive in good time,Meetings are well chaired,The board hears "
                     "from children,What should the board change?\n";
    const char *sectors[] = {"Health", "Health", "Health", "Health", "Health", "Health",
                             "Police", "Police", "Police", "Police", "Police", "Education"};
    for (int i = 0; i < 12; ++i) {
        const int papers = year == 2026 ? 1 + i % 3 : 3;
        const int chair = year == 2026 ? 4 + i % 2 : 4;
        const int children = 2 + i % 4;
        csv += QStringLiteral("%1,Person %1,person%1@example.org,%2,%3,%4,%5,%6\n")
                   .arg(i + 1)
                   .arg(QLatin1String(sectors[i]))
                   .arg(papers)
                   .arg(chair)
                   .arg(children)
                   .arg(i == 3   ? QStringLiteral("Shorter papers")
                        : i == 7 ? QStringLiteral("A yearly away day")
                                 : QString())
                   .toUtf8();
    }
    return csv;
}

} // namespace

class TestSurveyPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void modelsPassTheTester();
    void clickedStatementIsTheOneShown();
    void breakdownSaysWhatIsSuppressed();
    void formsTypedIn();
    void importPreviewNamesDroppedColumns();
    void emptyYear();
    void statementChangedAndDeleted();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    std::unique_ptr<SurveyPage> m_page;
};

void TestSurveyPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("survey.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    SurveyEdits edits(*m_ws);
    for (const int year : {2025, 2026}) {
        const QString csv = m_dir->filePath(QStringLiteral("responses-%1.csv").arg(year));
        QVERIFY(test::writeFile(csv, responses(year)));
        QCOMPARE(edits.applyImport(edits.planFile(year, csv), year, QStringLiteral("responses.csv")), 12);
    }
    m_page = std::make_unique<SurveyPage>(m_ws.get());
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->setYear(2026);
}

void TestSurveyPage::cleanup()
{
    m_page.reset();
    m_ws.reset();
    m_dir.reset();
}

void TestSurveyPage::modelsPassTheTester()
{
    SurveyStatementModel statements;
    SurveyBreakdownModel breakdown;
    QAbstractItemModelTester t1(&statements, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&breakdown, QAbstractItemModelTester::FailureReportingMode::QtTest);
    statements.setResults(surveyResultsOf(*m_ws, 2026));
    breakdown.setResults(surveyResultsOf(*m_ws, 2026));
    QCOMPARE(statements.rowCount(), 3);
    QCOMPARE(breakdown.rowCount(), 3);
    QCOMPARE(breakdown.columnCount(), 5);
    statements.setResults(surveyResultsOf(*m_ws, 2030));
    breakdown.setResults(surveyResultsOf(*m_ws, 2030));
    QCOMPARE(statements.rowCount(), 0);
    QCOMPARE(breakdown.columnCount(), 0);
}

void TestSurveyPage::clickedStatementIsTheOneShown()
{
    QCOMPARE(m_page->summaryLabel()->text(), QStringLiteral("12 responses; 12 the year before."));
    QTableView *view = m_page->statementsView();
    // Sorted by mean, highest first, with the header clicked twice as people do.
    const int meanX = view->horizontalHeader()->sectionViewportPosition(SurveyStatementModel::Mean) + 5;
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(meanX, 5));
    QTest::mouseClick(view->horizontalHeader()->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(meanX, 5));
    QCOMPARE(view->model()->index(0, SurveyStatementModel::Statement).data().toString(),
             QStringLiteral("Meetings are well chaired"));
    const int row =
        test::rowWithText(view, SurveyStatementModel::Statement, QStringLiteral("Papers arrive in good time"));
    QCOMPARE(row, 2); // lowest mean last
    test::clickCell(view, view->model()->index(row, SurveyStatementModel::Statement));
    // Papers: 1, 2, 3 in turn over twelve responses: four of each; last year all 3.
    QCOMPARE(m_page->detailLabel()->text(),
             QStringLiteral("S1 “Papers arrive in good time”: Strongly disagree: 4, Disagree: 4, Neither agree nor "
                            "disagree: 4, Agree: 0, Strongly agree: 0. Mean 2.00 of 12 answers."));
    QCOMPARE(view->model()->index(row, SurveyStatementModel::LastYear).data().toString(), QStringLiteral("3.00"));
    QCOMPARE(view->model()->index(row, SurveyStatementModel::Change).data().toString(), QStringLiteral("-1.00"));
    QVERIFY(test::saveShot(m_page.get(), QStringLiteral("survey-statements")));
}

void TestSurveyPage::breakdownSaysWhatIsSuppressed()
{
    m_page->showView(QStringLiteral("breakdown"));
    QCOMPARE(m_page->breakdownNote()->text(),
             QStringLiteral("By sector. A group with fewer than 5 responses is not shown, so that no one's answers can "
                            "be told apart: 2 groups are suppressed."));
    QTableView *view = m_page->breakdownView();
    const int health = test::rowWithText(view, SurveyBreakdownModel::Group, QStringLiteral("Health"));
    const int police = test::rowWithText(view, SurveyBreakdownModel::Group, QStringLiteral("Police"));
    const int education = test::rowWithText(view, SurveyBreakdownModel::Group, QStringLiteral("Education"));
    QCOMPARE(view->model()->index(health, SurveyBreakdownModel::Responses).data().toString(), QStringLiteral("6"));
    QCOMPARE(view->model()->index(education, SurveyBreakdownModel::Responses).data().toString(),
             QStringLiteral("Not shown: fewer than 5 responses"));
    QVERIFY(view->model()->index(education, SurveyBreakdownModel::FirstStatement).data().toString().isEmpty());
    // Police has five, enough, but with Education alone hidden its figures would follow from the rest.
    QCOMPARE(view->model()->index(police, SurveyBreakdownModel::Responses).data().toString(),
             QStringLiteral("Not shown, so that a smaller group cannot be worked out from the others"));
    QVERIFY(test::saveShot(m_page.get(), QStringLiteral("survey-breakdown")));

    m_page->showView(QStringLiteral("free-text"));
    QTreeWidget *tree = m_page->freeTextTree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("What should the board change? (2 answers)"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("A yearly away day"));
    QVERIFY(test::saveShot(m_page.get(), QStringLiteral("survey-free-text")));
}

void TestSurveyPage::formsTypedIn()
{
    test::whenModal<SurveyFormDialog>([](SurveyFormDialog *dialog) {
        QCOMPARE(dialog->fields().size(), 5);
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->fields().at(0)->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), dialog->fields().at(0));
        // The sector, then a rating per statement by its number, then words; Tab between them.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Voluntary sector"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("5"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("4"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // children: not answered
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("More time on neglect"));
        QCOMPARE(qobject_cast<QComboBox *>(dialog->fields().at(1))->currentText(),
                 QStringLiteral("5 – Strongly agree"));
        QVERIFY(test::saveShot(dialog, QStringLiteral("survey-form-dialog")));
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->saved(), 1);
        QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("1 forms saved."));
        // Cleared for the next form, with the cursor back in the first field.
        QVERIFY(qobject_cast<QComboBox *>(dialog->fields().at(0))->currentText().isEmpty());
        QCOMPARE(qobject_cast<QComboBox *>(dialog->fields().at(1))->currentIndex(), 0);
        // A blank form is refused and said why.
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageLabel()->text(), QStringLiteral("The form answers no question."));
        dialog->reject();
    });
    QTest::mouseClick(m_page->enterButton(), Qt::LeftButton);
    QTRY_COMPARE(m_page->summaryLabel()->text(), QStringLiteral("13 responses; 12 the year before."));
    const SurveyResults r = surveyResultsOf(*m_ws, 2026);
    QCOMPARE(r.statements[0].counts[4], 1);
    QCOMPARE(r.statements[2].answered(), 12);
    QVERIFY(r.freeText[0].answers.contains(QStringLiteral("More time on neglect")));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Add 2026/27 survey response"));
}

void TestSurveyPage::importPreviewNamesDroppedColumns()
{
    const QString csv = m_dir->filePath(QStringLiteral("more.csv"));
    QVERIFY(test::writeFile(csv, "Respondent ID,Full name,E-mail address,Start time,Sector,Meetings are well chaired,"
                                 "Papers arrive in good time,The board hears from children\n"
                                 "7,Ann Smith,ann@example.org,09:00,Health,5,5,5\n"
                                 "8,Bob Jones,bob@example.org,09:30,Police,Strongly agre,4,4\n"));
    test::whenModal<SurveyImportDialog>([](SurveyImportDialog *dialog) {
        QCOMPARE(dialog->droppedLabel()->text(), QStringLiteral("Dropped, never stored (they identify respondents): "
                                                                "Respondent ID, Full name, E-mail address, Start "
                                                                "time."));
        QCOMPARE(dialog->columnsTable()->item(1, 1)->text(), QStringLiteral("identifying: dropped, never stored"));
        QCOMPARE(dialog->columnsTable()->item(5, 1)->text(), QStringLiteral("statement"));
        QCOMPARE(
            dialog->summaryLabel()->text(),
            QStringLiteral("1 responses to import; 1 rows rejected (below), answering the 2026/27 questionnaire."));
        QVERIFY(dialog->rejectedText()->toPlainText().contains(
            QStringLiteral("row 3: column “Meetings are well chaired”: “Strongly agre” is not a rating")));
        QVERIFY(test::saveShot(dialog, QStringLiteral("survey-import-preview")));
        QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    });
    m_page->importResponses(csv);
    QTRY_COMPARE(m_page->summaryLabel()->text(), QStringLiteral("13 responses; 12 the year before."));
    QVERIFY(!test::readFile(m_ws->path()).contains("Ann Smith"));
}

void TestSurveyPage::emptyYear()
{
    const int index = m_page->yearCombo()->findText(QStringLiteral("2027/28"));
    QVERIFY(index >= 0);
    m_page->yearCombo()->setCurrentIndex(index);
    Q_EMIT m_page->yearCombo()->activated(index);
    QCOMPARE(m_page->year(), 2027);
    QVERIFY(m_page->summaryLabel()->text().startsWith(QStringLiteral("No 2027/28 survey yet")));
    QCOMPARE(m_page->statementsView()->model()->rowCount(), 0);
    QVERIFY(!m_page->enterButton()->isEnabled());
    QVERIFY(test::saveShot(m_page.get(), QStringLiteral("survey-empty-year")));
}

void TestSurveyPage::statementChangedAndDeleted()
{
    QTableView *view = m_page->statementsView();
    QVERIFY(!m_page->changeQuestionButton()->isEnabled());
    int row = test::rowWithText(view, SurveyStatementModel::Statement, QStringLiteral("Papers arrive in good time"));
    test::clickCell(view, view->model()->index(row, SurveyStatementModel::Statement));
    QVERIFY(m_page->changeQuestionButton()->isEnabled());
    // A double-click opens it with its words; its kind is fixed, as it has answers.
    bool asked = false;
    test::whenModal<SurveyQuestionDialog>([&asked](SurveyQuestionDialog *dialog) {
        QCOMPARE(dialog->textEdit()->text(), QStringLiteral("Papers arrive in good time"));
        QVERIFY(!dialog->kindCombo()->isEnabled());
        QVERIFY(test::saveShot(dialog, QStringLiteral("survey-question-change")));
        dialog->textEdit()->selectAll();
        QTest::keyClicks(dialog->textEdit(), QStringLiteral("Papers arrive a week before the meeting"));
        QTest::keyClick(dialog->textEdit(), Qt::Key_Return);
        asked = true;
    });
    test::doubleClickCell(view, view->model()->index(row, SurveyStatementModel::Statement));
    QTRY_VERIFY(asked);
    QTRY_VERIFY(test::rowWithText(view, SurveyStatementModel::Statement,
                                  QStringLiteral("Papers arrive a week before the meeting")) >= 0);
    // Its answers stay with it: still twelve.
    row = test::rowWithText(view, SurveyStatementModel::Statement,
                            QStringLiteral("Papers arrive a week before the meeting"));
    QCOMPARE(view->model()->index(row, SurveyStatementModel::Answered).data().toString(), QStringLiteral("12"));
    m_ws->undoStack()->undo();
    QTRY_VERIFY(test::rowWithText(view, SurveyStatementModel::Statement, QStringLiteral("Papers arrive in good time")) >=
                0);

    // Delete asks first, saying the answers go with it; then the table has one statement fewer.
    row = test::rowWithText(view, SurveyStatementModel::Statement, QStringLiteral("Meetings are well chaired"));
    test::clickCell(view, view->model()->index(row, SurveyStatementModel::Statement));
    // The Delete key works where the table has the focus, in the active window.
    QApplication::setActiveWindow(m_page.get());
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
    view->setFocus();
    QString question;
    test::whenModal<QMessageBox>([&question](QMessageBox *box) {
        question = box->text() + QLatin1Char('\n') + box->informativeText();
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QTRY_VERIFY(!question.isEmpty());
    QVERIFY2(question.startsWith(QStringLiteral("Delete the statement “Meetings are well chaired” from the 2026/27 "
                                                "survey?\nIts 12 answers go with it.")),
             qPrintable(question));
    QTRY_COMPARE(view->model()->rowCount(), 2);
    QCOMPARE(test::rowWithText(view, SurveyStatementModel::Statement, QStringLiteral("Meetings are well chaired")), -1);
    m_ws->undoStack()->undo();
    QTRY_COMPARE(view->model()->rowCount(), 3);
}

QTEST_MAIN(TestSurveyPage)
#include "tst_surveypage.moc"
