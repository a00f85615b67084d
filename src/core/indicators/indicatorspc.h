// An indicator's own SPC settings as the board file keeps them: rebases are named by period, not by point.
#pragma once

#include "core/indicators/indicator.h"
#include "core/indicators/spc.h"

#include <QStringList>

#include <vector>

namespace assure {

struct IndicatorSpcSettings
{
    qint64 indicatorId = 0;
    int runLength = 7;          // 6 or 7 points make a run or a trend
    bool screenOutliers = true; // leave moving ranges over 3.267 x MR-bar out of MR-bar
    int fixAfter = 0;           // 0: limits from every point; N: from the first N points of each segment
    QStringList rebasePeriods;  // Period::key()s of the first period of each new set of limits, oldest first

    // The board's defaults: an indicator with these needs no row in the file.
    bool isDefault() const;
    QStringList problems() const;

    bool operator==(const IndicatorSpcSettings &o) const
    {
        return indicatorId == o.indicatorId && runLength == o.runLength && screenOutliers == o.screenOutliers &&
               fixAfter == o.fixAfter && rebasePeriods == o.rebasePeriods;
    }
    bool operator!=(const IndicatorSpcSettings &o) const { return !(*this == o); }
};

// The engine's settings for a history: a rebase at a period starts new limits at the first
// point with a value from that period on (the chart's points are the periods with a value).
// measurements are ordered by period key, as the workspace holds them.
SpcSettings spcSettingsFor(const IndicatorSpcSettings &stored, const std::vector<Measurement> &measurements);

} // namespace assure
