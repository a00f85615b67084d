// What a chart is drawn from: one indicator's periods as plain values, with no storage behind them.
#include "charts/chartdata.h"

#include <cmath>

namespace assure {

namespace {

bool present(const ChartPoint &p)
{
    return p.value && std::isfinite(*p.value);
}

} // namespace

void placeBenchmarks(std::map<Period, ChartPoint> &points, const std::vector<Benchmark> &benchmarks, Period::Kind kind,
                     int fyStartMonth)
{
    std::map<Period, const Benchmark *> yearly;
    for (const Benchmark &b : benchmarks) {
        const std::optional<Period> period = Period::fromKey(b.periodKey, fyStartMonth);
        if (!period)
            continue;
        if (period->kind() == kind) {
            ChartPoint &point = points[*period];
            point.national = b.national;
            point.regional = b.regional;
            point.statisticalNeighbours = b.statisticalNeighbours;
        } else if (period->kind() == Period::Kind::Year) {
            yearly[*period] = &b;
        }
    }
    if (yearly.empty())
        return;
    for (auto &[period, point] : points) {
        const auto year = yearly.find(period.enclosing(Period::Kind::Year));
        if (year == yearly.end())
            continue;
        const Benchmark &b = *year->second;
        if (!point.national)
            point.national = b.national;
        if (!point.regional)
            point.regional = b.regional;
        if (!point.statisticalNeighbours)
            point.statisticalNeighbours = b.statisticalNeighbours;
    }
}

std::vector<double> presentValues(const IndicatorSeries &series)
{
    std::vector<double> out;
    out.reserve(series.points.size());
    for (const ChartPoint &p : series.points)
        if (present(p))
            out.push_back(*p.value);
    return out;
}

std::vector<int> presentIndices(const IndicatorSeries &series)
{
    std::vector<int> out;
    out.reserve(series.points.size());
    for (size_t i = 0; i < series.points.size(); ++i)
        if (present(series.points[i]))
            out.push_back(static_cast<int>(i));
    return out;
}

} // namespace assure
