// What a chart is drawn from: one indicator's periods as plain values, with no storage behind them.
#pragma once

#include "core/indicators/indicator.h"
#include "core/indicators/rag.h"
#include "core/period.h"

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace assure {

// One period of an indicator, oldest first in IndicatorSeries::points.
struct ChartPoint
{
    QString periodLabel;          // as the board writes it: "Sep 2026", "2026/27 Q2"
    std::optional<double> value;  // empty: a gap, drawn as a gap
    std::optional<double> target; // the target in force for this period
    Rag rag = Rag::NoData;        // as the caller rated it; the chart never re-rates a period
    // The thresholds in force at the end of this period (DOMAIN rule 5), so that the RAG bands
    // behind last year's values are last year's bands.
    RagThresholds thresholds;

    // What comparable areas achieved; each drawn as its own dotted line where given.
    std::optional<double> national;
    std::optional<double> regional;
    std::optional<double> statisticalNeighbours;
};

struct IndicatorSeries
{
    QString code;
    QString title;
    Unit unit = Unit::Percent;
    Polarity polarity = Polarity::HigherIsBetter;
    std::vector<ChartPoint> points;
};

// Puts an indicator's benchmarks on its chart points, for an indicator whose periods are of kind.
// A benchmark for one of its own periods goes on that period (a period with nothing else gains a
// point, so that a benchmark typed in shows at once). A benchmark for a whole financial year, as
// national figures are often published, goes on each period of that year already on the chart,
// for each comparison that period has no figure of its own for. Other benchmarks are left out.
void placeBenchmarks(std::map<Period, ChartPoint> &points, const std::vector<Benchmark> &benchmarks, Period::Kind kind,
                     int fyStartMonth);

// The values of the periods that have one, in order: the input evaluateSpc expects (Making Data
// Count charts have no gaps). The SPC chart maps its points back to periods the same way.
std::vector<double> presentValues(const IndicatorSeries &series);
// The indices into series.points of those values.
std::vector<int> presentIndices(const IndicatorSeries &series);

} // namespace assure
