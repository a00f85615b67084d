// The board pack's Budget section (issue 18, parts 4 and 6), read back from the PDF: the year's
// totals as the Budget page shows them, the lines beyond the tolerance with their variance, the
// section listed in the contents; and no section for a year the board has no budget for.
#include "core/budget/money.h"
#include "testsupport/demoworkspace.h"
#include "testsupport/reportfiles.h"
#include "workspace/budget/budgetedits.h"

#include <QApplication>
#include <QTest>

using namespace assure;
using namespace assure::test;

class TestBudgetReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void totalsAndLinesBeyondTolerance();
    void noBudgetNoSection();

private:
    QString write(const Period &period, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

QString TestBudgetReport::write(const Period &period, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QString error;
    if (!exportReport(*m_ws, reportRequest(ReportKind::BoardPack, period, ReportFormat::Pdf), path, &error))
        qWarning() << "not written:" << error;
    return path;
}

void TestBudgetReport::initTestCase()
{
    if (const QString missing = missingTool(QStringLiteral("pdftotext")); !missing.isEmpty())
        QSKIP(qPrintable(missing));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    openDemoWorkspace(m_dir, &m_ws);
    QVERIFY(m_ws);
}

void TestBudgetReport::totalsAndLinesBeyondTolerance()
{
    const int year = *budgetYears(*m_ws).rbegin();
    const Period period = Period::quarter(year, 2, m_ws->board().fyStartMonth);
    // pdftotext breaks lines where the page does; the words are compared with single spaces.
    const QString text = pdfText(write(period, QStringLiteral("pack.pdf"))).simplified();
    const BudgetTotals t = budgetTotalsOf(*m_ws, year);
    QVERIFY(t.linesBeyondTolerance > 0);
    QVERIFY2(text.contains(QStringLiteral("The board's budget for %1: income of %2 budgeted from its partners, of "
                                          "which %3 has been received in the quarters reported")
                               .arg(Period::yearLabel(year, m_ws->board().fyStartMonth), Money::format(t.income.budget),
                                    Money::format(t.income.actualToDate))),
             qPrintable(text.left(400)));
    QVERIFY(
        text.contains(QStringLiteral("Net (income − spend) %1 %2 %3 %4")
                          .arg(Money::format(t.netBudget), Money::format(t.income.actualToDate - t.spend.actualToDate),
                               Money::format(t.netVariance), Money::format(t.netForecast))));
    QVERIFY(text.contains(QStringLiteral("Lines beyond the 5% tolerance")));
    const BudgetSettings settings = m_ws->items<BudgetSettings>().value();
    int listed = 0;
    for (const BudgetLine &l : budgetLinesOf(*m_ws, year)) {
        const BudgetFigures f = budgetFigures(l);
        const bool shown = text.contains(QStringLiteral("%1 %2 %3 %4 %5 %6")
                                             .arg(l.name, budgetKindLabel(l.kind), Money::format(f.budgetToDate),
                                                  Money::format(f.actualToDate), Money::format(f.variance.value_or(0)),
                                                  Money::format(f.forecast)));
        QCOMPARE(shown, beyondTolerance(f, settings));
        listed += shown ? 1 : 0;
    }
    QCOMPARE(listed, t.linesBeyondTolerance);
    // The section is in the contents, before the glossary.
    const QString contents = text.left(text.indexOf(QStringLiteral("Executive summary Of")));
    QVERIFY2(contents.contains(QStringLiteral("Budget")), qPrintable(contents));
}

void TestBudgetReport::noBudgetNoSection()
{
    const int before = *budgetYears(*m_ws).begin() - 1;
    const QString text =
        pdfText(write(Period::quarter(before, 4, m_ws->board().fyStartMonth), QStringLiteral("old.pdf"))).simplified();
    QVERIFY(!text.isEmpty());
    QVERIFY(!text.contains(QStringLiteral("The board's budget for")));
    QVERIFY(!text.contains(QStringLiteral("Lines beyond the")));
}

QTEST_MAIN(TestBudgetReport)
#include "tst_budgetreport.moc"
