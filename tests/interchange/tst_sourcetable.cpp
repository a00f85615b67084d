// Header lookup and column naming on a table read from a spreadsheet.
#include "interchange/sourcetable.h"

#include <QTest>

using assure::SourceRow;
using assure::SourceTable;

namespace {

SourceTable table(const QStringList &header)
{
    return SourceTable(QStringLiteral("book.csv"), SourceRow{1, header},
                       {SourceRow{2, {QStringLiteral("CP-01")}}});
}

} // namespace

class TestSourceTable final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnLookup_data();
    void columnLookup();
    void aliases();
    void duplicates();
    void shortRows();
    void columnLetters_data();
    void columnLetters();
    void columnName();
};

void TestSourceTable::columnLookup_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("column");
    QTest::newRow("exact") << QStringLiteral("Indicator code") << 0;
    QTest::newRow("case") << QStringLiteral("INDICATOR CODE") << 0;
    QTest::newRow("spaces around") << QStringLiteral("  value ") << 1;
    QTest::newRow("inner spaces") << QStringLiteral("data   quality") << 2;
    QTest::newRow("header had spaces and a BOM") << QStringLiteral("commentary") << 3;
    QTest::newRow("missing") << QStringLiteral("target") << -1;
    QTest::newRow("blank never matches") << QStringLiteral("  ") << -1;
}

void TestSourceTable::columnLookup()
{
    QFETCH(QString, name);
    QFETCH(int, column);
    const SourceTable t = table({QStringLiteral("Indicator code"), QStringLiteral("Value"),
                                 QStringLiteral("Data Quality"),
                                 QStringLiteral("\uFEFF Commentary\u00A0"), QString()});
    QCOMPARE(t.column(name), column);
}

void TestSourceTable::aliases()
{
    const SourceTable t = table({QStringLiteral("Code"), QStringLiteral("Measure")});
    QCOMPARE(t.column(QStringList{QStringLiteral("indicator code"), QStringLiteral("code")}), 0);
    QCOMPARE(t.column(QStringList{QStringLiteral("value"), QStringLiteral("measure")}), 1);
    QCOMPARE(t.column(QStringList{QStringLiteral("target")}), -1);
}

void TestSourceTable::duplicates()
{
    const SourceTable t = table({QStringLiteral("Code"), QStringLiteral("Value"),
                                 QStringLiteral(" code"), QStringLiteral("VALUE"),
                                 QStringLiteral("Code"), QString(), QString()});
    QCOMPARE(t.duplicateHeaders(), (QStringList{QStringLiteral("Code"), QStringLiteral("Value")}));
    QCOMPARE(t.column(QStringLiteral("code")), 0);
}

void TestSourceTable::shortRows()
{
    const SourceTable t = table({QStringLiteral("Code"), QStringLiteral("Value")});
    const SourceRow &row = t.rows().first();
    QCOMPARE(row.number, 2);
    QCOMPARE(row.cell(0), QStringLiteral("CP-01"));
    QCOMPARE(row.cell(1), QString());
    QCOMPARE(row.cell(-1), QString());
    QCOMPARE(t.columnCount(), 2);
    QCOMPARE(t.headerRowNumber(), 1);
    QCOMPARE(t.fileName(), QStringLiteral("book.csv"));
}

void TestSourceTable::columnLetters_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("letters");
    QTest::newRow("A") << 0 << QStringLiteral("A");
    QTest::newRow("Z") << 25 << QStringLiteral("Z");
    QTest::newRow("AA") << 26 << QStringLiteral("AA");
    QTest::newRow("AZ") << 51 << QStringLiteral("AZ");
    QTest::newRow("ZZ") << 701 << QStringLiteral("ZZ");
    QTest::newRow("AAA") << 702 << QStringLiteral("AAA");
    QTest::newRow("Excel's last") << 16383 << QStringLiteral("XFD");
}

void TestSourceTable::columnLetters()
{
    QFETCH(int, column);
    QFETCH(QString, letters);
    QCOMPARE(SourceTable::columnLetters(column), letters);
}

void TestSourceTable::columnName()
{
    const SourceTable t = table({QStringLiteral(" Value "), QString()});
    QCOMPARE(t.columnName(0), QStringLiteral("Value"));
    QCOMPARE(t.columnName(1), QStringLiteral("B"));
    QCOMPARE(t.columnName(4), QStringLiteral("E"));
}

QTEST_APPLESS_MAIN(TestSourceTable)
#include "tst_sourcetable.moc"
