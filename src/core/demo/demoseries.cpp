// The demo's figures for one indicator: a drifting, noisy series with its special cause and latest rating built in.
#include "core/demo/demoseries.h"

#include "core/demo/demochance.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace assure::demo {

namespace {

// Activity dips in August and late December and picks up in the autumn term.
const std::array<double, 12> kSeason = {1.02, 1.0, 1.03, 0.97, 1.0, 1.01, 0.98, 0.86, 1.01, 1.06, 1.04, 0.92};

Point realise(const Template &t, double raw, double den)
{
    Point p;
    double v = std::max(raw, 0.0);
    if (given(t.maxValue))
        v = std::min(v, t.maxValue);
    switch (t.unit) {
    case Unit::Percent:
        v = std::min(v, 100.0);
        if (den > 0) {
            const double n = std::clamp(std::round(v * den / 100.0), 0.0, den);
            p.numerator = n;
            p.denominator = den;
            p.value = round1(100.0 * n / den);
        } else {
            p.value = round1(v);
        }
        break;
    case Unit::Count: p.value = std::round(v); break;
    case Unit::Money: p.value = std::round(v / 100.0) * 100.0; break;
    case Unit::Rate:
    case Unit::Days: p.value = round1(v); break;
    }
    return p;
}

double resolution(const Template &t)
{
    switch (t.unit) {
    case Unit::Count: return 1;
    case Unit::Money: return 100;
    case Unit::Percent:
    case Unit::Rate:
    case Unit::Days: break;
    }
    return 0.1;
}

bool meetsDesign(double value, double target, Polarity polarity, Design design)
{
    RagThresholds blue;
    blue.blueMargin = 0.10;
    const Rag plain = evaluateRag(value, target, polarity).rag;
    const Rag withBlue = evaluateRag(value, target, polarity, blue).rag;
    switch (design) {
    case Design::Natural: return true;
    case Design::Red: return plain == Rag::Red;
    case Design::Amber: return plain == Rag::Amber;
    case Design::Green: return plain == Rag::Green && withBlue != Rag::Blue;
    case Design::Blue: return withBlue == Rag::Blue;
    }
    return true;
}

// Moves a point into the band its design asks for, as near the middle of the band as rounding allows.
void fitDesign(const Template &t, Point &point, double target, double den)
{
    if (t.design == Design::Natural || !given(target) || t.polarity == Polarity::None)
        return;
    if (point.value && meetsDesign(*point.value, target, t.polarity, t.design))
        return;
    double achievement = 1.0;
    switch (t.design) {
    case Design::Red: achievement = 0.84; break;
    case Design::Amber: achievement = 0.925; break;
    case Design::Green: achievement = 1.0; break;
    case Design::Blue: achievement = 1.16; break;
    case Design::Natural: break;
    }
    const double wanted = t.polarity == Polarity::HigherIsBetter ? target * achievement : target / achievement;
    if (t.unit == Unit::Percent && den > 0) {
        for (int extra = 0; extra <= 400; ++extra) {
            const double d = den + extra;
            const double n0 = std::round(wanted * d / 100.0);
            for (const double n : {n0, n0 - 1, n0 + 1}) {
                if (n < 0 || n > d)
                    continue;
                const double v = round1(100.0 * n / d);
                if (meetsDesign(v, target, t.polarity, t.design)) {
                    point.value = v;
                    point.numerator = n;
                    point.denominator = d;
                    return;
                }
            }
        }
        point.numerator.reset();
        point.denominator.reset();
    }
    const double res = resolution(t);
    const double base = std::round(wanted / res) * res;
    for (int k = 0; k <= 400; ++k) {
        for (const double v : {base + k * res, base - k * res}) {
            if (v < 0 || (t.unit == Unit::Percent && v > 100) || (given(t.maxValue) && v > t.maxValue))
                continue;
            const double r = t.unit == Unit::Count || t.unit == Unit::Money ? v : round1(v);
            if (meetsDesign(r, target, t.polarity, t.design)) {
                point.value = r;
                return;
            }
        }
    }
}

// Whether the series shows the special cause where the demo put it.
bool specialHolds(Special special, const std::vector<double> &values, Polarity polarity)
{
    const int n = static_cast<int>(values.size());
    if (special == Special::None)
        return true;
    if (n < 13)
        return false;
    const SpcResult r = evaluateSpc(values, polarity);
    const auto ruleAt = [&r](int i) { return r.points[static_cast<size_t>(i)].rule; };
    switch (special) {
    case Special::Trend: {
        bool found = false;
        for (int i = n - kTrendLength; i < n; ++i) {
            if (i > n - kTrendLength && !(values[static_cast<size_t>(i)] > values[static_cast<size_t>(i - 1)]))
                return false;
            found = found || ruleAt(i) == SpcRule::Trend;
        }
        return found;
    }
    case Special::OutsideLimits: return ruleAt(n - kOutsideFromEnd) == SpcRule::OutsideLimits;
    case Special::Run: {
        bool found = false;
        const double mean = r.segments.back().mean;
        for (int i = n - kRunLength; i < n; ++i) {
            if (!(values[static_cast<size_t>(i)] > mean))
                return false;
            found = found || ruleAt(i) == SpcRule::Run;
        }
        return found;
    }
    case Special::None: break;
    }
    return true;
}

// Writes the special cause into the raw series, at a strength (1: as designed).
void shapeSpecial(const Template &t, std::vector<double> &raw, const std::vector<double> &levels,
                  const std::vector<double> &dens, const std::array<double, 8> &jitter, double strength)
{
    const int n = static_cast<int>(raw.size());
    const double sd = t.noise;
    switch (t.special) {
    case Special::None: return;
    case Special::Trend: {
        double res = resolution(t);
        for (int i = n - kTrendLength; i < n; ++i)
            if (dens[static_cast<size_t>(i)] > 0)
                res = std::max(res, 100.0 / dens[static_cast<size_t>(i)]);
        const double step = std::max(0.55 * sd, 3.0 * res) * strength;
        double mean = 0;
        for (int i = 0; i < n - kTrendLength; ++i)
            mean += raw[static_cast<size_t>(i)];
        mean /= std::max(1, n - kTrendLength);
        const double start = mean - 1.5 * step;
        for (int k = 0; k < kTrendLength; ++k)
            raw[static_cast<size_t>(n - kTrendLength + k)] =
                start + k * step + 0.15 * step * std::clamp(jitter[static_cast<size_t>(k)], -1.0, 1.0);
        return;
    }
    case Special::OutsideLimits: {
        const size_t i = static_cast<size_t>(n - kOutsideFromEnd);
        raw[i] = levels[i] - 4.8 * sd * strength;
        return;
    }
    case Special::Run:
        for (int k = 0; k < kRunLength; ++k) {
            const size_t i = static_cast<size_t>(n - kRunLength + k);
            raw[i] = levels[i] + 1.2 * sd * strength + 0.3 * sd * std::clamp(jitter[static_cast<size_t>(k)], -1.2, 1.2);
        }
        return;
    }
}

// The series before rounding, with the level it wanders about and, for a percentage of a
// count, the count.
struct RawSeries
{
    std::vector<double> levels;
    std::vector<double> raw;
    std::vector<double> dens;
};

RawSeries rawSeries(const Template &t, const Timeline &tl, Frequency frequency, double shift, double scale, Chance &rng)
{
    const int n = static_cast<int>(tl.periods.size());
    RawSeries s;
    s.levels.resize(static_cast<size_t>(n));
    s.raw.resize(static_cast<size_t>(n));
    s.dens.resize(static_cast<size_t>(n), 0.0);
    double walk = 0;
    for (int i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        const double along = n > 1 ? static_cast<double>(i) / (n - 1) : 1.0;
        double level = (t.startLevel + (t.level - t.startLevel) * along) + shift;
        if (t.unit == Unit::Count || t.unit == Unit::Money)
            level *= scale;
        const double season = t.seasonal && frequency == Frequency::Monthly
                                  ? kSeason[static_cast<size_t>(tl.periods[k].start().month() - 1)]
                                  : 1.0;
        if (t.unit == Unit::Count)
            level *= season;
        s.levels[k] = level;
        walk = 0.5 * walk + 0.35 * t.noise * rng.normal();
        s.raw[k] = level + walk + t.noise * rng.normal();
        if (t.unit == Unit::Percent && t.denominator > 0) {
            const double expected = t.denominator * scale * season;
            s.dens[k] = std::max(1.0, std::round(expected * (1.0 + 0.06 * rng.normal())));
        }
    }
    return s;
}

} // namespace

