// Demo performance data: real-world safeguarding indicators with years of values, the same for the same seed.
#include "core/demoindicators.h"

#include "core/demoindicatortemplates.h"

#include "core/rag.h"
#include "core/spc.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace assure {

namespace {
using namespace demo;

// Commentary any casework timeliness measure can carry: "better" and "worse" follow polarity.
const std::array<const char *, 3> kBetter = {
    "Better than last {unit} ({prev}); the weekly performance clinic keeps attention on the cases "
    "closest to timescale.",
    "Validated figure; the backlog was cleared after agency staff were recruited to the {team}.",
    "Back within the expected range after last {unit}'s dip, as the {team} returned to full establishment.",
};
const std::array<const char *, 3> kWorse = {
    "Not as good as last {unit} ({prev}). Sickness absence in the {team} accounts for most of the "
    "shortfall; a manager has reviewed every case out of timescale.",
    "Dip reflects {n} cases recorded late, which will be picked up in the validated return.",
    "The {team} prioritised new work during a period of high demand. The Performance and Data "
    "sub-group will look at this again next {unit}.",
};
const std::array<const char *, 2> kCaseworkSteady = {
    "Steady. A dip sample of {n2} records by the QA officer found the recording accurate.",
    "Little change from {prev}; the {team} is holding performance while demand stays high.",
};
// Commentary that fits any measure: it says which way the figure went and no more.
const std::array<const char *, 2> kUp = {
    "Up from {prev} last {unit}; within the usual range of variation.",
    "Higher than last {unit} ({prev}); the Performance and Data sub-group will watch whether it continues.",
};
const std::array<const char *, 2> kDown = {
    "Down from {prev} last {unit}; within the usual range of variation.",
    "Lower than last {unit} ({prev}); no single cause identified, and the service will keep it under review.",
};
const std::array<const char *, 2> kSteady = {
    "In line with the average of recent {units}; no exception to report.",
    "Much the same as last {unit} ({prev}).",
};
const std::array<const char *, 2> kEstimated = {
    "Estimated: the extract was incomplete after a system outage late in the {unit}; the figure will be "
    "replaced when the full data is available.",
    "Estimated from the first three weeks of the {unit}, as the return arrived after the reporting deadline.",
};
const char *const kMissingBefore =
    "No figure for {missing}: the extract failed during the case management system upgrade and the "
    "{unit} could not be rebuilt.";
const char *const kNotReceived =
    "Not available: the return for {period} had not been received by the reporting deadline.";
const char *const kValidatedPrefix = "Validated figure; ";
const char *const kException =
    "Off target: {value} against {target}. {why} A recovery plan with a trajectory back to target by "
    "{by} was agreed at the Performance and Data sub-group.";

const std::array<const char *, 24> kLocalities = {
    "Ashby Vale",  "Carrow",       "Denholm",    "Eastwick",   "Farley Moor", "Gillingford",
    "Harrowden",   "Kelsey",       "Langmere",   "Marston Fold", "Northcote", "Oakhurst",
    "Pennington",  "Queensbury",   "Redbridge Vale", "Saltmarsh", "Thornley",  "Upwell",
    "Vernham",     "Whitlow",      "Yardley Cross", "Brackenfield", "Cold Ashby", "Dunmore"};

// Activity dips in August and late December and picks up in the autumn term.
const std::array<double, 12> kSeason = {1.02, 1.0, 1.03, 0.97, 1.0, 1.01, 0.98, 0.86, 1.01, 1.06, 1.04, 0.92};

class Chance
{
public:
    explicit Chance(quint32 seed) : m_rng(seed) {}

    double uniform() { return m_rng.generateDouble(); }
    double normal()
    {
        const double u1 = 1.0 - m_rng.generateDouble(); // (0, 1]
        const double u2 = m_rng.generateDouble();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * kPi * u2);
    }
    int below(int n) { return static_cast<int>(m_rng.bounded(static_cast<quint32>(n))); }
    bool oneIn(double probability) { return uniform() < probability; }

private:
    QRandomGenerator m_rng;
};

struct Timeline
{
    std::vector<Period> periods;
    std::vector<QString> keys;
    std::vector<QString> labels;
};

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

