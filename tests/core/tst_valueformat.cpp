// The one place values are written: each unit, money, percentages, dates, periods and status words, for people and
// machines.
#include "core/valueformat.h"

#include <QSet>
#include <QTest>

using namespace assure;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(assure::Unit)
Q_DECLARE_METATYPE(assure::Period)

namespace {

const QLocale kBritish(QLocale::English, QLocale::UnitedKingdom);
const QLocale kGerman(QLocale::German, QLocale::Germany);

std::optional<double> none()
{
    return std::nullopt;
}

std::optional<double> some(double v)
{
    return v;
}

} // namespace

class TestValueFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void value_data();
    void value();
    void achievement_data();
    void achievement();
    void money_data();
    void money();
    void figure_data();
    void figure();
    void counts_data();
    void counts();
    void dataSizes_data();
    void dataSizes();
    void rounded_data();
    void rounded();
    void fractionAsPercent_data();
    void fractionAsPercent();
    void exact_data();
    void exact();
    void read_data();
    void read();
    void roundTrip_data();
    void roundTrip();
    void axisLabels_data();
    void axisLabels();
    void defaultLocale();
    void dates_data();
    void dates();
    void monthNames();
    void periods_data();
    void periods();
    void statusWords();
    void machineNumbers_data();
    void machineNumbers();
    void machineDates();
    void machineKeys();
};

void TestValueFormat::initTestCase()
{
    // Local time is what people read; the machine forms are checked against UTC below.
    qputenv("TZ", "Europe/London");
}

void TestValueFormat::value_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("expected");

    const QLocale gb = kBritish;
    const QLocale de = kGerman;
    // Percentages: always one decimal, as the indicators table shows them.
    QTest::newRow("percent") << gb << Unit::Percent << some(87.5) << QStringLiteral("87.5%");
    QTest::newRow("percent whole") << gb << Unit::Percent << some(30) << QStringLiteral("30.0%");
    QTest::newRow("percent rounds up") << gb << Unit::Percent << some(87.46) << QStringLiteral("87.5%");
    QTest::newRow("percent rounds down") << gb << Unit::Percent << some(87.44) << QStringLiteral("87.4%");
    QTest::newRow("percent negative") << gb << Unit::Percent << some(-2.5) << QStringLiteral("-2.5%");
    QTest::newRow("percent rounds to zero") << gb << Unit::Percent << some(-0.04) << QStringLiteral("0.0%");
    QTest::newRow("percent over 100") << gb << Unit::Percent << some(1250) << QStringLiteral("1,250.0%");
    QTest::newRow("percent empty") << gb << Unit::Percent << none() << QString();
    QTest::newRow("percent de") << de << Unit::Percent << some(87.5) << QStringLiteral("87,5%");
    // Money: whole pounds, the pound sign before the figure.
    QTest::newRow("money") << gb << Unit::Money << some(420000) << QStringLiteral("£420,000");
    QTest::newRow("money pence round") << gb << Unit::Money << some(1234.56) << QStringLiteral("£1,235");
    QTest::newRow("money negative") << gb << Unit::Money << some(-1200) << QStringLiteral("-£1,200");
    QTest::newRow("money rounds to zero") << gb << Unit::Money << some(-0.4) << QStringLiteral("£0");
    QTest::newRow("money large") << gb << Unit::Money << some(1234567890) << QStringLiteral("£1,234,567,890");
    QTest::newRow("money empty") << gb << Unit::Money << none() << QString();
    QTest::newRow("money de: still pounds") << de << Unit::Money << some(420000) << QStringLiteral("£420.000");
    QTest::newRow("money de negative") << de << Unit::Money << some(-1200) << QStringLiteral("-£1.200");
    // Rates: one decimal.
    QTest::newRow("rate") << gb << Unit::Rate << some(4.24) << QStringLiteral("4.2");
    QTest::newRow("rate whole") << gb << Unit::Rate << some(12) << QStringLiteral("12.0");
    QTest::newRow("rate negative") << gb << Unit::Rate << some(-3.16) << QStringLiteral("-3.2");
    QTest::newRow("rate large") << gb << Unit::Rate << some(1234.56) << QStringLiteral("1,234.6");
    QTest::newRow("rate de") << de << Unit::Rate << some(1234.56) << QStringLiteral("1.234,6");
    QTest::newRow("rate empty") << gb << Unit::Rate << none() << QString();
    // Counts and days: whole when whole, else one decimal.
    QTest::newRow("count") << gb << Unit::Count << some(12) << QStringLiteral("12");
    QTest::newRow("count part") << gb << Unit::Count << some(12.5) << QStringLiteral("12.5");
    QTest::newRow("count rounds to whole") << gb << Unit::Count << some(2.96) << QStringLiteral("3");
    QTest::newRow("count rounds to tenth") << gb << Unit::Count << some(2.94) << QStringLiteral("2.9");
    QTest::newRow("count negative") << gb << Unit::Count << some(-4) << QStringLiteral("-4");
    QTest::newRow("count zero") << gb << Unit::Count << some(0) << QStringLiteral("0");
    QTest::newRow("count large") << gb << Unit::Count << some(1234567) << QStringLiteral("1,234,567");
    QTest::newRow("count large de") << de << Unit::Count << some(1234567) << QStringLiteral("1.234.567");
    QTest::newRow("count empty") << gb << Unit::Count << none() << QString();
    QTest::newRow("days") << gb << Unit::Days << some(14) << QStringLiteral("14");
    QTest::newRow("days part") << gb << Unit::Days << some(3.5) << QStringLiteral("3.5");
    QTest::newRow("days part de") << de << Unit::Days << some(3.5) << QStringLiteral("3,5");
    QTest::newRow("days negative part") << gb << Unit::Days << some(-0.5) << QStringLiteral("-0.5");
    QTest::newRow("days empty") << gb << Unit::Days << none() << QString();
}

