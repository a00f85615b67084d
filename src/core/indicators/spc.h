// Statistical process control: XmR charts read the Making Data Count way (DOMAIN.md "Statistical
// process control").
//
// Choices the guidance leaves open, made here once:
// - Input is the series of values in time order with gaps already left out (Making Data Count
//   charts have no gaps); the caller maps point indices back to periods.
// - Moving ranges are taken only between neighbours in the same segment (a rebase starts afresh).
//   Screening is one pass: ranges >= 3.267 x MR-bar are left out and MR-bar is taken again from
//   the rest, as the Making Data Count tool and NHSRplotthedots do; it is skipped when MR-bar is
//   already 0 (nothing can be an outlier then, and all ranges would be screened).
// - Comparisons with the mean and the lines allow 1e-9 (relative) for rounding, so a value equal
//   to the mean in decimal is "on the mean" though the computed mean differs in the last bit.
//   "Outside", "beyond" and "one side of the mean" are all strict: a point on a line is inside.
// - Each rule is applied within a segment only: a run or trend that crosses a rebase restarts at
//   the rebase, because the rebase says the process changed there.
// - A run (or trend) flags every point in it once it reaches N points, and every further point
//   that extends it, as Making Data Count does. A trend of N points is N-1 strict steps in one
//   direction; a tie breaks it and the tied point may start the next. A point at the peak of a
//   rising trend and the start of a falling one keeps the direction of the trend found first.
// - Two of three: in any three consecutive points, when two or more are beyond the same
//   two-sigma line, those beyond it are flagged (not the third point). A point beyond the process
//   limit is also beyond the two-sigma line and counts (NHSRplotthedots counts only points
//   between the lines; DOMAIN.md and the Western Electric rule say "beyond").
// - A point caught by several rules carries the first in priority order: outside limits, trend,
//   two of three, run. Its direction (high or low) is that rule's: above the upper limit, a rising
//   trend, beyond the upper two-sigma line, above the mean.
// - Fixed baseline ("fix after N points"): mean and limits come from the first N points of each
//   segment and hold for its later points. N of 1 is taken as 2: limits need a moving range.
// - Trial limits: limits from fewer than 13 points (the baseline, when fixed) are trial limits.
// - A segment of one point has no limits and its point is common cause; a series whose latest
//   segment has no limits has no variation or assurance icon. With MR-bar 0 the limits and
//   two-sigma lines sit on the mean; a series of identical values then shows nothing special, and
//   a later different value under a fixed baseline is outside the limits.
// - Variation comes from the last point; assurance from the target against the limits of the
//   latest segment (the limits in force now), strictly outside them.
#pragma once

#include "core/indicators/indicator.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace assure {

// In priority order: the first rule that holds names a point's special cause.
enum class SpcRule { OutsideLimits, Trend, TwoOfThree, Run };
enum class SpcPointType { Common, Improvement, Concern, Neutral };
enum class SpcSide { None, High, Low };
enum class SpcVariation {
    CommonCause,
    ImprovementHigh,
    ImprovementLow,
    ConcernHigh,
    ConcernLow,
    NeutralHigh,
    NeutralLow
};
enum class SpcAssurance { Pass, Fail, Inconsistent };

QString spcRuleKey(SpcRule rule); // "outside_limits", "trend", "two_of_three", "run"
std::optional<SpcRule> spcRuleFromKey(const QString &key);
QString spcRuleLabel(SpcRule rule);

QString spcPointTypeKey(SpcPointType type); // "common", "improvement", "concern", "neutral"
std::optional<SpcPointType> spcPointTypeFromKey(const QString &key);
QString spcPointTypeLabel(SpcPointType type);

// "common_cause", "improvement_high", "improvement_low", "concern_high", "concern_low",
// "neutral_high", "neutral_low"
QString spcVariationKey(SpcVariation variation);
std::optional<SpcVariation> spcVariationFromKey(const QString &key);
QString spcVariationLabel(SpcVariation variation);

QString spcAssuranceKey(SpcAssurance assurance); // "pass", "fail", "inconsistent"
std::optional<SpcAssurance> spcAssuranceFromKey(const QString &key);
QString spcAssuranceLabel(SpcAssurance assurance);

struct SpcSettings
{
    int runLength = 7;          // points in a run or a trend: 6 or 7
    bool screenOutliers = true; // leave moving ranges >= 3.267 x MR-bar out of MR-bar
    int fixAfter = 0;           // 0: limits from every point of a segment; N: from its first N points
    std::vector<int> rebaseAt;  // indices of the points that start new limits

    // What is wrong with these settings, in words a user reads; empty when sound.
    QStringList problems() const;
};

// One stretch of the chart with its own mean and limits.
struct SpcSegment
{
    int first = 0;          // index of its first point
    int count = 0;          // points in it
    int baselineCount = 0;  // points its mean and limits come from
    int screenedRanges = 0; // moving ranges screened out of MR-bar
    bool hasLimits = false; // false for a baseline of one point
    bool trial = true;      // limits from fewer than 13 points
    double mean = 0;
    double mrBar = 0;
    double lpl = 0; // lower process limit
    double upl = 0; // upper process limit
    double lowerTwoSigma = 0;
    double upperTwoSigma = 0;
};

struct SpcPoint
{
    double value = 0;
    int segment = 0; // index into SpcResult::segments
    SpcPointType type = SpcPointType::Common;
    std::optional<SpcRule> rule;  // the special cause, first in priority; empty for common cause
    SpcSide side = SpcSide::None; // which way the special cause points
};

struct SpcResult
{
    std::vector<SpcPoint> points;
    std::vector<SpcSegment> segments;
    std::optional<SpcVariation> variation;
    std::optional<SpcAssurance> assurance;

    // The segment of the last point (the limits in force now); null for an empty series.
    const SpcSegment *latest() const { return segments.empty() ? nullptr : &segments.back(); }
    bool trial() const { return latest() && latest()->trial; }
};

// The XmR chart of a series. O(n) with no allocation beyond the result's two vectors.
SpcResult evaluateSpc(const std::vector<double> &values, Polarity polarity, std::optional<double> target = std::nullopt,
                      const SpcSettings &settings = {});

// Target against the limits. Higher is better: above the upper limit it consistently fails,
// below the lower limit it consistently passes, otherwise inconsistent; mirrored for lower is
// better. Nothing without a target, a polarity or limits.
std::optional<SpcAssurance> assuranceOf(const SpcSegment &segment, std::optional<double> target, Polarity polarity);

// Improvement or concern by polarity; neutral without one.
SpcPointType pointTypeOf(SpcSide side, Polarity polarity);

} // namespace assure
