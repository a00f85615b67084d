// Tolerant number and date reading, and number printing, for spreadsheet cells.
#include "interchange/cellparse.h"

#include <QTest>

using assure::CellState;
using assure::formatExcelNumber;
using assure::formatNumber;
using assure::parseDate;
using assure::parseNumber;

class TestCellParse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers_data();
    void numbers();
    void notNumbers_data();
    void notNumbers();
    void blankIsNotInvalid_data();
    void blankIsNotInvalid();
    void dates_data();
    void dates();
    void notDates_data();
    void notDates();
    void formatNumber_data();
    void formatNumber();
    void formatExcelNumber_data();
    void formatExcelNumber();
};

void TestCellParse::numbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("percent");
    QTest::newRow("thousands") << QStringLiteral("1,234") << 1234.0 << false;
    QTest::newRow("millions") << QStringLiteral("1,234,567.89") << 1234567.89 << false;
    QTest::newRow("decimal") << QStringLiteral("1234.5") << 1234.5 << false;
    QTest::newRow("spaces around") << QStringLiteral(" 12 ") << 12.0 << false;
    QTest::newRow("no-break spaces") << QStringLiteral("\u00A012\u00A0") << 12.0 << false;
    QTest::newRow("percent") << QStringLiteral("87.5%") << 87.5 << true;
    QTest::newRow("percent after space") << QStringLiteral("12 %") << 12.0 << true;
    QTest::newRow("pounds") << QStringLiteral("£1,200.50") << 1200.5 << false;
    QTest::newRow("pounds after space") << QStringLiteral("£ 3") << 3.0 << false;
    QTest::newRow("negative") << QStringLiteral("-3") << -3.0 << false;
    QTest::newRow("plus") << QStringLiteral("+5") << 5.0 << false;
    QTest::newRow("minus sign") << QStringLiteral("\u22123") << -3.0 << false;
    QTest::newRow("sign before pound") << QStringLiteral("-£3") << -3.0 << false;
    QTest::newRow("sign after pound") << QStringLiteral("£-3") << -3.0 << false;
    QTest::newRow("accounting negative") << QStringLiteral("(12)") << -12.0 << false;
    QTest::newRow("accounting pounds") << QStringLiteral("(£1,200)") << -1200.0 << false;
    QTest::newRow("leading point") << QStringLiteral(".5") << 0.5 << false;
    QTest::newRow("trailing point") << QStringLiteral("5.") << 5.0 << false;
    QTest::newRow("exponent") << QStringLiteral("1.5E+3") << 1500.0 << false;
    QTest::newRow("zero") << QStringLiteral("0") << 0.0 << false;
    QTest::newRow("negative zero") << QStringLiteral("-0") << 0.0 << false;
    QTest::newRow("negative percent") << QStringLiteral("-2.5%") << -2.5 << true;
}

void TestCellParse::numbers()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    QFETCH(bool, percent);
    const auto parsed = parseNumber(text);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QCOMPARE(parsed.value, value);
    QCOMPARE(parsed.percent, percent);
    QVERIFY(parsed.error.isEmpty());
    QVERIFY(!std::signbit(parsed.value) || value < 0);
}

void TestCellParse::notNumbers_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("n/a") << QStringLiteral("n/a") << QStringLiteral("“n/a” is not a number");
    QTest::newRow("dash") << QStringLiteral("-") << QStringLiteral("“-” is not a number");
    QTest::newRow("pound alone") << QStringLiteral("£") << QStringLiteral("“£” is not a number");
    QTest::newRow("percent alone") << QStringLiteral("%") << QStringLiteral("“%” is not a number");
    QTest::newRow("letters after")
        << QStringLiteral("12abc") << QStringLiteral("“12abc” is not a number: “abc” is not part of a number");
    QTest::newRow("two numbers")
        << QStringLiteral("1 234") << QStringLiteral("“234” is not part of a number");
    QTest::newRow("decimal comma") << QStringLiteral("12,34") << QStringLiteral("commas may only separate thousands");
    QTest::newRow("european") << QStringLiteral("1.234,5") << QStringLiteral("commas may only separate thousands");
    QTest::newRow("long group") << QStringLiteral("1,2345") << QStringLiteral("commas may only separate thousands");
    QTest::newRow("leading comma") << QStringLiteral(",5") << QStringLiteral("commas may only separate thousands");
    QTest::newRow("sign in brackets") << QStringLiteral("(-12)") << QStringLiteral("“(-12)” is not a number");
    QTest::newRow("too large") << QStringLiteral("1e999") << QStringLiteral("too large");
    QTest::newRow("two percents") << QStringLiteral("5%%") << QStringLiteral("“%” is not part of a number");
}

void TestCellParse::notNumbers()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = parseNumber(text);
    QCOMPARE(parsed.state, CellState::Invalid);
    QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
}

void TestCellParse::blankIsNotInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("null") << QString();
    QTest::newRow("empty") << QStringLiteral("");
    QTest::newRow("spaces") << QStringLiteral("   ");
    QTest::newRow("tab and no-break space") << QStringLiteral("\t\u00A0");
}

void TestCellParse::blankIsNotInvalid()
{
    QFETCH(QString, text);
    const auto number = parseNumber(text);
    QVERIFY(number.isBlank());
    QVERIFY(number.error.isEmpty());
    const auto date = parseDate(text);
    QVERIFY(date.isBlank());
    QVERIFY(date.error.isEmpty());
}

