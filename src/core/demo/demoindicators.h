// Demo performance data: real-world safeguarding indicators with years of values, the same for the same seed.
#pragma once

#include "core/indicators/indicator.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace assure {

// Plain data for the caller to store. Indicators keep id 0; everything that belongs to an
// indicator names it by its position: indicatorId (and the first of each benchmark pair) is the
// index into indicators plus 1, for the caller to map to the ids the store hands out.
struct DemoIndicatorData
{
    std::vector<Indicator> indicators;     // codes unique
    std::vector<QString> ownerAgencyNames; // parallel to indicators: one of the names given, or empty
    std::vector<Measurement> measurements; // in indicator order, oldest period first
    std::vector<Target> targets;           // one per financial year, keyed Period::year(y).key()
    std::vector<std::pair<qint64, Benchmark>> benchmarks;
};

// The small demo (large false): about 40 indicators a safeguarding partnership reports, monthly,
// quarterly or annual, with values for the four financial years before the current one and the
// periods of the current one so far, up to the period before the one holding today. Percentages
// of a count carry numerator and denominator; recent periods are provisional and a few are
// estimated; here and there a month is missing; about one period in four has commentary;
// targets tighten year on year; most statutory indicators have national, regional and
// statistical-neighbour benchmarks. Built in are special causes that evaluateSpc finds with its
// default settings (CP-03: a trend of 7 rising to the latest month; MIS-01: one month below the
// lower process limit, five months before the latest; ASC-08: the last 8 months above the mean)
// and a spread of RAG ratings for the latest period under the board's default thresholds
// (red, amber, green, and some at 110% of target or better, BLUE where a board turns it on).
//
// The large demo (large true): 500 indicators, all monthly, 120 months each and no gaps
// (60,000 measurements), made from the monthly templates of the small one with suffixed codes.
//
// agencyNames are the board's agencies; each indicator is given the first whose name fits its
// owner ("Police", "Adult Social Care"...), or none. Deterministic: the same arguments give the
// same data; only QRandomGenerator(seed) supplies chance.
DemoIndicatorData generateDemoIndicators(bool large, quint32 seed, const QDate &today, int fyStartMonth = 4,
                                         const QStringList &agencyNames = {});

} // namespace assure