void TestValueFormat::value()
{
    QFETCH(QLocale, locale);
    QFETCH(Unit, unit);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).value(unit, value), expected);
}

void TestValueFormat::achievement_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<std::optional<double>>("fraction");
    QTest::addColumn<QString>("expected");
    QTest::newRow("at green") << kBritish << some(0.95) << QStringLiteral("95.0%");
    QTest::newRow("over") << kBritish << some(1.1) << QStringLiteral("110.0%");
    QTest::newRow("rounded") << kBritish << some(2.0 / 3.0) << QStringLiteral("66.7%");
    QTest::newRow("nothing") << kBritish << some(0) << QStringLiteral("0.0%");
    QTest::newRow("empty") << kBritish << none() << QString();
    QTest::newRow("de") << kGerman << some(0.875) << QStringLiteral("87,5%");
}

void TestValueFormat::achievement()
{
    QFETCH(QLocale, locale);
    QFETCH(std::optional<double>, fraction);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).achievement(fraction), expected);
}

void TestValueFormat::money_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("pounds");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("pence") << kBritish << 1200.5 << 2 << QStringLiteral("£1,200.50");
    QTest::newRow("negative pence") << kBritish << -1200.5 << 2 << QStringLiteral("-£1,200.50");
    QTest::newRow("de pence") << kGerman << 1200.5 << 2 << QStringLiteral("£1.200,50");
    QTest::newRow("whole") << kBritish << 3.0 << 0 << QStringLiteral("£3");
}

void TestValueFormat::money()
{
    QFETCH(QLocale, locale);
    QFETCH(double, pounds);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).money(pounds, decimals), expected);
}

void TestValueFormat::figure_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("significant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("decimal") << kBritish << 82.5 << 6 << QStringLiteral("82.5");
    QTest::newRow("whole") << kBritish << 75.0 << 6 << QStringLiteral("75");
    QTest::newRow("zero") << kBritish << 0.0 << 6 << QStringLiteral("0");
    QTest::newRow("negative") << kBritish << -3.25 << 6 << QStringLiteral("-3.25");
    QTest::newRow("six digits") << kBritish << 123.4567891 << 6 << QStringLiteral("123.457");
    QTest::newRow("twelve digits") << kBritish << 1234.56789012345 << 12 << QStringLiteral("1,234.56789012");
    QTest::newRow("noise dropped") << kBritish << 0.1 + 0.2 << 6 << QStringLiteral("0.3");
    QTest::newRow("large, no exponent") << kBritish << 1234567.0 << 6 << QStringLiteral("1,234,570");
    QTest::newRow("large, all digits") << kBritish << 1234567.0 << 12 << QStringLiteral("1,234,567");
    QTest::newRow("small, no exponent") << kBritish << 0.000012345678 << 6 << QStringLiteral("0.0000123457");
    QTest::newRow("tiny negative") << kBritish << -1e-20 << 6 << QStringLiteral("-0.00000000000000000001");
    QTest::newRow("de") << kGerman << 1234.5 << 6 << QStringLiteral("1.234,5");
}

