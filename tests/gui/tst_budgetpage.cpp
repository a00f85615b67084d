// The Budget page on the demo board (dated 22 November 2026: Q1 and Q2 of 2026/27 reported), driven
// as a user drives it: a row clicked with the mouse in a table sorted by variance opens that line;
// a line added through the dialog with an amount it cannot read (said under the field) and then
// one it can, shown in pence exactly and undone in one step; lines beyond the tolerance shown on
// amber with a "⚠", and none once the tolerance is raised; the totals kept below the lines
// whichever way the table is sorted; an import previewed row by row before it is written; the
// model checked by QAbstractItemModelTester throughout; a screenshot.
#include "core/budget/money.h"
#include "gui/budget/budgetimportdialog.h"
#include "gui/budget/budgetlinedialog.h"
#include "gui/budget/budgetpage.h"
#include "gui/budget/budgetsettingsdialog.h"
#include "gui/mainwindow.h"
#include "models/budget/budgetmodel.h"
#include "models/budget/budgetproxy.h"
#include "testsupport/demowindow.h"
#include "testsupport/filebytes.h"
#include "testsupport/modal.h"
#include "testsupport/mouse.h"
#include "testsupport/screenshots.h"
#include "ui_budgetlinedialog.h"
#include "ui_budgetpageform.h"
#include "ui_budgetsettingsdialog.h"
#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace assure;
using assure::test::clickCell;

class TestBudgetPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup()
    {
        m_tester.reset();
        m_demo.window.reset();
    }
    void clickOnASortedRowOpensThatLine();
    void addLineWithAnAmountItCannotRead();
    void beyondToleranceIsHighlighted();
    void totalsStayBelowTheLines();
    void importIsPreviewed();
    void screenshot();

private:
    BudgetPage *page() const { return qobject_cast<BudgetPage *>(m_demo.window->page(QStringLiteral("budget"))); }
    Workspace *workspace() const { return m_demo.window->workspace(); }
    QTableView *table() const { return page()->tableView(); }
    // The row of the view (sorted and filtered as shown) whose line is named so; -1 when none.
    int shownRow(const QString &name) const { return test::rowWithText(table(), BudgetModel::Line, name); }
    QString shownText(int row, int column) const { return table()->model()->index(row, column).data().toString(); }
    void clickHeader(int column)
    {
        QHeaderView *header = table()->horizontalHeader();
        const int x = header->sectionViewportPosition(column) + header->sectionSize(column) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(x, header->height() / 2));
    }
    static void clickOk(QDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->click();
    }

    test::DemoWindow m_demo;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestBudgetPage::init()
{
    test::openDemoWindow(&m_demo);
    if (QTest::currentTestFailed())
        return;
    m_demo.window->showPage(QStringLiteral("budget"));
    QVERIFY(page());
    page()->selectYear(2026);
    m_tester = std::make_unique<QAbstractItemModelTester>(page()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page()->model()->lineCount(), 17);
}

void TestBudgetPage::clickOnASortedRowOpensThatLine()
{
    clickHeader(BudgetModel::Variance);
    clickHeader(BudgetModel::Variance); // largest first
    const int row = shownRow(QStringLiteral("Annual conference"));
    QVERIFY(row >= 0);
    clickCell(table(), table()->model()->index(row, BudgetModel::Budget));
    const BudgetLine *chosen = workspace()->items<BudgetLine>().find(page()->currentLineId());
    QVERIFY(chosen);
    QCOMPARE(chosen->name, QStringLiteral("Annual conference"));
    // The figures on the row clicked are that line's.
    QCOMPARE(shownText(row, BudgetModel::Budget), Money::format(chosen->budget));
    QCOMPARE(shownText(row, BudgetModel::Q1), Money::format(*chosen->quarters[0]));
    QCOMPARE(shownText(row, BudgetModel::Q3), QString()); // not reported yet
    QString opened;
    test::whenModal<BudgetLineDialog>([&](BudgetLineDialog *d) {
        opened = d->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
        d->reject();
    });
    QTest::mouseClick(page()->form()->editButton, Qt::LeftButton);
    QCOMPARE(opened, QStringLiteral("Annual conference"));
}

