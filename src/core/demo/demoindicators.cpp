// Demo performance data: real-world safeguarding indicators with years of values, the same for the same seed.
#include "core/demo/demoindicators.h"

#include "core/demo/demochance.h"
#include "core/demo/democommentary.h"
#include "core/demo/demoindicatortemplates.h"
#include "core/demo/demoseries.h"

#include <algorithm>
#include <array>

namespace assure {

namespace {
using namespace demo;

// The places the large demo's copies of an indicator stand for.
const std::array<const char *, 24> kLocalities = {
    "Ashby Vale", "Carrow",     "Denholm",        "Eastwick",     "Farley Moor", "Gillingford",
    "Harrowden",  "Kelsey",     "Langmere",       "Marston Fold", "Northcote",   "Oakhurst",
    "Pennington", "Queensbury", "Redbridge Vale", "Saltmarsh",    "Thornley",    "Upwell",
    "Vernham",    "Whitlow",    "Yardley Cross",  "Brackenfield", "Cold Ashby",  "Dunmore"};

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
};

// One indicator being generated: what each step of it needs.
struct Job
{
    const Template &t;
    qint64 id; // its position in the data plus 1
    const Timeline &tl;
    Frequency frequency; // the template's, or monthly in the large demo
};

// The indicator's definition; copies in the large demo are coded and titled for their locality.
Indicator makeIndicator(const Job &job, int copy, bool large)
{
    const Template &t = job.t;
    Indicator ind;
    ind.code = QString::fromUtf8(t.code);
    ind.title = QString::fromUtf8(t.title);
    if (large) {
        ind.code += QStringLiteral("-L%1").arg(copy + 1, 2, 10, QLatin1Char('0'));
        const size_t where = static_cast<size_t>(copy) % kLocalities.size();
        ind.title += QStringLiteral(" (%1)").arg(QString::fromUtf8(kLocalities[where]));
    }
    ind.definition = QString::fromUtf8(t.definition);
    ind.unit = t.unit;
    ind.polarity = t.polarity;
    ind.frequency = job.frequency;
    ind.dataSource = QString::fromUtf8(t.source);
    ind.statutory = t.statutory;
    if (given(t.target))
        ind.annualTarget = t.target;
    return ind;
}

// The target of each financial year from the first the values touch to the current one.
struct YearTargets
{
    int firstYear = 0;
    std::vector<double> values; // kNone for an indicator without a target