void TestValueFormat::figure()
{
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(int, significant);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).figure(value, significant), expected);
}

void TestValueFormat::counts_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("n");
    QTest::addColumn<QString>("shown");
    QTest::newRow("none") << kBritish << qint64(0) << QStringLiteral("0");
    QTest::newRow("few") << kBritish << qint64(12) << QStringLiteral("12");
    QTest::newRow("thousands") << kBritish << qint64(1234567) << QStringLiteral("1,234,567");
    QTest::newRow("de_DE") << kGerman << qint64(1234567) << QStringLiteral("1.234.567");
    QTest::newRow("beyond an int") << kBritish << qint64(5000000000) << QStringLiteral("5,000,000,000");
}

void TestValueFormat::counts()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, n);
    QFETCH(QString, shown);
    QCOMPARE(ValueFormat(locale).count(n), shown);
}

void TestValueFormat::dataSizes_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("shown");
    QTest::newRow("bytes") << kBritish << qint64(900) << QStringLiteral("900 bytes");
    QTest::newRow("KiB") << kBritish << qint64(1500) << QStringLiteral("1.46 KiB");
    QTest::newRow("MiB") << kBritish << qint64(3 * 1024 * 1024) << QStringLiteral("3.00 MiB");
    QTest::newRow("de_DE") << kGerman << qint64(1500) << QStringLiteral("1,46 KiB");
}

void TestValueFormat::dataSizes()
{
    QFETCH(QLocale, locale);
    QFETCH(qint64, bytes);
    QFETCH(QString, shown);
    QCOMPARE(ValueFormat(locale).dataSize(bytes), shown);
}

void TestValueFormat::rounded_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("half") << kBritish << 87.5 << 2 << QStringLiteral("87.5");
    QTest::newRow("whole") << kBritish << 12.0 << 2 << QStringLiteral("12");
    QTest::newRow("quarter") << kBritish << 0.25 << 2 << QStringLiteral("0.25");
    QTest::newRow("rounded") << kBritish << 2.0 / 3.0 << 2 << QStringLiteral("0.67");
    QTest::newRow("noise") << kBritish << 0.1 * 3 << 2 << QStringLiteral("0.3");
    QTest::newRow("negative to zero") << kBritish << -0.001 << 2 << QStringLiteral("0");
    QTest::newRow("negative") << kBritish << -12.345678 << 1 << QStringLiteral("-12.3");
    QTest::newRow("large") << kBritish << 9876543.21 << 0 << QStringLiteral("9,876,543");
    QTest::newRow("de") << kGerman << 1234.5 << 2 << QStringLiteral("1.234,5");
}

void TestValueFormat::rounded()
{
    QFETCH(QLocale, locale);
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).rounded(value, decimals), expected);
}

void TestValueFormat::fractionAsPercent_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<QString>("expected");
    QTest::newRow("green") << kBritish << 0.95 << QStringLiteral("95%");
    QTest::newRow("blue margin") << kBritish << 1 + 0.1 << QStringLiteral("110%");
    QTest::newRow("a half point") << kBritish << 0.875 << QStringLiteral("87.5%");
    QTest::newRow("four digits") << kBritish << 1.0 / 3.0 << QStringLiteral("33.33%");
    QTest::newRow("de") << kGerman << 0.875 << QStringLiteral("87,5%");
}

void TestValueFormat::fractionAsPercent()
{
    QFETCH(QLocale, locale);
    QFETCH(double, fraction);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).fractionAsPercent(fraction), expected);
}

void TestValueFormat::exact_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<std::optional<double>>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("decimal") << kBritish << some(87.5) << QStringLiteral("87.5");
    QTest::newRow("no unit") << kBritish << some(420000) << QStringLiteral("420,000");
    QTest::newRow("ten digits") << kBritish << some(2.0 / 3.0) << QStringLiteral("0.6666666667");
    QTest::newRow("negative") << kBritish << some(-12.25) << QStringLiteral("-12.25");
    QTest::newRow("empty") << kBritish << none() << QString();
    QTest::newRow("de") << kGerman << some(1234.5) << QStringLiteral("1.234,5");
}

void TestValueFormat::exact()
{
    QFETCH(QLocale, locale);
    QFETCH(std::optional<double>, value);
    QFETCH(QString, expected);
    QCOMPARE(ValueFormat(locale).exact(value), expected);
}

