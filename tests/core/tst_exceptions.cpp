// Exceptions for a period: red, a significant worsening, a special cause of concern, out of step
// with a benchmark; each alone, together, and at the edge of its margin.
#include "core/indicators/exceptions.h"

#include <QLocale>
#include <QTest>

using namespace assure;

namespace {

std::optional<double> given(double x)
{
    return qIsNaN(x) ? std::nullopt : std::optional<double>(x);
}

// "red", "worse_than_previous", "special_cause_concern", "out_of_step:national"...
QString kinds(const QList<ExceptionReason> &reasons)
{
    QStringList out;
    for (const ExceptionReason &r : reasons) {
        QString k = exceptionKindKey(r.kind);
        if (r.benchmark)
            k += QLatin1Char(':') + benchmarkKindKey(*r.benchmark);
        out << k;
        if (r.text.isEmpty())
            out << QStringLiteral("(no text)");
    }
    return out.join(QLatin1Char(','));
}

} // namespace

class TestExceptions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reasons_data();
    void reasons();
    void absoluteMargins();
    void texts();
};

void TestExceptions::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestExceptions::reasons_data()
{
    QTest::addColumn<int>("polarity");
    QTest::addColumn<QString>("rag");
    QTest::addColumn<double>("value");
    QTest::addColumn<double>("previous");
    QTest::addColumn<QString>("spc"); // point type key, or empty
    QTest::addColumn<double>("national");
    QTest::addColumn<double>("regional");
    QTest::addColumn<double>("neighbours");
    QTest::addColumn<QString>("expected");

    const int hi = int(Polarity::HigherIsBetter);
    const int lo = int(Polarity::LowerIsBetter);
    const int none = int(Polarity::None);
    const double nil = qQNaN();
    const QString green = QStringLiteral("green");

    QTest::newRow("nothing to report") << hi << green << 80.0 << 79.0 << QStringLiteral("common") << 78.0 << nil << nil
                                       << QString();
    QTest::newRow("red") << hi << QStringLiteral("red") << 80.0 << nil << QString() << nil << nil << nil
                         << QStringLiteral("red");
    QTest::newRow("amber is not an exception")
        << hi << QStringLiteral("amber") << 80.0 << nil << QString() << nil << nil << nil << QString();

    // Worse than the previous period by more than 10% (of the previous value).
    QTest::newRow("higher: 80 to 71.9") << hi << green << 71.9 << 80.0 << QString() << nil << nil << nil
                                        << QStringLiteral("worse_than_previous");
    QTest::newRow("higher: 80 to 72 (exactly 10%)")
        << hi << green << 72.0 << 80.0 << QString() << nil << nil << nil << QString();
    QTest::newRow("higher: 80 to 95 (better)")
        << hi << green << 95.0 << 80.0 << QString() << nil << nil << nil << QString();
    QTest::newRow("lower: 20 to 22.1") << lo << green << 22.1 << 20.0 << QString() << nil << nil << nil
                                       << QStringLiteral("worse_than_previous");
    QTest::newRow("lower: 20 to 22 (exactly 10%)")
        << lo << green << 22.0 << 20.0 << QString() << nil << nil << nil << QString();
    QTest::newRow("lower: 20 to 10 (better)")
        << lo << green << 10.0 << 20.0 << QString() << nil << nil << nil << QString();
    QTest::newRow("lower: 0 to 1") << lo << green << 1.0 << 0.0 << QString() << nil << nil << nil
                                   << QStringLiteral("worse_than_previous");
    QTest::newRow("no polarity: a big change is not worse")
        << none << QStringLiteral("na") << 10.0 << 80.0 << QString() << nil << nil << nil << QString();
    QTest::newRow("no previous value") << hi << green << 10.0 << nil << QString() << nil << nil << nil << QString();

    // A special cause of concern at this period; improvement and neutral are not exceptions.
    QTest::newRow("concern") << lo << green << 10.0 << nil << QStringLiteral("concern") << nil << nil << nil
                             << QStringLiteral("special_cause_concern");
    QTest::newRow("improvement") << lo << green << 10.0 << nil << QStringLiteral("improvement") << nil << nil << nil
                                 << QString();
    QTest::newRow("neutral") << none << QStringLiteral("na") << 10.0 << nil << QStringLiteral("neutral") << nil << nil
                             << nil << QString();

    // Out of step with a benchmark by more than 10% (of the benchmark), by polarity.
    // Higher: 60 against 70 (short by 10, more than 7), 65 (5, within 6.5) and 66.6 (6.6,
    // within 6.66).
    QTest::newRow("higher: below national")
        << hi << green << 60.0 << nil << QString() << 70.0 << 65.0 << 66.6 << QStringLiteral("out_of_step:national");
    QTest::newRow("higher: below all three")
        << hi << green << 50.0 << nil << QString() << 70.0 << 65.0 << 66.0
        << QStringLiteral("out_of_step:national,out_of_step:regional,out_of_step:statistical_neighbours");
    QTest::newRow("higher: above all three")
        << hi << green << 90.0 << nil << QString() << 70.0 << 65.0 << 66.0 << QString();
    QTest::newRow("higher: exactly 10% below")
        << hi << green << 63.0 << nil << QString() << 70.0 << nil << nil << QString();
    QTest::newRow("lower: above regional")
        << lo << green << 30.0 << nil << QString() << nil << 25.0 << nil << QStringLiteral("out_of_step:regional");
    QTest::newRow("lower: below neighbours")
        << lo << green << 20.0 << nil << QString() << nil << nil << 25.0 << QString();
    QTest::newRow("no polarity: far above") << none << QStringLiteral("na") << 90.0 << nil << QString() << 70.0 << nil
                                            << nil << QStringLiteral("out_of_step:national");
    QTest::newRow("no polarity: far below") << none << QStringLiteral("na") << 50.0 << nil << QString() << 70.0 << nil
                                            << nil << QStringLiteral("out_of_step:national");
    QTest::newRow("no polarity: close") << none << QStringLiteral("na") << 72.0 << nil << QString() << 70.0 << nil
                                        << nil << QString();
    QTest::newRow("no value") << hi << QStringLiteral("no_data") << nil << 80.0 << QString() << 70.0 << nil << nil
                              << QString();

    // Everything at once, in the report's order.
    QTest::newRow("all four") << hi << QStringLiteral("red") << 50.0 << 80.0 << QStringLiteral("concern") << 70.0 << nil
                              << nil
                              << QStringLiteral("red,worse_than_previous,special_cause_concern,out_of_step:national");
}

