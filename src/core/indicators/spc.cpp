// Statistical process control: XmR charts read the Making Data Count way.
#include "core/indicators/spc.h"

#include "core/enumnames.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace assure {

namespace {

// The XmR constants as Making Data Count publishes them (not 3/d2 to more places), so that
// limits agree with the board's other tools to the last decimal shown.
constexpr double kLimitFactor = 2.66;
constexpr double kTwoSigmaFactor = 2.0 / 3.0 * kLimitFactor;
constexpr double kScreenFactor = 3.267;
constexpr int kTrialBelow = 13;
constexpr double kRelativeSlack = 1e-9;

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Spc)
};

constexpr auto kSpcRuleNames = enumNames<SpcRule>(
    "assure::Spc",
    {
        {SpcRule::OutsideLimits, u"outside_limits",
         QT_TRANSLATE_NOOP("assure::Spc", "A point outside the process limits")},
        {SpcRule::Trend, u"trend",
         QT_TRANSLATE_NOOP("assure::Spc", "A trend of points each higher or lower than the one before")},
        {SpcRule::TwoOfThree, u"two_of_three",
         QT_TRANSLATE_NOOP("assure::Spc", "Two of three points beyond the two-sigma line")},
        {SpcRule::Run, u"run", QT_TRANSLATE_NOOP("assure::Spc", "A run of points on one side of the mean")},
    });

constexpr auto kSpcPointTypeNames = enumNames<SpcPointType>(
    "assure::Spc",
    {
        {SpcPointType::Common, u"common", QT_TRANSLATE_NOOP("assure::Spc", "Common cause")},
        {SpcPointType::Improvement, u"improvement", QT_TRANSLATE_NOOP("assure::Spc", "Special cause: improvement")},
        {SpcPointType::Concern, u"concern", QT_TRANSLATE_NOOP("assure::Spc", "Special cause: concern")},
        {SpcPointType::Neutral, u"neutral",
         QT_TRANSLATE_NOOP("assure::Spc", "Special cause: neither improvement nor concern")},
    });

constexpr auto kSpcVariationNames = enumNames<SpcVariation>(
    "assure::Spc",
    {
        {SpcVariation::CommonCause, u"common_cause", QT_TRANSLATE_NOOP("assure::Spc", "Common cause variation")},
        {SpcVariation::ImprovementHigh, u"improvement_high",
         QT_TRANSLATE_NOOP("assure::Spc", "Special cause improvement: high values")},
        {SpcVariation::ImprovementLow, u"improvement_low",
         QT_TRANSLATE_NOOP("assure::Spc", "Special cause improvement: low values")},
        {SpcVariation::ConcernHigh, u"concern_high",
         QT_TRANSLATE_NOOP("assure::Spc", "Special cause concern: high values")},
        {SpcVariation::ConcernLow, u"concern_low",
         QT_TRANSLATE_NOOP("assure::Spc", "Special cause concern: low values")},
        {SpcVariation::NeutralHigh, u"neutral_high", QT_TRANSLATE_NOOP("assure::Spc", "Special cause: high values")},
        {SpcVariation::NeutralLow, u"neutral_low", QT_TRANSLATE_NOOP("assure::Spc", "Special cause: low values")},
    });

constexpr auto kSpcAssuranceNames = enumNames<SpcAssurance>(
    "assure::Spc", {
                       {SpcAssurance::Pass, u"pass", QT_TRANSLATE_NOOP("assure::Spc", "Consistently meets the target")},
                       {SpcAssurance::Fail, u"fail", QT_TRANSLATE_NOOP("assure::Spc", "Consistently fails the target")},
                       {SpcAssurance::Inconsistent, u"inconsistent",
                        QT_TRANSLATE_NOOP("assure::Spc", "Sometimes meets and sometimes fails the target")},
                   });

double slack(double a, double b)
{
    return kRelativeSlack * std::max({1.0, std::fabs(a), std::fabs(b)});
}

bool above(double y, double line)
{
    return y - line > slack(y, line);
}

bool below(double y, double line)
{
    return line - y > slack(y, line);
}

void mark(SpcPoint &p, SpcRule rule, SpcSide side)
{
    p.rule = rule;
    p.side = side;
}

