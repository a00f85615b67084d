// Performance indicators, their measurements, targets and benchmarks, and the words that name them.
#include "core/indicators/indicator.h"

#include "core/enumnames.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <initializer_list>

namespace assure {

namespace {

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::Indicator)
};

constexpr auto kPolarityNames = enumNames<Polarity>(
    "assure::Indicator",
    {
        {Polarity::HigherIsBetter, u"higher", QT_TRANSLATE_NOOP("assure::Indicator", "Higher is better")},
        {Polarity::LowerIsBetter, u"lower", QT_TRANSLATE_NOOP("assure::Indicator", "Lower is better")},
        {Polarity::None, u"none", QT_TRANSLATE_NOOP("assure::Indicator", "Information only")},
    });

constexpr auto kUnitNames = enumNames<Unit>(
    "assure::Indicator", {
                             {Unit::Percent, u"percent", QT_TRANSLATE_NOOP("assure::Indicator", "Percentage")},
                             {Unit::Count, u"count", QT_TRANSLATE_NOOP("assure::Indicator", "Count")},
                             {Unit::Rate, u"rate", QT_TRANSLATE_NOOP("assure::Indicator", "Rate")},
                             {Unit::Days, u"days", QT_TRANSLATE_NOOP("assure::Indicator", "Days")},
                             {Unit::Money, u"money", QT_TRANSLATE_NOOP("assure::Indicator", "Money")},
                         });

constexpr auto kFrequencyNames = enumNames<Frequency>(
    "assure::Indicator", {
                             {Frequency::Monthly, u"monthly", QT_TRANSLATE_NOOP("assure::Indicator", "Monthly")},
                             {Frequency::Quarterly, u"quarterly", QT_TRANSLATE_NOOP("assure::Indicator", "Quarterly")},
                             {Frequency::Annual, u"annual", QT_TRANSLATE_NOOP("assure::Indicator", "Annual")},
                         });

constexpr auto kDataQualityNames = enumNames<DataQuality>(
    "assure::Indicator",
    {
        {DataQuality::Validated, u"validated", QT_TRANSLATE_NOOP("assure::Indicator", "Validated")},
        {DataQuality::Provisional, u"provisional", QT_TRANSLATE_NOOP("assure::Indicator", "Provisional")},
        {DataQuality::Estimated, u"estimated", QT_TRANSLATE_NOOP("assure::Indicator", "Estimated")},
    });

// Spreadsheets hold "Higher-is-better", "higher_is_better " and "HIGHER IS BETTER" alike.
QString normalised(const QString &text)
{
    QString out = text.toLower();
    out.replace(QLatin1Char('-'), QLatin1Char(' '));
    out.replace(QLatin1Char('_'), QLatin1Char(' '));
    return out.simplified();
}

bool isOneOf(const QString &word, std::initializer_list<const char *> choices)
{
    for (const char *c : choices)
        if (word == QString::fromUtf8(c)) // the choices hold "£"
            return true;
    return false;
}

} // namespace

bool isValidIndicatorCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9](?:[A-Za-z0-9 ._/-]{0,30}[A-Za-z0-9._/-])?$"));
    return re.match(code).hasMatch() && !code.contains(QStringLiteral("  "));
}

QStringList Indicator::problems() const
{
    QStringList out;
    const QString c = code.trimmed();
    if (c.isEmpty())
        out << Tr::tr("The indicator needs a code.");
    else if (!isValidIndicatorCode(c))
        out << Tr::tr("The code “%1” may hold only letters, digits, single spaces and . - _ /, "
                      "start with a letter or digit and be at most 32 characters long.")
                   .arg(c);
    if (title.trimmed().isEmpty())
        out << Tr::tr("The indicator needs a title.");
    return out;
}

bool Indicator::operator==(const Indicator &o) const
{
    return id == o.id && code == o.code && title == o.title && definition == o.definition && unit == o.unit &&
           polarity == o.polarity && frequency == o.frequency && ownerAgencyId == o.ownerAgencyId &&
           priorityId == o.priorityId && dataSource == o.dataSource && statutory == o.statutory &&
           annualTarget == o.annualTarget && domainId == o.domainId;
}

QStringList Measurement::problems() const
{
    QStringList out;
    if (!Period::fromKey(periodKey))
        out << Tr::tr("“%1” is not a reporting period.").arg(periodKey);
    // A numerator without its denominator (or the other way round) is allowed: people fill a
    // grid one cell at a time.
    if (denominator && *denominator == 0)
        out << Tr::tr("The denominator cannot be zero.");
    return out;
}

bool Measurement::operator==(const Measurement &o) const
{
    return indicatorId == o.indicatorId && periodKey == o.periodKey && value == o.value && numerator == o.numerator &&
           denominator == o.denominator && commentary == o.commentary && quality == o.quality;
}

