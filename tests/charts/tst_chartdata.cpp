// Benchmarks on an indicator's chart points: its own periods' figures, and a year's figures on each period of the year.
#include "charts/chartdata.h"

#include <QTest>

using namespace assure;

namespace {

Benchmark benchmark(const Period &period, std::optional<double> national, std::optional<double> regional,
                    std::optional<double> neighbours)
{
    return {7, period.key(), national, regional, neighbours};
}

ChartPoint valued(double value)
{
    ChartPoint p;
    p.value = value;
    return p;
}

} // namespace

class TestChartData final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A monthly indicator: national figures come once a year, some months have their own.
    void aYearsFiguresGoOnEachMonthWithoutItsOwn()
    {
        const Period mar = Period::month(2025, 3), apr = Period::month(2025, 4), may = Period::month(2025, 5),
                     jun = Period::month(2025, 6);
        std::map<Period, ChartPoint> points{{mar, valued(60)}, {apr, valued(61)}, {may, valued(62)}};
        const std::vector<Benchmark> benchmarks{
            benchmark(Period::year(2024), 20, 21, 22),           // 2024/25: March
            benchmark(Period::year(2025), 19, std::nullopt, 18), // 2025/26: April onwards
            benchmark(may, 17.5, std::nullopt, std::nullopt),
            benchmark(jun, std::nullopt, 30, std::nullopt), // a month with only a benchmark
            benchmark(Period::quarter(2025, 1), 1, 2, 3),   // not this indicator's kind of period
            benchmark(Period::year(2023), 25, 25, 25),      // a year with no month on the chart
        };
        placeBenchmarks(points, benchmarks, Period::Kind::Month, 4);

        QCOMPARE(points.size(), size_t(4)); // June gained a point; no quarter, no 2023/24 months
        const auto check = [&points](const Period &p, std::optional<double> national, std::optional<double> regional,
                                     std::optional<double> neighbours) {
            const ChartPoint &point = points.at(p);
            QCOMPARE(point.national, national);
            QCOMPARE(point.regional, regional);
            QCOMPARE(point.statisticalNeighbours, neighbours);
        };
        check(mar, 20, 21, 22);
        check(apr, 19, std::nullopt, 18);
        check(may, 17.5, std::nullopt, 18); // its own national, the year's neighbours
        check(jun, 19, 30, 18);
        QVERIFY(!points.at(jun).value);
        QCOMPARE(*points.at(apr).value, 61.0);
    }

    // An annual indicator's years are its own periods.
    void anAnnualIndicatorsYearsAreItsOwnPeriods()
    {
        std::map<Period, ChartPoint> points{{Period::year(2024), valued(80)}};
        placeBenchmarks(
            points, {benchmark(Period::year(2024), 70, std::nullopt, 72), benchmark(Period::year(2025), 71, 73, 74)},
            Period::Kind::Year, 4);
        QCOMPARE(points.size(), size_t(2));
        QCOMPARE(points.at(Period::year(2024)).national, std::optional<double>(70));
        QVERIFY(!points.at(Period::year(2024)).regional);
        QCOMPARE(points.at(Period::year(2025)).regional, std::optional<double>(73));
    }

    // A financial year starting in January puts all of a calendar year's months under one year.
    void theBoardsFinancialYearDecides()
    {
        const Period dec = Period::month(2025, 12, 1), jan = Period::month(2026, 1, 1);
        std::map<Period, ChartPoint> points{{dec, valued(1)}, {jan, valued(2)}};
        placeBenchmarks(points, {benchmark(Period::year(2025, 1), 10, std::nullopt, std::nullopt)}, Period::Kind::Month,
                        1);
        QCOMPARE(points.at(dec).national, std::optional<double>(10));
        QVERIFY(!points.at(jan).national);
    }
};

QTEST_GUILESS_MAIN(TestChartData)
#include "tst_chartdata.moc"