void computeLimits(const std::vector<double> &values, SpcSegment &s, const SpcSettings &settings)
{
    const int fix = settings.fixAfter > 0 ? std::max(settings.fixAfter, 2) : s.count;
    s.baselineCount = std::min(fix, s.count);
    s.trial = s.baselineCount < kTrialBelow;

    const auto base = values.begin() + s.first;
    double sum = 0;
    for (int i = 0; i < s.baselineCount; ++i)
        sum += base[i];
    s.mean = sum / s.baselineCount;
    s.hasLimits = s.baselineCount >= 2;
    if (!s.hasLimits) {
        s.lpl = s.upl = s.lowerTwoSigma = s.upperTwoSigma = s.mean;
        return;
    }

    double mrSum = 0;
    for (int i = 1; i < s.baselineCount; ++i)
        mrSum += std::fabs(base[i] - base[i - 1]);
    const int ranges = s.baselineCount - 1;
    s.mrBar = mrSum / ranges;

    if (settings.screenOutliers && s.mrBar > 0) {
        const double cut = kScreenFactor * s.mrBar;
        double keptSum = 0;
        int kept = 0;
        for (int i = 1; i < s.baselineCount; ++i) {
            const double mr = std::fabs(base[i] - base[i - 1]);
            if (mr >= cut - slack(mr, cut))
                continue;
            keptSum += mr;
            ++kept;
        }
        // Some range is always below 3.267 times the mean of all of them, so kept > 0.
        s.screenedRanges = ranges - kept;
        s.mrBar = keptSum / kept;
    }

    s.upl = s.mean + kLimitFactor * s.mrBar;
    s.lpl = s.mean - kLimitFactor * s.mrBar;
    s.upperTwoSigma = s.mean + kTwoSigmaFactor * s.mrBar;
    s.lowerTwoSigma = s.mean - kTwoSigmaFactor * s.mrBar;
}

// Rules go lowest priority first, each later one overwriting, so a point ends with the highest.

void applyRun(std::vector<SpcPoint> &pts, const SpcSegment &s, int n)
{
    const int end = s.first + s.count;
    int start = s.first;
    SpcSide side = SpcSide::None;
    for (int i = s.first; i < end; ++i) {
        const double y = pts[i].value;
        const SpcSide here = above(y, s.mean) ? SpcSide::High : below(y, s.mean) ? SpcSide::Low : SpcSide::None;
        if (here != side) {
            side = here;
            start = i;
        }
        if (side == SpcSide::None)
            continue;
        const int length = i - start + 1;
        if (length == n) {
            for (int j = start; j <= i; ++j)
                mark(pts[j], SpcRule::Run, side);
        } else if (length > n) {
            mark(pts[i], SpcRule::Run, side);
        }
    }
}

void applyTwoOfThree(std::vector<SpcPoint> &pts, const SpcSegment &s)
{
    const int end = s.first + s.count;
    for (int i = s.first + 2; i < end; ++i) {
        int high = 0;
        int low = 0;
        for (int j = i - 2; j <= i; ++j) {
            high += above(pts[j].value, s.upperTwoSigma) ? 1 : 0;
            low += below(pts[j].value, s.lowerTwoSigma) ? 1 : 0;
        }
        for (int j = i - 2; j <= i; ++j) {
            if (high >= 2 && above(pts[j].value, s.upperTwoSigma))
                mark(pts[j], SpcRule::TwoOfThree, SpcSide::High);
            else if (low >= 2 && below(pts[j].value, s.lowerTwoSigma))
                mark(pts[j], SpcRule::TwoOfThree, SpcSide::Low);
        }
    }
}

void applyTrend(std::vector<SpcPoint> &pts, const SpcSegment &s, int n)
{
    const int end = s.first + s.count;
    int start = s.first;
    SpcSide direction = SpcSide::None;
    const auto markTrend = [&pts](int j, SpcSide side) {
        // Keep the direction of a trend found earlier at a peak or trough point.
        if (pts[j].rule != SpcRule::Trend)
            mark(pts[j], SpcRule::Trend, side);
    };
    for (int i = s.first + 1; i < end; ++i) {
        const double prev = pts[i - 1].value;
        const double y = pts[i].value;
        const SpcSide step = y > prev ? SpcSide::High : y < prev ? SpcSide::Low : SpcSide::None;
        if (step != direction) {
            direction = step;
            start = i - 1;
        }
        if (direction == SpcSide::None)
            continue;
        const int length = i - start + 1;
        if (length == n) {
            for (int j = start; j <= i; ++j)
                markTrend(j, direction);
        } else if (length > n) {
            markTrend(i, direction);
        }
    }
}

void applyOutsideLimits(std::vector<SpcPoint> &pts, const SpcSegment &s)
{
    const int end = s.first + s.count;
    for (int i = s.first; i < end; ++i) {
        if (above(pts[i].value, s.upl))
            mark(pts[i], SpcRule::OutsideLimits, SpcSide::High);
        else if (below(pts[i].value, s.lpl))
            mark(pts[i], SpcRule::OutsideLimits, SpcSide::Low);
    }
}

SpcVariation variationOf(const SpcPoint &p)
{
    const bool high = p.side == SpcSide::High;
    switch (p.type) {
    case SpcPointType::Common: return SpcVariation::CommonCause;
    case SpcPointType::Improvement: return high ? SpcVariation::ImprovementHigh : SpcVariation::ImprovementLow;
    case SpcPointType::Concern: return high ? SpcVariation::ConcernHigh : SpcVariation::ConcernLow;
    case SpcPointType::Neutral: return high ? SpcVariation::NeutralHigh : SpcVariation::NeutralLow;
    }
    return SpcVariation::CommonCause;
}

} // namespace

