// Reporting periods: financial years, quarters and months, printed and parsed as boards write them.
#include "core/period.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

namespace assure {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2199;

const std::array<const char *, 12> kShortMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
const std::array<const char *, 12> kLongMonths = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

int monthFromName(const QString &name)
{
    const QString lower = name.toLower();
    for (int i = 0; i < 12; ++i) {
        const QString full = QLatin1String(kLongMonths[static_cast<size_t>(i)]);
        if (lower == full || lower == full.left(3) || (i == 8 && lower == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

// Reads "2026/27", "2026-27", "2026/2027" (or "2026" when the year is the calendar year).
std::optional<int> parseYear(const QString &text, int fyStartMonth, QString *error)
{
    static const QRegularExpression split(QStringLiteral("^(\\d{4})\\s*[/-]\\s*(\\d{2}|\\d{4})$"));
    static const QRegularExpression single(QStringLiteral("^(\\d{4})$"));
    int first = 0;
    if (const auto m = split.match(text); m.hasMatch()) {
        first = m.captured(1).toInt();
        const QString second = m.captured(2);
        const int expected = first + 1;
        const bool follows = second.size() == 2 ? second.toInt() == expected % 100 : second.toInt() == expected;
        // "2026-09" is a month in ISO form; "2026-27" reads as a financial year, which wins
        // where both fit (only years up to 2011 can be read both ways).
        if (!follows && second.size() == 2 && text.contains(QLatin1Char('-')))
            return std::nullopt;
        if (!follows) {
            setError(error, QCoreApplication::translate("assure::Period",
                                                        "“%1” is not a financial year: the second year must follow the "
                                                        "first, as in %2")
                                .arg(text, Period::yearLabel(first, fyStartMonth)));
            return std::nullopt;
        }
        if (fyStartMonth == 1) {
            setError(error, QCoreApplication::translate("assure::Period",
                                                        "“%1” spans two years, but this board's year runs January to "
                                                        "December: write %2")
                                .arg(text)
                                .arg(first));
            return std::nullopt;
        }
    } else if (const auto s = single.match(text); s.hasMatch() && fyStartMonth == 1) {
        first = s.captured(1).toInt();
    } else {
        return std::nullopt;
    }
    if (first < kMinYear || first > kMaxYear) {
        setError(error, QCoreApplication::translate("assure::Period", "the year %1 is out of range (%2 to %3)")
                            .arg(first)
                            .arg(kMinYear)
                            .arg(kMaxYear));
        return std::nullopt;
    }
    return first;
}

} // namespace

Period::Period(Kind kind, int startYear, int index, int fyStartMonth)
    : m_kind(kind), m_startYear(startYear), m_index(index), m_fyStartMonth(fyStartMonth)
{
}

Period Period::year(int startYear, int fyStartMonth)
{
    return Period(Kind::Year, startYear, 1, fyStartMonth);
}

Period Period::quarter(int startYear, int quarter, int fyStartMonth)
{
    Q_ASSERT(quarter >= 1 && quarter <= 4);
    return Period(Kind::Quarter, startYear, quarter, fyStartMonth);
}

Period Period::month(int calendarYear, int month, int fyStartMonth)
{
    Q_ASSERT(month >= 1 && month <= 12);
    const int startYear = month >= fyStartMonth ? calendarYear : calendarYear - 1;
    const int index = (month - fyStartMonth + 12) % 12 + 1;
    return Period(Kind::Month, startYear, index, fyStartMonth);
}

Period Period::containing(const QDate &date, Kind kind, int fyStartMonth)
{
    const Period m = month(date.year(), date.month(), fyStartMonth);
    return m.enclosing(kind);
}

Period Period::enclosing(Kind kind) const
{
    if (kind == m_kind)
        return *this;
    switch (kind) {
    case Kind::Year: return year(m_startYear, m_fyStartMonth);
    case Kind::Quarter:
        // Only a month has a quarter above it; a year has none, so give its first quarter.
        return quarter(m_startYear, m_kind == Kind::Month ? (m_index - 1) / 3 + 1 : 1, m_fyStartMonth);
    case Kind::Month: break;
    }
    // A month "enclosing" a longer period: its first month.
    const int firstMonthIndex = m_kind == Kind::Quarter ? (m_index - 1) * 3 + 1 : 1;
    return Period(Kind::Month, m_startYear, firstMonthIndex, m_fyStartMonth);
}

QDate Period::start() const
{
    const int monthsIn = m_kind == Kind::Year ? 0 : m_kind == Kind::Quarter ? (m_index - 1) * 3 : m_index - 1;
    return QDate(m_startYear, m_fyStartMonth, 1).addMonths(monthsIn);
}

QDate Period::end() const
{
    const int length = m_kind == Kind::Year ? 12 : m_kind == Kind::Quarter ? 3 : 1;
    return start().addMonths(length).addDays(-1);
}

Period Period::offset(int steps) const
{
    const int perYear = m_kind == Kind::Year ? 1 : m_kind == Kind::Quarter ? 4 : 12;
    const int zeroBased = m_startYear * perYear + (m_index - 1) + steps;
    const int y = zeroBased >= 0 ? zeroBased / perYear : -((-zeroBased + perYear - 1) / perYear);
    return Period(m_kind, y, zeroBased - y * perYear + 1, m_fyStartMonth);
}

QString Period::yearLabel(int startYear, int fyStartMonth)
{
    if (fyStartMonth == 1)
        return QString::number(startYear);
    return QStringLiteral("%1/%2").arg(startYear).arg((startYear + 1) % 100, 2, 10, QLatin1Char('0'));
}

QString Period::label() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Year: return yearLabel(m_startYear, m_fyStartMonth);
    case Kind::Quarter: return QStringLiteral("%1 Q%2").arg(yearLabel(m_startYear, m_fyStartMonth)).arg(m_index);
    case Kind::Month: break;
    }
    const QDate s = start();
    return QStringLiteral("%1 %2").arg(QLatin1String(kShortMonths[static_cast<size_t>(s.month() - 1)])).arg(s.year());
}

QString Period::shortLabel() const
{
    if (!isValid())
        return {};
    const auto twoDigits = [](int year) { return QStringLiteral("%1").arg(year % 100, 2, 10, QLatin1Char('0')); };
    const QString year = m_fyStartMonth == 1 ? QString::number(m_startYear)
                                             : twoDigits(m_startYear) + QLatin1Char('/') + twoDigits(m_startYear + 1);
    switch (m_kind) {
    case Kind::Year: return year;
    case Kind::Quarter: return QStringLiteral("Q%1 %2").arg(m_index).arg(year);
    case Kind::Month: break;
    }
    const QDate s = start();
    return QStringLiteral("%1 %2").arg(QLatin1String(kShortMonths[static_cast<size_t>(s.month() - 1)]),
                                       twoDigits(s.year()));
}

QString Period::key() const
{
    switch (m_kind) {
    case Kind::Year: return QStringLiteral("%1-Y").arg(m_startYear);
    case Kind::Quarter: return QStringLiteral("%1-Q%2").arg(m_startYear).arg(m_index);
    case Kind::Month: break;
    }
    const QDate s = start();
    return QStringLiteral("%1-%2").arg(s.year()).arg(s.month(), 2, 10, QLatin1Char('0'));
}

std::optional<Period> Period::fromKey(const QString &key, int fyStartMonth)
{
    // Keys are read for every measurement of a large board, so this is a plain scan, not a regex.
    if (key.size() < 6 || key.size() > 7 || key.at(4) != QLatin1Char('-'))
        return std::nullopt;
    int y = 0;
    for (int i = 0; i < 4; ++i) {
        const QChar c = key.at(i);
        if (!c.isDigit())
            return std::nullopt;
        y = y * 10 + c.digitValue();
    }
    const QStringView rest = QStringView(key).mid(5);
    if (rest == QLatin1String("Y"))
        return year(y, fyStartMonth);
    if (rest.size() == 2 && rest.at(0) == QLatin1Char('Q') && rest.at(1) >= QLatin1Char('1') &&
        rest.at(1) <= QLatin1Char('4'))
        return quarter(y, rest.at(1).digitValue(), fyStartMonth);
    if (rest.size() == 2 && rest.at(0).isDigit() && rest.at(1).isDigit()) {
        const int mo = rest.at(0).digitValue() * 10 + rest.at(1).digitValue();
        if (mo >= 1 && mo <= 12)
            return month(y, mo, fyStartMonth);
    }
    return std::nullopt;
}

std::optional<Period> Period::parse(const QString &label, int fyStartMonth, QString *error)
{
    const QString text = label.simplified();
    if (text.isEmpty()) {
        setError(error, tr("the period is empty"));
        return std::nullopt;
    }

    QString yearError;
    if (const auto y = parseYear(text, fyStartMonth, &yearError))
        return year(*y, fyStartMonth);
    if (!yearError.isEmpty()) {
        setError(error, yearError);
        return std::nullopt;
    }

    static const QRegularExpression quarterAfter(QStringLiteral("^(.+?)\\s*Q(\\d+)$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quarterBefore(QStringLiteral("^Q(\\d+)\\s*(.+)$"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString yearText;
    QString quarterText;
    if (const auto m = quarterAfter.match(text); m.hasMatch()) {
        yearText = m.captured(1);
        quarterText = m.captured(2);
    } else if (const auto b = quarterBefore.match(text); b.hasMatch()) {
        quarterText = b.captured(1);
        yearText = b.captured(2);
    }
    if (!quarterText.isEmpty()) {
        const int q = quarterText.toInt();
        if (q < 1 || q > 4) {
            setError(error, tr("“%1”: a quarter is Q1 to Q4").arg(text));
            return std::nullopt;
        }
        QString inner;
        const auto y = parseYear(yearText.trimmed(), fyStartMonth, &inner);
        if (!y) {
            setError(error, inner.isEmpty() ? tr("“%1”: the year in a quarter reads like %2")
                                                  .arg(text, yearLabel(2026, fyStartMonth) + QStringLiteral(" Q2"))
                                            : inner);
            return std::nullopt;
        }
        return quarter(*y, q, fyStartMonth);
    }

    static const QRegularExpression named(QStringLiteral("^([A-Za-z]+)\\.?\\s*(\\d{4})$"));
    static const QRegularExpression numeric(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    int calendarYear = 0;
    int monthNumber = 0;
    if (const auto m = named.match(text); m.hasMatch()) {
        monthNumber = monthFromName(m.captured(1));
        if (monthNumber == 0) {
            setError(error, tr("“%1”: “%2” is not a month").arg(text, m.captured(1)));
            return std::nullopt;
        }
        calendarYear = m.captured(2).toInt();
    } else if (const auto n = numeric.match(text); n.hasMatch()) {
        calendarYear = n.captured(1).toInt();
        monthNumber = n.captured(2).toInt();
        if (monthNumber < 1 || monthNumber > 12) {
            setError(error, tr("“%1”: a month is 1 to 12").arg(text));
            return std::nullopt;
        }
    } else {
        setError(error, tr("“%1” is not a period: write a year (%2), a quarter (%2 Q2) or a month (Sep 2026)")
                            .arg(text, yearLabel(2026, fyStartMonth)));
        return std::nullopt;
    }
    if (calendarYear < kMinYear || calendarYear > kMaxYear) {
        setError(error, tr("the year %1 is out of range (%2 to %3)").arg(calendarYear).arg(kMinYear).arg(kMaxYear));
        return std::nullopt;
    }
    return month(calendarYear, monthNumber, fyStartMonth);
}

bool Period::operator==(const Period &other) const
{
    return m_kind == other.m_kind && m_startYear == other.m_startYear && m_index == other.m_index &&
           m_fyStartMonth == other.m_fyStartMonth;
}

bool Period::operator<(const Period &other) const
{
    // By first month, counted from the financial year's start, without building dates: rating a
    // large board sorts many thousands of periods.
    const auto firstMonth = [](const Period &p) {
        const int within = p.m_kind == Kind::Year ? 0 : p.m_kind == Kind::Quarter ? (p.m_index - 1) * 3 : p.m_index - 1;
        return (p.m_startYear * 12 + p.m_fyStartMonth - 1) + within;
    };
    const int mine = firstMonth(*this);
    const int theirs = firstMonth(other);
    if (mine != theirs)
        return mine < theirs;
    return static_cast<int>(m_kind) < static_cast<int>(other.m_kind);
}

} // namespace assure
