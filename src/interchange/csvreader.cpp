// Reads CSV files (RFC 4180 and what spreadsheet programs really write) into a SourceTable.
#include "interchange/csvreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

#include <array>

namespace assure {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("assure::CsvReader", text);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; its five unassigned bytes keep their
// Latin-1 (C1 control) meaning, as the WHATWG encoding standard does.
constexpr std::array<char16_t, 32> kWindows1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &data)
{
    QString text(data.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto byte = static_cast<unsigned char>(data.at(i));
        out[i] = (byte >= 0x80 && byte <= 0x9F) ? QChar(kWindows1252High[byte - 0x80])
                                                : QChar(static_cast<char16_t>(byte));
    }
    return text;
}

bool isBlank(const QStringList &fields)
{
    for (const QString &field : fields) {
        for (const QChar c : field) {
            if (!c.isSpace())
                return false;
        }
    }
    return true;
}

// Counts the candidate delimiters outside quotes in the first record that holds anything
// but spaces and delimiters.
QChar detectDelimiter(const QString &text, qsizetype pos)
{
    const qsizetype n = text.size();
    const QChar *d = text.constData();
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool content = false;
    for (; pos < n; ++pos) {
        const char16_t c = d[pos].unicode();
        if (c == u'"') {
            inQuotes = !inQuotes;
            content = true;
        } else if (inQuotes) {
            continue;
        } else if (c == u',') {
            ++commas;
        } else if (c == u';') {
            ++semicolons;
        } else if (c == u'\t') {
            ++tabs;
        } else if (c == u'\r' || c == u'\n') {
            if (content)
                break;
            commas = semicolons = tabs = 0;
        } else if (!d[pos].isSpace()) {
            content = true;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

enum class RecordResult { Record, End, UnterminatedQuote };

// Reads one record from pos, leaving pos at the start of the next. Fields are sliced out of
// the decoded text whole; only quoted fields with doubled quotes are pieced together.
RecordResult readRecord(const QString &text, qsizetype &pos, char16_t delimiter,
                        QStringList &fields)
{
    const qsizetype n = text.size();
    const QChar *d = text.constData();
    if (pos >= n)
        return RecordResult::End;
    for (;;) {
        if (d[pos] == u'"') {
            qsizetype p = pos + 1;
            qsizetype segment = p;
            QString value;
            for (;;) {
                const qsizetype quote = text.indexOf(u'"', p);
                if (quote < 0)
                    return RecordResult::UnterminatedQuote;
                if (quote + 1 < n && d[quote + 1] == u'"') {
                    value.append(d + segment, quote + 1 - segment);
                    p = quote + 2;
                    segment = p;
                    continue;
                }
                value.append(d + segment, quote - segment);
                p = quote + 1;
                break;
            }
            qsizetype e = p;
            while (e < n) {
                const char16_t c = d[e].unicode();
                if (c == delimiter || c == u'\r' || c == u'\n')
                    break;
                ++e;
            }
            if (e > p)
                value.append(d + p, e - p);
            if (value.contains(u'\r')) {
                value.replace(QLatin1String("\r\n"), QLatin1String("\n"));
                value.replace(u'\r', u'\n');
            }
            fields.append(value);
            pos = e;
        } else {
            qsizetype e = pos;
            while (e < n) {
                const char16_t c = d[e].unicode();
                if (c == delimiter || c == u'\r' || c == u'\n')
                    break;
                ++e;
            }
            fields.append(QString(d + pos, e - pos));
            pos = e;
        }
        if (pos >= n)
            return RecordResult::Record;
        const char16_t c = d[pos].unicode();
        ++pos;
        if (c == delimiter)
            continue;
        if (c == u'\r' && pos < n && d[pos] == u'\n')
            ++pos;
        return RecordResult::Record;
    }
}

} // namespace

QString CsvReader::decode(const QByteArray &data, Encoding *encoding)
{
    const auto report = [encoding](Encoding e) {
        if (encoding)
            *encoding = e;
    };
    if (data.startsWith("\xEF\xBB\xBF")) {
        report(Encoding::Utf8);
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        return utf8(QByteArrayView(data).sliced(3));
    }
    if (data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF")) {
        report(Encoding::Utf16);
        const bool little = data.startsWith("\xFF\xFE");
        QStringDecoder utf16(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                             QStringConverter::Flag::Stateless);
        return utf16(QByteArrayView(data).sliced(2));
    }
    // Stateless, so that a sequence cut off at the end counts as invalid instead of waiting
    // for more input.
    QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = utf8(data);
    if (!utf8.hasError()) {
        report(Encoding::Utf8);
        return text;
    }
    report(Encoding::Windows1252);
    return fromWindows1252(data);
}

void CsvReader::setError(const QString &message, int row, int column)
{
    m_error = message;
    m_errorRow = row;
    m_errorColumn = column;
}

std::optional<SourceTable> CsvReader::readFile(const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    if (QFileInfo(path).isDir()) {
        setError(tr("“%1” is a folder, not a file").arg(shown));
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(tr("cannot read “%1”: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    const QByteArray data = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        setError(tr("cannot read “%1”: %2").arg(shown, file.errorString()));
        return std::nullopt;
    }
    return read(data, path);
}

std::optional<SourceTable> CsvReader::read(const QByteArray &data, const QString &fileName)
{
    setError(QString());
    const QString emptyMessage = fileName.isEmpty()
                                     ? tr("the file is empty")
                                     : tr("“%1” is empty").arg(QDir::toNativeSeparators(fileName));
    Encoding encoding = Encoding::Utf8;
    const QString text = decode(data, &encoding);

    qsizetype pos = 0;
    QChar delimiter = m_forcedDelimiter;
    // Excel's own hint line, "sep=;", names the delimiter and is not a row of the sheet.
    if (text.startsWith(QLatin1String("sep="), Qt::CaseInsensitive) && text.size() >= 5) {
        const qsizetype after = 5;
        if (after == text.size() || text.at(after) == u'\r' || text.at(after) == u'\n') {
            if (delimiter.isNull())
                delimiter = text.at(4);
            pos = after;
            if (pos < text.size() && text.at(pos) == u'\r')
                ++pos;
            if (pos < text.size() && text.at(pos) == u'\n')
                ++pos;
        }
    }
    if (delimiter.isNull())
        delimiter = detectDelimiter(text, pos);

    int recordNumber = 0;
    bool haveHeader = false;
    SourceRow header;
    QList<SourceRow> rows;
    qsizetype width = 8;
    for (;;) {
        QStringList fields;
        fields.reserve(width);
        const RecordResult result = readRecord(text, pos, delimiter.unicode(), fields);
        if (result == RecordResult::End)
            break;
        ++recordNumber;
        if (result == RecordResult::UnterminatedQuote) {
            const int column = static_cast<int>(fields.size()) + 1;
            setError(tr("row %1, column %2: a quoted field has no closing quote mark")
                         .arg(recordNumber)
                         .arg(column),
                     recordNumber, column);
            return std::nullopt;
        }
        if (isBlank(fields))
            continue;
        if (!haveHeader) {
            width = fields.size();
            header = SourceRow{recordNumber, std::move(fields)};
            haveHeader = true;
        } else {
            rows.append(SourceRow{recordNumber, std::move(fields)});
        }
    }
    if (!haveHeader) {
        setError(emptyMessage);
        return std::nullopt;
    }
    m_delimiter = delimiter;
    m_encoding = encoding;
    return SourceTable(fileName, std::move(header), std::move(rows));
}

} // namespace assure