// One period's numbers after rounding as a return would print them.
struct Point
{
    std::optional<double> value;
    std::optional<double> numerator;
    std::optional<double> denominator;
};

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
    case Unit::Count:
        p.value = std::round(v);
        break;
    case Unit::Money:
        p.value = std::round(v / 100.0) * 100.0;
        break;
    case Unit::Rate:
    case Unit::Days:
        p.value = round1(v);
        break;
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
    case Special::OutsideLimits:
        return ruleAt(n - kOutsideFromEnd) == SpcRule::OutsideLimits;
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
    case Special::None:
        return;
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
            raw[static_cast<size_t>(n - kTrendLength + k)] = start + k * step + 0.15 * step * std::clamp(jitter[static_cast<size_t>(k)], -1.0, 1.0);
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

QString unitWord(Frequency f, bool plural)
{
    switch (f) {
    case Frequency::Monthly: return plural ? QStringLiteral("months") : QStringLiteral("month");
    case Frequency::Quarterly: return plural ? QStringLiteral("quarters") : QStringLiteral("quarter");
    case Frequency::Annual: return plural ? QStringLiteral("years") : QStringLiteral("year");
    }
    return {};
}

class Formatter
{
public:
    Formatter() : m_locale(QLocale::English, QLocale::UnitedKingdom) {}

    QString value(Unit unit, double v) const
    {
        switch (unit) {
        case Unit::Percent: return m_locale.toString(v, 'f', 1) + QLatin1Char('%');
        case Unit::Count: return m_locale.toString(v, 'f', 0);
        case Unit::Money: return QString::fromUtf8("£") + m_locale.toString(v, 'f', 0);
        case Unit::Days: return m_locale.toString(v, 'f', 1) + QStringLiteral(" days");
        case Unit::Rate: return m_locale.toString(v, 'f', 1);
        }
        return {};
    }

private:
    QLocale m_locale;
};

// What commentary may say about one period.
struct Story
{
    QString team;
    QString unit;
    QString units;
    QString value;
    QString prev;
    QString target;
    QString period;
    QString missing;
    QString by;
    QString why;
    int n = 0;
    int n2 = 0;
};

QString tell(const char *text, const Story &s)
{
    QString out = QString::fromUtf8(text);
    if (!out.contains(QLatin1Char('{')))
        return out;
    const std::array<std::pair<QLatin1String, const QString *>, 9> words = {{
        {QLatin1String("{team}"), &s.team},
        {QLatin1String("{units}"), &s.units},
        {QLatin1String("{unit}"), &s.unit},
        {QLatin1String("{value}"), &s.value},
        {QLatin1String("{prev}"), &s.prev},
        {QLatin1String("{target}"), &s.target},
        {QLatin1String("{period}"), &s.period},
        {QLatin1String("{missing}"), &s.missing},
        {QLatin1String("{by}"), &s.by},
    }};
    for (const auto &w : words)
        out.replace(w.first, *w.second);
    out.replace(QLatin1String("{why}"), s.why);
    out.replace(QLatin1String("{n2}"), QString::number(s.n2));
    out.replace(QLatin1String("{n}"), QString::number(s.n));
    return out;
}

QString ownerFor(const Template &t, int copy, const QStringList &agencyNames)
{
    const QStringList words = QString::fromUtf8(t.owner).split(QLatin1Char('|'), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        QStringList matches;
        for (const QString &name : agencyNames)
            if (name.contains(word, Qt::CaseInsensitive))
                matches << name;
        if (!matches.isEmpty())
            return matches.at(copy % matches.size());
    }
    return {};
}

struct Context
{
    bool large = false;
    int fyStartMonth = 4;
    int currentYear = 0; // the financial year holding today
    Formatter format;
};

