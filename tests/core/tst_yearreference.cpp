// References numbered by year ("A-2026-014"): the next one follows the highest of that prefix and year.
#include "core/yearreference.h"

#include <QTest>

using namespace assure;

class TestYearReference final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void next_data();
    void next();
};

void TestYearReference::next_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("inUse");
    QTest::addColumn<QString>("expected");
    QTest::newRow("first of the year") << QStringLiteral("A") << QStringList() << QStringLiteral("A-2026-001");
    QTest::newRow("after the highest, not the count")
        << QStringLiteral("A") << QStringList{QStringLiteral("A-2026-002"), QStringLiteral("A-2026-014")}
        << QStringLiteral("A-2026-015");
    QTest::newRow("other years and prefixes ignored")
        << QStringLiteral("A")
        << QStringList{QStringLiteral("A-2025-090"), QStringLiteral("AU-2026-040"), QStringLiteral("X-A-2026-050")}
        << QStringLiteral("A-2026-001");
    QTest::newRow("case and spaces") << QStringLiteral("AU") << QStringList{QStringLiteral(" au-2026-007 ")}
                                     << QStringLiteral("AU-2026-008");
    QTest::newRow("past three digits") << QStringLiteral("A") << QStringList{QStringLiteral("A-2026-999")}
                                       << QStringLiteral("A-2026-1000");
    QTest::newRow("hand-made references left alone")
        << QStringLiteral("A") << QStringList{QStringLiteral("A-2026-7b"), QStringLiteral("Neglect 1")}
        << QStringLiteral("A-2026-001");
}

void TestYearReference::next()
{
    QFETCH(QString, prefix);
    QFETCH(QStringList, inUse);
    QFETCH(QString, expected);
    YearReference refs(prefix, 2026);
    for (const QString &ref : inUse)
        refs.note(ref);
    QCOMPARE(refs.next(), expected);
}

QTEST_GUILESS_MAIN(TestYearReference)
#include "tst_yearreference.moc"
