// The demo's commentary: what a service would write about the periods of one indicator.
#include "core/demo/democommentary.h"

#include "core/demo/demochance.h"

#include <utility>

namespace assure::demo {

namespace {

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

QString unitWord(Frequency f, bool plural)
{
    switch (f) {
    case Frequency::Monthly: return plural ? QStringLiteral("months") : QStringLiteral("month");
    case Frequency::Quarterly: return plural ? QStringLiteral("quarters") : QStringLiteral("quarter");
    case Frequency::Annual: return plural ? QStringLiteral("years") : QStringLiteral("year");
    }
    return {};
}

} // namespace

Commentary::Commentary(const Template &t, Frequency frequency, const QString &byWhen)
    : m_t(t), m_locale(QLocale::English, QLocale::UnitedKingdom)
{
    m_story.team = QString::fromUtf8(t.team);
    m_story.unit = unitWord(frequency, false);
    m_story.units = unitWord(frequency, true);
    m_story.by = byWhen;
}

void Commentary::begin(const QString &label, Chance &rng)
{
    m_story.period = label;
    m_story.n = 2 + rng.below(6);
    m_story.n2 = 10 + 5 * rng.below(5);
}

QString Commentary::notReceived() const
{
    return tell(kNotReceived);
}

QString Commentary::figure(int i, int n, std::optional<double> value, DataQuality quality, double target, Chance &rng)
{
    const bool isLatest = i == n - 1;
    const double roll = rng.uniform();
    const int pick = rng.below(2);
    const bool special = m_t.special != Special::None;
    const int specialFirstAt = m_t.special == Special::Trend ? n - 4
                               : m_t.special == Special::Run ? n - kRunLength
                                                             : n - kOutsideFromEnd;
    const int specialLastAt = m_t.special == Special::OutsideLimits ? n - kOutsideFromEnd + 1 : n - 1;
    const bool specialFirst = special && i == specialFirstAt;
    const bool specialLast = special && i == specialLastAt;
    const bool speaks =
        specialFirst || specialLast || !m_missing.isEmpty() || quality == DataQuality::Estimated ||
        (m_previous && (roll < 0.2 || (isLatest && roll < 0.6) || (isLatest && m_t.design == Design::Red)));
    QString text;
    if (speaks) { // numbers are formatted only for the words that print them
        m_story.value = format(*value);
        m_story.prev = m_previous ? format(*m_previous) : QString();
        m_story.target = given(target) ? format(target) : QString();
        text = explain(specialFirst, specialLast, quality, isLatest, *value, target, pick, rng);
    }
    m_missing.clear();
    m_previous = value;
    return text;
}

QString Commentary::explain(bool specialFirst, bool specialLast, DataQuality quality, bool latest, double value,
                            double target, int pick, Chance &rng)
{
    if (specialFirst)
        return tell(m_t.specialFirst);
    if (specialLast)
        return tell(m_t.specialLast);
    if (!m_missing.isEmpty()) {
        m_story.missing = m_missing;
        return tell(kMissingBefore);
    }
    if (quality == DataQuality::Estimated)
        return tell(kEstimated[static_cast<size_t>(pick)]);
    const double change = value - *m_previous;
    const double threshold = 0.35 * m_t.noise;
    const int direction = change > threshold ? 1 : change < -threshold ? -1 : 0;
    if (latest && m_t.design == Design::Red && given(target)) {
        // A red latest period is an exception: the report explains it.
        const auto &worse = m_t.polarity == Polarity::LowerIsBetter ? m_t.up : m_t.down;
        m_story.why = tell(worse[static_cast<size_t>(pick)]);
        return tell(kException);
    }
    const char *note = chooseNote(direction, rng);
    if (quality != DataQuality::Validated && qstrncmp(note, kValidatedPrefix, qstrlen(kValidatedPrefix)) == 0) {
        QString rest = tell(note + qstrlen(kValidatedPrefix));
        rest[0] = rest[0].toUpper();
        return rest;
    }
    return tell(note);
}

const char *Commentary::chooseNote(int direction, Chance &rng)
{
    if (direction != 0) {
        const auto &own = direction > 0 ? m_t.up : m_t.down;
        auto &used = direction > 0 ? m_upUsed : m_downUsed;
        const int first = rng.below(2);
        for (int k = 0; k < 2; ++k) {
            const size_t j = static_cast<size_t>((first + k) % 2);
            if (own[j] && !used[j] && rng.oneIn(0.55)) {
                used[j] = true;
                return m_lastNote = own[j];
            }
        }
    }
    std::array<const char *, 5> pool{};
    size_t size = 0;
    const auto add = [&pool, &size](const auto &list) {
        for (const char *text : list)
            pool[size++] = text;
    };
    const bool better = (direction > 0) == (m_t.polarity == Polarity::HigherIsBetter);
    if (direction > 0)
        add(kUp);
    else if (direction < 0)
        add(kDown);
    else
        add(kSteady);
    if (m_t.process && m_t.polarity != Polarity::None) {
        if (direction == 0)
            add(kCaseworkSteady);
        else
            add(better ? kBetter : kWorse);
    }
    size_t at = static_cast<size_t>(rng.below(static_cast<int>(size)));
    if (pool[at] == m_lastNote)
        at = (at + 1) % size;
    return m_lastNote = pool[at];
}

QString Commentary::tell(const char *text) const
{
    const Story &s = m_story;
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

QString Commentary::format(double v) const
{
    switch (m_t.unit) {
    case Unit::Percent: return m_locale.toString(v, 'f', 1) + QLatin1Char('%');
    case Unit::Count: return m_locale.toString(v, 'f', 0);
    case Unit::Money: return QString::fromUtf8("£") + m_locale.toString(v, 'f', 0);
    case Unit::Days: return m_locale.toString(v, 'f', 1) + QStringLiteral(" days");
    case Unit::Rate: return m_locale.toString(v, 'f', 1);
    }
    return {};
}

} // namespace assure::demo