void TestCellParse::dates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    const QDate sep30(2026, 9, 30);
    QTest::newRow("slashes") << QStringLiteral("30/09/2026") << sep30;
    QTest::newRow("dashes") << QStringLiteral("30-09-2026") << sep30;
    QTest::newRow("dots") << QStringLiteral("30.09.2026") << sep30;
    QTest::newRow("ISO") << QStringLiteral("2026-09-30") << sep30;
    QTest::newRow("ISO with slashes") << QStringLiteral("2026/09/30") << sep30;
    QTest::newRow("short month") << QStringLiteral("30 Sep 2026") << sep30;
    QTest::newRow("short month dashes") << QStringLiteral("30-Sep-2026") << sep30;
    QTest::newRow("Sept") << QStringLiteral("30 Sept 2026") << sep30;
    QTest::newRow("long month") << QStringLiteral("30 September 2026") << sep30;
    QTest::newRow("lower case") << QStringLiteral("30 september 2026") << sep30;
    QTest::newRow("ordinal") << QStringLiteral("30th September 2026") << sep30;
    QTest::newRow("month first") << QStringLiteral("Sep 30, 2026") << sep30;
    QTest::newRow("two-digit year") << QStringLiteral("30/09/26") << sep30;
    QTest::newRow("Excel d-mmm-yy") << QStringLiteral("30-Sep-26") << sep30;
    QTest::newRow("two-digit 1900s") << QStringLiteral("01/01/95") << QDate(1995, 1, 1);
    QTest::newRow("single digits are day first") << QStringLiteral("1/4/2026") << QDate(2026, 4, 1);
    QTest::newRow("with midnight") << QStringLiteral("30/09/2026 00:00") << sep30;
    QTest::newRow("ISO date-time") << QStringLiteral("2026-09-30T00:00:00") << sep30;
    QTest::newRow("spaces") << QStringLiteral("  30 Sep  2026 ") << sep30;
    QTest::newRow("leap day") << QStringLiteral("29/02/2028") << QDate(2028, 2, 29);
}

void TestCellParse::dates()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const auto parsed = parseDate(text);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error));
    QCOMPARE(parsed.date, date);
}

void TestCellParse::notDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("31 February") << QStringLiteral("31/02/2026") << QStringLiteral("2026 has 28 days");
    QTest::newRow("29 February, not leap") << QStringLiteral("29/02/2027") << QStringLiteral("2027 has 28 days");
    QTest::newRow("31 September") << QStringLiteral("2026-09-31") << QStringLiteral("2026 has 30 days");
    QTest::newRow("day zero") << QStringLiteral("00/01/2026") << QStringLiteral("2026 has 31 days");
    QTest::newRow("American order")
        << QStringLiteral("09/30/2026") << QStringLiteral("there is no month 30 (dates are read day first");
    QTest::newRow("misspelt month") << QStringLiteral("30 Sepember 2026") << QStringLiteral("“Sepember” is not a month");
    QTest::newRow("words") << QStringLiteral("yesterday") << QStringLiteral("write it as 30/09/2026 or 2026-09-30");
    QTest::newRow("number") << QStringLiteral("46295") << QStringLiteral("is not a date");
    QTest::newRow("mixed separators") << QStringLiteral("30/09-2026") << QStringLiteral("is not a date");
    QTest::newRow("too early") << QStringLiteral("30/09/1800") << QStringLiteral("the year 1800 is out of range");
}

void TestCellParse::notDates()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = parseDate(text);
    QCOMPARE(parsed.state, CellState::Invalid);
    QVERIFY2(parsed.error.contains(reason), qPrintable(parsed.error));
}

void TestCellParse::formatNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("integer") << 1234.0 << QStringLiteral("1234");
    QTest::newRow("decimal") << 87.5 << QStringLiteral("87.5");
    QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("negative") << -3.25 << QStringLiteral("-3.25");
    QTest::newRow("negative zero") << -0.0 << QStringLiteral("0");
    QTest::newRow("noise kept") << 0.30000000000000004 << QStringLiteral("0.30000000000000004");
    QTest::newRow("large plain") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("huge") << 1e21 << QStringLiteral("1e+21");
    QTest::newRow("small plain") << 0.000001 << QStringLiteral("0.000001");
    QTest::newRow("tiny") << 1.5e-8 << QStringLiteral("1.5e-08");
}

void TestCellParse::formatNumber()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(assure::formatNumber(value), text);
    QCOMPARE(assure::formatNumber(value).toDouble(), value);
}

void TestCellParse::formatExcelNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("shift");
    QTest::addColumn<QString>("text");
    QTest::newRow("formula noise") << 0.30000000000000004 << 0 << QStringLiteral("0.3");
    QTest::newRow("two thirds") << 2.0 / 3.0 << 0 << QStringLiteral("0.666666666666667");
    QTest::newRow("integer") << 1234.0 << 0 << QStringLiteral("1234");
    QTest::newRow("percent exact") << 0.875 << 2 << QStringLiteral("87.5");
    QTest::newRow("percent not 7.000000000000001") << 0.07 << 2 << QStringLiteral("7");
    QTest::newRow("percent over 100") << 1.25 << 2 << QStringLiteral("125");
    QTest::newRow("small percent") << 0.0005 << 2 << QStringLiteral("0.05");
    QTest::newRow("fifteen digits") << 123456789012345678.0 << 0 << QStringLiteral("123456789012346000");
}

void TestCellParse::formatExcelNumber()
{
    QFETCH(double, value);
    QFETCH(int, shift);
    QFETCH(QString, text);
    QCOMPARE(assure::formatExcelNumber(value, shift), text);
}

QTEST_APPLESS_MAIN(TestCellParse)
#include "tst_cellparse.moc"
