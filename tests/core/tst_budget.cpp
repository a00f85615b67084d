// The budget's money and arithmetic (issue 18, part 4): amounts read and written in whole pence,
// sums that binary floating point gets wrong, brackets, variance, forecast and the tolerance's edges.
#include "core/budget/budgetrules.h"
#include "core/budget/money.h"

#include <QTest>

using namespace assure;

namespace {

BudgetLine line(qint64 budget, std::array<std::optional<qint64>, 4> quarters)
{
    BudgetLine l;
    l.year = 2026;
    l.kind = BudgetKind::Spend;
    l.name = QStringLiteral("Training");
    l.budget = budget;
    l.quarters = quarters;
    return l;
}

} // namespace

class TestBudget final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void parse_data();
    void parse();
    void refused_data();
    void refused();
    void penniesAddUpExactly();
    void format_data();
    void format();
    void plainReadsBack();
    void budgetShareRounds();
    void varianceAndForecast();
    void nothingReportedIsNotZero();
    void toleranceEdges_data();
    void toleranceEdges();
    void totals();
    void problems();
};

void TestBudget::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("pence");
    QTest::newRow("pounds and pence") << QStringLiteral("£1,234.56") << qint64(123456);
    QTest::newRow("one decimal") << QStringLiteral("1234.5") << qint64(123450);
    QTest::newRow("brackets") << QStringLiteral("(250.00)") << qint64(-25000);
    QTest::newRow("brackets with £") << QStringLiteral("(£250.00)") << qint64(-25000);
    QTest::newRow("minus") << QStringLiteral("-12") << qint64(-1200);
    QTest::newRow("minus before £") << QStringLiteral("-£12.50") << qint64(-1250);
    QTest::newRow("ten pence") << QStringLiteral("£0.10") << qint64(10);
    QTest::newRow("spaces") << QStringLiteral("  £ 75 ") << qint64(7500);
    QTest::newRow("millions") << QStringLiteral("£1,000,000") << qint64(100000000);
    QTest::newRow("point without pence") << QStringLiteral("12.") << qint64(1200);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
}

void TestBudget::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, pence);
    const ParsedMoney m = Money::parse(text);
    QVERIFY2(m.ok, qPrintable(m.error));
    QCOMPARE(m.pence, pence);
}

void TestBudget::refused_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("three decimals") << QStringLiteral("£12.345")
                                    << QStringLiteral("“£12.345” has more than two decimal places");
    QTest::newRow("words") << QStringLiteral("twelve pounds")
                           << QStringLiteral("“twelve pounds” is not an amount of money like £1,234.56 or (250.00)");
    QTest::newRow("blank") << QStringLiteral("  ") << QStringLiteral("an amount is needed");
    QTest::newRow("misplaced comma") << QStringLiteral("12,34")
                                     << QStringLiteral("“12,34” is not an amount of money like £1,234.56 or (250.00)");
    QTest::newRow("two minuses") << QStringLiteral("(-5)")
                                 << QStringLiteral("“(-5)” is negative twice (a minus sign inside brackets)");
    QTest::newRow("too much") << QStringLiteral("1000000000000")
                              << QStringLiteral("“1000000000000” is more than an amount may be (£100,000,000,000.00)");
}

void TestBudget::refused()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    const ParsedMoney m = Money::parse(text);
    QVERIFY(!m.ok);
    QCOMPARE(m.error, error);
}

void TestBudget::penniesAddUpExactly()
{
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point; in pence it is 30.
    QVERIFY(0.1 + 0.2 != 0.3);
    const qint64 sum = Money::parse(QStringLiteral("0.10")).pence + Money::parse(QStringLiteral("0.20")).pence;
    QCOMPARE(sum, Money::parse(QStringLiteral("0.30")).pence);
    QCOMPARE(Money::format(sum), QStringLiteral("£0.30"));
    // A line of ten-penny actuals: the quarters sum to exactly what was spent.
    const BudgetFigures f = budgetFigures(line(40, {10, 20, std::nullopt, std::nullopt}));
    QCOMPARE(f.actualToDate, qint64(30));
    QCOMPARE(*f.variance, qint64(10)); // budget to date: half of 40p
}