void TestValueFormat::read_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("readable");
    QTest::addColumn<std::optional<double>>("number");
    const QLocale gb = kBritish;
    const QLocale de = kGerman;
    QTest::newRow("plain") << gb << QStringLiteral("87.5") << true << some(87.5);
    QTest::newRow("percent") << gb << QStringLiteral("87.5%") << true << some(87.5);
    QTest::newRow("percent spaced") << gb << QStringLiteral(" 21.4 % ") << true << some(21.4);
    QTest::newRow("thousands") << gb << QStringLiteral("1,234") << true << some(1234);
    QTest::newRow("pounds") << gb << QStringLiteral("£1,250") << true << some(1250);
    QTest::newRow("pounds negative") << gb << QStringLiteral("-£1,200") << true << some(-1200);
    QTest::newRow("blank clears") << gb << QStringLiteral("  ") << true << none();
    QTest::newRow("misplaced comma") << gb << QStringLiteral("12,34") << false << none();
    QTest::newRow("decimal comma") << gb << QStringLiteral("87,5") << false << none();
    QTest::newRow("words") << gb << QStringLiteral("n/a") << false << none();
    QTest::newRow("infinity") << gb << QStringLiteral("inf") << false << none();
    QTest::newRow("de decimal comma") << de << QStringLiteral("87,5") << true << some(87.5);
    QTest::newRow("de thousands") << de << QStringLiteral("1.234,5") << true << some(1234.5);
    QTest::newRow("de percent") << de << QStringLiteral("87,5%") << true << some(87.5);
    QTest::newRow("de money") << de << QStringLiteral("£420.000") << true << some(420000);
    QTest::newRow("de point refused, not 875") << de << QStringLiteral("87.5") << false << none();
}

void TestValueFormat::read()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, typed);
    QFETCH(bool, readable);
    QFETCH(std::optional<double>, number);
    std::optional<double> out = -1.0; // untouched when unreadable
    QCOMPARE(ValueFormat(locale).read(typed, &out), readable);
    QCOMPARE(out, readable ? number : some(-1.0));
}

void TestValueFormat::roundTrip_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<double>("value");
    for (const QLocale &locale : {kBritish, kGerman}) {
        const QByteArray name = locale.name().toLatin1();
        QTest::newRow(name + " percent") << locale << Unit::Percent << 87.5;
        QTest::newRow(name + " money") << locale << Unit::Money << -420000.0;
        QTest::newRow(name + " rate") << locale << Unit::Rate << 1234.5;
        QTest::newRow(name + " count") << locale << Unit::Count << 1234567.0;
        QTest::newRow(name + " days") << locale << Unit::Days << 3.5;
    }
}

void TestValueFormat::roundTrip()
{
    QFETCH(QLocale, locale);
    QFETCH(Unit, unit);
    QFETCH(double, value);
    const ValueFormat f(locale);
    // What a cell shows, and what its edit box holds, read back as the figure.
    for (const QString &text : {f.value(unit, value), f.exact(value)}) {
        std::optional<double> back;
        QVERIFY2(f.read(text, &back), qPrintable(text));
        QCOMPARE(back, some(value));
    }
}

void TestValueFormat::axisLabels_data()
{
    QTest::addColumn<Unit>("unit");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("percent") << Unit::Percent << 1 << QStringLiteral("%.1f%") << QString() << QStringLiteral("%");
    QTest::newRow("money") << Unit::Money << 0 << QStringLiteral("£%.0f") << QStringLiteral("£") << QString();
    QTest::newRow("count") << Unit::Count << 0 << QStringLiteral("%.0f") << QString() << QString();
    QTest::newRow("rate") << Unit::Rate << 2 << QStringLiteral("%.2f") << QString() << QString();
    QTest::newRow("days") << Unit::Days << 1 << QStringLiteral("%.1f") << QString() << QString();
}

void TestValueFormat::axisLabels()
{
    QFETCH(Unit, unit);
    QFETCH(int, decimals);
    QFETCH(QString, format);
    QFETCH(QString, prefix);
    QFETCH(QString, suffix);
    for (const QLocale &locale : {kBritish, kGerman}) {
        const ValueFormat f(locale);
        QCOMPARE(f.axisLabelFormat(unit, decimals), format);
        QCOMPARE(f.unitPrefix(unit), prefix);
        QCOMPARE(f.unitSuffix(unit), suffix);
        // The axis and the table agree on what surrounds the figure.
        const QString shown = f.value(unit, 5);
        QVERIFY2(shown.startsWith(prefix) && shown.endsWith(suffix), qPrintable(shown));
    }
}