SpcPointType pointTypeOf(SpcSide side, Polarity polarity)
{
    if (side == SpcSide::None)
        return SpcPointType::Common;
    if (polarity == Polarity::None)
        return SpcPointType::Neutral;
    const bool good = (side == SpcSide::High) == (polarity == Polarity::HigherIsBetter);
    return good ? SpcPointType::Improvement : SpcPointType::Concern;
}

std::optional<SpcAssurance> assuranceOf(const SpcSegment &segment, std::optional<double> target, Polarity polarity)
{
    if (!segment.hasLimits || !target || !std::isfinite(*target) || polarity == Polarity::None)
        return std::nullopt;
    const bool higher = polarity == Polarity::HigherIsBetter;
    if (above(*target, segment.upl))
        return higher ? SpcAssurance::Fail : SpcAssurance::Pass;
    if (below(*target, segment.lpl))
        return higher ? SpcAssurance::Pass : SpcAssurance::Fail;
    return SpcAssurance::Inconsistent;
}

SpcResult evaluateSpc(const std::vector<double> &values, Polarity polarity, std::optional<double> target,
                      const SpcSettings &settings)
{
    SpcResult r;
    const int count = static_cast<int>(values.size());
    if (count == 0)
        return r;

    // Segment starts: 0 and every usable rebase point, in order, once each.
    r.segments.reserve(settings.rebaseAt.size() + 1);
    r.segments.push_back({});
    for (int at : settings.rebaseAt) {
        if (at > 0 && at < count) {
            SpcSegment s;
            s.first = at;
            r.segments.push_back(s);
        }
    }
    std::sort(r.segments.begin(), r.segments.end(),
              [](const SpcSegment &a, const SpcSegment &b) { return a.first < b.first; });
    r.segments.erase(std::unique(r.segments.begin(), r.segments.end(),
                                 [](const SpcSegment &a, const SpcSegment &b) { return a.first == b.first; }),
                     r.segments.end());

    r.points.resize(values.size());
    const int n = std::max(settings.runLength, 2);
    const int segmentCount = static_cast<int>(r.segments.size());
    for (int k = 0; k < segmentCount; ++k) {
        SpcSegment &s = r.segments[static_cast<size_t>(k)];
        const int next = k + 1 < segmentCount ? r.segments[static_cast<size_t>(k + 1)].first : count;
        s.count = next - s.first;
        computeLimits(values, s, settings);
        for (int i = s.first; i < next; ++i) {
            r.points[static_cast<size_t>(i)].value = values[static_cast<size_t>(i)];
            r.points[static_cast<size_t>(i)].segment = k;
        }
        if (!s.hasLimits)
            continue;
        applyRun(r.points, s, n);
        applyTwoOfThree(r.points, s);
        applyTrend(r.points, s, n);
        applyOutsideLimits(r.points, s);
    }
    for (SpcPoint &p : r.points)
        p.type = pointTypeOf(p.side, polarity);

    const SpcSegment &now = r.segments.back();
    if (now.hasLimits) {
        r.variation = variationOf(r.points.back());
        r.assurance = assuranceOf(now, target, polarity);
    }
    return r;
}

QStringList SpcSettings::problems() const
{
    QStringList out;
    if (runLength != 6 && runLength != 7)
        out << Tr::tr("A run or trend is 6 or 7 points long.");
    if (fixAfter < 0 || fixAfter == 1)
        out << Tr::tr("Limits can be fixed after 2 or more points.");
    for (int at : rebaseAt) {
        if (at < 0) {
            out << Tr::tr("A rebase point must be a point of the chart.");
            break;
        }
    }
    return out;
}

QString spcRuleKey(SpcRule rule)
{
    return kSpcRuleNames.key(rule);
}

std::optional<SpcRule> spcRuleFromKey(const QString &key)
{
    return kSpcRuleNames.fromKey(key);
}

QString spcRuleLabel(SpcRule rule)
{
    return kSpcRuleNames.label(rule);
}

QString spcPointTypeKey(SpcPointType type)
{
    return kSpcPointTypeNames.key(type);
}

std::optional<SpcPointType> spcPointTypeFromKey(const QString &key)
{
    return kSpcPointTypeNames.fromKey(key);
}

QString spcPointTypeLabel(SpcPointType type)
{
    return kSpcPointTypeNames.label(type);
}

QString spcVariationKey(SpcVariation variation)
{
    return kSpcVariationNames.key(variation);
}

std::optional<SpcVariation> spcVariationFromKey(const QString &key)
{
    return kSpcVariationNames.fromKey(key);
}

QString spcVariationLabel(SpcVariation variation)
{
    return kSpcVariationNames.label(variation);
}

QString spcAssuranceKey(SpcAssurance assurance)
{
    return kSpcAssuranceNames.key(assurance);
}

std::optional<SpcAssurance> spcAssuranceFromKey(const QString &key)
{
    return kSpcAssuranceNames.fromKey(key);
}

QString spcAssuranceLabel(SpcAssurance assurance)
{
    return kSpcAssuranceNames.label(assurance);
}

} // namespace assure