void TestBudget::format_data()
{
    QTest::addColumn<qint64>("pence");
    QTest::addColumn<QString>("text");
    QTest::newRow("pounds and pence") << qint64(123456) << QStringLiteral("£1,234.56");
    QTest::newRow("negative in brackets") << qint64(-25000) << QStringLiteral("(£250.00)");
    QTest::newRow("pence only") << qint64(5) << QStringLiteral("£0.05");
    QTest::newRow("negative pence") << qint64(-5) << QStringLiteral("(£0.05)");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("£0.00");
    QTest::newRow("millions") << qint64(123456789012) << QStringLiteral("£1,234,567,890.12");
}

void TestBudget::format()
{
    QFETCH(qint64, pence);
    QFETCH(QString, text);
    QCOMPARE(Money::format(pence), text);
    // And what is shown reads back as what was stored.
    QCOMPARE(Money::parse(text).pence, pence);
}

void TestBudget::plainReadsBack()
{
    for (const qint64 pence : {qint64(0), qint64(7), qint64(-7), qint64(123456), qint64(-25000)})
        QCOMPARE(Money::parse(Money::plain(pence)).pence, pence);
    QCOMPARE(Money::plain(-25000), QStringLiteral("-250.00"));
}

void TestBudget::budgetShareRounds()
{
    QCOMPARE(budgetShare(100, 1), qint64(25));
    QCOMPARE(budgetShare(101, 1), qint64(25)); // 25.25p
    QCOMPARE(budgetShare(102, 1), qint64(26)); // 25.5p: half away from zero
    QCOMPARE(budgetShare(-102, 1), qint64(-26));
    QCOMPARE(budgetShare(101, 4), qint64(101)); // the whole year is the whole budget
    QCOMPARE(budgetShare(101, 0), qint64(0));
}

void TestBudget::varianceAndForecast()
{
    // £10,000 a year, £2,500 a quarter; Q1 £2,000 and Q2 £3,100 reported.
    const BudgetFigures f = budgetFigures(line(1000000, {200000, 310000, std::nullopt, std::nullopt}));
    QCOMPARE(f.quartersReported, 2);
    QCOMPARE(f.actualToDate, qint64(510000));
    QCOMPARE(f.budgetToDate, qint64(500000));
    QCOMPARE(*f.variance, qint64(10000));
    // Q3 and Q4 assumed to go as budgeted: £5,100 + £5,000.
    QCOMPARE(f.forecast, qint64(1010000));
    QCOMPARE(f.forecast - f.budget, *f.variance);
    // "To date" is the quarters reported, whichever: Q1 and Q3 count as two.
    const BudgetFigures gap = budgetFigures(line(1000000, {250000, std::nullopt, 250000, std::nullopt}));
    QCOMPARE(gap.quartersReported, 2);
    QCOMPARE(*gap.variance, qint64(0));
    // A negative actual (a refund) in brackets takes away from the actual to date.
    const BudgetFigures refund = budgetFigures(
        line(1000000, {Money::parse(QStringLiteral("(250.00)")).pence, std::nullopt, std::nullopt, std::nullopt}));
    QCOMPARE(refund.actualToDate, qint64(-25000));
    QCOMPARE(*refund.variance, qint64(-275000));
    QCOMPARE(refund.forecast, qint64(-25000 + 750000));
}

void TestBudget::nothingReportedIsNotZero()
{
    const BudgetFigures none = budgetFigures(line(1000000, {}));
    QVERIFY(!none.variance);
    QCOMPARE(none.forecast, qint64(1000000));
    QVERIFY(!beyondTolerance(none, BudgetSettings{}));
    // A quarter reported as nothing spent is a variance of the whole quarter's budget.
    const BudgetFigures zero = budgetFigures(line(1000000, {0, std::nullopt, std::nullopt, std::nullopt}));
    QCOMPARE(*zero.variance, qint64(-250000));
    QVERIFY(beyondTolerance(zero, BudgetSettings{}));
}

