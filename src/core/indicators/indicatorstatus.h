// An indicator's standing for a period and across its history: value, target, RAG, trend and SPC together.
#pragma once

#include "core/indicators/indicator.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"
#include "core/indicators/trend.h"

#include <vector>

namespace assure {

// Which of an indicator's own periods answers for a chosen reporting period: the chosen period
// itself when the frequencies match; for a finer indicator (monthly, when a quarter is chosen)
// the last of its periods inside the chosen one; for a coarser indicator (quarterly, when a month
// is chosen) the period that holds the chosen one.
Period periodForIndicator(const Period &chosen, Frequency frequency);

// Everything the evaluation reads, borrowed from the caller.
struct IndicatorHistory
{
    const Indicator *indicator = nullptr;
    const std::vector<Measurement> *measurements = nullptr; // ordered by period key
    const std::vector<Target> *targets = nullptr;
    QList<ThresholdVersion> indicatorThresholds;
    QList<ThresholdVersion> boardThresholds;
    SpcSettings spc;
    int fyStartMonth = 4;
    int trendMeanOf = 3; // the "previous N" that the trend against the average uses
};

// One period of the history, as a chart or a JSON export shows it.
struct HistoryPoint
{
    Period period;
    std::optional<double> value;
    std::optional<double> target;
    RagResult rag;
    // SPC, for periods with a value (gaps are left out of the chart's points).
    std::optional<SpcPointType> spcPoint;
    std::optional<SpcRule> spcRule;
};

struct IndicatorHistoryResult
{
    std::vector<HistoryPoint> points; // every period with a measurement or a target, oldest first
    SpcResult spc;                    // over the periods with a value
    std::vector<int> spcPointOf;      // for each points[i]: its index in spc.points, or -1
};

IndicatorHistoryResult evaluateHistory(const IndicatorHistory &history);

// One row of the indicators table for a chosen period.
struct IndicatorStatus
{
    Period period; // the indicator's own period that answers for the chosen one
    std::optional<double> value;
    std::optional<double> target;
    RagResult rag;
    std::optional<Trend> trend;       // against the previous period
    std::optional<Trend> trendVsMean; // against the mean of the previous N
    std::optional<SpcPointType> spcPoint;
    std::optional<SpcRule> spcRule;
    std::optional<SpcVariation> variation;
    std::optional<SpcAssurance> assurance;
    bool trialLimits = false;
};

// The RAG alone for the chosen period, as evaluateStatus rates it, without the history's trend and
// SPC: what counting indicators by RAG over many periods needs.
RagResult evaluateRagOnly(const IndicatorHistory &history, const Period &chosen);

// The standing for the chosen period, with SPC over the history up to and including it.
IndicatorStatus evaluateStatus(const IndicatorHistory &history, const Period &chosen);

} // namespace assure