// Generates one indicator with everything that belongs to it and appends it to out.
void generateOne(const Template &t, int copy, const Timeline &tl, const Context &ctx,
                 const QStringList &agencyNames, Chance &rng, DemoIndicatorData &out)
{
    const qint64 id = static_cast<qint64>(out.indicators.size()) + 1;
    const int n = static_cast<int>(tl.periods.size());
    const Frequency frequency = ctx.large ? Frequency::Monthly : t.frequency;

    // Copies in the large demo stand for localities: the same measure at a slightly different level.
    const double shift = ctx.large && copy > 0 ? 0.6 * t.noise * rng.normal() : 0.0;
    const double scale = ctx.large && copy > 0 ? 0.85 + 0.3 * rng.uniform() : 1.0;

    Indicator ind;
    ind.code = QString::fromUtf8(t.code);
    ind.title = QString::fromUtf8(t.title);
    if (ctx.large) {
        ind.code += QStringLiteral("-L%1").arg(copy + 1, 2, 10, QLatin1Char('0'));
        const size_t where = static_cast<size_t>(copy) % kLocalities.size();
        ind.title += QStringLiteral(" (%1)").arg(QString::fromUtf8(kLocalities[where]));
    }
    ind.definition = QString::fromUtf8(t.definition);
    ind.unit = t.unit;
    ind.polarity = t.polarity;
    ind.frequency = frequency;
    ind.dataSource = QString::fromUtf8(t.source);
    ind.statutory = t.statutory;
    if (given(t.target))
        ind.annualTarget = t.target;

    // Targets for every financial year the values touch and the current one; easier further back.
    const int firstYear = tl.periods.front().financialYear();
    std::vector<double> yearTargets;
    for (int y = firstYear; y <= ctx.currentYear; ++y) {
        if (!given(t.target)) {
            yearTargets.push_back(kNone);
            continue;
        }
        const int back = ctx.currentYear - y;
        double v = t.target + (t.polarity == Polarity::LowerIsBetter ? 1 : -1) * t.targetStep * back;
        if (t.unit == Unit::Percent)
            v = std::clamp(v, 0.0, 100.0);
        v = std::max(v, 0.0);
        yearTargets.push_back(v);
        out.targets.push_back({id, Period::year(y, ctx.fyStartMonth).key(), v});
    }
    const auto targetAt = [&](int i) {
        return yearTargets[static_cast<size_t>(tl.periods[static_cast<size_t>(i)].financialYear() - firstYear)];
    };

    // The raw series: a gentle drift from the old level to today's, a wandering component, noise.
    std::vector<double> levels(static_cast<size_t>(n));
    std::vector<double> raw(static_cast<size_t>(n));
    std::vector<double> dens(static_cast<size_t>(n), 0.0);
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
        levels[k] = level;
        walk = 0.5 * walk + 0.35 * t.noise * rng.normal();
        raw[k] = level + walk + t.noise * rng.normal();
        if (t.unit == Unit::Percent && t.denominator > 0) {
            const double expected = t.denominator * scale * season;
            dens[k] = std::max(1.0, std::round(expected * (1.0 + 0.06 * rng.normal())));
        }
    }

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
    fitDesign(t, points.back(), targetAt(n - 1), dens.back());

    // Gaps: now and then a month or quarter without a return (small demo only).
    enum class Gap { None, Missing, NoValue };
    std::vector<Gap> gaps(static_cast<size_t>(n), Gap::None);
    if (!ctx.large && t.special == Special::None && frequency != Frequency::Annual) {
        const double chance = frequency == Frequency::Monthly ? 0.016 : 0.012;
        int count = 0;
        for (int i = 1; i < n - 3 && count < 2; ++i) {
            if (rng.oneIn(chance)) {
                gaps[static_cast<size_t>(i)] = rng.below(3) == 0 ? Gap::NoValue : Gap::Missing;
                ++count;
                ++i; // never two in a row
            }
        }
    }

    // The period after the latest, for "by when" in commentary: the quarter after next or next year.
    const Period latest = tl.periods.back();
    const Period byWhen = frequency == Frequency::Annual
        ? latest.next()
        : latest.enclosing(Period::Kind::Quarter).offset(2);

    Story story;
    story.team = QString::fromUtf8(t.team);
    story.unit = unitWord(frequency, false);
    story.units = unitWord(frequency, true);
    story.by = byWhen.label();
    // The indicator's own notes tell of one-off events, so each is used once; the general ones
    // may come again, though not twice running.
    std::array<bool, 2> upUsed = {false, false};
    std::array<bool, 2> downUsed = {false, false};
    const char *lastNote = nullptr;
    const auto chooseNote = [&](int direction) -> const char * {
        if (direction != 0) {
            const auto &own = direction > 0 ? t.up : t.down;
            auto &used = direction > 0 ? upUsed : downUsed;
            const int first = rng.below(2);
            for (int k = 0; k < 2; ++k) {
                const size_t j = static_cast<size_t>((first + k) % 2);
                if (own[j] && !used[j] && rng.oneIn(0.55)) {
                    used[j] = true;
                    return lastNote = own[j];
                }
            }
        }
        std::array<const char *, 5> pool{};
        size_t size = 0;
        const auto add = [&pool, &size](const auto &list) {
            for (const char *text : list)
                pool[size++] = text;
        };
        const bool better = (direction > 0) == (t.polarity == Polarity::HigherIsBetter);
        if (direction > 0)
            add(kUp);
        else if (direction < 0)
            add(kDown);
        else
            add(kSteady);
        if (t.process && t.polarity != Polarity::None) {
            if (direction == 0)
                add(kCaseworkSteady);
            else
                add(better ? kBetter : kWorse);
        }
        size_t at = static_cast<size_t>(rng.below(static_cast<int>(size)));
        if (pool[at] == lastNote)
            at = (at + 1) % size;
        return lastNote = pool[at];
    };

    std::optional<double> previous;
    QString missingLabel;
    for (int i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        if (gaps[k] == Gap::Missing) {
            missingLabel = tl.labels[k];
            continue;
        }
        Measurement m;
        m.indicatorId = id;
        m.periodKey = tl.keys[k];
        const bool isLatest = i == n - 1;
        const double target = targetAt(i);

        story.period = tl.labels[k];
        story.n = 2 + rng.below(6);
        story.n2 = 10 + 5 * rng.below(5);

        if (gaps[k] == Gap::NoValue) {
            m.quality = DataQuality::Provisional;
            m.commentary = tell(kNotReceived, story);
            out.measurements.push_back(std::move(m));
            continue;
        }
        const Point &p = points[k];
        m.value = p.value;
        m.numerator = p.numerator;
        m.denominator = p.denominator;

        // Recent periods are provisional; now and then a figure is estimated.
        const bool provisional = isLatest || (frequency == Frequency::Monthly && i == n - 2);
        if (provisional)
            m.quality = DataQuality::Provisional;
        else if (rng.oneIn(0.025))
            m.quality = DataQuality::Estimated;

        const double roll = rng.uniform();
        const int pick = rng.below(2);
        const bool special = t.special != Special::None;
        const int specialFirstAt = t.special == Special::Trend ? n - 4
                                 : t.special == Special::Run ? n - kRunLength
                                 : n - kOutsideFromEnd;
        const int specialLastAt = t.special == Special::OutsideLimits ? n - kOutsideFromEnd + 1 : n - 1;
        const bool speaks = (special && (i == specialFirstAt || i == specialLastAt)) || !missingLabel.isEmpty()
            || m.quality == DataQuality::Estimated
            || (previous && (roll < 0.2 || (isLatest && roll < 0.6) || (isLatest && t.design == Design::Red)));
        if (speaks) { // numbers are formatted only for the words that print them
            story.value = ctx.format.value(t.unit, *p.value);
            story.prev = previous ? ctx.format.value(t.unit, *previous) : QString();
            story.target = given(target) ? ctx.format.value(t.unit, target) : QString();
        }

        if (special && i == specialFirstAt) {
            m.commentary = tell(t.specialFirst, story);
        } else if (special && i == specialLastAt) {
            m.commentary = tell(t.specialLast, story);
        } else if (!missingLabel.isEmpty()) {
            story.missing = missingLabel;
            m.commentary = tell(kMissingBefore, story);
        } else if (m.quality == DataQuality::Estimated) {
            m.commentary = tell(kEstimated[static_cast<size_t>(pick)], story);
        } else if (speaks) {
            const double change = *p.value - *previous;
            const double threshold = 0.35 * t.noise;
            const int direction = change > threshold ? 1 : change < -threshold ? -1 : 0;
            if (isLatest && t.design == Design::Red && given(target)) {
                // A red latest period is an exception: the report explains it.
                const auto &worse = t.polarity == Polarity::LowerIsBetter ? t.up : t.down;
                story.why = tell(worse[static_cast<size_t>(pick)], story);
                m.commentary = tell(kException, story);
            } else {
                const char *note = chooseNote(direction);
                if (m.quality != DataQuality::Validated && qstrncmp(note, kValidatedPrefix, qstrlen(kValidatedPrefix)) == 0) {
                    QString rest = tell(note + qstrlen(kValidatedPrefix), story);
                    rest[0] = rest[0].toUpper();
                    m.commentary = rest;
                } else {
                    m.commentary = tell(note, story);
                }
            }
        }
        missingLabel.clear();
        previous = p.value;
        out.measurements.push_back(std::move(m));
    }

    // Benchmarks for statutory measures: national, regional and statistical neighbours for each
    // financial year already over; for quarterly measures also the regional benchmarking club's
    // quarterly figures (regional and neighbours only: national figures come once a year).
    if (t.statutory && given(t.national)) {
        // The country moves the same way as the area, at a quarter of the pace.
        const int perYear = frequency == Frequency::Monthly ? 12 : frequency == Frequency::Quarterly ? 4 : 1;
        const double drift = (t.level - t.startLevel) / std::max(1, n) * perYear * 0.25;
        const auto bound = [&t](double v) {
            v = std::max(v, 0.0);
            return t.unit == Unit::Percent ? std::min(v, 100.0) : v;
        };
        for (int y = firstYear; y < ctx.currentYear; ++y) {
            const int age = ctx.currentYear - 1 - y;
            const double national = t.national - drift * age + 0.12 * t.noise * rng.normal();
            Benchmark b;
            b.periodKey = Period::year(y, ctx.fyStartMonth).key();
            b.national = round1(bound(national));
            b.regional = round1(bound(national + t.regional + 0.2 * t.noise * rng.normal()));
            b.statisticalNeighbours = round1(bound(national + t.neighbours + 0.2 * t.noise * rng.normal()));
            out.benchmarks.emplace_back(id, b);
        }
        if (frequency == Frequency::Quarterly) {
            for (int i = 0; i < n; ++i) {
                const Period &q = tl.periods[static_cast<size_t>(i)];
                const int age = ctx.currentYear - 1 - q.financialYear();
                const double national = t.national - drift * age + 0.15 * t.noise * rng.normal();
                Benchmark b;
                b.periodKey = tl.keys[static_cast<size_t>(i)];
                b.regional = round1(bound(national + t.regional + 0.25 * t.noise * rng.normal()));
                b.statisticalNeighbours = round1(bound(national + t.neighbours + 0.25 * t.noise * rng.normal()));
                out.benchmarks.emplace_back(id, b);
            }
        }
    }

    out.indicators.push_back(std::move(ind));
    out.ownerAgencyNames.push_back(ownerFor(t, copy, agencyNames));
}

} // namespace