Timeline timeline(const Period &first, const Period &last)
{
    Timeline t;
    for (Period p = first; !(last < p); p = p.next()) {
        t.periods.push_back(p);
        t.keys.push_back(p.key());
        t.labels.push_back(p.label());
    }
    return t;
}

double round1(double x)
{
    return std::round(x * 10.0) / 10.0;
}

std::vector<Point> makeSeries(const Template &t, const Timeline &tl, Frequency frequency, double shift, double scale,
                              double latestTarget, Chance &rng)
{
    const int n = static_cast<int>(tl.periods.size());
    const RawSeries drawn = rawSeries(t, tl, frequency, shift, scale, rng);
    const std::vector<double> &levels = drawn.levels;
    const std::vector<double> &raw = drawn.raw;
    const std::vector<double> &dens = drawn.dens;

    std::array<double, 8> jitter{};
    for (double &j : jitter)
        j = rng.normal();

    std::vector<Point> points(static_cast<size_t>(n));
    const auto realiseAll = [&](const std::vector<double> &series) {
        for (int i = 0; i < n; ++i)
            points[static_cast<size_t>(i)] = realise(t, series[static_cast<size_t>(i)], dens[static_cast<size_t>(i)]);
    };
    if (t.special == Special::None) {
        realiseAll(raw);
    } else {
        // Too weak and noise hides it; too strong and a rule of higher priority claims the points
        // (a run far above the mean is beyond the limits), so try a little either way.
        for (const double strength : {1.0, 0.8, 1.25, 0.65, 1.5, 0.5, 1.8, 0.4, 2.2}) {
            std::vector<double> shaped = raw;
            shapeSpecial(t, shaped, levels, dens, jitter, strength);
            realiseAll(shaped);
            std::vector<double> values;
            values.reserve(static_cast<size_t>(n));
            for (const Point &p : points)
                values.push_back(p.value.value_or(0));
            if (specialHolds(t.special, values, t.polarity))
                break;
        }
    }
    fitDesign(t, points.back(), latestTarget, dens.back());
    return points;
}

} // namespace assure::demo