void TestValueFormat::defaultLocale()
{
    const QLocale before;
    QLocale::setDefault(kGerman);
    QCOMPARE(ValueFormat().value(Unit::Percent, 87.5), QStringLiteral("87,5%"));
    QCOMPARE(ValueFormat().locale(), kGerman);
    QLocale::setDefault(kBritish);
    QCOMPARE(ValueFormat().value(Unit::Money, 1250), QStringLiteral("£1,250"));
    QLocale::setDefault(before);
}

void TestValueFormat::dates_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("day");
    QTest::addColumn<QString>("dayAndTime");
    const QDateTime autumn(QDate(2026, 9, 30), QTime(14, 5), Qt::LocalTime);
    const QDateTime winter(QDate(2027, 1, 4), QTime(9, 0), Qt::LocalTime);
    QTest::newRow("en_GB") << kBritish << autumn << QStringLiteral("30/09/2026") << QStringLiteral("30/09/2026 14:05");
    QTest::newRow("en_GB winter") << kBritish << winter << QStringLiteral("04/01/2027")
                                  << QStringLiteral("04/01/2027 09:00");
    QTest::newRow("de_DE") << kGerman << autumn << QStringLiteral("30.09.26") << QStringLiteral("30.09.26 14:05");
    QTest::newRow("from UTC, shown local") << kBritish << QDateTime(QDate(2026, 9, 30), QTime(13, 5), Qt::UTC)
                                           << QStringLiteral("30/09/2026") << QStringLiteral("30/09/2026 14:05");
    QTest::newRow("none") << kBritish << QDateTime() << QString() << QString();
}

void TestValueFormat::dates()
{
    QFETCH(QLocale, locale);
    QFETCH(QDateTime, moment);
    QFETCH(QString, day);
    QFETCH(QString, dayAndTime);
    const ValueFormat f(locale);
    QCOMPARE(f.date(moment.toLocalTime().date()), day);
    QCOMPARE(f.dateTime(moment), dayAndTime);
    // The time alone is the moment's last words: "14:05".
    QCOMPARE(f.time(moment.toLocalTime().time()), dayAndTime.section(QLatin1Char(' '), 1));
}

void TestValueFormat::monthNames()
{
    QCOMPARE(ValueFormat(kBritish).monthName(1), QStringLiteral("January"));
    QCOMPARE(ValueFormat(kBritish).monthName(9), QStringLiteral("September"));
    QCOMPARE(ValueFormat(kGerman).monthName(3), QStringLiteral("März"));
    QVERIFY(ValueFormat(kBritish).monthName(0).isEmpty());
    QVERIFY(ValueFormat(kBritish).monthName(13).isEmpty());
}

void TestValueFormat::periods_data()
{
    QTest::addColumn<Period>("period");
    QTest::addColumn<QString>("label");
    QTest::newRow("year") << Period::year(2026) << QStringLiteral("2026/27");
    QTest::newRow("quarter") << Period::quarter(2026, 2) << QStringLiteral("2026/27 Q2");
    QTest::newRow("month") << Period::month(2026, 9) << QStringLiteral("Sep 2026");
    QTest::newRow("calendar year") << Period::year(2026, 1) << QStringLiteral("2026");
}

void TestValueFormat::periods()
{
    QFETCH(Period, period);
    QFETCH(QString, label);
    QCOMPARE(ValueFormat::period(period), label);
    QCOMPARE(machine::period(period), label);
    // The machine form reads back, so a script can pass it to --period.
    const std::optional<Period> back = Period::parse(machine::period(period), period.fyStartMonth());
    QVERIFY(back);
    QVERIFY(*back == period);
}

