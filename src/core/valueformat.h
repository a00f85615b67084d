// How values are written: for people through QLocale, and for machines (JSON) plainly, side by side.
#pragma once

#include "core/indicators/indicator.h"
#include "core/indicators/rag.h"
#include "core/indicators/spc.h"
#include "core/indicators/trend.h"
#include "core/period.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QLocale>
#include <QString>

#include <optional>

namespace assure {

// Values for people, in one place, so that a table, a chart, the CLI's text and a report print a
// value the same way. Numbers go through the locale it is made with, by default the default
// locale (the desktop app sets en_GB), so "1,234.5" reads "1.234,5" under de_DE. An empty value
// prints as empty text; a value that rounds to nothing prints without a minus sign.
//
// One form per unit, as the indicators table has always shown them:
// - percentage: one decimal and the sign, "87.5%";
// - money: whole pounds, "£420,000", "-£1,200". A board's money is sterling, so the symbol is
//   always "£" and never the locale's own currency (under de_DE a budget in pounds is not one in
//   euros); the locale gives the digits and separators;
// - rate: one decimal, "4.2";
// - count and days: one decimal, dropped when the figure rounds to a whole one, "12", "3.5".
class ValueFormat final
{
    Q_DECLARE_TR_FUNCTIONS(assure::ValueFormat)

public:
    ValueFormat() = default;
    explicit ValueFormat(const QLocale &locale) : m_locale(locale) {}

    const QLocale &locale() const { return m_locale; }

    // A value in its indicator's unit (see above); empty when there is none.
    QString value(Unit unit, const std::optional<double> &v) const;
    // The most decimals a unit is shown with; counts and days drop theirs when whole.
    static int decimals(Unit unit);

    // Percentage points at fixed decimals: 87.5 -> "87.5%".
    QString percent(double points, int decimals = 1) const;
    // Achievement, a fraction of target, as a percentage: 0.95 -> "95.0%"; empty when there is none.
    QString achievement(const std::optional<double> &fraction) const;
    // Sterling at fixed decimals: "£1,200", "-£1,200.50".
    QString money(double pounds, int decimals = 0) const;
    // A plain figure at fixed decimals: "1,234.5".
    QString fixed(double v, int decimals) const;
    // A number of things: 1234 -> "1,234".
    QString count(qint64 n) const;
    // The size of a file in bytes, in the binary units the system's file managers use: "1.46 KiB".
    QString dataSize(qint64 bytes) const;
    // A figure as someone set it (a threshold, a band's edge): at most `significant` digits, no
    // trailing zeros and never in exponent form: 82.5 -> "82.5", 75 -> "75", 1234567 -> "1,234,570".
    QString figure(double v, int significant = 6) const;
    // A figure rounded to at most `decimals` decimals, without trailing zeros: "87.5", "12", "0.25".
    QString rounded(double v, int decimals) const;
    // A threshold kept as a fraction, as the percentage someone set: 0.95 -> "95%", 1.1 -> "110%".
    QString fractionAsPercent(double fraction) const;
    // The figure as entered, to ten significant digits and without a unit: what an edit box
    // holds, so that what is typed back is what was stored, and a count shown as counted.
    // Empty when there is none.
    QString exact(const std::optional<double> &v) const;
    // Reads a figure as someone types it back: the exact form, or a shown one with its "%" or
    // "£" ("87.5%", "£1,250"); blank for none. Separators are the locale's and must stand where
    // it puts them, so under de_DE "87.5" is refused rather than read as 875. False, with `out`
    // untouched, when the text is no finite number.
    bool read(const QString &text, std::optional<double> *out) const;

    // The unit's sign around a figure: "%" after a percentage, "£" before money; nothing else.
    QString unitPrefix(Unit unit) const;
    QString unitSuffix(Unit unit) const;
    // A printf-style label format for a chart's value axis (QValueAxis::setLabelFormat, which
    // keeps the text around the number as written and puts the number through the chart's locale):
    // "%.1f%", "£%.0f".
    QString axisLabelFormat(Unit unit, int decimals) const;

    // A day, short: "30/09/2026" under en_GB.
    QString date(const QDate &day) const;
    // A time of day, short: "14:05" under en_GB.
    QString time(const QTime &clock) const;
    // A moment in the local time zone, short: "30/09/2026 14:05" under en_GB.
    QString dateTime(const QDateTime &moment) const;
    // A month of the year, 1 to 12, by its name as it stands alone: "September"; empty outside.
    QString monthName(int month) const;
    // A reporting period as boards write it: "2026/27 Q2", "Sep 2026".
    static QString period(const Period &period) { return period.label(); }

    // Status words. The words themselves are defined by their types (ragLabel, trendLabel...);
    // these are the forms the tables and charts show.
    static QString rag(Rag rag) { return ragLabel(rag); }
    // The trend with its arrow, which reads in black and white: "▲ Improving".
    static QString trend(Trend trend);
    // The full words of SPC variation and assurance, for tooltips and charts.
    static QString variation(SpcVariation variation) { return spcVariationLabel(variation); }
    static QString assurance(SpcAssurance assurance) { return spcAssuranceLabel(assurance); }
    // The short forms in the indicators table's icon columns: "Improving ▲", "Hit and miss".
    static QString variationShort(SpcVariation variation);
    static QString assuranceShort(SpcAssurance assurance);

private:
    // Rounds to the decimals shown and drops the sign of a negative value that rounds to zero.
    static double shown(double v, int decimals);

    QLocale m_locale;
};

// Values for machines: the CLI's JSON and anything else a program reads back. Numbers are never
// rounded, an absent value is null, days and moments are ISO 8601 (moments in UTC), and a status
// is its stable key ("green", "improving"), never its words.
namespace machine {

QJsonValue number(const std::optional<double> &v);
// "2026-09-30"; null when invalid.
QJsonValue date(const QDate &day);
// "2026-09-30T13:05:00Z"; null when invalid.
QJsonValue dateTime(const QDateTime &moment);
// The label, "2026/27 Q2", which --period reads back whatever the board's financial year.
QString period(const Period &period);

inline QString key(Rag rag)
{
    return ragKey(rag);
}
inline QString key(Trend trend)
{
    return trendKey(trend);
}
inline QString key(SpcVariation variation)
{
    return spcVariationKey(variation);
}
inline QString key(SpcAssurance assurance)
{
    return spcAssuranceKey(assurance);
}
inline QString key(SpcRule rule)
{
    return spcRuleKey(rule);
}
inline QString key(SpcPointType type)
{
    return spcPointTypeKey(type);
}
inline QString key(Polarity polarity)
{
    return polarityKey(polarity);
}
inline QString key(Unit unit)
{
    return unitKey(unit);
}
// A status that may be absent: its key, or null.
template <class E> QJsonValue key(const std::optional<E> &v)
{
    return v ? QJsonValue(key(*v)) : QJsonValue(QJsonValue::Null);
}

} // namespace machine

} // namespace assure
