// Performance indicators, their measurements, targets and benchmarks, and the words that name them.
#include "core/indicator.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <initializer_list>

namespace assure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("assure::Indicator", text);
}

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
        out << tr("The indicator needs a code.");
    else if (!isValidIndicatorCode(c))
        out << tr("The code “%1” may hold only letters, digits, single spaces and . - _ /, "
                  "start with a letter or digit and be at most 32 characters long.")
                   .arg(c);
    if (title.trimmed().isEmpty())
        out << tr("The indicator needs a title.");
    return out;
}

bool Indicator::operator==(const Indicator &o) const
{
    return id == o.id && code == o.code && title == o.title && definition == o.definition
        && unit == o.unit && polarity == o.polarity && frequency == o.frequency
        && ownerAgencyId == o.ownerAgencyId && priorityId == o.priorityId
        && dataSource == o.dataSource && statutory == o.statutory && annualTarget == o.annualTarget;
}

QStringList Measurement::problems() const
{
    QStringList out;
    if (!Period::fromKey(periodKey))
        out << tr("“%1” is not a reporting period.").arg(periodKey);
    // A numerator without its denominator (or the other way round) is allowed: people fill a
    // grid one cell at a time.
    if (denominator && *denominator == 0)
        out << tr("The denominator cannot be zero.");
    return out;
}

bool Measurement::operator==(const Measurement &o) const
{
    return indicatorId == o.indicatorId && periodKey == o.periodKey && value == o.value
        && numerator == o.numerator && denominator == o.denominator
        && commentary == o.commentary && quality == o.quality;
}

std::optional<double> targetFor(const Indicator &indicator, const Period &period,
                                const QList<Target> &targets)
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
    switch (polarity) {
    case Polarity::HigherIsBetter: return QStringLiteral("higher");
    case Polarity::LowerIsBetter: return QStringLiteral("lower");
    case Polarity::None: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

Polarity polarityFromKey(const QString &key)
{
    for (Polarity p : allPolarities())
        if (polarityKey(p) == key)
            return p;
    return Polarity::None;
}

QString polarityLabel(Polarity polarity)
{
    switch (polarity) {
    case Polarity::HigherIsBetter: return tr("Higher is better");
    case Polarity::LowerIsBetter: return tr("Lower is better");
    case Polarity::None: return tr("Information only");
    }
    return {};
}

std::optional<Polarity> parsePolarity(const QString &text)
{
    const QString w = normalised(text);
    if (isOneOf(w, {"higher", "higher is better", "high", "high is good", "higher better", "up",
                    "increase", "bigger is better", "more is better"}))
        return Polarity::HigherIsBetter;
    if (isOneOf(w, {"lower", "lower is better", "low", "low is good", "lower better", "down",
                    "decrease", "smaller is better", "less is better"}))
        return Polarity::LowerIsBetter;
    if (isOneOf(w, {"none", "n/a", "na", "no polarity", "neither", "information only",
                    "information", "info", "info only", "context", "neutral"}))
        return Polarity::None;
    return std::nullopt;
}

QList<Polarity> allPolarities()
{
    return {Polarity::HigherIsBetter, Polarity::LowerIsBetter, Polarity::None};
}

// ---- Unit

QString unitKey(Unit unit)
{
    switch (unit) {
    case Unit::Percent: return QStringLiteral("percent");
    case Unit::Count: return QStringLiteral("count");
    case Unit::Rate: return QStringLiteral("rate");
    case Unit::Days: return QStringLiteral("days");
    case Unit::Money: return QStringLiteral("money");
    }
    return QStringLiteral("count");
}

Unit unitFromKey(const QString &key)
{
    for (Unit u : allUnits())
        if (unitKey(u) == key)
            return u;
    return Unit::Count;
}

QString unitLabel(Unit unit)
{
    switch (unit) {
    case Unit::Percent: return tr("Percentage");
    case Unit::Count: return tr("Count");
    case Unit::Rate: return tr("Rate");
    case Unit::Days: return tr("Days");
    case Unit::Money: return tr("Money");
    }
    return {};
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
    return {Unit::Percent, Unit::Count, Unit::Rate, Unit::Days, Unit::Money};
}

// ---- Frequency

QString frequencyKey(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly: return QStringLiteral("monthly");
    case Frequency::Quarterly: return QStringLiteral("quarterly");
    case Frequency::Annual: return QStringLiteral("annual");
    }
    return QStringLiteral("quarterly");
}

Frequency frequencyFromKey(const QString &key)
{
    for (Frequency f : allFrequencies())
        if (frequencyKey(f) == key)
            return f;
    return Frequency::Quarterly;
}

QString frequencyLabel(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Monthly: return tr("Monthly");
    case Frequency::Quarterly: return tr("Quarterly");
    case Frequency::Annual: return tr("Annual");
    }
    return {};
}

std::optional<Frequency> parseFrequency(const QString &text)
{
    const QString w = normalised(text);
    if (isOneOf(w, {"monthly", "month", "months", "m", "per month", "every month"}))
        return Frequency::Monthly;
    if (isOneOf(w, {"quarterly", "quarter", "quarters", "q", "per quarter", "every quarter"}))
        return Frequency::Quarterly;
    if (isOneOf(w, {"annual", "annually", "yearly", "year", "years", "y", "a", "per year",
                    "every year", "per annum"}))
        return Frequency::Annual;
    return std::nullopt;
}

QList<Frequency> allFrequencies()
{
    return {Frequency::Monthly, Frequency::Quarterly, Frequency::Annual};
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
    switch (quality) {
    case DataQuality::Validated: return QStringLiteral("validated");
    case DataQuality::Provisional: return QStringLiteral("provisional");
    case DataQuality::Estimated: return QStringLiteral("estimated");
    }
    return QStringLiteral("validated");
}

DataQuality dataQualityFromKey(const QString &key)
{
    for (DataQuality q : allDataQualities())
        if (dataQualityKey(q) == key)
            return q;
    return DataQuality::Validated;
}

QString dataQualityLabel(DataQuality quality)
{
    switch (quality) {
    case DataQuality::Validated: return tr("Validated");
    case DataQuality::Provisional: return tr("Provisional");
    case DataQuality::Estimated: return tr("Estimated");
    }
    return {};
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
    return {DataQuality::Validated, DataQuality::Provisional, DataQuality::Estimated};
}

} // namespace assure
