// Indicator definition import planning: new, updated, unchanged and every kind of rejected row, and header aliases.
#include "interchange/csvreader.h"
#include "interchange/importboard.h"
#include "interchange/indicators/indicatorimport.h"

#include <QTest>

using namespace assure;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(ASSURE_TEST_DATA "/interchange/") + QLatin1String(name);
}

SourceTable readCsv(const QByteArray &bytes)
{
    CsvReader reader;
    const std::optional<SourceTable> table = reader.read(bytes, QStringLiteral("test.csv"));
    if (!table)
        qFatal("unreadable test CSV: %s", qPrintable(reader.errorString()));
    return *table;
}

IndicatorImportPlan fixturePlan()
{
    CsvReader reader;
    const std::optional<SourceTable> table = reader.readFile(fixture("indicators-malformed.csv"));
    if (!table)
        qFatal("unreadable fixture: %s", qPrintable(reader.errorString()));
    return planIndicatorImport(*table, testing::importBoard());
}

const IndicatorImportRow *rowNumbered(const IndicatorImportPlan &plan, int number)
{
    for (const IndicatorImportRow &row : plan.rows)
        if (row.rowNumber == number)
            return &row;
    return nullptr;
}

} // namespace

class TestIndicatorImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void malformedFixture_data();
    void malformedFixture();
    void summary();
    void newIndicators();
    void updatesKeepWhatIsNotGiven();
    void headerAliases();
    void missingColumn();
    void polarityWords_data();
    void polarityWords();
};

void TestIndicatorImport::malformedFixture_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("reason");
    const auto add = [](int row, const char *status, const char *reason = "") {
        QTest::addRow("row %d", row) << row << QString::fromLatin1(status) << QString::fromUtf8(reason);
    };
    add(2, "new");
    add(3, "new");
    add(4, "unchanged");
    add(5, "update", "updates title");
    add(6, "rejected", "a new indicator needs a frequency (monthly, quarterly, annual)");
    add(7, "rejected",
        "polarity “sideways” is not one of higher, lower, none (or “higher is better”, “lower is better”)");
    add(8, "rejected", "frequency “weekly” is not one of monthly, quarterly, annual");
    add(9, "rejected", "unit “widgets” is not one of percent, count, rate, days, money");
    add(10, "rejected", "unknown owner agency “Police Scotland”");
    add(11, "rejected", "duplicate of row 2");
    add(12, "rejected",
        "the code “CP 17!” may hold only letters, digits, single spaces and . - _ /, start with a letter or digit "
        "and be at most 32 characters long");
    add(13, "rejected", "the indicator needs a title");
    add(14, "rejected", "annual target “50%” has a % sign, but CP-19 is not a percentage indicator");
    add(15, "rejected", "annual target “n/a” is not a number");
    add(16, "rejected",
        "duplicate of row 4; CP-01 is quarterly and has values or targets stored; its frequency cannot change to "
        "monthly by import");
    add(17, "update", "updates frequency");
    add(18, "update", "updates owner agency, annual target");
    add(19, "new");
    add(20, "rejected", "the indicator needs a code");
    add(21, "new");
    add(23, "new");
}

void TestIndicatorImport::malformedFixture()
{
    QFETCH(int, row);
    QFETCH(QString, status);
    QFETCH(QString, reason);
    const IndicatorImportPlan plan = fixturePlan();
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    const IndicatorImportRow *found = rowNumbered(plan, row);
    QVERIFY(found);
    QCOMPARE(importStatusKey(found->status), status);
    QCOMPARE(found->reason, reason);
}

void TestIndicatorImport::summary()
{
    const IndicatorImportPlan plan = fixturePlan();
    QCOMPARE(plan.rows.size(), 21);
    QCOMPARE(plan.counts.created, 5);
    QCOMPARE(plan.counts.updated, 3);
    QCOMPARE(plan.counts.unchanged, 1);
    QCOMPARE(plan.counts.replaced, 0);
    QCOMPARE(plan.counts.rejected, 12);
    QCOMPARE(plan.rejectedLines().first(),
             QStringLiteral("row 6: a new indicator needs a frequency (monthly, quarterly, annual)"));
    QCOMPARE(plan.rejectedLines().last(), QStringLiteral("row 20: the indicator needs a code"));
}