void TestBudgetPage::addLineWithAnAmountItCannotRead()
{
    const int before = page()->model()->lineCount();
    QString problem;
    QStringList fieldsAfterFix;
    test::whenModal<BudgetLineDialog>([&](BudgetLineDialog *d) {
        auto *kind = d->findChild<QComboBox *>(QStringLiteral("kindCombo"));
        kind->setCurrentIndex(kind->findText(QStringLiteral("Spend")));
        QTest::keyClicks(d->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("Venue hire"));
        QTest::keyClicks(d->moneyEdit(0), QStringLiteral("£12.345"));
        QTest::keyClicks(d->moneyEdit(1), QStringLiteral("0.10"));
        QTest::keyClicks(d->moneyEdit(2), QStringLiteral("0.20"));
        clickOk(d);
        QVERIFY(d->isVisible()); // refused, and said where
        problem = d->fieldProblem(0);
        QVERIFY(test::saveShot(d, QStringLiteral("budget-line-dialog")));
        d->moneyEdit(0)->clear();
        QTest::keyClicks(d->moneyEdit(0), QStringLiteral("(1,000)"));
        clickOk(d);
        QVERIFY(d->isVisible()); // a budget below zero
        fieldsAfterFix << d->fieldProblem(0);
        d->moneyEdit(0)->clear();
        QTest::keyClicks(d->moneyEdit(0), QStringLiteral("1,000"));
        clickOk(d);
    });
    QTest::mouseClick(page()->form()->addButton, Qt::LeftButton);
    QCOMPARE(problem, QStringLiteral("“£12.345” has more than two decimal places"));
    QCOMPARE(fieldsAfterFix, QStringList{QStringLiteral("A year's budget may not be below zero.")});
    QCOMPARE(page()->model()->lineCount(), before + 1);
    const int row = shownRow(QStringLiteral("Venue hire"));
    QVERIFY(row >= 0);
    QCOMPARE(shownText(row, BudgetModel::Budget), QStringLiteral("£1,000.00"));
    QCOMPARE(shownText(row, BudgetModel::Actual), QStringLiteral("£0.30")); // 10p + 20p, exactly
    QCOMPARE(shownText(row, BudgetModel::Q3), QString());
    // Two quarters of £250.00 budgeted, 30p spent: £499.70 under, beyond any tolerance but 100%.
    QCOMPARE(shownText(row, BudgetModel::Variance), QStringLiteral("⚠ (£499.70)"));
    QCOMPARE(shownText(row, BudgetModel::Forecast), QStringLiteral("£500.30"));
    workspace()->undoStack()->undo();
    QCOMPARE(page()->model()->lineCount(), before);
    QCOMPARE(shownRow(QStringLiteral("Venue hire")), -1);
}

void TestBudgetPage::beyondToleranceIsHighlighted()
{
    const QAbstractItemModel *model = table()->model();
    int beyond = 0;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex variance = model->index(r, BudgetModel::Variance);
        if (!variance.data(BudgetModel::BeyondToleranceRole).toBool())
            continue;
        ++beyond;
        QCOMPARE(variance.data(Qt::BackgroundRole).value<QBrush>().color(),
                 QColor::fromRgb(BudgetModel::kBeyondToleranceRgb));
        QVERIFY2(variance.data().toString().startsWith(QStringLiteral("⚠ ")), qPrintable(variance.data().toString()));
        // What the amber means, in words.
        QVERIFY(
            variance.data(Qt::ToolTipRole).toString().contains(QStringLiteral("beyond the board's tolerance of 5%")));
    }
    QVERIFY(beyond >= 2); // the demo puts some off track on purpose
    QCOMPARE(page()->model()->totals().linesBeyondTolerance, beyond);
    QVERIFY2(page()->summaryText().contains(QStringLiteral("lines beyond the 5% tolerance: <b>%1</b>").arg(beyond)),
             qPrintable(page()->summaryText()));

    test::whenModal<BudgetSettingsDialog>([&](BudgetSettingsDialog *d) {
        auto *spin = d->findChild<QSpinBox *>(QStringLiteral("toleranceSpin"));
        spin->selectAll();
        QTest::keyClicks(spin, QStringLiteral("100"));
        clickOk(d);
    });
    QTest::mouseClick(page()->form()->settingsButton, Qt::LeftButton);
    QCOMPARE(workspace()->items<BudgetSettings>().value().tolerancePercent, 100);
    for (int r = 0; r < model->rowCount(); ++r)
        QVERIFY(!model->index(r, BudgetModel::Variance).data(BudgetModel::BeyondToleranceRole).toBool());
    QVERIFY2(page()->summaryText().contains(QStringLiteral("beyond the 100% tolerance: <b>0</b>")),
             qPrintable(page()->summaryText()));
    workspace()->undoStack()->undo();
    QCOMPARE(page()->model()->totals().linesBeyondTolerance, beyond);
}

