// Numbers as people type them into the indicator grid and editor: percentages, thousands, pounds, blanks, and refusals.
#include "models/indicators/measurementgridmodel.h"

#include <QTest>

#include <cmath>

using namespace assure;

Q_DECLARE_METATYPE(std::optional<double>)

class TestTypedNumber final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reads_data();
    void reads();
};

void TestTypedNumber::reads_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<std::optional<double>>("number");
    QTest::newRow("plain") << QStringLiteral("87.5") << true << std::optional<double>(87.5);
    QTest::newRow("percent") << QStringLiteral("87.5%") << true << std::optional<double>(87.5);
    QTest::newRow("thousands") << QStringLiteral("1,234") << true << std::optional<double>(1234);
    QTest::newRow("pounds") << QStringLiteral("£1,250") << true << std::optional<double>(1250);
    QTest::newRow("spaces") << QStringLiteral("  21.4 % ") << true << std::optional<double>(21.4);
    QTest::newRow("blank clears") << QStringLiteral("   ") << true << std::optional<double>();
    QTest::newRow("words") << QStringLiteral("n/a") << false << std::optional<double>();
    QTest::newRow("infinity") << QStringLiteral("inf") << false << std::optional<double>();
    QTest::newRow("not a number") << QStringLiteral("nan") << false << std::optional<double>();
}

void TestTypedNumber::reads()
{
    QFETCH(QString, typed);
    QFETCH(bool, readable);
    QFETCH(std::optional<double>, number);
    std::optional<double> out = -1.0; // untouched when unreadable
    QCOMPARE(parseTypedNumber(typed, &out), readable);
    if (readable)
        QCOMPARE(out, number);
    else
        QCOMPARE(out, std::optional<double>(-1.0));
}

QTEST_GUILESS_MAIN(TestTypedNumber)
#include "tst_typednumber.moc"
