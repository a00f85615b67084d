// Tolerant reading of the numbers and dates people type into spreadsheets, and the plain text of a number.
#include "interchange/cellparse.h"

#include "core/quotedtext.h"
#include "core/valueformat.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <array>
#include <cmath>

namespace assure {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 9999;
// Ordinary magnitudes print without an exponent; these are the bounds (as JavaScript has them).
constexpr int kPlainMaxExponent = 20;
constexpr int kPlainMinExponent = -7;

// Q_DECLARE_TR_FUNCTIONS, not a hand-made tr(), so that lupdate files these strings under
// the context they are looked up in.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(assure::CellParse)
};

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isCurrency(QChar c)
{
    return c == u'£' || c == u'$' || c == u'€';
}

bool isSign(QChar c)
{
    return c == u'-' || c == u'+' || c == QChar(0x2212);
}

ParsedNumber invalidNumber(const QString &message)
{
    ParsedNumber result;
    result.state = CellState::Invalid;
    result.error = message;
    return result;
}

ParsedDate invalidDate(const QString &message)
{
    ParsedDate result;
    result.state = CellState::Invalid;
    result.error = message;
    return result;
}

// Turns printf-style scientific text ("-8.75e-01") into plain decimal text, moving the point
// shift places to the right. Working on the digits keeps the shift exact.
QString plainFromScientific(const QString &scientific, int shift)
{
    const qsizetype ePos = scientific.indexOf(u'e');
    if (ePos < 0)
        return scientific; // inf or nan: nothing to rewrite
    QString digits = scientific.left(ePos);
    int exponent = scientific.mid(ePos + 1).toInt() + shift;
    const bool negative = digits.startsWith(u'-');
    if (negative)
        digits.remove(0, 1);
    digits.remove(u'.');
    while (digits.size() > 1 && digits.endsWith(u'0'))
        digits.chop(1);
    if (digits == QLatin1String("0"))
        return QStringLiteral("0");

    QString out;
    if (exponent > kPlainMaxExponent || exponent < kPlainMinExponent) {
        out = digits.left(1);
        if (digits.size() > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e');
        out += QLatin1Char(exponent < 0 ? '-' : '+');
        const QString magnitude = QString::number(std::abs(exponent));
        out += magnitude.size() < 2 ? QLatin1Char('0') + magnitude : magnitude;
    } else if (exponent >= 0) {
        const qsizetype integerDigits = exponent + 1;
        if (digits.size() <= integerDigits)
            out = digits + QString(integerDigits - digits.size(), u'0');
        else
            out = digits.left(integerDigits) + QLatin1Char('.') + digits.mid(integerDigits);
    } else {
        out = QLatin1String("0.") + QString(-exponent - 1, u'0') + digits;
    }
    if (negative)
        out.prepend(u'-');
    return out;
}

int monthFromName(const QString &name)
{
    static const std::array<const char *, 12> names = {"january",   "february", "march",    "april",
                                                       "may",       "june",     "july",     "august",
                                                       "september", "october",  "november", "december"};
    const QString lower = name.toLower();
    if (lower.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        const QString full = QLatin1String(names[static_cast<size_t>(i)]);
        if (lower == full || lower == full.left(3) || (i == 8 && lower == QLatin1String("sept")))
            return i + 1;
    }
    return 0;
}

// Two-digit years pivot as Excel's do: 00-29 are 2000s, 30-99 are 1900s.
int fullYear(const QString &digits)
{
    const int year = digits.toInt();
    if (digits.size() != 2)
        return year;
    return year < 30 ? 2000 + year : 1900 + year;
}

ParsedDate makeDate(const QString &shown, int year, int month, int day)
{
    if (year < kMinYear || year > kMaxYear)
        return invalidDate(Tr::tr("%1 is not a date: the year %2 is out of range (%3 to %4)")
                               .arg(QuotedText::quote(shown))
                               .arg(year)
                               .arg(kMinYear)
                               .arg(kMaxYear));
    if (month < 1 || month > 12)
        return invalidDate(Tr::tr("%1 is not a date: there is no month %2 (dates are read day "
                                  "first, as in 30/09/2026)")
                               .arg(QuotedText::quote(shown))
                               .arg(month));
    const int days = QDate(year, month, 1).daysInMonth();
    if (day < 1 || day > days)
        return invalidDate(Tr::tr("%1 is not a date: %2 %3 has %4 days")
                               .arg(QuotedText::quote(shown), ValueFormat().monthName(month))
                               .arg(year)
                               .arg(days));
    ParsedDate result;
    result.state = CellState::Valid;
    result.date = QDate(year, month, day);
    return result;
}

} // namespace