void TestBudgetPage::totalsStayBelowTheLines()
{
    const QStringList totals = {QStringLiteral("Total income"), QStringLiteral("Total spend"),
                                QStringLiteral("Net (income − spend)")};
    for (int clicks = 0; clicks < 2; ++clicks) {
        clickHeader(BudgetModel::Budget);
        const QAbstractItemModel *model = table()->model();
        const int n = model->rowCount();
        QStringList last;
        for (int r = n - 3; r < n; ++r)
            last << shownText(r, BudgetModel::Line);
        QCOMPARE(last, totals);
        // And the lines above them are in the order asked for.
        const qint64 first = model->index(0, BudgetModel::Budget).data(BudgetModel::PenceRole).toLongLong();
        const qint64 lastLine = model->index(n - 4, BudgetModel::Budget).data(BudgetModel::PenceRole).toLongLong();
        QVERIFY(table()->horizontalHeader()->sortIndicatorOrder() == Qt::AscendingOrder ? first <= lastLine
                                                                                        : first >= lastLine);
    }
    // The totals are the lines' sums.
    const BudgetTotals t = budgetTotalsOf(*workspace(), 2026);
    const int n = table()->model()->rowCount();
    QCOMPARE(shownText(n - 3, BudgetModel::Budget), Money::format(t.income.budget));
    QCOMPARE(shownText(n - 2, BudgetModel::Actual), Money::format(t.spend.actualToDate));
    QCOMPARE(shownText(n - 1, BudgetModel::Forecast), Money::format(t.netForecast));
    // A search keeps the totals of the whole year.
    QTest::keyClicks(page()->form()->searchEdit, QStringLiteral("police"));
    QCOMPARE(table()->model()->rowCount(), 1 + BudgetModel::kTotalRows);
    QCOMPARE(shownText(0, BudgetModel::Line), QStringLiteral("Westmere and Fenholt Police"));
    // The agency is in the line's tooltip, and found by a search.
    QCOMPARE(table()->model()->index(0, BudgetModel::Line).data(Qt::ToolTipRole).toString(),
             QStringLiteral("A contribution from Westmere and Fenholt Police"));
}

void TestBudgetPage::importIsPreviewed()
{
    const QString csv = m_demo.dir->filePath(QStringLiteral("budget.csv"));
    QVERIFY(test::writeFile(csv, "kind,line,agency,budget,q1,q2\n"
                                 "spend,Annual conference,,5000,1250,1250\n"
                                 "spend,Venue hire,,£12.345,,\n"
                                 "spend,Interpreters,,\"1,200.00\",300,(20.00)\n"));
    QStringList shown;
    QString summary;
    test::whenModal<BudgetImportDialog>([&](BudgetImportDialog *d) {
        summary = d->summary();
        QTableWidget *preview = d->preview();
        for (int r = 0; r < preview->rowCount(); ++r)
            shown << preview->item(r, 0)->text() + QLatin1Char(' ') + preview->item(r, 1)->text() + QLatin1Char(' ') +
                         preview->item(r, 5)->text();
        QVERIFY(d->importButton()->isEnabled());
        QVERIFY(test::saveShot(d, QStringLiteral("budget-import")));
        d->importButton()->click();
    });
    page()->importFile(csv);
    QCOMPARE(summary, QStringLiteral("budget.csv: 1 new, 1 changed, 0 unchanged, 1 rejected."));
    QCOMPARE(shown.size(), 3);
    QVERIFY2(shown.at(0).startsWith(QStringLiteral("2 Update")), qPrintable(shown.at(0)));
    QCOMPARE(shown.at(1).section(QLatin1Char(' '), 2),
             QStringLiteral("budget: “£12.345” has more than two decimal places"));
    QVERIFY2(shown.at(2).startsWith(QStringLiteral("4 New")), qPrintable(shown.at(2)));
    const int row = shownRow(QStringLiteral("Interpreters"));
    QVERIFY(row >= 0);
    QCOMPARE(shownText(row, BudgetModel::Actual), QStringLiteral("£280.00"));
    QCOMPARE(workspace()->undoStack()->undoText(), QStringLiteral("Import 2 budget lines from budget.csv"));
    workspace()->undoStack()->undo();
    QCOMPARE(shownRow(QStringLiteral("Interpreters")), -1);
}

void TestBudgetPage::screenshot()
{
    m_demo.window->resize(1280, 800);
    clickCell(table(),
              table()->model()->index(shownRow(QStringLiteral("Westmere Integrated Care Board")), BudgetModel::Line));
    QVERIFY(test::saveShot(m_demo.window.get(), QStringLiteral("budget")));
}

QTEST_MAIN(TestBudgetPage)
#include "tst_budgetpage.moc"