void TestExceptions::reasons()
{
    QFETCH(int, polarity);
    QFETCH(QString, rag);
    QFETCH(double, value);
    QFETCH(double, previous);
    QFETCH(QString, spc);
    QFETCH(double, national);
    QFETCH(double, regional);
    QFETCH(double, neighbours);
    QFETCH(QString, expected);

    ExceptionInput in;
    in.polarity = static_cast<Polarity>(polarity);
    in.rag = *ragFromKey(rag);
    in.value = given(value);
    in.previous = given(previous);
    if (!spc.isEmpty())
        in.spcPoint = spcPointTypeFromKey(spc);
    in.benchmark.national = given(national);
    in.benchmark.regional = given(regional);
    in.benchmark.statisticalNeighbours = given(neighbours);
    QCOMPARE(kinds(exceptionsFor(in)), expected);
}

void TestExceptions::absoluteMargins()
{
    // Five percentage points, either way of comparison.
    const Margin five{Margin::Kind::Absolute, 5.0};
    QVERIFY(worseByMoreThan(74.9, 80, Polarity::HigherIsBetter, five));
    QVERIFY(!worseByMoreThan(75, 80, Polarity::HigherIsBetter, five));
    QVERIFY(worseByMoreThan(25.1, 20, Polarity::LowerIsBetter, five));
    QVERIFY(!worseByMoreThan(25, 20, Polarity::LowerIsBetter, five));
    QVERIFY(!worseByMoreThan(0, 80, Polarity::None, five));

    ExceptionSettings settings;
    settings.worseThanPrevious = five;
    settings.outOfStepWithBenchmark = {Margin::Kind::Absolute, 2.0};
    ExceptionInput in;
    in.polarity = Polarity::HigherIsBetter;
    in.rag = Rag::Green;
    in.value = 74.0;
    in.previous = 80.0;
    in.benchmark.national = 76.5;
    QCOMPARE(kinds(exceptionsFor(in, settings)), QStringLiteral("worse_than_previous,out_of_step:national"));
    in.benchmark.national = 76.0;
    QCOMPARE(kinds(exceptionsFor(in, settings)), QStringLiteral("worse_than_previous"));
}

void TestExceptions::texts()
{
    ExceptionInput in;
    in.polarity = Polarity::HigherIsBetter;
    in.rag = Rag::Red;
    in.value = 1234.5;
    in.previous = 1500.0;
    in.spcPoint = SpcPointType::Concern;
    in.spcRule = SpcRule::Run;
    in.benchmark.national = 1400.0;
    const QList<ExceptionReason> r = exceptionsFor(in);
    QCOMPARE(r.size(), 4);
    QCOMPARE(r[0].text, QStringLiteral("Rated red against the target."));
    QCOMPARE(r[1].text, QStringLiteral("Worse than the previous period (1,500, now 1,234.5) by more than 10%."));
    QCOMPARE(r[2].text,
             QStringLiteral("A special cause of concern on the SPC chart: a run of points on one side of the mean."));
    QCOMPARE(r[3].text, QStringLiteral("1,234.5 is worse than the national benchmark (1,400) by more than 10%."));
    QCOMPARE(exceptionKindLabel(ExceptionKind::OutOfStepWithBenchmark), QStringLiteral("Out of step with benchmark"));
}

QTEST_APPLESS_MAIN(TestExceptions)
#include "tst_exceptions.moc"