DemoIndicatorData generateDemoIndicators(bool large, quint32 seed, const QDate &today, int fyStartMonth,
                                         const QStringList &agencyNames)
{
    DemoIndicatorData out;
    if (!today.isValid() || fyStartMonth < 1 || fyStartMonth > 12)
        return out;
    Chance rng(seed);
    Context ctx;
    ctx.large = large;
    ctx.fyStartMonth = fyStartMonth;
    ctx.currentYear = Period::containing(today, Period::Kind::Year, fyStartMonth).financialYear();

    const auto span = [&](Period::Kind kind) {
        const Period last = Period::containing(today, kind, fyStartMonth).previous();
        const Period first = large ? last.offset(1 - kLargeMonths)
                                   : Period::year(ctx.currentYear - kSmallYears, fyStartMonth).enclosing(kind);
        return timeline(first, last);
    };

    const std::vector<Template> &all = templates();
    if (large) {
        std::vector<const Template *> monthly;
        for (const Template &t : all)
            if (t.frequency == Frequency::Monthly)
                monthly.push_back(&t);
        const Timeline months = span(Period::Kind::Month);
        out.indicators.reserve(kLargeCount);
        out.ownerAgencyNames.reserve(kLargeCount);
        out.measurements.reserve(static_cast<size_t>(kLargeCount) * months.periods.size());
        const int m = static_cast<int>(monthly.size());
        for (int i = 0; i < kLargeCount; ++i)
            generateOne(*monthly[static_cast<size_t>(i % m)], i / m, months, ctx, agencyNames, rng, out);
        return out;
    }

    const Timeline months = span(Period::Kind::Month);
    const Timeline quarters = span(Period::Kind::Quarter);
    const Timeline years = span(Period::Kind::Year);
    for (const Template &t : all) {
        const Timeline &tl = t.frequency == Frequency::Monthly ? months
                           : t.frequency == Frequency::Quarterly ? quarters
                                                                 : years;
        generateOne(t, 0, tl, ctx, agencyNames, rng, out);
    }
    return out;
}

} // namespace assure
