// The RAG trend chart: an indicator's values against its target, over the bands of the board's rule.
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace assure {

// Where each colour begins for one period, in the indicator's own units: the RAG rule of
// evaluateRag turned round. Higher is better: a value at or above `green` is GREEN, at or above
// `amber` AMBER, below it RED, at or above `blue` (when set) BLUE. Lower is better: the same
// with "at or below".
struct RagBands
{
    Polarity polarity = Polarity::HigherIsBetter;
    std::optional<double> blue;
    double green = 0;
    double amber = 0;
};

// Nothing where evaluateRag would say N/A for every value: no polarity; with percent of target,
// no usable target or a negative one.
std::optional<RagBands> ragBands(std::optional<double> target, Polarity polarity, const RagThresholds &thresholds);

// The values as a line with a marker per period, coloured by the period's RAG and shaped and
// lettered so that it reads in black and white (G circle, A triangle, R square, B diamond, N/A
// grey pentagon); missing values leave a gap. The target is a dashed line in steps, one step per
// period; behind it all, the RAG bands of each period from its target and thresholds. Benchmarks,
// when the style shows them, are dotted lines. Periods label the x axis, thinned to fit.
//
// Series carry stable object names for whoever reads the chart back: "value", "target",
// "band-<rag key>", "points-<rag key>", "benchmark-national", "benchmark-regional",
// "benchmark-neighbours". A line broken by gaps is several series of the same name.
std::unique_ptr<QChart> buildRagChart(const IndicatorSeries &series, const ChartStyle &style = {});

} // namespace assure
