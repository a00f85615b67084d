// The SPC chart the Making Data Count way: values, mean and process limits, special causes marked.
#pragma once

#include "charts/chartdata.h"
#include "charts/chartstyle.h"
#include "core/indicators/spc.h"

#include <memory>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace assure {

// An XmR chart of the series' values with spc from evaluateSpc(presentValues(series), ...). Like
// the Making Data Count tool it has no gaps: periods without a value are left out and the x axis
// names the periods that have one. Each segment (a rebase starts one) has its own mean (solid),
// process limits (dashed) and, when the style shows them, faint two-sigma lines, so the lines
// step at the rebase. Points are coloured by their type (improvement blue, concern orange,
// neutral purple, common cause grey) and shaped by it too (triangle, square, diamond, small
// circle), so that they read in black and white. The target is a dash-dot line in steps. The
// title says "trial limits" when the latest segment's limits are trial limits.
//
// Object names: "value", "target", "spc-mean", "spc-upl", "spc-lpl", "spc-upper-two-sigma",
// "spc-lower-two-sigma" (one series per segment each), "spc-<point type key>".
std::unique_ptr<QChart> buildSpcChart(const IndicatorSeries &series, const SpcResult &spc,
                                      const ChartStyle &style = {});

} // namespace assure