void TestBudget::toleranceEdges_data()
{
    QTest::addColumn<qint64>("q1");
    QTest::addColumn<int>("tolerance");
    QTest::addColumn<bool>("beyond");
    // The quarter's budget is £1,000.00 (100,000p); 5% of it is £50.00.
    QTest::newRow("exactly 5% over") << qint64(105000) << 5 << false;
    QTest::newRow("a penny more") << qint64(105001) << 5 << true;
    QTest::newRow("exactly 5% under") << qint64(95000) << 5 << false;
    QTest::newRow("a penny less") << qint64(94999) << 5 << true;
    QTest::newRow("on budget, 0%") << qint64(100000) << 0 << false;
    QTest::newRow("a penny over, 0%") << qint64(100001) << 0 << true;
    QTest::newRow("twice, 100%") << qint64(200000) << 100 << false;
}

void TestBudget::toleranceEdges()
{
    QFETCH(qint64, q1);
    QFETCH(int, tolerance);
    QFETCH(bool, beyond);
    const BudgetFigures f = budgetFigures(line(400000, {q1, std::nullopt, std::nullopt, std::nullopt}));
    QCOMPARE(beyondTolerance(f, BudgetSettings{tolerance}), beyond);
}

void TestBudget::totals()
{
    BudgetLine police = line(2000000, {500000, 500000, std::nullopt, std::nullopt});
    police.kind = BudgetKind::Income;
    police.agencyId = 1;
    BudgetLine health = line(1000000, {250000, 150000, std::nullopt, std::nullopt}); // £1,000 short
    health.kind = BudgetKind::Income;
    health.agencyId = 2;
    const BudgetLine training = line(1200000, {330000, 330000, std::nullopt, std::nullopt}); // £600 over
    BudgetLine otherYear = line(99999999, {1, std::nullopt, std::nullopt, std::nullopt});
    otherYear.year = 2025;
    const BudgetTotals t = budgetTotals({police, health, training, otherYear}, 2026, BudgetSettings{});
    QCOMPARE(t.income.budget, qint64(3000000));
    QCOMPARE(t.income.actualToDate, qint64(1400000));
    QCOMPARE(*t.income.variance, qint64(-100000));
    QCOMPARE(t.spend.budget, qint64(1200000));
    QCOMPARE(t.spend.actualToDate, qint64(660000));
    QCOMPARE(*t.spend.variance, qint64(60000));
    // Net: £1,000 less income and £600 more spent leave the board £1,600 worse off than budgeted.
    QCOMPARE(t.netBudget, qint64(1800000));
    QCOMPARE(t.netVariance, qint64(-160000));
    QCOMPARE(t.netForecast, qint64(2900000 - 1260000));
    QCOMPARE(t.linesBeyondTolerance, 2); // health (20% short) and training (10% over)
}

void TestBudget::problems()
{
    BudgetLine l = line(100, {});
    QVERIFY(l.problems().isEmpty());
    l.kind = BudgetKind::Income;
    QCOMPARE(l.problems(), QStringList{QStringLiteral("An income line needs the partner agency that contributes it.")});
    l.agencyId = 3;
    l.budget = -1;
    QCOMPARE(l.problems(), QStringList{QStringLiteral("The budget may not be below zero.")});
    l.budget = 0;
    l.name = QStringLiteral("  ");
    QCOMPARE(l.problems(), QStringList{QStringLiteral("The budget line needs a name.")});
    QCOMPARE(BudgetSettings{101}.problems().size(), 1);
    QVERIFY(BudgetSettings{}.problems().isEmpty());
}

QTEST_GUILESS_MAIN(TestBudget)
#include "tst_budget.moc"
