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
