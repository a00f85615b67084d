// The budget in the board file (issue 18, part 4): lines kept with their quarters (a quarter not
// reported stays unreported, a quarter of £0.00 stays £0.00), a name once per year and kind,
// edits and imports undone as one step, the tolerance kept and undoable, and a contributing
// agency kept while a line names it.
#include "workspace/budget/budgetedits.h"
#include "workspace/workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace assure;

class TestBudgetEdits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup() { m_ws.reset(); }
    void quartersKeptAsReported();
    void oneNamePerYearAndKind();
    void editAndUndo();
    void importIsOneUndoStep();
    void toleranceKeptAndUndoable();
    void contributingAgencyIsKept();
    void incomeNeedsAnAgency();

private:
    std::unique_ptr<Workspace> reopen();
    BudgetLine income(const QString &name, qint64 budget) const
    {
        BudgetLine l;
        l.year = 2026;
        l.kind = BudgetKind::Income;
        l.name = name;
        l.agencyId = m_agency;
        l.budget = budget;
        return l;
    }
    const BudgetLine *named(const QString &name) const
    {
        for (const BudgetLine &l : m_ws->items<BudgetLine>())
            if (l.name == name)
                return &l;
        return nullptr;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_agency = 0;
};

void TestBudgetEdits::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    Board b;
    b.name = QStringLiteral("Fenholt Safeguarding Children Partnership");
    OpenResult r;
    m_ws = Workspace::create(m_dir->filePath(QStringLiteral("budget.assure")), b, &r);
    QVERIFY2(m_ws, qPrintable(r.message));
    Agency a;
    a.name = QStringLiteral("Fenholt Council");
    QVERIFY(m_ws->add(a));
    m_agency = m_ws->items<Agency>().at(0).id;
}

std::unique_ptr<Workspace> TestBudgetEdits::reopen()
{
    const QString path = m_ws->file().path();
    m_ws.reset();
    OpenResult r;
    auto ws = Workspace::open(path, BoardFile::Mode::ReadWrite, &r);
    if (!ws)
        qWarning() << r.message;
    return ws;
}

void TestBudgetEdits::quartersKeptAsReported()
{
    BudgetLine l = income(QStringLiteral("Council contribution"), 4000000);
    l.quarters = {0, std::nullopt, -25000, std::nullopt};
    QString error;
    QVERIFY2(m_ws->add(l, &error), qPrintable(error));
    m_ws = reopen();
    QVERIFY(m_ws);
    const BudgetLine *stored = named(QStringLiteral("Council contribution"));
    QVERIFY(stored);
    QCOMPARE(stored->budget, qint64(4000000));
    QCOMPARE(stored->quarters[0], std::optional<qint64>(0)); // reported as nothing
    QVERIFY(!stored->quarters[1]);                           // not reported
    QCOMPARE(stored->quarters[2], std::optional<qint64>(-25000));
    QVERIFY(!stored->quarters[3]);
    QCOMPARE(budgetFigures(*stored).quartersReported, 2);
}

void TestBudgetEdits::oneNamePerYearAndKind()
{
    QVERIFY(m_ws->add(income(QStringLiteral("Council contribution"), 100)));
    QString error;
    QVERIFY(!m_ws->add(income(QStringLiteral(" council CONTRIBUTION "), 200), &error));
    QCOMPARE(error, QStringLiteral("The year already has an income line called “council CONTRIBUTION”."));
    // Another year, or a spending line, may have the name.
    BudgetLine next = income(QStringLiteral("Council contribution"), 200);
    next.year = 2027;
    QVERIFY2(m_ws->add(next, &error), qPrintable(error));
    BudgetLine spend = income(QStringLiteral("Council contribution"), 200);
    spend.kind = BudgetKind::Spend;
    QVERIFY2(m_ws->add(spend, &error), qPrintable(error));
    QCOMPARE(budgetLinesOf(*m_ws, 2026).size(), 2);
    QCOMPARE(budgetLinesOf(*m_ws, 2026).at(0).kind, BudgetKind::Income); // income first
    QCOMPARE(budgetYears(*m_ws), (QList<int>{2026, 2027}));
}

