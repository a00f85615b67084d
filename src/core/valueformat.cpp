// How values are written: for people through QLocale, and for machines (JSON) plainly, side by side.
#include "core/valueformat.h"

#include <cmath>

namespace assure {

namespace {

constexpr int kExactDigits = 10;
constexpr int kThresholdPercentDigits = 4;

const QString &pound()
{
    static const QString sign = QStringLiteral("£");
    return sign;
}

} // namespace

double ValueFormat::shown(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(v * scale) / scale;
    // A small negative value that rounds to nothing is nothing: never "-0.0%".
    return rounded == 0 ? 0.0 : v;
}

int ValueFormat::decimals(Unit unit)
{
    switch (unit) {
    case Unit::Percent:
    case Unit::Rate: return 1;
    case Unit::Money: return 0;
    case Unit::Count:
    case Unit::Days: break;
    }
    return 1;
}

QString ValueFormat::value(Unit unit, const std::optional<double> &v) const
{
    if (!v)
        return {};
    switch (unit) {
    case Unit::Percent: return percent(*v, decimals(unit));
    case Unit::Money: return money(*v, decimals(unit));
    case Unit::Rate: return fixed(*v, decimals(unit));
    case Unit::Count:
    case Unit::Days: break;
    }
    // A whole number of cases or days reads as one; a part is shown to one decimal.
    const double tenths = std::round(*v * 10.0);
    return fixed(*v, std::fmod(tenths, 10.0) == 0 ? 0 : 1);
}

QString ValueFormat::percent(double points, int decimals) const
{
    return fixed(points, decimals) + m_locale.percent();
}

QString ValueFormat::achievement(const std::optional<double> &fraction) const
{
    return fraction ? percent(*fraction * 100.0, 1) : QString();
}

QString ValueFormat::money(double pounds, int decimals) const
{
    const double v = shown(pounds, decimals);
    const QString digits = m_locale.toString(std::fabs(v), 'f', decimals);
    return v < 0 ? m_locale.negativeSign() + pound() + digits : pound() + digits;
}

QString ValueFormat::fixed(double v, int decimals) const
{
    return m_locale.toString(shown(v, decimals), 'f', decimals);
}

QString ValueFormat::count(qint64 n) const
{
    return m_locale.toString(n);
}

QString ValueFormat::dataSize(qint64 bytes) const
{
    return m_locale.formattedDataSize(bytes);
}

QString ValueFormat::figure(double v, int significant) const
{
    if (!std::isfinite(v))
        return m_locale.toString(v);
    // Rounded to the significant digits by the exponent form, which rounds correctly at any
    // magnitude, then written in full with the shortest digits that give the rounded figure back:
    // no trailing zeros, no exponent, and no noise (1.1 x 100 is 110.00000000000001).
    const double rounded = QString::number(v, 'e', std::max(0, significant - 1)).toDouble();
    return m_locale.toString(rounded == 0 ? 0.0 : rounded, 'f', QLocale::FloatingPointShortest);
}

QString ValueFormat::rounded(double v, int decimals) const
{
    const double scale = std::pow(10.0, decimals);
    const double r = std::round(v * scale) / scale;
    if (!std::isfinite(r))
        return m_locale.toString(v, 'f', QLocale::FloatingPointShortest);
    return m_locale.toString(r == 0 ? 0.0 : r, 'f', QLocale::FloatingPointShortest);
}

QString ValueFormat::fractionAsPercent(double fraction) const
{
    return figure(fraction * 100.0, kThresholdPercentDigits) + m_locale.percent();
}

QString ValueFormat::exact(const std::optional<double> &v) const
{
    return v ? m_locale.toString(*v, 'g', kExactDigits) : QString();
}

bool ValueFormat::read(const QString &text, std::optional<double> *out) const
{
    QString t = text.trimmed();
    if (t.isEmpty()) {
        *out = std::nullopt;
        return true;
    }
    if (t.endsWith(m_locale.percent()))
        t.chop(m_locale.percent().size());
    t.remove(pound());
    bool ok = false;
    const double v = m_locale.toDouble(t.trimmed(), &ok);
    if (!ok || !std::isfinite(v)) // "inf" and "nan" read as numbers, but are no one's figures
        return false;
    *out = v;
    return true;
}

QString ValueFormat::unitPrefix(Unit unit) const
{
    return unit == Unit::Money ? pound() : QString();
}

QString ValueFormat::unitSuffix(Unit unit) const
{
    return unit == Unit::Percent ? m_locale.percent() : QString();
}

QString ValueFormat::axisLabelFormat(Unit unit, int decimals) const
{
    // QValueAxis finds the one "%.Nf" in the format and keeps the text either side as written,
    // so the prefix and suffix are the table's own.
    const QString number = QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
    return unitPrefix(unit) + number + unitSuffix(unit);
}

QString ValueFormat::date(const QDate &day) const
{
    return day.isValid() ? m_locale.toString(day, QLocale::ShortFormat) : QString();
}

QString ValueFormat::time(const QTime &clock) const
{
    return clock.isValid() ? m_locale.toString(clock, QLocale::ShortFormat) : QString();
}

QString ValueFormat::dateTime(const QDateTime &moment) const
{
    return moment.isValid() ? m_locale.toString(moment.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString ValueFormat::monthName(int month) const
{
    return month >= 1 && month <= 12 ? m_locale.standaloneMonthName(month) : QString();
}

QString ValueFormat::trend(Trend trend)
{
    return tr("%1 %2", "trend: arrow, then its word").arg(trendSymbol(trend), trendLabel(trend));
}

QString ValueFormat::variationShort(SpcVariation variation)
{
    switch (variation) {
    case SpcVariation::CommonCause: return tr("Common cause");
    case SpcVariation::ImprovementHigh: return tr("Improving ▲");
    case SpcVariation::ImprovementLow: return tr("Improving ▼");
    case SpcVariation::ConcernHigh: return tr("Concern ▲");
    case SpcVariation::ConcernLow: return tr("Concern ▼");
    case SpcVariation::NeutralHigh: return tr("Special ▲");
    case SpcVariation::NeutralLow: return tr("Special ▼");
    }
    return {};
}

QString ValueFormat::assuranceShort(SpcAssurance assurance)
{
    switch (assurance) {
    case SpcAssurance::Pass: return tr("Meets");
    case SpcAssurance::Fail: return tr("Fails");
    case SpcAssurance::Inconsistent: return tr("Hit and miss");
    }
    return {};
}

namespace machine {

QJsonValue number(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue date(const QDate &day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue dateTime(const QDateTime &moment)
{
    return moment.isValid() ? QJsonValue(moment.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString period(const Period &period)
{
    return period.label();
}

} // namespace machine

} // namespace assure
