// How the cells of an .xlsx sheet read as text: number formats, serial dates, escaped strings, cell references.
#include "interchange/xlsxcells.h"

#include "interchange/cellparse.h"
#include "interchange/xlsxreader.h"

#include <QDate>
#include <QTime>
#include <QXmlStreamReader>

#include <algorithm>
#include <cmath>
#include <optional>
#include <utility>

namespace assure::xlsx {

namespace {

struct DateAndTime
{
    QDate date;
    int seconds = 0;
};

std::optional<DateAndTime> fromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < (date1904 ? 0.0 : 1.0) || serial >= 2958466.0)
        return std::nullopt;
    const qint64 totalSeconds = std::llround(serial * 86400.0);
    const qint64 days = totalSeconds / 86400;
    DateAndTime result;
    result.seconds = static_cast<int>(totalSeconds % 86400);
    if (date1904) {
        result.date = QDate(1904, 1, 1).addDays(days);
    } else if (days < 60) {
        result.date = QDate(1899, 12, 31).addDays(days);
    } else if (days == 60) {
        // Excel's 29 February 1900, kept from Lotus 1-2-3, is a day that never was: the
        // number is left as a number rather than turned into a neighbouring date.
        return std::nullopt;
    } else {
        result.date = QDate(1899, 12, 30).addDays(days);
    }
    if (!result.date.isValid() || result.date.year() > 9999)
        return std::nullopt;
    return result;
}

QString timeText(int seconds)
{
    return QTime(0, 0).addSecs(seconds).toString(QStringLiteral("hh:mm:ss"));
}

} // namespace

ValueFormat builtinFormat(int id)
{
    if (id == 9 || id == 10)
        return ValueFormat::Percent;
    if (id >= 14 && id <= 17)
        return ValueFormat::Date;
    if (id == 22)
        return ValueFormat::DateTime;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return ValueFormat::Time;
    return ValueFormat::Plain;
}

ValueFormat classifyFormatCode(QStringView code)
{
    bool date = false;
    bool month = false;
    bool time = false;
    bool percent = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        if (c == u'"') {
            const qsizetype close = code.indexOf(u'"', i + 1);
            i = close < 0 ? code.size() : close;
        } else if (c == u'[') {
            const qsizetype close = code.indexOf(u']', i + 1);
            const QStringView inside = code.mid(i + 1, close < 0 ? -1 : close - i - 1);
            // Elapsed time, "[h]:mm", is the one bracket that formats the number.
            if (!inside.isEmpty() && inside.size() <= 2) {
                const char16_t e = inside[0].toLower().unicode();
                if (e == u'h' || e == u'm' || e == u's')
                    time = true;
            }
            i = close < 0 ? code.size() : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i;
        } else if (c == u'%') {
            percent = true;
        } else if (c == u'a' && code.mid(i).startsWith(QLatin1String("am/pm"), Qt::CaseInsensitive)) {
            i += 4;
        } else if (c == u'a' && code.mid(i).startsWith(QLatin1String("a/p"), Qt::CaseInsensitive)) {
            i += 2;
        } else if (c == u'y' || c == u'd') {
            date = true;
        } else if (c == u'm') {
            month = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        }
    }
    // "m" means minutes next to hours or seconds, and a month otherwise.
    if (month && !time)
        date = true;
    if (date)
        return time ? ValueFormat::DateTime : ValueFormat::Date;
    if (time)
        return ValueFormat::Time;
    return percent ? ValueFormat::Percent : ValueFormat::Plain;
}

QString numberText(double value, ValueFormat format, bool date1904)
{
    switch (format) {
    case ValueFormat::Percent: return formatExcelNumber(value, 2) + QLatin1Char('%');
    case ValueFormat::Date:
    case ValueFormat::DateTime:
        if (const auto when = fromSerial(value, date1904)) {
            QString text = when->date.toString(Qt::ISODate);
            if (format == ValueFormat::DateTime && when->seconds != 0)
                text += QLatin1Char(' ') + timeText(when->seconds);
            return text;
        }
        break;
    case ValueFormat::Time:
        if (value >= 0.0 && value < 1.0) {
            const auto seconds = static_cast<int>(std::llround(value * 86400.0));
            return timeText(std::min(seconds, 86399));
        }
        break;
    case ValueFormat::Plain: break;
    }
    return formatExcelNumber(value);
}

QString unescapeOoxml(QString text)
{
    if (!text.contains(QLatin1String("_x")))
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'_' && i + 6 < text.size() && text.at(i + 1) == u'x' && text.at(i + 6) == u'_') {
            bool ok = false;
            const uint code = QStringView(text).mid(i + 2, 4).toUInt(&ok, 16);
            if (ok) {
                out += QChar(static_cast<char16_t>(code));
                i += 7;
                continue;
            }
        }
        out += text.at(i);
        ++i;
    }
    return out;
}

QString readRichText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("t"))
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.name() == QLatin1String("rPh"))
                xml.skipCurrentElement();
            else
                ++depth;
        } else if (xml.isEndElement() && --depth == 0) {
            break;
        }
    }
    return unescapeOoxml(std::move(text));
}

int columnFromReference(QStringView ref)
{
    qsizetype i = 0;
    int column = 0;
    while (i < ref.size() && i < 4) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
        ++i;
    }
    if (i == 0 || column > XlsxReader::kMaxColumns)
        return -1;
    const QStringView digits = ref.mid(i);
    if (!digits.isEmpty()) {
        bool ok = false;
        const qint64 row = digits.toLongLong(&ok);
        if (!ok || row < 1 || row > XlsxReader::kMaxRows || digits.startsWith(u'+'))
            return -1;
    }
    return column - 1;
}

} // namespace assure::xlsx