void TestBudgetEdits::editAndUndo()
{
    QVERIFY(m_ws->add(income(QStringLiteral("Council contribution"), 100000)));
    BudgetLine l = *named(QStringLiteral("Council contribution"));
    l.quarters[0] = 30000;
    QVERIFY(m_ws->update(l));
    QCOMPARE(budgetTotalsOf(*m_ws, 2026).income.actualToDate, qint64(30000));
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Edit budget line Council contribution"));
    m_ws->undoStack()->undo();
    QVERIFY(!named(QStringLiteral("Council contribution"))->quarters[0]);
    m_ws->undoStack()->undo();
    QVERIFY(!named(QStringLiteral("Council contribution")));
    m_ws = reopen();
    QVERIFY(m_ws->items<BudgetLine>().size() == 0);
}

void TestBudgetEdits::importIsOneUndoStep()
{
    QVERIFY(m_ws->add(income(QStringLiteral("Council contribution"), 100000)));
    const SourceTable table(
        QStringLiteral("lines.csv"),
        SourceRow{1,
                  {QStringLiteral("kind"), QStringLiteral("line"), QStringLiteral("agency"), QStringLiteral("budget"),
                   QStringLiteral("q1")}},
        {SourceRow{2,
                   {QStringLiteral("income"), QStringLiteral("council contribution"), QStringLiteral("fenholt council"),
                    QStringLiteral("1,000.00"), QStringLiteral("£250")}},
         SourceRow{3,
                   {QStringLiteral("spend"), QStringLiteral("Training"), QString(), QStringLiteral("500"),
                    QStringLiteral("(12.50)")}}});
    const BudgetImportPlan plan = planBudgetImport(table, budgetImportContext(*m_ws, 2026));
    QCOMPARE(plan.counts.updated, 1);
    QCOMPARE(plan.counts.created, 1);
    QString error;
    QCOMPARE(BudgetEdits(*m_ws).applyImport(plan, QStringLiteral("/tmp/lines.csv"), &error), 2);
    QCOMPARE(m_ws->undoStack()->undoText(), QStringLiteral("Import 2 budget lines from lines.csv"));
    QCOMPARE(named(QStringLiteral("Council contribution"))->quarters[0], std::optional<qint64>(25000));
    QCOMPARE(named(QStringLiteral("Training"))->quarters[0], std::optional<qint64>(-1250));
    m_ws->undoStack()->undo();
    QVERIFY(!named(QStringLiteral("Council contribution"))->quarters[0]);
    QVERIFY(!named(QStringLiteral("Training")));
}

void TestBudgetEdits::toleranceKeptAndUndoable()
{
    QCOMPARE(m_ws->items<BudgetSettings>().value().tolerancePercent, 5);
    QVERIFY(m_ws->update(BudgetSettings{10}));
    QString error;
    QVERIFY(!m_ws->update(BudgetSettings{101}, &error));
    QCOMPARE(error, QStringLiteral("The tolerance is a whole percentage from 0% to 100%."));
    m_ws = reopen();
    QCOMPARE(m_ws->items<BudgetSettings>().value().tolerancePercent, 10);
    // A line 8% over is within 10% and beyond 5%.
    BudgetLine l = income(QStringLiteral("Council contribution"), 400000);
    l.quarters[0] = 108000;
    QVERIFY(m_ws->add(l));
    QCOMPARE(budgetTotalsOf(*m_ws, 2026).linesBeyondTolerance, 0);
    QVERIFY(m_ws->update(BudgetSettings{5}));
    QCOMPARE(budgetTotalsOf(*m_ws, 2026).linesBeyondTolerance, 1);
    m_ws->undoStack()->undo();
    QCOMPARE(m_ws->items<BudgetSettings>().value().tolerancePercent, 10);
}

void TestBudgetEdits::contributingAgencyIsKept()
{
    QVERIFY(m_ws->add(income(QStringLiteral("Council contribution"), 100)));
    QString error;
    QVERIFY(!m_ws->remove<Agency>(m_agency, &error));
    QVERIFY2(error.contains(QStringLiteral("budget lines name it")), qPrintable(error));
    QCOMPARE(m_ws->items<Agency>().size(), 1);
}

void TestBudgetEdits::incomeNeedsAnAgency()
{
    BudgetLine l = income(QStringLiteral("Grant"), 100);
    l.agencyId = 0;
    QString error;
    QVERIFY(!m_ws->add(l, &error));
    QCOMPARE(error, QStringLiteral("An income line needs the partner agency that contributes it."));
}

QTEST_GUILESS_MAIN(TestBudgetEdits)
#include "tst_budgetedits.moc"