    double of(const Period &period) const { return values[static_cast<size_t>(period.financialYear() - firstYear)]; }
};

// Targets for every financial year the values touch and the current one; easier further back.
YearTargets addTargets(const Job &job, const Context &ctx, DemoIndicatorData &out)
{
    const Template &t = job.t;
    YearTargets targets;
    targets.firstYear = job.tl.periods.front().financialYear();
    for (int y = targets.firstYear; y <= ctx.currentYear; ++y) {
        if (!given(t.target)) {
            targets.values.push_back(kNone);
            continue;
        }
        const int back = ctx.currentYear - y;
        double v = t.target + (t.polarity == Polarity::LowerIsBetter ? 1 : -1) * t.targetStep * back;
        if (t.unit == Unit::Percent)
            v = std::clamp(v, 0.0, 100.0);
        v = std::max(v, 0.0);
        targets.values.push_back(v);
        out.targets.push_back({job.id, Period::year(y, ctx.fyStartMonth).key(), v});
    }
    return targets;
}

enum class Gap { None, Missing, NoValue };

// Gaps: now and then a month or quarter without a return (small demo only).
std::vector<Gap> gapsFor(const Job &job, bool large, Chance &rng)
{
    const int n = static_cast<int>(job.tl.periods.size());
    std::vector<Gap> gaps(static_cast<size_t>(n), Gap::None);
    if (!large && job.t.special == Special::None && job.frequency != Frequency::Annual) {
        const double chance = job.frequency == Frequency::Monthly ? 0.016 : 0.012;
        int count = 0;
        for (int i = 1; i < n - 3 && count < 2; ++i) {
            if (rng.oneIn(chance)) {
                gaps[static_cast<size_t>(i)] = rng.below(3) == 0 ? Gap::NoValue : Gap::Missing;
                ++count;
                ++i; // never two in a row
            }
        }
    }
    return gaps;
}

// One measurement for each period but the missing ones, with its quality and commentary.
void addMeasurements(const Job &job, const std::vector<Point> &points, const std::vector<Gap> &gaps,
                     const YearTargets &targets, Chance &rng, DemoIndicatorData &out)
{
    const Timeline &tl = job.tl;
    const Frequency frequency = job.frequency;
    const int n = static_cast<int>(tl.periods.size());
    // The period after the latest, for "by when" in commentary: the quarter after next or next year.
    const Period latest = tl.periods.back();
    const Period byWhen =
        frequency == Frequency::Annual ? latest.next() : latest.enclosing(Period::Kind::Quarter).offset(2);
    Commentary commentary(job.t, frequency, byWhen.label());

    for (int i = 0; i < n; ++i) {
        const size_t k = static_cast<size_t>(i);
        if (gaps[k] == Gap::Missing) {
            commentary.skip(tl.labels[k]);
            continue;
        }
        Measurement m;
        m.indicatorId = job.id;
        m.periodKey = tl.keys[k];
        const bool isLatest = i == n - 1;
        const double target = targets.of(tl.periods[k]);
        commentary.begin(tl.labels[k], rng);

        if (gaps[k] == Gap::NoValue) {
            m.quality = DataQuality::Provisional;
            m.commentary = commentary.notReceived();
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

        m.commentary = commentary.figure(i, n, p.value, m.quality, target, rng);
        out.measurements.push_back(std::move(m));
    }
}

// Benchmarks for statutory measures: national, regional and statistical neighbours for each
// financial year already over; for quarterly measures also the regional benchmarking club's
// quarterly figures (regional and neighbours only: national figures come once a year).
void addBenchmarks(const Job &job, const Context &ctx, Chance &rng, DemoIndicatorData &out)
{
    const Template &t = job.t;
    const Timeline &tl = job.tl;
    const Frequency frequency = job.frequency;
    const qint64 id = job.id;
    const int n = static_cast<int>(tl.periods.size());
    const int firstYear = tl.periods.front().financialYear();
    if (!t.statutory || !given(t.national))
        return;
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

// Generates one indicator with everything that belongs to it and appends it to out.
void generateOne(const Template &t, int copy, const Timeline &tl, const Context &ctx, const QStringList &agencyNames,
                 Chance &rng, DemoIndicatorData &out)
{
    const Job job{t, static_cast<qint64>(out.indicators.size()) + 1, tl, ctx.large ? Frequency::Monthly : t.frequency};

    // Copies in the large demo stand for localities: the same measure at a slightly different level.
    const double shift = ctx.large && copy > 0 ? 0.6 * t.noise * rng.normal() : 0.0;
    const double scale = ctx.large && copy > 0 ? 0.85 + 0.3 * rng.uniform() : 1.0;

    Indicator ind = makeIndicator(job, copy, ctx.large);
    const YearTargets targets = addTargets(job, ctx, out);
    const std::vector<Point> points =
        makeSeries(t, tl, job.frequency, shift, scale, targets.of(tl.periods.back()), rng);
    const std::vector<Gap> gaps = gapsFor(job, ctx.large, rng);
    addMeasurements(job, points, gaps, targets, rng, out);
    addBenchmarks(job, ctx, rng, out);

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
        const Timeline &tl = t.frequency == Frequency::Monthly     ? months
                             : t.frequency == Frequency::Quarterly ? quarters
                                                                   : years;
        generateOne(t, 0, tl, ctx, agencyNames, rng, out);
    }
    return out;
}

} // namespace assure