void TestIndicatorImport::newIndicators()
{
    const IndicatorImportPlan plan = fixturePlan();
    const Indicator &cp10 = rowNumbered(plan, 2)->indicator;
    QCOMPARE(cp10.id, qint64(0));
    QCOMPARE(cp10.code, QStringLiteral("CP-10"));
    QCOMPARE(cp10.title, QStringLiteral("Repeat missing episodes"));
    QCOMPARE(cp10.definition, QStringLiteral("Children going missing more than once, counted\neach quarter"));
    QCOMPARE(cp10.unit, Unit::Count);
    QCOMPARE(cp10.polarity, Polarity::LowerIsBetter);
    QCOMPARE(cp10.frequency, Frequency::Quarterly);
    QCOMPARE(cp10.ownerAgencyId, qint64(2));
    QCOMPARE(cp10.annualTarget, std::optional<double>(12));

    const Indicator &cp11 = rowNumbered(plan, 3)->indicator;
    QCOMPARE(cp11.unit, Unit::Percent);
    QCOMPARE(cp11.polarity, Polarity::HigherIsBetter);
    QCOMPARE(cp11.frequency, Frequency::Monthly);
    QCOMPARE(cp11.ownerAgencyId, qint64(1));
    QCOMPARE(cp11.annualTarget, std::optional<double>(95));

    const Indicator &cp21 = rowNumbered(plan, 19)->indicator;
    QCOMPARE(cp21.code, QStringLiteral("CP-21"));
    QCOMPARE(cp21.title, QStringLiteral("Whitespace"));
    QVERIFY(cp21.definition.isEmpty());
    QCOMPARE(cp21.unit, Unit::Percent);
    QCOMPARE(cp21.frequency, Frequency::Quarterly);
    QCOMPARE(cp21.ownerAgencyId, qint64(2));
    QCOMPARE(cp21.annualTarget, std::optional<double>(87.5));

    // The apostrophe a CSV export puts before formula-like text is not part of it.
    const Indicator &cp22 = rowNumbered(plan, 21)->indicator;
    QCOMPARE(cp22.title, QStringLiteral("=Formula title"));
    QCOMPARE(cp22.definition, QStringLiteral("- a definition"));

    // Blank cells take the defaults: a count, information only, no owner, no target.
    const Indicator &cp23 = rowNumbered(plan, 23)->indicator;
    QCOMPARE(cp23.unit, Unit::Count);
    QCOMPARE(cp23.polarity, Polarity::None);
    QCOMPARE(cp23.frequency, Frequency::Annual);
    QCOMPARE(cp23.ownerAgencyId, qint64(0));
    QVERIFY(!cp23.annualTarget);
}

void TestIndicatorImport::updatesKeepWhatIsNotGiven()
{
    const IndicatorImportPlan plan = fixturePlan();
    const ImportContext board = testing::importBoard();

    // The stored spelling of the code is kept; blank cells keep what is stored.
    const IndicatorImportRow *cp01 = rowNumbered(plan, 4);
    QCOMPARE(cp01->indicator, *board.indicator(u"CP-01"));

    const Indicator &cp04 = rowNumbered(plan, 18)->indicator;
    Indicator expected = *board.indicator(u"CP-04");
    expected.ownerAgencyId = 2;
    expected.annualTarget = 1000;
    QCOMPARE(cp04, expected);
}

void TestIndicatorImport::headerAliases()
{
    const IndicatorImportPlan plan = planIndicatorImport(
        readCsv("Indicator code,Indicator,Description,Units,Direction,Reporting frequency,Lead agency,Target\n"
                "NEW-1,A title,A definition,days,lower,annual,police,30\n"),
        testing::importBoard());
    QVERIFY2(plan.isUsable(), qPrintable(plan.error));
    const Indicator &ind = plan.rows.first().indicator;
    QCOMPARE(plan.rows.first().status, ImportStatus::New);
    QCOMPARE(ind.title, QStringLiteral("A title"));
    QCOMPARE(ind.definition, QStringLiteral("A definition"));
    QCOMPARE(ind.unit, Unit::Days);
    QCOMPARE(ind.polarity, Polarity::LowerIsBetter);
    QCOMPARE(ind.frequency, Frequency::Annual);
    QCOMPARE(ind.ownerAgencyId, qint64(2));
    QCOMPARE(ind.annualTarget, std::optional<double>(30));
}

void TestIndicatorImport::missingColumn()
{
    const IndicatorImportPlan plan =
        planIndicatorImport(readCsv("Code,Unit,Frequency\nX,count,monthly\n"), testing::importBoard());
    QVERIFY(!plan.isUsable());
    QVERIFY(plan.rows.isEmpty());
    QCOMPARE(plan.error, QStringLiteral("no “Title” column (also read from “Indicator”, “Name”, “Indicator name”, "
                                        "“Indicator title”); the header row (row 1) has “Code”, “Unit”, "
                                        "“Frequency”"));
}

void TestIndicatorImport::polarityWords_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<Polarity>("polarity");
    QTest::newRow("higher") << "higher" << Polarity::HigherIsBetter;
    QTest::newRow("Higher is better") << "Higher is better" << Polarity::HigherIsBetter;
    QTest::newRow("lower") << "lower" << Polarity::LowerIsBetter;
    QTest::newRow("LOWER IS BETTER") << "LOWER IS BETTER" << Polarity::LowerIsBetter;
    QTest::newRow("none") << "none" << Polarity::None;
}

void TestIndicatorImport::polarityWords()
{
    QFETCH(QString, word);
    QFETCH(Polarity, polarity);
    const QString csv = QStringLiteral("Code,Title,Polarity,Frequency\nP-1,T,%1,monthly\n").arg(word);
    const IndicatorImportPlan plan = planIndicatorImport(readCsv(csv.toUtf8()), testing::importBoard());
    QCOMPARE(plan.rows.first().status, ImportStatus::New);
    QCOMPARE(plan.rows.first().indicator.polarity, polarity);
}

QTEST_GUILESS_MAIN(TestIndicatorImport)
#include "tst_indicatorimport.moc"