ParsedNumber parseNumber(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return ParsedNumber();
    // Messages are built only on failure: a large import reads hundreds of thousands of numbers.
    const auto notANumber = [s] { return invalidNumber(Tr::tr("%1 is not a number").arg(QuotedText::quote(s))); };
    const auto commaError = [s] {
        return invalidNumber(Tr::tr("%1 is not a number: commas may only separate thousands, as in 1,234 (decimals "
                                    "take a point)")
                                 .arg(QuotedText::quote(s)));
    };

    qsizetype i = 0;
    qsizetype end = s.size();
    const auto skipSpaces = [&] {
        while (i < end && s[i].isSpace())
            ++i;
    };
    // Accounting negatives: Excel itself reads a typed "(12)" as -12.
    bool parenthesised = false;
    if (s.size() >= 2 && s.front() == u'(' && s.back() == u')') {
        parenthesised = true;
        i = 1;
        end -= 1;
    }

    bool negative = false;
    bool sawSign = false;
    bool sawCurrency = false;
    // Sign and currency come in either order: "-£3" and "£-3".
    for (int k = 0; k < 2; ++k) {
        skipSpaces();
        if (i < end && !sawSign && isSign(s[i])) {
            negative = s[i] != u'+';
            sawSign = true;
            ++i;
        } else if (i < end && !sawCurrency && isCurrency(s[i])) {
            sawCurrency = true;
            ++i;
        }
    }
    skipSpaces();
    if (parenthesised && sawSign)
        return notANumber();

    QVarLengthArray<char, 64> ascii;
    if (negative)
        ascii.append('-');

    int integerDigits = 0;
    int groupDigits = 0;
    bool grouped = false;
    while (i < end) {
        const QChar c = s[i];
        if (isAsciiDigit(c)) {
            ascii.append(static_cast<char>(c.unicode()));
            ++integerDigits;
            ++groupDigits;
            ++i;
        } else if (c == u',') {
            if (integerDigits == 0 || (grouped ? groupDigits != 3 : groupDigits > 3))
                return commaError();
            grouped = true;
            groupDigits = 0;
            ++i;
        } else {
            break;
        }
    }
    if (grouped && groupDigits != 3)
        return commaError();

    int fractionDigits = 0;
    if (i < end && s[i] == u'.') {
        ascii.append('.');
        ++i;
        while (i < end && isAsciiDigit(s[i])) {
            ascii.append(static_cast<char>(s[i].unicode()));
            ++fractionDigits;
            ++i;
        }
    }
    if (integerDigits + fractionDigits == 0)
        return notANumber();

    if (i < end && (s[i] == u'e' || s[i] == u'E')) {
        qsizetype j = i + 1;
        const qsizetype mantissaEnd = ascii.size();
        ascii.append('e');
        if (j < end && (s[j] == u'+' || s[j] == u'-'))
            ascii.append(static_cast<char>(s[j++].unicode()));
        int exponentDigits = 0;
        while (j < end && isAsciiDigit(s[j])) {
            ascii.append(static_cast<char>(s[j++].unicode()));
            ++exponentDigits;
        }
        if (exponentDigits > 0)
            i = j;
        else
            ascii.resize(mantissaEnd);
    }

    skipSpaces();
    bool percent = false;
    if (i < end && s[i] == u'%') {
        percent = true;
        ++i;
        skipSpaces();
    }
    if (i < end) {
        if (s[i] == u',')
            return commaError();
        return invalidNumber(Tr::tr("%1 is not a number: %2 is not part of a number")
                                 .arg(QuotedText::quote(s), QuotedText::quote(s.mid(i, end - i))));
    }

    bool ok = false;
    double value = QByteArrayView(ascii.constData(), ascii.size()).toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return invalidNumber(Tr::tr("%1 is too large to be a number").arg(QuotedText::quote(s)));
    if (parenthesised)
        value = -value;
    ParsedNumber result;
    result.state = CellState::Valid;
    result.value = value + 0.0; // no negative zero
    result.percent = percent;
    return result;
}

ParsedDate parseDate(QStringView text)
{
    const QString shown = text.toString().simplified();
    if (shown.isEmpty())
        return ParsedDate();

    // A time of day after the date is dropped: exports from other systems often carry one.
    static const QRegularExpression time(
        QStringLiteral("[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:[.,]\\d+)?)?(?: ?[AaPp][Mm])?(?:Z|[+-]\\d{2}:?\\d{2})?$"));
    QString core = shown;
    if (const auto m = time.match(shown); m.hasMatch() && m.capturedStart() > 0)
        core = shown.left(m.capturedStart());

    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    static const QRegularExpression dayFirst(QStringLiteral("^(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4}|\\d{2})$"));
    static const QRegularExpression dayMonthName(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?[ /.-]?([A-Za-z]+)\\.?[ /.,-]+(\\d{4}|\\d{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthNameDay(
        QStringLiteral("^([A-Za-z]+)\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);

    if (const auto m = iso.match(core); m.hasMatch())
        return makeDate(shown, m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = dayFirst.match(core); m.hasMatch())
        return makeDate(shown, fullYear(m.captured(4)), m.captured(3).toInt(), m.captured(1).toInt());

    QString monthName;
    int day = 0;
    int year = 0;
    if (const auto m = dayMonthName.match(core); m.hasMatch()) {
        day = m.captured(1).toInt();
        monthName = m.captured(2);
        year = fullYear(m.captured(3));
    } else if (const auto n = monthNameDay.match(core); n.hasMatch()) {
        monthName = n.captured(1);
        day = n.captured(2).toInt();
        year = n.captured(3).toInt();
    } else {
        return invalidDate(
            Tr::tr("%1 is not a date: write it as 30/09/2026 or 2026-09-30").arg(QuotedText::quote(shown)));
    }
    const int month = monthFromName(monthName);
    if (month == 0)
        return invalidDate(
            Tr::tr("%1 is not a date: %2 is not a month").arg(QuotedText::quote(shown), QuotedText::quote(monthName)));
    return makeDate(shown, year, month, day);
}

QString formatNumber(double value)
{
    if (!std::isfinite(value))
        return QString::number(value);
    return plainFromScientific(QString::number(value, 'e', QLocale::FloatingPointShortest), 0);
}

QString formatExcelNumber(double value, int decimalShift)
{
    if (!std::isfinite(value))
        return QString::number(value);
    return plainFromScientific(QString::number(value, 'e', 14), decimalShift);
}

} // namespace assure