std::optional<double> targetFor(const Indicator &indicator, const Period &period, const QList<Target> &targets)
{
    const QString ownKey = period.key();
    const QString yearKey = period.enclosing(Period::Kind::Year).key();
    std::optional<double> forYear;
    for (const Target &t : targets) {
        if (t.indicatorId != indicator.id)
            continue;
        if (t.periodKey == ownKey)
            return t.value;
        if (t.periodKey == yearKey)
            forYear = t.value;
    }
    if (forYear)
        return forYear;
    return indicator.annualTarget;
}

// ---- Polarity

QString polarityKey(Polarity polarity)
{
    return kPolarityNames.key(polarity);
}

Polarity polarityFromKey(const QString &key)
{
    return kPolarityNames.fromKey(key).value_or(Polarity::None);
}

QString polarityLabel(Polarity polarity)
{
    return kPolarityNames.label(polarity);
}

std::optional<Polarity> parsePolarity(const QString &text)
{
    const QString w = normalised(text);
    if (isOneOf(w, {"higher", "higher is better", "high", "high is good", "higher better", "up", "increase",
                    "bigger is better", "more is better"}))
        return Polarity::HigherIsBetter;
    if (isOneOf(w, {"lower", "lower is better", "low", "low is good", "lower better", "down", "decrease",
                    "smaller is better", "less is better"}))
        return Polarity::LowerIsBetter;
    if (isOneOf(w, {"none", "n/a", "na", "no polarity", "neither", "information only", "information", "info",
                    "info only", "context", "neutral"}))
        return Polarity::None;
    return std::nullopt;
}

QList<Polarity> allPolarities()
{
    return kPolarityNames.values();
}

// ---- Unit

QString unitKey(Unit unit)
{
    return kUnitNames.key(unit);
}

Unit unitFromKey(const QString &key)
{
    return kUnitNames.fromKey(key).value_or(Unit::Count);
}

QString unitLabel(Unit unit)
{
    return kUnitNames.label(unit);
}

std::optional<Unit> parseUnit(const QString &text)
{
    const QString w = normalised(text);
    if (isOneOf(w, {"percent", "percentage", "%", "pc", "per cent", "proportion"}))
        return Unit::Percent;
    if (isOneOf(w, {"count", "number", "no.", "no", "n", "#", "total"}))
        return Unit::Count;
    if (w == QLatin1String("rate") || w.startsWith(QLatin1String("rate per ")))
        return Unit::Rate;
    if (isOneOf(w, {"days", "day", "working days", "calendar days"}))
        return Unit::Days;
    if (isOneOf(w, {"money", "£", "gbp", "pounds", "cost", "currency"}))
        return Unit::Money;
    return std::nullopt;
}

QList<Unit> allUnits()
{
    return kUnitNames.values();
}

// ---- Frequency

QString frequencyKey(Frequency frequency)
{
    return kFrequencyNames.key(frequency);
}

Frequency frequencyFromKey(const QString &key)
{
    return kFrequencyNames.fromKey(key).value_or(Frequency::Quarterly);
}

QString frequencyLabel(Frequency frequency)
{
    return kFrequencyNames.label(frequency);
}

std::optional<Frequency> parseFrequency(const QString &text)
{
    const QString w = normalised(text);
    if (isOneOf(w, {"monthly", "month", "months", "m", "per month", "every month"}))
        return Frequency::Monthly;
    if (isOneOf(w, {"quarterly", "quarter", "quarters", "q", "per quarter", "every quarter"}))
        return Frequency::Quarterly;
    if (isOneOf(w, {"annual", "annually", "yearly", "year", "years", "y", "a", "per year", "every year", "per annum"}))
        return Frequency::Annual;
    return std::nullopt;
}

QList<Frequency> allFrequencies()
{
    return kFrequencyNames.values();
}

Period::Kind periodKind(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly: return Period::Kind::Month;
    case Frequency::Quarterly: return Period::Kind::Quarter;
    case Frequency::Annual: return Period::Kind::Year;
    }
    return Period::Kind::Quarter;
}

// ---- Data quality

QString dataQualityKey(DataQuality quality)
{
    return kDataQualityNames.key(quality);
}

DataQuality dataQualityFromKey(const QString &key)
{
    return kDataQualityNames.fromKey(key).value_or(DataQuality::Validated);
}

QString dataQualityLabel(DataQuality quality)
{
    return kDataQualityNames.label(quality);
}

std::optional<DataQuality> parseDataQuality(const QString &text)
{
    const QString w = normalised(text);
    if (isOneOf(w, {"validated", "valid", "verified", "final", "confirmed"}))
        return DataQuality::Validated;
    if (isOneOf(w, {"provisional", "prov", "unvalidated", "draft", "interim"}))
        return DataQuality::Provisional;
    if (isOneOf(w, {"estimated", "estimate", "est", "est.", "approximate", "approx"}))
        return DataQuality::Estimated;
    return std::nullopt;
}

QList<DataQuality> allDataQualities()
{
    return kDataQualityNames.values();
}

} // namespace assure