void TestValueFormat::statusWords()
{
    QCOMPARE(ValueFormat::rag(Rag::Green), QStringLiteral("Green"));
    QCOMPARE(ValueFormat::rag(Rag::NotApplicable), QStringLiteral("N/A"));
    QCOMPARE(ValueFormat::rag(Rag::NoData), QStringLiteral("No data"));
    QCOMPARE(ValueFormat::trend(Trend::Improving), QStringLiteral("▲ Improving"));
    QCOMPARE(ValueFormat::trend(Trend::Steady), QStringLiteral("▶ Steady"));
    QCOMPARE(ValueFormat::trend(Trend::Worsening), QStringLiteral("▼ Worsening"));
    QCOMPARE(ValueFormat::variation(SpcVariation::ConcernHigh), QStringLiteral("Special cause concern: high values"));
    QCOMPARE(ValueFormat::variationShort(SpcVariation::CommonCause), QStringLiteral("Common cause"));
    QCOMPARE(ValueFormat::variationShort(SpcVariation::ImprovementLow), QStringLiteral("Improving ▼"));
    QCOMPARE(ValueFormat::variationShort(SpcVariation::NeutralHigh), QStringLiteral("Special ▲"));
    QCOMPARE(ValueFormat::assurance(SpcAssurance::Fail), QStringLiteral("Consistently fails the target"));
    QCOMPARE(ValueFormat::assuranceShort(SpcAssurance::Pass), QStringLiteral("Meets"));
    QCOMPARE(ValueFormat::assuranceShort(SpcAssurance::Inconsistent), QStringLiteral("Hit and miss"));
    // Every short form has words of its own.
    QSet<QString> shortWords;
    for (const auto v :
         {SpcVariation::CommonCause, SpcVariation::ImprovementHigh, SpcVariation::ImprovementLow,
          SpcVariation::ConcernHigh, SpcVariation::ConcernLow, SpcVariation::NeutralHigh, SpcVariation::NeutralLow})
        shortWords.insert(ValueFormat::variationShort(v));
    QCOMPARE(shortWords.size(), 7);
    QVERIFY(!shortWords.contains(QString()));
}

void TestValueFormat::machineNumbers_data()
{
    QTest::addColumn<std::optional<double>>("value");
    QTest::newRow("unrounded") << some(2.0 / 3.0);
    QTest::newRow("noise kept") << some(0.1 + 0.2);
    QTest::newRow("negative") << some(-1200.5);
    QTest::newRow("large") << some(1234567890.125);
    QTest::newRow("zero") << some(0);
    QTest::newRow("empty") << none();
}

void TestValueFormat::machineNumbers()
{
    QFETCH(std::optional<double>, value);
    // Whatever the locale: a machine reads numbers, not someone's way of writing them.
    QLocale::setDefault(kGerman);
    const QJsonValue json = machine::number(value);
    QLocale::setDefault(kBritish);
    if (!value) {
        QVERIFY(json.isNull());
        return;
    }
    QVERIFY(json.isDouble());
    QCOMPARE(json.toDouble(), *value); // exactly: not rounded for show
}

void TestValueFormat::machineDates()
{
    QCOMPARE(machine::date(QDate(2026, 9, 30)), QJsonValue(QStringLiteral("2026-09-30")));
    QVERIFY(machine::date(QDate()).isNull());
    // Moments in UTC whatever the local time: 14:05 in London in September is 13:05 UTC.
    QCOMPARE(machine::dateTime(QDateTime(QDate(2026, 9, 30), QTime(14, 5), Qt::LocalTime)),
             QJsonValue(QStringLiteral("2026-09-30T13:05:00Z")));
    QCOMPARE(machine::dateTime(QDateTime(QDate(2027, 1, 4), QTime(9, 0), Qt::LocalTime)),
             QJsonValue(QStringLiteral("2027-01-04T09:00:00Z")));
    QVERIFY(machine::dateTime(QDateTime()).isNull());
}

void TestValueFormat::machineKeys()
{
    QCOMPARE(machine::key(Rag::Amber), QStringLiteral("amber"));
    QCOMPARE(machine::key(Rag::NoData), QStringLiteral("no_data"));
    QCOMPARE(machine::key(Trend::Steady), QStringLiteral("steady"));
    QCOMPARE(machine::key(SpcVariation::ImprovementHigh), QStringLiteral("improvement_high"));
    QCOMPARE(machine::key(SpcAssurance::Inconsistent), QStringLiteral("inconsistent"));
    QCOMPARE(machine::key(SpcRule::TwoOfThree), QStringLiteral("two_of_three"));
    QCOMPARE(machine::key(SpcPointType::Concern), QStringLiteral("concern"));
    QCOMPARE(machine::key(std::optional<Trend>(Trend::Worsening)), QJsonValue(QStringLiteral("worsening")));
    QVERIFY(machine::key(std::optional<Trend>()).isNull());
    QVERIFY(machine::key(std::optional<SpcRule>()).isNull());
    // Keys are the same whatever the words: each key reads back to its status.
    for (const Rag r : allRags())
        QCOMPARE(ragFromKey(machine::key(r)), std::optional<Rag>(r));
    for (const Trend t : allTrends())
        QCOMPARE(trendFromKey(machine::key(t)), std::optional<Trend>(t));
}

QTEST_GUILESS_MAIN(TestValueFormat)
#include "tst_valueformat.moc"
